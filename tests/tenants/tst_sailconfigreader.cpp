// The import of the sail CLI's ~/.sailpoint/config.yaml: environments in file order, base URLs
// from baseurl or tenanturl, PAT client ids, the active environment; secrets never read;
// malformed or unexpected files give a clear error and never crash.
#include "tenants/profilestore.h"
#include "tenants/sailconfigreader.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace isc;

namespace {

QByteArray yaml(const char *text)
{
    return QByteArray(text);
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

// What the CLI writes today (viper lowercases keys), with the leftovers of older versions.
const char *const realisticConfig = R"(activeenvironment: acme-sandbox
authtype: pat
customexporttemplatespath: ""
customsearchtemplatespath: ""
debug: false
environments:
  acme:
    baseurl: https://acme.api.identitynow.com
    pat:
      accesstoken: eyJhbGciOiJSUzI1NiJ9.TOKEN-NEVER-READ
      clientid: 2c9180835d2e5168015d32f890ca1581
      clientsecret: SECRET-NEVER-READ-0123456789abcdef0123456789abcdef0123456789abcdef
      expiry: 2024-01-01T00:00:00Z
    tenanturl: https://acme.identitynow.com
  acme-sandbox:
    baseurl: https://acme-sb.api.identitynow.com/
    tenanturl: https://acme-sb.identitynow.com
  partner:
    tenanturl: https://partner.identitynow-demo.com
  vanity:
    baseurl: https://iam.example.com/api/v3
    oauth:
      accesstoken: TOKEN-NEVER-READ
)";

} // namespace

class tst_SailConfigReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realisticFile();
    void environments_data();
    void environments();
    void malformed_data();
    void malformed();
    void readFileErrors();
    void importIntoStore();
};

void tst_SailConfigReader::realisticFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral(".sailpoint/config.yaml"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral(".sailpoint"))));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(realisticConfig);
    file.close();

    const SailConfigReader::Result result = SailConfigReader::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.activeEnvironment, QStringLiteral("acme-sandbox"));
    QVERIFY(result.warnings.isEmpty());
    QCOMPARE(result.environments.size(), 4);

    const auto &acme = result.environments.at(0);
    QCOMPARE(acme.name, QStringLiteral("acme"));
    QCOMPARE(acme.baseUrl, QUrl(QStringLiteral("https://acme.api.identitynow.com")));
    QCOMPARE(acme.tenantUrl, QUrl(QStringLiteral("https://acme.identitynow.com")));
    QCOMPARE(acme.clientId, QStringLiteral("2c9180835d2e5168015d32f890ca1581"));
    QVERIFY(!acme.active);

    const auto &sandbox = result.environments.at(1);
    QCOMPARE(sandbox.baseUrl, QUrl(QStringLiteral("https://acme-sb.api.identitynow.com")));
    QVERIFY(sandbox.clientId.isEmpty()); // newer CLIs keep it in the keyring
    QVERIFY(sandbox.active);

    // No baseurl: derived from the SailPoint tenant URL.
    QCOMPARE(result.environments.at(2).baseUrl,
             QUrl(QStringLiteral("https://partner.api.identitynow-demo.com")));
    // The version prefix goes; the vanity path stays.
    QCOMPARE(result.environments.at(3).baseUrl,
             QUrl(QStringLiteral("https://iam.example.com/api")));

    // Nothing secret made it into the result.
    const QList<TenantProfile> profiles = result.profiles();
    QCOMPARE(profiles.size(), 4);
    for (const TenantProfile &profile : profiles) {
        for (const QString &field : {profile.name, profile.baseUrl.toString(), profile.clientId}) {
            QVERIFY(!field.contains(QLatin1String("NEVER-READ")));
        }
        QVERIFY(profile.id.isEmpty());
        QCOMPARE(profile.kind, TenantProfile::Kind::Tenant);
    }
}

void tst_SailConfigReader::environments_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QString>("active");
    QTest::addColumn<int>("warnings");

    QTest::newRow("one")
        << yaml("environments:\n  prod:\n    baseurl: https://prod.api.identitynow.com\n")
        << strings({"prod"}) << strings({"https://prod.api.identitynow.com"}) << QString() << 0;
    QTest::newRow("several, order kept")
        << yaml("activeenvironment: b\nenvironments:\n"
                "  c: {baseurl: 'https://c.api.identitynow.com'}\n"
                "  a: {baseurl: 'https://a.api.identitynow.com'}\n"
                "  b: {baseurl: 'https://b.api.identitynow.com'}\n")
        << strings({"c", "a", "b"})
        << strings({"https://c.api.identitynow.com", "https://a.api.identitynow.com",
                    "https://b.api.identitynow.com"})
        << "b" << 0;
    QTest::newRow("keys in any case")
        << yaml("ActiveEnvironment: Prod\nEnvironments:\n  Prod:\n    BaseURL: "
                "https://prod.api.identitynow.com\n")
        << strings({"Prod"}) << strings({"https://prod.api.identitynow.com"}) << "Prod" << 0;
    QTest::newRow("plain http refused, loopback kept")
        << yaml("environments:\n  bad: {baseurl: 'http://bad.example.com'}\n"
                "  local: {baseurl: 'http://localhost:7100'}\n")
        << strings({"local"}) << strings({"http://localhost:7100"}) << QString() << 1;
    QTest::newRow("entries without a url or not maps")
        << yaml("environments:\n  empty: {}\n  list: [1, 2]\n  scalar: hello\n"
                "  vanityui: {tenanturl: 'https://login.example.com'}\n"
                "  ok: {baseurl: 'https://ok.api.identitynow.com'}\n")
        << strings({"ok"}) << strings({"https://ok.api.identitynow.com"}) << QString() << 4;
    QTest::newRow("pre-environments layout")
        << yaml("baseurl: https://old.api.identitynow.com\nclientid: abc\nclientsecret: x\n")
        << strings({"default"}) << strings({"https://old.api.identitynow.com"}) << QString() << 0;
    QTest::newRow("null environments with a top-level url")
        << yaml("environments:\nbase_url: https://pipe.api.identitynow.com\n")
        << strings({"default"}) << strings({"https://pipe.api.identitynow.com"}) << QString() << 0;
    QTest::newRow("anchors and comments")
        << yaml("# sail\ncommon: &c {tenanturl: 'https://x.identitynow.com'}\n"
                "environments:\n  x: *c\n")
        << strings({"x"}) << strings({"https://x.api.identitynow.com"}) << QString() << 0;
}

void tst_SailConfigReader::environments()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, names);
    QFETCH(QStringList, urls);
    QFETCH(QString, active);
    QFETCH(int, warnings);

    const SailConfigReader::Result result = SailConfigReader::parse(text, QStringLiteral("t.yaml"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QStringList gotNames;
    QStringList gotUrls;
    QString gotActive;
    for (const auto &environment : result.environments) {
        gotNames << environment.name;
        gotUrls << environment.baseUrl.toString();
        if (environment.active)
            gotActive = environment.name;
    }
    QCOMPARE(gotNames, names);
    QCOMPARE(gotUrls, urls);
    if (!active.isEmpty())
        QCOMPARE(gotActive, active);
    QCOMPARE(result.warnings.size(), warnings);
    for (const QString &warning : result.warnings)
        QVERIFY(!warning.isEmpty());
}

void tst_SailConfigReader::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mentions"); // a part of the error message

    QTest::newRow("unclosed flow map") << yaml("environments: {acme: {baseurl: x\n") << "line";
    QTest::newRow("bad indentation")
        << yaml("environments:\n  acme:\n    baseurl: https://a.com\n   tenanturl: b\n") << "line";
    QTest::newRow("tab indentation") << yaml("environments:\n\tacme: {}\n") << "t.yaml";
    // yaml-cpp 0.7 lets an unterminated quote run to the end of the file: the rest is lost,
    // and what remains is reported.
    QTest::newRow("unterminated quote")
        << yaml("activeenvironment: \"acme\nenvironments:\n  a: {}\n") << "no environments";
    QTest::newRow("duplicate anchors, bad alias") << yaml("a: *nothing\n") << "t.yaml";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{[:\x01", 7) << "t.yaml";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "t.yaml";
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("only a comment") << yaml("# nothing\n") << "empty";
    QTest::newRow("top-level list") << yaml("- a\n- b\n") << "map";
    QTest::newRow("top-level scalar") << yaml("hello\n") << "map";
    QTest::newRow("environments is a list")
        << yaml("environments:\n  - https://a.api.identitynow.com\n") << "environments";
    QTest::newRow("environments is a scalar") << yaml("environments: acme\n") << "environments";
    QTest::newRow("no environments") << yaml("debug: true\nauthtype: pat\n") << "no environments";
    QTest::newRow("no usable environment")
        << yaml("environments:\n  a: {baseurl: 'ftp://a'}\n") << "no usable";
}

void tst_SailConfigReader::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, mentions);
    const SailConfigReader::Result result = SailConfigReader::parse(text, QStringLiteral("t.yaml"));
    QVERIFY(!result.ok());
    QVERIFY(result.environments.isEmpty());
    QVERIFY2(result.error.contains(QLatin1String("t.yaml")), qPrintable(result.error));
    QVERIFY2(result.error.contains(mentions, Qt::CaseInsensitive), qPrintable(result.error));
}

void tst_SailConfigReader::readFileErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("nope/config.yaml"));
    SailConfigReader::Result result = SailConfigReader::readFile(missing);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QDir::toNativeSeparators(missing)));

    // A directory where the file should be.
    result = SailConfigReader::readFile(dir.path());
    QVERIFY(!result.ok());

    // Far too large to be a configuration.
    const QString big = dir.filePath(QStringLiteral("big.yaml"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(8 * 1024 * 1024));
    file.close();
    result = SailConfigReader::readFile(big);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QLatin1String("large")));

    QVERIFY(SailConfigReader::defaultPath().startsWith(QDir::homePath()));
    QVERIFY(SailConfigReader::defaultPath().endsWith(QLatin1String("/.sailpoint/config.yaml")));
}

void tst_SailConfigReader::importIntoStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.setEnvironment(SailEnvironment());

    const auto result = SailConfigReader::parse(realisticConfig, QStringLiteral("config.yaml"));
    QVERIFY(result.ok());
    QStringList skipped;
    const QList<TenantProfile> added = store.importProfiles(result.profiles(), &skipped);
    QCOMPARE(added.size(), 4);
    QVERIFY(skipped.isEmpty());
    QCOMPARE(store.tenantProfiles().size(), 4);
    QCOMPARE(store.find(QStringLiteral("acme"))->clientId,
             QStringLiteral("2c9180835d2e5168015d32f890ca1581"));

    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("NEVER-READ"));

    // A second import of the same file adds nothing.
    QVERIFY(store.importProfiles(result.profiles(), &skipped).isEmpty());
    QCOMPARE(skipped.size(), 4);
}

QTEST_GUILESS_MAIN(tst_SailConfigReader)
#include "tst_sailconfigreader.moc"
