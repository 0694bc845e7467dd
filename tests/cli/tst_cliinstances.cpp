// `isc-console instances ...` and `--profile`, the real binary against the real isc-sandbox:
// list, link and unlink compared with what the sandbox holds, 404, and a saved read-only
// profile (made with the real ProfileStore and SecretStore in the child's private HOME)
// whose writes are refused with exit code 5 before anything is sent.
#include "clitestsupport.h"
#include "sandbox.h"

#include "tenants/profilestore.h"
#include "tenants/secretjob.h"
#include "tenants/secretstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace isc;
using namespace isc::test;

namespace {

const QString instancesPath = QStringLiteral("/beta/connector-instances");
const QString instances = QStringLiteral("instances");
const QString formatJson = QStringLiteral("--format=json");

qint64 lastSequence(Sandbox &sandbox)
{
    const QJsonArray all = sandbox.requestLog();
    return all.isEmpty() ? 0 : all.last().toObject().value(QLatin1String("sequence")).toInteger();
}

} // namespace

class TestCliInstances : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void listMatchesTheSandbox();
    void linkAndUnlink();
    void unknownInstanceIsNotFound();
    void savedProfileIsUsed();
    void readOnlyProfileRefusesWrites();
    void unknownProfileIsAUsageError();
    void environmentVariablesAlone();

private:
    QJsonArray storedInstances();
    QString storedCustomizerId(const QString &instanceId);
    // A profile saved where the child looks for it (its XDG_CONFIG_HOME / XDG_DATA_HOME),
    // through the same classes the console uses.
    void saveProfile(const QString &name, bool readOnly);

    Sandbox m_sandbox;
    CliHarness m_cli;
};

void TestCliInstances::initTestCase()
{
    QVERIFY(QFileInfo::exists(CliHarness::consolePath()));
    QVERIFY(m_sandbox.start({QStringLiteral("--rate-limit"), QStringLiteral("100000")}));
    saveProfile(QStringLiteral("Acme Production"), true);
    saveProfile(QStringLiteral("Acme Test"), false);
}

QJsonArray TestCliInstances::storedInstances()
{
    return m_sandbox.get(instancesPath, {{QStringLiteral("limit"), QStringLiteral("250")}}).array();
}

QString TestCliInstances::storedCustomizerId(const QString &instanceId)
{
    const QJsonArray all = storedInstances();
    for (const QJsonValue &value : all) {
        const QJsonObject instance = value.toObject();
        if (instance.value(QLatin1String("id")).toString() == instanceId)
            return instance.value(QLatin1String("connectorCustomizerId")).toString();
    }
    return QStringLiteral("<instance not found>");
}

void TestCliInstances::saveProfile(const QString &name, bool readOnly)
{
    QSettings settings(m_cli.configHome() + QStringLiteral("/isc-console/isc-console.conf"),
                       QSettings::IniFormat);
    ProfileStore profiles(&settings);
    TenantProfile profile;
    profile.name = name;
    profile.baseUrl = m_sandbox.baseUrl();
    profile.clientId = m_sandbox.clientId();
    profile.readOnly = readOnly;
    QString error;
    const auto added = profiles.add(profile, &error);
    QVERIFY2(added, qPrintable(error));
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);

    // The secret goes to the fallback file the child reads when no keychain answers (the
    // child has no D-Bus session): the real keychain of this machine is never touched.
    SecretStore::Options options;
    options.useKeychain = false;
    options.fallbackFilePath =
        m_cli.dataHome() + QStringLiteral("/isc-console/client-secrets.json");
    SecretStore secrets(options);
    secrets.setFileFallbackEnabled(true);
    SecretJob *job = secrets.write(added->id, m_sandbox.clientSecret());
    QSignalSpy spy(job, &SecretJob::finished);
    job->start();
    QVERIFY(spy.wait(10000));
    QVERIFY(spy.first().first().value<SecretJob::Result>().ok());
}

void TestCliInstances::listMatchesTheSandbox()
{
    const CliRun run = m_cli.runOn(m_sandbox, {instances, QStringLiteral("list"), formatJson});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    bool ok = false;
    const QJsonArray rows = run.jsonArray(&ok);
    QVERIFY(ok);
    const QJsonArray expected = storedInstances();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject shown = rows.at(i).toObject();
        const QJsonObject stored = expected.at(i).toObject();
        for (const char *field : {"id", "name", "type"})
            QCOMPARE(shown.value(QLatin1String(field)).toString(),
                     stored.value(QLatin1String(field)).toString());
        const QJsonValue linked = stored.value(QLatin1String("connectorCustomizerId"));
        if (linked.isString())
            QCOMPARE(shown.value(QLatin1String("connectorCustomizerId")).toString(),
                     linked.toString());
        else
            QVERIFY(shown.value(QLatin1String("connectorCustomizerId")).isNull());
    }
}

void TestCliInstances::linkAndUnlink()
{
    const QJsonArray all = storedInstances();
    QString instanceId;
    for (const QJsonValue &value : all) {
        if (!value.toObject().value(QLatin1String("connectorCustomizerId")).isString())
            instanceId = value.toObject().value(QLatin1String("id")).toString();
    }
    QVERIFY2(!instanceId.isEmpty(), "the sandbox seeds unlinked instances");
    const QJsonArray customizers =
        m_sandbox.get(QStringLiteral("/v2024/connector-customizers")).array();
    QVERIFY(!customizers.isEmpty());
    const QString customizerId =
        customizers.first().toObject().value(QLatin1String("id")).toString();

    const CliRun link = m_cli.runOn(
        m_sandbox, {instances, QStringLiteral("link"), instanceId, customizerId, formatJson});
    QVERIFY2(link.finished && link.exitCode == 0, link.describe().constData());
    bool ok = false;
    const QJsonArray linked = link.jsonArray(&ok);
    QVERIFY(ok);
    QCOMPARE(linked.size(), 1);
    QCOMPARE(linked.first().toObject().value(QLatin1String("id")).toString(), instanceId);
    QCOMPARE(linked.first().toObject().value(QLatin1String("connectorCustomizerId")).toString(),
             customizerId);
    QCOMPARE(storedCustomizerId(instanceId), customizerId);

    const CliRun unlink =
        m_cli.runOn(m_sandbox, {instances, QStringLiteral("unlink"), instanceId, formatJson});
    QVERIFY2(unlink.finished && unlink.exitCode == 0, unlink.describe().constData());
    const QJsonArray unlinked = unlink.jsonArray(&ok);
    QVERIFY(ok);
    QCOMPARE(unlinked.size(), 1);
    QVERIFY(unlinked.first().toObject().value(QLatin1String("connectorCustomizerId")).isNull());
    QCOMPARE(storedCustomizerId(instanceId), QString());
}

void TestCliInstances::unknownInstanceIsNotFound()
{
    const CliRun run = m_cli.runOn(
        m_sandbox, {instances, QStringLiteral("unlink"), QStringLiteral("no-such-instance")});
    QVERIFY2(run.finished && run.exitCode == 4, run.describe().constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliInstances::savedProfileIsUsed()
{
    const qint64 mark = lastSequence(m_sandbox);
    // Profiles answer to their name ignoring case; no SAIL_* variable is set.
    const CliRun run = m_cli.run({QStringLiteral("--profile"), QStringLiteral("acme test"),
                                  instances, QStringLiteral("list"), formatJson},
                                 m_cli.environment());
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    bool ok = false;
    QCOMPARE(run.jsonArray(&ok).size(), storedInstances().size());
    QVERIFY(ok);
    QVERIFY(m_sandbox.requestLog(mark).size() > 0); // it really went to this sandbox
    QVERIFY(!run.err.contains(m_sandbox.clientSecret().toUtf8()));
}

void TestCliInstances::readOnlyProfileRefusesWrites()
{
    const QJsonArray all = storedInstances();
    QVERIFY(!all.isEmpty());
    const QString instanceId = all.first().toObject().value(QLatin1String("id")).toString();
    const QString before = storedCustomizerId(instanceId);

    // Reading works...
    const CliRun list = m_cli.run({QStringLiteral("--profile"), QStringLiteral("Acme Production"),
                                   instances, QStringLiteral("list")},
                                  m_cli.environment());
    QVERIFY2(list.finished && list.exitCode == 0, list.describe().constData());

    // ...every write is refused by the service layer, and nothing is sent.
    const qint64 mark = lastSequence(m_sandbox);
    const QList<QStringList> writes = {
        {instances, QStringLiteral("unlink"), instanceId},
        {instances, QStringLiteral("link"), instanceId, QStringLiteral("some-customizer")},
        {QStringLiteral("customizers"), QStringLiteral("create"), QStringLiteral("Refused")},
        {QStringLiteral("customizers"), QStringLiteral("delete"), QStringLiteral("some-id")},
    };
    for (const QStringList &write : writes) {
        const CliRun run = m_cli.run(
            QStringList{QStringLiteral("--profile"), QStringLiteral("Acme Production")} + write,
            m_cli.environment());
        QVERIFY2(run.finished && run.exitCode == 5, run.describe().constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errText().contains(QLatin1String("read-only")), run.err.constData());
    }
    const QJsonArray log = m_sandbox.requestLog(mark);
    for (const QJsonValue &entry : log) {
        const QString method = entry.toObject().value(QLatin1String("method")).toString();
        QVERIFY2(method == QLatin1String("GET") ||
                     entry.toObject()
                         .value(QLatin1String("path"))
                         .toString()
                         .startsWith(QLatin1String("/oauth")),
                 qPrintable(method));
    }
    QCOMPARE(storedCustomizerId(instanceId), before);
}

void TestCliInstances::unknownProfileIsAUsageError()
{
    const CliRun run = m_cli.run(
        {QStringLiteral("--profile"), QStringLiteral("Nobody"), instances, QStringLiteral("list")},
        m_cli.environment());
    QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(QLatin1String("Acme Production")),
             run.err.constData()); // lists them
}

void TestCliInstances::environmentVariablesAlone()
{
    // SAIL_BASE_URL, SAIL_CLIENT_ID and SAIL_CLIENT_SECRET without any option: the official
    // SDKs' variables are honoured; saved profiles are not consulted.
    QProcessEnvironment env = m_cli.environment(m_sandbox);
    env.insert(QStringLiteral("SAIL_BASE_URL"), m_sandbox.baseUrl().toString());
    const qint64 mark = lastSequence(m_sandbox);
    const CliRun run = m_cli.run({instances, QStringLiteral("list"), formatJson}, env);
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    bool ok = false;
    QCOMPARE(run.jsonArray(&ok).size(), storedInstances().size());
    QVERIFY(ok);
    QVERIFY(m_sandbox.requestLog(mark).size() > 0);

    // A variable missing is named, before anything is sent.
    env.remove(QStringLiteral("SAIL_CLIENT_SECRET"));
    const CliRun missing = m_cli.run({instances, QStringLiteral("list")}, env);
    QVERIFY2(missing.finished && missing.exitCode == 2, missing.describe().constData());
    QVERIFY2(missing.errText().contains(QLatin1String("SAIL_CLIENT_SECRET")),
             missing.err.constData());
}

QTEST_GUILESS_MAIN(TestCliInstances)
#include "tst_cliinstances.moc"
