// ConnectorService against the real isc-sandbox: one page with every parameter
// combination, local refusal of bad queries, and "all matching" (concurrent with count,
// sequential without) through faults, an expired token, a failing page and cancellation.
#include "pipelinetestsupport.h"

#include "net/requestjournal.h"
#include "net/requestlimiter.h"
#include "services/connectorlistjob.h"
#include "services/connectorpagejob.h"
#include "services/connectorservice.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace isc;
using namespace isc::test;

namespace {

QJsonObject connectorFault(const QJsonObject &extra)
{
    QJsonObject rule{{QStringLiteral("method"), QStringLiteral("GET")},
                     {QStringLiteral("path"), QStringLiteral("/beta/connectors")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        rule.insert(it.key(), it.value());
    return rule;
}

QStringList namesOf(const QList<Connector> &connectors)
{
    QStringList names;
    for (const Connector &connector : connectors)
        names.append(connector.name + u'|' + connector.scriptName);
    return names;
}

// What the sandbox serves for a query, fetched with the fixture's own plain HTTP calls.
QStringList referenceNames(Sandbox &sandbox, QList<std::pair<QString, QString>> query)
{
    QStringList names;
    for (int offset = 0;; offset += 250) {
        auto pageQuery = query;
        pageQuery.append({QStringLiteral("offset"), QString::number(offset)});
        pageQuery.append({QStringLiteral("limit"), QStringLiteral("250")});
        const HttpResult page = sandbox.get(QStringLiteral("/beta/connectors"), pageQuery);
        if (page.status != 200)
            return {QStringLiteral("reference failed: %1").arg(page.status)};
        const QJsonArray items = page.array();
        for (const QJsonValue &item : items)
            names.append(item.toObject().value(QLatin1String("name")).toString() + u'|' +
                         item.toObject().value(QLatin1String("scriptName")).toString());
        if (items.size() < 250)
            return names;
    }
}

} // namespace

class TestConnectorService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void pageWithAnyParameters_data();
    void pageWithAnyParameters();
    void badQueriesAreRefusedLocally_data();
    void badQueriesAreRefusedLocally();
    void malformedAndTruncatedBodies();
    void allPages_data();
    void allPages();
    void aFailingPageKeepsWhatLoaded_data();
    void aFailingPageKeepsWhatLoaded();
    void malformedPageIsAnInvalidReply();
    void tokenExpiresDuringALoad();
    void cancelMidLoad();

private:
    std::unique_ptr<ApiClient> makeClient(Sandbox &sandbox, PipelineOptions options = fastOptions())
    {
        auto client = std::make_unique<ApiClient>(&m_nam, connectionTo(sandbox), options);
        client->setApiLocale(QStringLiteral("en"));
        return client;
    }

    Sandbox m_sandbox; // 1000 connectors
    QNetworkAccessManager m_nam;
};

void TestConnectorService::initTestCase()
{
    QVERIFY(m_sandbox.start({QStringLiteral("--connectors"), QStringLiteral("1000")}));
}

void TestConnectorService::init()
{
    QVERIFY(m_sandbox.clearFaults());
}

void TestConnectorService::pageWithAnyParameters_data()
{
    QTest::addColumn<QString>("filters");
    QTest::addColumn<int>("limit"); // -1: not sent
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("count"); // -1 not sent, 0 false, 1 true
    QTest::addColumn<QString>("locale");

    QTest::newRow("nothing") << QString() << -1 << -1 << -1 << QString();
    QTest::newRow("limit") << QString() << 7 << -1 << -1 << QString();
    QTest::newRow("limit 0") << QString() << 0 << -1 << 1 << QString();
    QTest::newRow("offset") << QString() << -1 << 990 << -1 << QString();
    QTest::newRow("count") << QString() << 3 << 10 << 1 << QString();
    QTest::newRow("count false") << QString() << 3 << -1 << 0 << QString();
    QTest::newRow("locale") << QString() << 5 << -1 << -1 << QStringLiteral("de");
    QTest::newRow("locale zh-TW") << QString() << 5 << 20 << 1 << QStringLiteral("zh-TW");
    QTest::newRow("filter") << QStringLiteral("directConnect eq true") << 50 << -1 << 1
                            << QString();
    QTest::newRow("filter quoted") << QStringLiteral("directConnect eq \"true\" and name sw \"A\"")
                                   << -1 << -1 << 1 << QStringLiteral("fr");
    QTest::newRow("filter features")
        << QStringLiteral("features ca (\"PROVISIONING\")") << 250 << 0 << 1 << QString();
    QTest::newRow("filter or/not")
        << QStringLiteral("not (type eq \"ServiceNow\" or category eq \"cloud\")") << 10 << 5 << 1
        << QStringLiteral("ja");
}

void TestConnectorService::pageWithAnyParameters()
{
    QFETCH(QString, filters);
    QFETCH(int, limit);
    QFETCH(int, offset);
    QFETCH(int, count);
    QFETCH(QString, locale);

    ConnectorQuery query;
    query.filters = filters;
    QList<std::pair<QString, QString>> raw;
    if (!filters.isEmpty())
        raw.append({QStringLiteral("filters"), filters});
    if (limit >= 0) {
        query.limit = limit;
        raw.append({QStringLiteral("limit"), QString::number(limit)});
    }
    if (offset >= 0) {
        query.offset = offset;
        raw.append({QStringLiteral("offset"), QString::number(offset)});
    }
    if (count >= 0) {
        query.count = count == 1;
        raw.append(
            {QStringLiteral("count"), count ? QStringLiteral("true") : QStringLiteral("false")});
    }
    if (!locale.isEmpty()) {
        query.locale = locale;
        raw.append({QStringLiteral("locale"), locale});
    }

    auto client = makeClient(m_sandbox);
    ConnectorService service(client.get());
    const qint64 mark = lastSequence(m_sandbox);
    const auto result = runJob(service.fetchPage(query));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(describe(result->error)));

    // Exactly the parameters that were set reached the server, with their values.
    const QJsonArray calls = loggedRequests(m_sandbox, QStringLiteral("/beta/connectors"), mark);
    QCOMPARE(calls.size(), 1);
    const QJsonObject sent = calls.first().toObject().value(QLatin1String("query")).toObject();
    QCOMPARE(sent.size(), raw.size());
    for (const auto &[name, value] : raw)
        QCOMPARE(sent.value(name).toString(), value);

    // The same page as the server gives to a plain request.
    const HttpResult reference = m_sandbox.get(QStringLiteral("/beta/connectors"), raw);
    QCOMPARE(reference.status, 200);
    QStringList expected;
    for (const QJsonValue &item : reference.array())
        expected.append(item.toObject().value(QLatin1String("name")).toString() + u'|' +
                        item.toObject().value(QLatin1String("scriptName")).toString());
    QCOMPARE(namesOf(result->value.connectors), expected);
    QCOMPARE(result->value.page.offset, qMax(0, offset));
    QCOMPARE(result->value.page.itemCount, int(expected.size()));
    if (count == 1)
        QCOMPARE(result->value.page.total, reference.header("X-Total-Count").toLongLong());
    else
        QCOMPARE(result->value.page.total, qint64(-1));
}

void TestConnectorService::badQueriesAreRefusedLocally_data()
{
    QTest::addColumn<QString>("filters");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("limit 251") << QString() << 251 << 0 << QString() << QStringLiteral("251");
    QTest::newRow("limit -1") << QString() << -1 << 0 << QString() << QStringLiteral("-1");
    QTest::newRow("offset -5") << QString() << 10 << -5 << QString() << QStringLiteral("-5");
    QTest::newRow("locale") << QString() << 10 << 0 << QStringLiteral("xx") << QStringLiteral("xx");
    QTest::newRow("syntax") << QStringLiteral("name sw \"unterminated") << 10 << 0 << QString()
                            << QStringLiteral("column");
    QTest::newRow("field") << QStringLiteral("status eq \"RELEASED\"") << 10 << 0 << QString()
                           << QStringLiteral("status");
    QTest::newRow("operator") << QStringLiteral("name eq \"x\"") << 10 << 0 << QString()
                              << QStringLiteral("column");
}

void TestConnectorService::badQueriesAreRefusedLocally()
{
    QFETCH(QString, filters);
    QFETCH(int, limit);
    QFETCH(int, offset);
    QFETCH(QString, locale);
    QFETCH(QString, mentions);
    ConnectorQuery query;
    query.filters = filters;
    query.limit = limit;
    query.offset = offset;
    query.locale = locale;

    auto client = makeClient(m_sandbox);
    ConnectorService service(client.get());
    const qint64 mark = lastSequence(m_sandbox);
    const auto page = runJob(service.fetchPage(query));
    QVERIFY(page);
    QCOMPARE(page->error.kind, ApiError::Kind::InvalidInput);
    QVERIFY2(describe(page->error).contains(mentions), qPrintable(describe(page->error)));
    QVERIFY(!ConnectorService::validate(query).isEmpty());

    const auto all = runJob(service.fetchAll(query));
    QVERIFY(all);
    QCOMPARE(all->error.kind, ApiError::Kind::InvalidInput);
    QVERIFY(all->value.isEmpty());
    QTest::qWait(50);
    QCOMPARE(m_sandbox.requestLog(mark).size(), 0); // nothing was sent
}

void TestConnectorService::malformedAndTruncatedBodies()
{
    auto client = makeClient(m_sandbox);
    ConnectorService service(client.get());
    ConnectorQuery query;
    query.limit = 20;

    // Cut in half with a matching Content-Length: the JSON is broken, not the transfer.
    QVERIFY(m_sandbox.addFault(
        connectorFault({{QStringLiteral("body"), QStringLiteral("malformed")}})));
    const auto malformed = runJob(service.fetchPage(query));
    QVERIFY(malformed);
    QCOMPARE(malformed->error.kind, ApiError::Kind::InvalidReply);
    QCOMPARE(malformed->error.httpStatus, 200);
    QVERIFY(!malformed->error.detail.isEmpty());
    QVERIFY(malformed->value.connectors.isEmpty());
    QVERIFY(describe(malformed->error).startsWith(QLatin1String("Could not load the connectors")));

    // Content-Length promises more than arrives, every time: a network error, no table.
    QVERIFY(m_sandbox.addFault(connectorFault(
        {{QStringLiteral("body"), QStringLiteral("truncated")}, {QStringLiteral("count"), 1000}})));
    const auto truncated = runJob(service.fetchPage(query));
    QVERIFY(truncated);
    QCOMPARE(truncated->error.kind, ApiError::Kind::Network);
    QVERIFY(truncated->value.connectors.isEmpty());
    QVERIFY(m_sandbox.clearFaults());

    // Once: repeated, and the page arrives whole.
    QVERIFY(m_sandbox.addFault(connectorFault(
        {{QStringLiteral("body"), QStringLiteral("truncated")}, {QStringLiteral("count"), 3}})));
    const auto recovered = runJob(service.fetchPage(query));
    QVERIFY(recovered);
    QVERIFY2(recovered->ok(), qPrintable(describe(recovered->error)));
    QCOMPARE(recovered->value.connectors.size(), 20);
}

void TestConnectorService::allPages_data()
{
    QTest::addColumn<int>("connectors");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("count");
    QTest::addColumn<QString>("filters");
    QTest::addColumn<int>("expectedRequests"); // -1: do not check

    QTest::newRow("one short page") << 185 << 250 << true << QString() << 1;
    QTest::newRow("exact multiple, count") << 500 << 250 << true << QString() << 2;
    QTest::newRow("exact multiple, no count") << 500 << 250 << false << QString() << 3;
    QTest::newRow("one over, count") << 501 << 250 << true << QString() << 3;
    QTest::newRow("small pages, count") << 1000 << 100 << true << QString() << 10;
    QTest::newRow("small pages, no count") << 1000 << 100 << false << QString() << 11;
    QTest::newRow("filtered") << 1000 << 50 << true << QStringLiteral("directConnect eq true")
                              << -1;
    QTest::newRow("nothing matches")
        << 185 << 250 << true << QStringLiteral("name sw \"zzzzzz\"") << 1;
}

void TestConnectorService::allPages()
{
    QFETCH(int, connectors);
    QFETCH(int, pageSize);
    QFETCH(bool, count);
    QFETCH(QString, filters);
    QFETCH(int, expectedRequests);

    Sandbox sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--connectors"), QString::number(connectors)}));
    QList<std::pair<QString, QString>> raw;
    if (!filters.isEmpty())
        raw.append({QStringLiteral("filters"), filters});
    const QStringList expected = referenceNames(sandbox, raw);
    if (filters.isEmpty())
        QCOMPARE(expected.size(), connectors);

    auto client = makeClient(sandbox);
    ConnectorService service(client.get());
    ConnectorQuery query;
    query.filters = filters;
    query.limit = pageSize;
    query.count = count;
    ConnectorListJob *job = service.fetchAll(query);
    QMap<int, QStringList> streamed;
    int duplicates = 0;
    // Calls of the list running at once, from the client's journal (a call starts when it
    // is sent and ends when its reply is in).
    int running = 0;
    int mostAtOnce = 0;
    QSet<quint64> listCalls;
    connect(client->journal(), &RequestJournal::entryAdded, this, [&](const JournalEntry &entry) {
        if (!entry.url.path().endsWith(QLatin1String("/beta/connectors")))
            return;
        listCalls.insert(entry.id);
        mostAtOnce = qMax(mostAtOnce, ++running);
    });
    connect(client->journal(), &RequestJournal::entryUpdated, this, [&](const JournalEntry &entry) {
        if (entry.state != JournalEntry::State::Running && listCalls.remove(entry.id))
            --running;
    });
    connect(job, &ConnectorListJob::pageLoaded, this,
            [&](const QList<Connector> &page, const PageInfo &info) {
                duplicates += streamed.contains(info.offset) ? 1 : 0;
                streamed.insert(info.offset, namesOf(page));
                QCOMPARE(info.limit, pageSize);
                QCOMPARE(info.itemCount, int(page.size()));
                if (count)
                    QCOMPARE(info.total, qint64(expected.size()));
            });
    QList<qint64> progress;
    connect(job, &ApiJob::progress, this,
            [&progress](qint64 done, qint64) { progress.append(done); });
    const qint64 mark = lastSequence(sandbox);
    const auto result = runJob(job);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(describe(result->error)));
    QCOMPARE(namesOf(result->value), expected);
    QCOMPARE(duplicates, 0);
    QStringList fromStream;
    for (const QStringList &page : std::as_const(streamed))
        fromStream.append(page);
    QCOMPARE(fromStream, expected);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), qint64(expected.size()));

    // With count=true the pages after the first are requested together; without, one
    // after the other (never two calls at once).
    if (!count)
        QCOMPARE(mostAtOnce, 1);
    else if (expected.size() > 2 * pageSize)
        QVERIFY2(mostAtOnce >= 2, qPrintable(QString::number(mostAtOnce)));

    const QJsonArray calls = loggedRequests(sandbox, QStringLiteral("/beta/connectors"), mark);
    if (expectedRequests >= 0)
        QCOMPARE(calls.size(), expectedRequests);
    for (const QJsonValue &call : calls) {
        const QJsonObject sent = call.toObject().value(QLatin1String("query")).toObject();
        QCOMPARE(sent.value(QLatin1String("limit")).toString(), QString::number(pageSize));
        QCOMPARE(sent.value(QLatin1String("filters")).toString(), filters);
        QCOMPARE(sent.contains(QLatin1String("count")), count);
    }
}

void TestConnectorService::aFailingPageKeepsWhatLoaded_data()
{
    QTest::addColumn<bool>("count");
    QTest::addColumn<int>("loadedBefore"); // pages that load before the fault applies
    QTest::newRow("sequential") << false << 2;
    QTest::newRow("concurrent") << true << 1;
}

void TestConnectorService::aFailingPageKeepsWhatLoaded()
{
    QFETCH(bool, count);
    QFETCH(int, loadedBefore);
    auto client = makeClient(m_sandbox);
    ConnectorService service(client.get());
    QVERIFY(m_sandbox.addFault(connectorFault({{QStringLiteral("status"), 500},
                                               {QStringLiteral("skip"), loadedBefore},
                                               {QStringLiteral("count"), 1000}})));
    ConnectorQuery query;
    query.count = count;
    ConnectorListJob *job = service.fetchAll(query);
    QList<int> offsets;
    connect(job, &ConnectorListJob::pageLoaded, this,
            [&offsets](const QList<Connector> &, const PageInfo &info) {
                offsets.append(info.offset);
            });
    const auto result = runJob(job);
    QVERIFY(result);
    QCOMPARE(result->error.kind, ApiError::Kind::Http);
    QCOMPARE(result->error.httpStatus, 500);
    QCOMPARE(result->value.size(), loadedBefore * 250); // what loaded is kept
    QCOMPARE(offsets.size(), loadedBefore);
    // The message names what is missing.
    const QString sentence = describe(result->error);
    QVERIFY2(
        sentence.contains(
            QStringLiteral("%1 to %2").arg(loadedBefore * 250 + 1).arg((loadedBefore + 1) * 250)),
        qPrintable(sentence));
    QVERIFY2(sentence.contains(QString::number(loadedBefore * 250)), qPrintable(sentence));
}

void TestConnectorService::malformedPageIsAnInvalidReply()
{
    auto client = makeClient(m_sandbox);
    ConnectorService service(client.get());
    QVERIFY(m_sandbox.addFault(connectorFault(
        {{QStringLiteral("body"), QStringLiteral("malformed")}, {QStringLiteral("skip"), 1}})));
    ConnectorQuery query;
    query.count = false;
    const auto result = runJob(service.fetchAll(query));
    QVERIFY(result);
    QCOMPARE(result->error.kind, ApiError::Kind::InvalidReply);
    QCOMPARE(result->value.size(), 250);
    QVERIFY(describe(result->error).contains(QLatin1String("251 to 500")));
}

void TestConnectorService::tokenExpiresDuringALoad()
{
    auto client = makeClient(m_sandbox);
    ConnectorService service(client.get());
    // Slow pages, so that some are still to be sent when the token expires.
    QVERIFY(m_sandbox.addFault(
        connectorFault({{QStringLiteral("delayMs"), 100}, {QStringLiteral("count"), 1000}})));
    ConnectorQuery query;
    query.limit = 50;
    ConnectorListJob *job = service.fetchAll(query);
    bool expired = false;
    qint64 mark = 0;
    connect(job, &ConnectorListJob::pageLoaded, this,
            [&](const QList<Connector> &, const PageInfo &) {
                if (expired)
                    return;
                expired = true;
                mark = lastSequence(m_sandbox);
                QVERIFY(m_sandbox.expireTokens());
            });
    const auto result = runJob(job);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(describe(result->error)));
    QCOMPARE(result->value.size(), 1000);
    const QJsonArray after = loggedRequests(m_sandbox, QStringLiteral("/beta/connectors"), mark);
    int refused = 0;
    for (const QJsonValue &call : after)
        refused += call.toObject().value(QLatin1String("status")).toInt() == 401 ? 1 : 0;
    QVERIFY(refused >= 1);
    QCOMPARE(loggedRequests(m_sandbox, QStringLiteral("/oauth/token"), mark).size(), 1);
}

void TestConnectorService::cancelMidLoad()
{
    auto client = makeClient(m_sandbox);
    ConnectorService service(client.get());
    QVERIFY(m_sandbox.addFault(
        connectorFault({{QStringLiteral("delayMs"), 200}, {QStringLiteral("count"), 1000}})));
    ConnectorQuery query;
    query.limit = 25;
    ConnectorListJob *job = service.fetchAll(query);
    job->setAutoDelete(false);
    std::unique_ptr<ConnectorListJob> owner(job);
    QSignalSpy finished(job, &ConnectorListJob::finished);
    int pages = 0;
    connect(job, &ConnectorListJob::pageLoaded, this,
            [&](const QList<Connector> &, const PageInfo &) {
                if (++pages == 2)
                    job->cancel();
            });
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(job->wasCancelled());
    const auto result = finished.first().first().value<ApiResult<QList<Connector>>>();
    QCOMPARE(result.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(result.value.size(), 50); // the two pages that arrived
    // Nothing more is sent, and the pages in flight were aborted.
    const qint64 mark = lastSequence(m_sandbox);
    QTest::qWait(500);
    QCOMPARE(loggedRequests(m_sandbox, QStringLiteral("/beta/connectors"), mark).size(), 0);
    QCOMPARE(pages, 2);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(client->limiter()->inFlight(), 0);
}

QTEST_GUILESS_MAIN(TestConnectorService)
#include "tst_connectorservice.moc"
