// CustomizerService against the real isc-sandbox: every call, paging of the list, version
// uploads (pre-flight, streaming progress, cancel), the lookup after an ambiguous create,
// and the read-only guard.
#include "pipelinetestsupport.h"
#include "sandboxdata.h"
#include "ziptestsupport.h"

#include "net/requestlimiter.h"
#include "services/createcustomizerjob.h"
#include "services/customizerjob.h"
#include "services/customizerlistjob.h"
#include "services/customizerservice.h"
#include "services/customizerversionjob.h"
#include "services/deletecustomizerjob.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace isc;
using namespace isc::test;

namespace {

const QString customizersPath = QStringLiteral("/v2024/connector-customizers");

QJsonObject rule(const char *method, const QString &path, const QJsonObject &extra)
{
    QJsonObject out{{QStringLiteral("method"), QLatin1String(method)},
                    {QStringLiteral("path"), path}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

int countNamed(const QList<Customizer> &customizers, const QString &name)
{
    int n = 0;
    for (const Customizer &customizer : customizers)
        n += customizer.name == name ? 1 : 0;
    return n;
}

} // namespace

class TestCustomizerService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void createGetRenameDelete();
    void badInputIsRefusedLocally_data();
    void badInputIsRefusedLocally();
    void listsEveryPage_data();
    void listsEveryPage();
    void uploadsVersions();
    void uploadRefusesUnusableArchives();
    void uploadCanBeCancelled();
    void ambiguousUploadFindsTheNewVersion();
    void ambiguousUploadThatDidNotHappen();
    void ambiguousUploadWhenTheLookupFails();
    void uploadToAnUnknownCustomizerSendsNothing();
    void ambiguousCreateFindsWhatWasCreated_data();
    void ambiguousCreateFindsWhatWasCreated();
    void ambiguousCreateThatDidNotHappen();
    void ambiguousCreateWithAnOlderNamesake();
    void ambiguousCreateWhenTheLookupFails();
    void deleteWhoseReplyWasLost();
    void malformedReplyIsAnInvalidReply();
    void readOnlyRefusesEveryWrite();

private:
    std::unique_ptr<ApiClient> makeClient(Sandbox &sandbox, PipelineOptions options = fastOptions(),
                                          bool readOnly = false)
    {
        return std::make_unique<ApiClient>(&m_nam, connectionTo(sandbox, readOnly), options);
    }
    QList<Customizer> listAll(ApiClient *client)
    {
        CustomizerService service(client);
        const auto all = runJob(service.list());
        return all && all->ok() ? all->value : QList<Customizer>();
    }

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    QString m_zip;
};

void TestCustomizerService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_zip = m_dir.filePath(QStringLiteral("customizer.zip"));
    QVERIFY(writeCustomizerZip(m_zip));
    QVERIFY(m_sandbox.start());
}

void TestCustomizerService::init()
{
    QVERIFY(m_sandbox.clearFaults());
}

void TestCustomizerService::createGetRenameDelete()
{
    auto client = makeClient(m_sandbox);
    CustomizerService service(client.get());
    const QString name = QStringLiteral("Crud \"test\" – ü");
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);

    const auto created = runJob(service.create(name));
    QVERIFY(created);
    QVERIFY2(created->ok(), qPrintable(describe(created->error)));
    QVERIFY(!created->wasRecovered());
    QCOMPARE(created->value.name, name);
    QVERIFY(!created->value.id.isEmpty());
    QVERIFY(created->value.created.isValid());
    QVERIFY(created->value.created.value >= before);
    QVERIFY(!created->value.imageVersion.has_value());
    const QString id = created->value.id;

    const auto got = runJob(service.get(id));
    QVERIFY(got && got->ok());
    QCOMPARE(got->value.id, id);
    QCOMPARE(got->value.name, name);
    QCOMPARE(countNamed(listAll(client.get()), name), 1);

    const auto renamed = runJob(service.rename(id, QStringLiteral("Crud renamed")));
    QVERIFY(renamed);
    QVERIFY2(renamed->ok(), qPrintable(describe(renamed->error)));
    QCOMPARE(renamed->value.name, QStringLiteral("Crud renamed"));
    QCOMPARE(runJob(service.get(id))->value.name, QStringLiteral("Crud renamed"));

    const auto deleted = runJob(service.remove(id));
    QVERIFY(deleted);
    QVERIFY2(deleted->ok(), qPrintable(describe(deleted->error)));
    QCOMPARE(deleted->value, id);

    const auto gone = runJob(service.get(id));
    QVERIFY(gone);
    QCOMPARE(gone->error.kind, ApiError::Kind::Http);
    QCOMPARE(gone->error.httpStatus, 404);
    QCOMPARE(gone->error.trackingId.size(), 32);
    QVERIFY(!describe(gone->error).isEmpty());
    const auto again = runJob(service.remove(id));
    QVERIFY(again);
    QCOMPARE(again->error.httpStatus, 404);
    QVERIFY(again->value.isEmpty());
}

void TestCustomizerService::badInputIsRefusedLocally_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("create empty") << QStringLiteral("create") << QString() << QString();
    QTest::newRow("create blank") << QStringLiteral("create") << QString() << QStringLiteral("  ");
    QTest::newRow("create padded") << QStringLiteral("create") << QString() << QStringLiteral(" x");
    QTest::newRow("create newline")
        << QStringLiteral("create") << QString() << QStringLiteral("a\nb");
    QTest::newRow("rename no id") << QStringLiteral("rename") << QString() << QStringLiteral("x");
    QTest::newRow("rename slash id")
        << QStringLiteral("rename") << QStringLiteral("a/../b") << QStringLiteral("x");
    QTest::newRow("get query id") << QStringLiteral("get") << QStringLiteral("a?b=c") << QString();
    QTest::newRow("delete empty") << QStringLiteral("delete") << QString() << QString();
}

void TestCustomizerService::badInputIsRefusedLocally()
{
    QFETCH(QString, call);
    QFETCH(QString, id);
    QFETCH(QString, name);
    auto client = makeClient(m_sandbox);
    CustomizerService service(client.get());
    const qint64 mark = lastSequence(m_sandbox);
    ApiError error;
    if (call == QLatin1String("create"))
        error = runJob(service.create(name))->error;
    else if (call == QLatin1String("rename"))
        error = runJob(service.rename(id, name))->error;
    else if (call == QLatin1String("get"))
        error = runJob(service.get(id))->error;
    else
        error = runJob(service.remove(id))->error;
    QCOMPARE(error.kind, ApiError::Kind::InvalidInput);
    QVERIFY(!describe(error).isEmpty());
    QTest::qWait(50);
    QCOMPARE(m_sandbox.requestLog(mark).size(), 0);
}

void TestCustomizerService::listsEveryPage_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("requests");
    QTest::newRow("one page") << 10 << 1;
    QTest::newRow("exact multiple") << 500 << 3; // no count: one more, empty page
    QTest::newRow("one over") << 251 << 2;
}

void TestCustomizerService::listsEveryPage()
{
    QFETCH(int, count);
    QFETCH(int, requests);
    QTemporaryDir dir;
    SandboxData data;
    data.addCustomizers(count);
    const QString file = dir.filePath(QStringLiteral("data.json"));
    QVERIFY(data.write(file));
    Sandbox sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--data"), file}));
    auto client = makeClient(sandbox);
    CustomizerService service(client.get());
    CustomizerListJob *job = service.list();
    QList<int> offsets;
    connect(job, &CustomizerListJob::pageLoaded, this,
            [&offsets](const QList<Customizer> &, const PageInfo &page) {
                offsets.append(page.offset);
            });
    const qint64 mark = lastSequence(sandbox);
    const auto result = runJob(job);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(describe(result->error)));
    QCOMPARE(result->value.size(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(result->value.at(i).id, data.customizers.at(i).id);
        QCOMPARE(result->value.at(i).name, data.customizers.at(i).name);
        QCOMPARE(result->value.at(i).created.value, data.customizers.at(i).created.value);
    }
    QCOMPARE(offsets.size(), requests);
    QCOMPARE(loggedRequests(sandbox, customizersPath, mark).size(), requests);
}

void TestCustomizerService::uploadsVersions()
{
    auto client = makeClient(m_sandbox);
    CustomizerService service(client.get());
    const auto created = runJob(service.create(QStringLiteral("Versions")));
    QVERIFY(created && created->ok());
    const QString id = created->value.id;

    // A larger archive (incompressible), so that progress has steps.
    const QString big = m_dir.filePath(QStringLiteral("big.zip"));
    QByteArray noise(3 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()),
                                          noise.size() / 4);
    QVERIFY(writeZip(big,
                     {{QStringLiteral("index.js"), "module.exports={}"},
                      {QStringLiteral("assets/blob.bin"), noise}}));
    const qint64 size = QFileInfo(big).size();

    for (int expected = 1; expected <= 2; ++expected) {
        const qint64 mark = lastSequence(m_sandbox);
        CustomizerVersionJob *job = service.uploadVersion(id, expected == 1 ? big : m_zip);
        QList<std::pair<qint64, qint64>> progress;
        connect(job, &ApiJob::progress, this, [&progress](qint64 done, qint64 total) {
            progress.append({done, total});
        });
        const auto result = runJob(job);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(describe(result->error)));
        QCOMPARE(result->value.version, qint64(expected));
        QCOMPARE(result->value.customizerId, id);
        QVERIFY(!result->value.imageId.isEmpty());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first, progress.last().second);
        const QJsonArray posts = loggedRequests(
            m_sandbox, customizersPath + u'/' + id + QStringLiteral("/versions"), mark);
        QCOMPARE(posts.size(), 1);
        const QJsonObject post = posts.first().toObject();
        QCOMPARE(post.value(QLatin1String("contentType")).toString(),
                 QStringLiteral("application/zip"));
        const qint64 sent = expected == 1 ? size : QFileInfo(m_zip).size();
        QCOMPARE(post.value(QLatin1String("bodySize")).toInteger(), sent);
        if (expected == 1) {
            QCOMPARE(progress.last().second, size);
            QVERIFY(progress.size() >= 2); // streamed in steps, not one block
        }
    }
    const auto got = runJob(service.get(id));
    QCOMPARE(got->value.imageVersion, std::optional<qint64>(2));
}

void TestCustomizerService::uploadRefusesUnusableArchives()
{
    auto client = makeClient(m_sandbox);
    CustomizerService service(client.get());
    const QString noIndex = m_dir.filePath(QStringLiteral("noindex.zip"));
    QVERIFY(writeZip(noIndex, {{QStringLiteral("main.js"), "x"}}));
    const qint64 mark = lastSequence(m_sandbox);
    for (const QString &path : {noIndex, m_dir.filePath(QStringLiteral("missing.zip"))}) {
        CustomizerVersionJob *job =
            service.uploadVersion(QStringLiteral("b07dc46a-1498-4de8-bfbb-259a68e70c8a"), path);
        job->setAutoDelete(false);
        std::unique_ptr<CustomizerVersionJob> owner(job);
        const auto result = runJob(job);
        QVERIFY(result);
        QCOMPARE(result->error.kind, ApiError::Kind::InvalidInput);
        QVERIFY(!job->inspection().usable());
        QCOMPARE(describe(result->error).contains(job->inspection().error), true);
    }
    QTest::qWait(50);
    QCOMPARE(m_sandbox.requestLog(mark).size(), 0);
}

void TestCustomizerService::uploadCanBeCancelled()
{
    auto client = makeClient(m_sandbox);
    CustomizerService service(client.get());
    const QString id = QStringLiteral("5f0e7a62-3c5d-4a0f-9a43-0d2b7d1c9e11");
    QVERIFY(runJob(service.get(id))->ok()); // the token first
    QVERIFY(m_sandbox.addFault(rule("POST", customizersPath + QStringLiteral("/*/versions"),
                                    {{QStringLiteral("delayMs"), 5000}})));
    const qint64 mark = lastSequence(m_sandbox);
    CustomizerVersionJob *job = service.uploadVersion(id, m_zip);
    job->setAutoDelete(false);
    std::unique_ptr<CustomizerVersionJob> owner(job);
    QSignalSpy finished(job, &CustomizerVersionJob::finished);
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(loggedRequests(m_sandbox, {}, mark, QStringLiteral("POST")).size(), 1,
                              10000);
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(job->wasCancelled());
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
}

void TestCustomizerService::ambiguousUploadFindsTheNewVersion()
{
    auto client = makeClient(m_sandbox);
    CustomizerService service(client.get());
    const QString id = QStringLiteral("9c1d2e3f-4a5b-4c6d-8e7f-a1b2c3d4e5f6");
    const qint64 before = runJob(service.get(id))->value.imageVersion.value_or(0);
    // Processed, then the connection drops: the upload happened, its reply was lost.
    QVERIFY(m_sandbox.addFault(
        rule("POST", customizersPath + QStringLiteral("/*/versions"),
             {{QStringLiteral("body"), QStringLiteral("drop")}, {QStringLiteral("count"), 5}})));
    const qint64 mark = lastSequence(m_sandbox);
    const auto result = runJob(service.uploadVersion(id, m_zip));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(describe(result->error)));
    QVERIFY(result->wasRecovered());
    QCOMPARE(result->recoveredFrom.kind, ApiError::Kind::Network);
    QCOMPARE(result->value.customizerId, id);
    QCOMPARE(result->value.version, before + 1);
    QVERIFY(!result->value.imageId.isEmpty());
    // Sent exactly once, never repeated blindly.
    QCOMPARE(loggedRequests(m_sandbox, {}, mark, QStringLiteral("POST")).size(), 1);
    QCOMPARE(runJob(service.get(id))->value.imageVersion.value_or(0), before + 1);
}

void TestCustomizerService::ambiguousUploadThatDidNotHappen()
{
    auto client = makeClient(m_sandbox);
    CustomizerService service(client.get());
    const QString id = QStringLiteral("9c1d2e3f-4a5b-4c6d-8e7f-a1b2c3d4e5f6");
    const qint64 before = runJob(service.get(id))->value.imageVersion.value_or(0);
    // Dropped before the service saw it.
    QVERIFY(m_sandbox.addFault(rule("POST", customizersPath + QStringLiteral("/*/versions"),
                                    {{QStringLiteral("body"), QStringLiteral("drop")},
                                     {QStringLiteral("process"), false},
                                     {QStringLiteral("count"), 5}})));
    const qint64 mark = lastSequence(m_sandbox);
    const auto result = runJob(service.uploadVersion(id, m_zip));
    QVERIFY(result);
    QCOMPARE(result->error.kind, ApiError::Kind::Network);
    QCOMPARE(result->error.writeOutcome, ApiError::WriteOutcome::NotApplied);
    QVERIFY(!result->wasRecovered());
    QVERIFY(describe(result->error).contains(QLatin1String("safe to try again")));
    QCOMPARE(loggedRequests(m_sandbox, {}, mark, QStringLiteral("POST")).size(), 1);
    QCOMPARE(runJob(service.get(id))->value.imageVersion.value_or(0), before);
}

void TestCustomizerService::ambiguousUploadWhenTheLookupFails()
{
    auto client = makeClient(m_sandbox);
    CustomizerService service(client.get());
    const QString id = QStringLiteral("9c1d2e3f-4a5b-4c6d-8e7f-a1b2c3d4e5f6");
    QVERIFY(m_sandbox.addFault(
        rule("POST", customizersPath + QStringLiteral("/*/versions"),
             {{QStringLiteral("body"), QStringLiteral("drop")}, {QStringLiteral("count"), 5}})));
    // The read before the upload passes; every read after it fails.
    QVERIFY(m_sandbox.addFault(rule("GET", customizersPath + QStringLiteral("/*"),
                                    {{QStringLiteral("status"), 500},
                                     {QStringLiteral("skip"), 1},
                                     {QStringLiteral("count"), 100}})));
    const auto result = runJob(service.uploadVersion(id, m_zip));
    QVERIFY(result);
    QCOMPARE(result->error.kind, ApiError::Kind::Network); // the upload's own failure
    QCOMPARE(result->error.writeOutcome, ApiError::WriteOutcome::Unknown);
    QVERIFY(describe(result->error).contains(QLatin1String("check before trying again")));
}

void TestCustomizerService::uploadToAnUnknownCustomizerSendsNothing()
{
    auto client = makeClient(m_sandbox);
    CustomizerService service(client.get());
    const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000000");
    const QString path = customizersPath + u'/' + unknown;
    const qint64 mark = lastSequence(m_sandbox);
    const auto result = runJob(service.uploadVersion(unknown, m_zip));
    QVERIFY(result);
    QCOMPARE(result->error.httpStatus, 404);
    QCOMPARE(loggedRequests(m_sandbox, path, mark).size(), 1); // the read, refused
    QCOMPARE(loggedRequests(m_sandbox, path + QStringLiteral("/versions"), mark).size(), 0);
}

void TestCustomizerService::ambiguousCreateFindsWhatWasCreated_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("inactivityMs");
    QTest::newRow("dropped after creating")
        << QJsonObject{{QStringLiteral("body"), QStringLiteral("drop")}} << 0;
    QTest::newRow("truncated reply")
        << QJsonObject{{QStringLiteral("body"), QStringLiteral("truncated")}} << 0;
    QTest::newRow("malformed reply")
        << QJsonObject{{QStringLiteral("body"), QStringLiteral("malformed")}} << 0;
    QTest::newRow("reply too slow") << QJsonObject{{QStringLiteral("delayMs"), 3000}} << 300;
}

void TestCustomizerService::ambiguousCreateFindsWhatWasCreated()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, inactivityMs);
    PipelineOptions options = fastOptions();
    if (inactivityMs > 0)
        options.inactivityTimeoutMs = inactivityMs;
    auto client = makeClient(m_sandbox, options);
    CustomizerService service(client.get());
    QVERIFY(runJob(service.list())->ok()); // the token first
    const QString name =
        QStringLiteral("Ambiguous %1").arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(m_sandbox.addFault(rule("POST", customizersPath, fault)));
    const qint64 mark = lastSequence(m_sandbox);

    const auto result = runJob(service.create(name));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(describe(result->error)));
    QVERIFY(result->wasRecovered());
    QCOMPARE(result->recoveredFrom.writeOutcome, ApiError::WriteOutcome::Unknown);
    QVERIFY(!describe(result->recoveredFrom).isEmpty());
    QCOMPARE(result->value.name, name);
    QVERIFY(!result->value.id.isEmpty());
    // Sent once, then looked up; exactly one exists.
    QCOMPARE(loggedRequests(m_sandbox, customizersPath, mark, QStringLiteral("POST")).size(), 1);
    QVERIFY(loggedRequests(m_sandbox, customizersPath, mark, QStringLiteral("GET")).size() >= 1);
    QTest::qWait(inactivityMs > 0 ? 3000 : 0); // let the slow reply go by
    const QList<Customizer> all = listAll(client.get());
    QCOMPARE(countNamed(all, name), 1);
}

void TestCustomizerService::ambiguousCreateThatDidNotHappen()
{
    auto client = makeClient(m_sandbox);
    CustomizerService service(client.get());
    const QString name = QStringLiteral("Never created");
    // A 502 from a gateway: the request never reached the service.
    QVERIFY(m_sandbox.addFault(rule("POST", customizersPath, {{QStringLiteral("status"), 502}})));
    const qint64 mark = lastSequence(m_sandbox);
    const auto result = runJob(service.create(name));
    QVERIFY(result);
    QCOMPARE(result->error.httpStatus, 502);
    QCOMPARE(result->error.writeOutcome, ApiError::WriteOutcome::NotApplied);
    QVERIFY(!result->wasRecovered());
    QVERIFY(describe(result->error).contains(QLatin1String("safe to try again")));
    QCOMPARE(loggedRequests(m_sandbox, customizersPath, mark, QStringLiteral("POST")).size(), 1);
    QCOMPARE(countNamed(listAll(client.get()), name), 0);
}

void TestCustomizerService::ambiguousCreateWithAnOlderNamesake()
{
    QTemporaryDir dir;
    SandboxData data;
    data.addCustomizers(3);
    data.customizers[1].name = QStringLiteral("Namesake"); // created in 2023
    const QString file = dir.filePath(QStringLiteral("data.json"));
    QVERIFY(data.write(file));
    Sandbox sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--data"), file}));
    auto client = makeClient(sandbox);
    CustomizerService service(client.get());
    QVERIFY(sandbox.addFault(rule("POST", customizersPath, {{QStringLiteral("status"), 503}})));
    const auto result = runJob(service.create(QStringLiteral("Namesake")));
    QVERIFY(result);
    QVERIFY(!result->ok()); // the old one is not taken for the new one
    QCOMPARE(result->error.writeOutcome, ApiError::WriteOutcome::NotApplied);
}

void TestCustomizerService::ambiguousCreateWhenTheLookupFails()
{
    auto client = makeClient(m_sandbox);
    CustomizerService service(client.get());
    QVERIFY(runJob(service.list())->ok());
    QVERIFY(m_sandbox.addFault(
        rule("POST", customizersPath, {{QStringLiteral("body"), QStringLiteral("drop")}})));
    QVERIFY(m_sandbox.addFault(
        rule("GET", customizersPath,
             {{QStringLiteral("status"), 500}, {QStringLiteral("count"), 100}})));
    const auto result = runJob(service.create(QStringLiteral("Lookup fails")));
    QVERIFY(result);
    QCOMPARE(result->error.kind, ApiError::Kind::Network); // the create's own failure
    QCOMPARE(result->error.writeOutcome, ApiError::WriteOutcome::Unknown);
    QVERIFY(describe(result->error).contains(QLatin1String("check before trying again")));
}

void TestCustomizerService::deleteWhoseReplyWasLost()
{
    auto client = makeClient(m_sandbox);
    CustomizerService service(client.get());
    const auto created = runJob(service.create(QStringLiteral("Deleted once")));
    QVERIFY(created && created->ok());
    const QString id = created->value.id;
    // Deleted, then the connection drops: the repeat (ours, not Qt's) gets a 404.
    QVERIFY(m_sandbox.addFault(rule("DELETE", customizersPath + QStringLiteral("/*"),
                                    {{QStringLiteral("body"), QStringLiteral("drop")}})));
    const qint64 mark = lastSequence(m_sandbox);
    DeleteCustomizerJob *job = service.remove(id);
    QList<int> retries;
    connect(job, &ApiJob::retrying, this,
            [&retries](int attempt, int, const ApiError &) { retries.append(attempt); });
    const auto deleted = runJob(job);
    QVERIFY(deleted);
    QVERIFY2(deleted->ok(), qPrintable(describe(deleted->error)));
    QCOMPARE(deleted->value, id);
    QCOMPARE(retries, QList<int>{2});
    const QJsonArray deletes = loggedRequests(m_sandbox, {}, mark, QStringLiteral("DELETE"));
    QCOMPARE(deletes.size(), 2);
    QCOMPARE(deletes.at(1).toObject().value(QLatin1String("status")).toInt(), 404);
    QCOMPARE(runJob(service.get(id))->error.httpStatus, 404);

    // A plain 404 (first attempt) stays an error.
    const auto unknown = runJob(service.remove(id));
    QCOMPARE(unknown->error.httpStatus, 404);
}

void TestCustomizerService::malformedReplyIsAnInvalidReply()
{
    auto client = makeClient(m_sandbox);
    CustomizerService service(client.get());
    QVERIFY(m_sandbox.addFault(rule("GET", customizersPath + QStringLiteral("/*"),
                                    {{QStringLiteral("body"), QStringLiteral("malformed")}})));
    const auto got = runJob(service.get(QStringLiteral("b07dc46a-1498-4de8-bfbb-259a68e70c8a")));
    QVERIFY(got);
    QCOMPARE(got->error.kind, ApiError::Kind::InvalidReply);
    QVERIFY(got->value.id.isEmpty());
    QVERIFY(m_sandbox.addFault(
        rule("GET", customizersPath, {{QStringLiteral("body"), QStringLiteral("malformed")}})));
    const auto list = runJob(service.list());
    QVERIFY(list);
    QCOMPARE(list->error.kind, ApiError::Kind::InvalidReply);
    QVERIFY(list->value.isEmpty());
}

void TestCustomizerService::readOnlyRefusesEveryWrite()
{
    auto client = makeClient(m_sandbox, fastOptions(), true);
    CustomizerService service(client.get());
    const QString id = QStringLiteral("b07dc46a-1498-4de8-bfbb-259a68e70c8a");
    const qint64 mark = lastSequence(m_sandbox);
    QCOMPARE(runJob(service.create(QStringLiteral("x")))->error.kind, ApiError::Kind::ReadOnly);
    QCOMPARE(runJob(service.rename(id, QStringLiteral("x")))->error.kind, ApiError::Kind::ReadOnly);
    QCOMPARE(runJob(service.remove(id))->error.kind, ApiError::Kind::ReadOnly);
    QCOMPARE(runJob(service.uploadVersion(id, m_zip))->error.kind, ApiError::Kind::ReadOnly);
    QTest::qWait(50);
    QCOMPARE(m_sandbox.requestLog(mark).size(), 0);
    QVERIFY(runJob(service.get(id))->ok()); // reads still work
}

QTEST_GUILESS_MAIN(TestCustomizerService)
#include "tst_customizerservice.moc"
