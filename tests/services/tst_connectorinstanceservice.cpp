// ConnectorInstanceService against the real isc-sandbox: listing (all pages), linking and
// unlinking a customizer with JSON Patch, "which instances use this customizer", refusals.
#include "pipelinetestsupport.h"
#include "sandboxdata.h"

#include "services/connectorinstancejob.h"
#include "services/connectorinstancelistjob.h"
#include "services/connectorinstanceservice.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace isc;
using namespace isc::test;

class TestConnectorInstanceService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listsEveryPage();
    void linkAndUnlink();
    void patchBodies();
    void linkingAnUnknownCustomizerFails();
    void badIdsAreRefusedLocally();
    void readOnlyRefusesLinks();
    void aFailingPageKeepsWhatLoaded();

private:
    std::unique_ptr<ApiClient> makeClient(bool readOnly = false)
    {
        return std::make_unique<ApiClient>(&m_nam, connectionTo(m_sandbox, readOnly),
                                           fastOptions());
    }

    QTemporaryDir m_dir;
    SandboxData m_data;
    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
};

void TestConnectorInstanceService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data.addCustomizers(3);
    // 260 instances: two pages; every 10th linked to the first customizer.
    m_data.addInstances(260, m_data.customizers.first().id, 10);
    const QString file = m_dir.filePath(QStringLiteral("data.json"));
    QVERIFY(m_data.write(file));
    QVERIFY(m_sandbox.start({QStringLiteral("--data"), file}));
}

void TestConnectorInstanceService::init()
{
    QVERIFY(m_sandbox.clearFaults());
}

void TestConnectorInstanceService::listsEveryPage()
{
    auto client = makeClient();
    ConnectorInstanceService service(client.get());
    ConnectorInstanceListJob *job = service.list();
    int pages = 0;
    connect(job, &ConnectorInstanceListJob::pageLoaded, this,
            [&pages](const QList<ConnectorInstance> &, const PageInfo &) { ++pages; });
    const auto result = runJob(job);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(describe(result->error)));
    QCOMPARE(pages, 2);
    QCOMPARE(result->value.size(), m_data.instances.size());
    for (int i = 0; i < m_data.instances.size(); ++i) {
        QCOMPARE(result->value.at(i).id, m_data.instances.at(i).id);
        QCOMPARE(result->value.at(i).connectorCustomizerId,
                 m_data.instances.at(i).connectorCustomizerId);
    }
}

void TestConnectorInstanceService::linkAndUnlink()
{
    auto client = makeClient();
    ConnectorInstanceService service(client.get());
    const QString customizer = m_data.customizers.at(2).id;
    const QString instance = m_data.instances.at(5).id;

    const auto none = runJob(service.instancesUsing(customizer));
    QVERIFY(none && none->ok());
    QVERIFY(none->value.isEmpty());

    const auto linked = runJob(service.link(instance, customizer));
    QVERIFY(linked);
    QVERIFY2(linked->ok(), qPrintable(describe(linked->error)));
    QCOMPARE(linked->value.id, instance);
    QCOMPARE(linked->value.connectorCustomizerId, customizer);
    QVERIFY(linked->value.isLinked());

    ConnectorInstanceListJob *usingJob = service.instancesUsing(customizer);
    int received = 0;
    connect(usingJob, &ConnectorInstanceListJob::pageLoaded, this,
            [&received](const QList<ConnectorInstance> &, const PageInfo &page) {
                received += page.received;
            });
    const auto users = runJob(usingJob);
    QVERIFY(users && users->ok());
    QCOMPARE(users->value.size(), 1);
    QCOMPARE(users->value.first().id, instance);
    QCOMPARE(received, m_data.instances.size()); // every page was read to find it

    const auto firstUsers = runJob(service.instancesUsing(m_data.customizers.first().id));
    QVERIFY(firstUsers && firstUsers->ok());
    QCOMPARE(firstUsers->value.size(), 26);

    const auto unlinked = runJob(service.unlink(instance));
    QVERIFY(unlinked);
    QVERIFY2(unlinked->ok(), qPrintable(describe(unlinked->error)));
    QVERIFY(!unlinked->value.isLinked());
    QVERIFY(runJob(service.instancesUsing(customizer))->value.isEmpty());
}

void TestConnectorInstanceService::patchBodies()
{
    QCOMPARE(ConnectorInstanceService::linkPatch(QStringLiteral("abc")),
             QByteArray(R"([{"op":"replace","path":"/connectorCustomizerId","value":"abc"}])"));
    QCOMPARE(ConnectorInstanceService::unlinkPatch(),
             QByteArray(R"([{"op":"remove","path":"/connectorCustomizerId"}])"));

    auto client = makeClient();
    ConnectorInstanceService service(client.get());
    const qint64 mark = lastSequence(m_sandbox);
    QVERIFY(runJob(service.link(m_data.instances.at(7).id, m_data.customizers.at(1).id))->ok());
    QVERIFY(runJob(service.unlink(m_data.instances.at(7).id))->ok());
    const QJsonArray patches = loggedRequests(m_sandbox, {}, mark, QStringLiteral("PATCH"));
    QCOMPARE(patches.size(), 2);
    for (const QJsonValue &patch : patches) {
        const QJsonObject entry = patch.toObject();
        QCOMPARE(entry.value(QLatin1String("contentType")).toString(),
                 QStringLiteral("application/json-patch+json"));
        QCOMPARE(entry.value(QLatin1String("path")).toString(),
                 QStringLiteral("/beta/connector-instances/") + m_data.instances.at(7).id);
    }
    QCOMPARE(patches.at(0).toObject().value(QLatin1String("body")).toString().toUtf8(),
             ConnectorInstanceService::linkPatch(m_data.customizers.at(1).id));
    QCOMPARE(patches.at(1).toObject().value(QLatin1String("body")).toString().toUtf8(),
             ConnectorInstanceService::unlinkPatch());
}

void TestConnectorInstanceService::linkingAnUnknownCustomizerFails()
{
    auto client = makeClient();
    ConnectorInstanceService service(client.get());
    const auto result =
        runJob(service.link(m_data.instances.at(3).id, QStringLiteral("no-such-customizer")));
    QVERIFY(result);
    QCOMPARE(result->error.kind, ApiError::Kind::Http);
    QCOMPARE(result->error.httpStatus, 400);
    QVERIFY(describe(result->error).contains(QLatin1String("no-such-customizer")));
    const auto unknownInstance = runJob(service.unlink(QStringLiteral("no-such-instance")));
    QCOMPARE(unknownInstance->error.httpStatus, 404);
}

void TestConnectorInstanceService::badIdsAreRefusedLocally()
{
    auto client = makeClient();
    ConnectorInstanceService service(client.get());
    const qint64 mark = lastSequence(m_sandbox);
    QCOMPARE(runJob(service.link(QString(), QStringLiteral("x")))->error.kind,
             ApiError::Kind::InvalidInput);
    QCOMPARE(runJob(service.link(QStringLiteral("x"), QString()))->error.kind,
             ApiError::Kind::InvalidInput);
    QCOMPARE(runJob(service.unlink(QStringLiteral("../x")))->error.kind,
             ApiError::Kind::InvalidInput);
    QTest::qWait(50);
    QCOMPARE(m_sandbox.requestLog(mark).size(), 0);
}

void TestConnectorInstanceService::readOnlyRefusesLinks()
{
    auto client = makeClient(true);
    ConnectorInstanceService service(client.get());
    const qint64 mark = lastSequence(m_sandbox);
    QCOMPARE(
        runJob(service.link(m_data.instances.at(1).id, m_data.customizers.at(1).id))->error.kind,
        ApiError::Kind::ReadOnly);
    QCOMPARE(runJob(service.unlink(m_data.instances.at(0).id))->error.kind,
             ApiError::Kind::ReadOnly);
    QTest::qWait(50);
    QCOMPARE(m_sandbox.requestLog(mark).size(), 0);
    QVERIFY(runJob(service.list())->ok());
}

void TestConnectorInstanceService::aFailingPageKeepsWhatLoaded()
{
    auto client = makeClient();
    ConnectorInstanceService service(client.get());
    QVERIFY(
        m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                            {QStringLiteral("path"), QStringLiteral("/beta/connector-instances")},
                            {QStringLiteral("skip"), 1},
                            {QStringLiteral("status"), 503},
                            {QStringLiteral("count"), 100}}));
    const auto result = runJob(service.list());
    QVERIFY(result);
    QCOMPARE(result->error.httpStatus, 503);
    QCOMPARE(result->value.size(), 250);
    QVERIFY(describe(result->error).contains(QLatin1String("251 to 500")));
}

QTEST_GUILESS_MAIN(TestConnectorInstanceService)
#include "tst_connectorinstanceservice.moc"
