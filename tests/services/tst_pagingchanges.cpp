// "All matching" when the collection changes during the load (the sandbox's catalogue is
// fixed, so a stand-in server serves a list whose X-Total-Count changes after the first
// page): a total that grows is fetched to its end, one that shrinks stops at the short
// page, and nothing is counted twice.
#include "pipelinetestsupport.h"
#include "tinyhttpserver.h"

#include "services/connectorlistjob.h"
#include "services/connectorservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>
#include <QtTest>

using namespace isc;
using namespace isc::test;

namespace {

// Serves connectors "c0001".. of a catalogue of `total` items; after the first page,
// the catalogue becomes `laterTotal` items long.
struct ChangingCatalogue
{
    int total = 0;
    int laterTotal = 0;
    int pagesServed = 0;
    QList<int> offsets;

    QByteArray serve(const QByteArray &line)
    {
        if (line.startsWith("POST /oauth/token"))
            return response(200, "OK",
                            R"({"access_token":"eyJhIjoiYiJ9.e30.c2ln","expires_in":3600})");
        const QUrl url(QStringLiteral("http://x") + QString::fromLatin1(line.split(' ').value(1)));
        const QUrlQuery query(url);
        const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
        const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
        offsets.append(offset);
        const int now = pagesServed++ == 0 ? total : laterTotal;
        QJsonArray items;
        for (int i = offset; i < qMin(now, offset + limit); ++i)
            items.append(QJsonObject{
                {QStringLiteral("name"), QStringLiteral("c%1").arg(i, 4, 10, QLatin1Char('0'))},
                {QStringLiteral("type"), QStringLiteral("t")},
                {QStringLiteral("scriptName"), QStringLiteral("s%1").arg(i)}});
        return response(200, "OK", QJsonDocument(items).toJson(QJsonDocument::Compact),
                        "X-Total-Count: " + QByteArray::number(now) + "\r\n");
    }
};

} // namespace

class TestPagingChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totalChangesDuringTheLoad_data();
    void totalChangesDuringTheLoad();
};

void TestPagingChanges::totalChangesDuringTheLoad_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("laterTotal");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("expected");

    QTest::newRow("unchanged") << 300 << 300 << 100 << 300;
    QTest::newRow("grows by pages") << 300 << 520 << 100 << 520;
    QTest::newRow("grows into the last page") << 250 << 260 << 100 << 260;
    QTest::newRow("grows past an exact multiple") << 200 << 201 << 100 << 201;
    QTest::newRow("shrinks") << 500 << 330 << 100 << 330;
    QTest::newRow("shrinks to one page") << 500 << 80 << 100 << 100;
}

void TestPagingChanges::totalChangesDuringTheLoad()
{
    QFETCH(int, total);
    QFETCH(int, laterTotal);
    QFETCH(int, pageSize);
    QFETCH(int, expected);

    ChangingCatalogue catalogue;
    catalogue.total = total;
    catalogue.laterTotal = laterTotal;
    TinyHttpServer server(new QTcpServer);
    server.reply = [&catalogue](const QByteArray &line) { return catalogue.serve(line); };
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    Connection connection;
    connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    connection.clientId = QStringLiteral("c");
    connection.clientSecret = QStringLiteral("s");
    ApiClient client(&nam, connection, fastOptions());
    ConnectorService service(&client);
    ConnectorQuery query;
    query.limit = pageSize;
    const auto result = runJob(service.fetchAll(query));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(describe(result->error)));

    // In order, no duplicates, nothing skipped.
    QStringList names;
    for (const Connector &connector : result->value)
        names.append(connector.name);
    QCOMPARE(names.size(), expected);
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(names.at(i), QStringLiteral("c%1").arg(i, 4, 10, QLatin1Char('0')));
    // Every page was asked for at most twice (a short last page is asked again once).
    for (const int offset : std::as_const(catalogue.offsets))
        QVERIFY(catalogue.offsets.count(offset) <= 2);
}

QTEST_GUILESS_MAIN(TestPagingChanges)
#include "tst_pagingchanges.moc"
