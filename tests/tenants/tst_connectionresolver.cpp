// The resolver: every kind of profile becomes an isc::Connection, or a clear error. The
// Sandbox profile really starts the freshly built isc-sandbox, whose token endpoint then
// accepts the credentials, and the child is stopped when another profile becomes active and
// when the resolver goes (at exit).
#include "httpclient.h"
#include "tenants/connectionjob.h"
#include "tenants/connectionresolver.h"
#include "tenants/profilestore.h"
#include "tenants/secretstore.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace isc;

namespace {

const QString goodClientId = QStringLiteral("2c9180835d2e5168015d32f890ca1581");

ConnectionJob::Result run(ConnectionJob *job, int timeoutMs = 60000)
{
    ConnectionJob::Result out;
    bool done = false;
    int count = 0;
    QObject::connect(job, &ConnectionJob::finished, job, [&](const ConnectionJob::Result &r) {
        out = r;
        done = true;
        ++count;
    });
    job->start();
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("connection job did not finish");
    QTest::qWait(0);
    if (count != 1)
        qWarning("finished() emitted %d times", count);
    return out;
}

SecretJob::Result run(SecretJob *job)
{
    SecretJob::Result out;
    bool done = false;
    QObject::connect(job, &SecretJob::finished, job, [&](const SecretJob::Result &r) {
        out = r;
        done = true;
    });
    job->start();
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("secret job did not finish");
    return out;
}

// POST {base}/oauth/token with client credentials, form-encoded, as the official SDKs do.
isc::test::HttpResult requestToken(QNetworkAccessManager &network, const Connection &connection,
                                   const QString &secret)
{
    QUrl url = connection.baseUrl;
    url.setPath(url.path() + QLatin1String("/oauth/token"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    const QByteArray body =
        isc::test::encodeQuery(
            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
             {QStringLiteral("client_id"), connection.clientId},
             {QStringLiteral("client_secret"), secret}})
            .toUtf8();
    return isc::test::sendRequest(network, request, QByteArrayLiteral("POST"), body, 15000);
}

} // namespace

class tst_ConnectionResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void environmentProfile();
    void environmentProblemIsTheError();
    void tenantProfileReadsItsSecret();
    void missingPiecesAreClearErrors_data();
    void missingPiecesAreClearErrors();
    void givenSecretSkipsTheStore();
    void cancel();
    void sandboxStartsAndServesTokens();
    void sandboxFailureIsReported();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ConnectionResolver> m_resolver;
};

void tst_ConnectionResolver::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!isc::test::sandboxProgram().isEmpty(), "ISC_SANDBOX_PATH is not set");
}

void tst_ConnectionResolver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.conf")),
                                             QSettings::IniFormat);
    SecretStore::Options options;
    options.useKeychain = false; // never the desktop's keychain from a test
    options.fallbackFilePath = m_dir->filePath(QStringLiteral("secrets.json"));
    m_secrets = std::make_unique<SecretStore>(options);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_profiles->setEnvironment(SailEnvironment());
    m_profiles->setSecretStore(m_secrets.get());
    m_resolver = std::make_unique<ConnectionResolver>(m_profiles.get(), m_secrets.get());
    m_resolver->setSandboxProgram(isc::test::sandboxProgram());
}

void tst_ConnectionResolver::cleanup()
{
    m_resolver.reset();
    m_profiles.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_ConnectionResolver::environmentProfile()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("SAIL_BASE_URL"),
                       QStringLiteral("https://env.api.identitynow.com/"));
    environment.insert(QStringLiteral("SAIL_CLIENT_ID"), goodClientId);
    environment.insert(QStringLiteral("SAIL_CLIENT_SECRET"), QStringLiteral("env-secret"));
    m_profiles->setEnvironment(SailEnvironment::fromProcessEnvironment(environment));
    QCOMPARE(m_profiles->activeProfileId(), TenantProfile::environmentId());

    const ConnectionJob::Result result = run(m_resolver->resolveActive());
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.profile.kind, TenantProfile::Kind::Environment);
    QCOMPARE(result.connection.baseUrl, QUrl(QStringLiteral("https://env.api.identitynow.com")));
    QCOMPARE(result.connection.clientId, goodClientId);
    QCOMPARE(result.connection.clientSecret, QStringLiteral("env-secret"));
    QCOMPARE(result.connection.displayName, result.profile.name);
    QVERIFY(!result.connection.readOnly);
    QVERIFY(!m_resolver->isSandboxRunning());
}

void tst_ConnectionResolver::environmentProblemIsTheError()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("SAIL_BASE_URL"),
                       QStringLiteral("https://env.api.identitynow.com"));
    environment.insert(QStringLiteral("SAIL_CLIENT_ID"), goodClientId);
    m_profiles->setEnvironment(SailEnvironment::fromProcessEnvironment(environment));
    const ConnectionJob::Result result = run(m_resolver->resolve(TenantProfile::environmentId()));
    QVERIFY(!result.ok());
    QVERIFY2(result.errorString.contains(QLatin1String("SAIL_CLIENT_SECRET")),
             qPrintable(result.errorString));
    QVERIFY(result.connection.clientSecret.isEmpty());
}

void tst_ConnectionResolver::tenantProfileReadsItsSecret()
{
    TenantProfile input;
    input.name = QStringLiteral("Acme");
    input.baseUrl = QUrl(QStringLiteral("https://acme.api.identitynow.com"));
    input.clientId = goodClientId;
    input.readOnly = true;
    const auto acme = m_profiles->add(input);
    QVERIFY(acme);
    QVERIFY(run(m_secrets->write(acme->id, QStringLiteral("acme-secret"))).ok());

    const ConnectionJob::Result result = run(m_resolver->resolveActive());
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.profile.id, acme->id);
    QCOMPARE(result.connection.displayName, QStringLiteral("Acme"));
    QCOMPARE(result.connection.baseUrl, acme->baseUrl);
    QCOMPARE(result.connection.clientSecret, QStringLiteral("acme-secret"));
    QVERIFY(result.connection.readOnly);
    // Not from the keychain: the warning travels with the connection.
    QCOMPARE(result.warning, m_secrets->keychainMessage());
    QVERIFY(!result.warning.isEmpty());
}

void tst_ConnectionResolver::missingPiecesAreClearErrors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<bool>("storeSecret");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no secret stored") << "https://acme.api.identitynow.com" << goodClientId << false
                                      << "No client secret is stored";
    QTest::newRow("no client id") << "https://acme.api.identitynow.com"
                                  << "" << true << "client ID";
}

void tst_ConnectionResolver::missingPiecesAreClearErrors()
{
    QFETCH(QString, url);
    QFETCH(QString, clientId);
    QFETCH(bool, storeSecret);
    QFETCH(QString, mentions);
    TenantProfile input;
    input.name = QStringLiteral("Acme");
    input.baseUrl = QUrl(url);
    input.clientId = clientId;
    const auto acme = m_profiles->add(input);
    QVERIFY(acme);
    if (storeSecret)
        QVERIFY(run(m_secrets->write(acme->id, QStringLiteral("x"))).ok());
    const ConnectionJob::Result result = run(m_resolver->resolve(acme->id));
    QVERIFY(!result.ok());
    QVERIFY2(result.errorString.contains(mentions), qPrintable(result.errorString));
    QVERIFY2(result.errorString.contains(QLatin1String("Acme")), qPrintable(result.errorString));

    const ConnectionJob::Result unknown = run(m_resolver->resolve(QStringLiteral("no-such-id")));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.errorString.contains(QLatin1String("no-such-id")));
}

void tst_ConnectionResolver::givenSecretSkipsTheStore()
{
    // The command line's --base-url with a secret from stdin or the environment.
    TenantProfile adHoc;
    adHoc.name = QStringLiteral("command line");
    adHoc.baseUrl = QUrl(QStringLiteral("https://cli.api.identitynow.com/beta"));
    adHoc.clientId = goodClientId;
    ConnectionJob::Result result = run(m_resolver->resolve(adHoc, QStringLiteral("piped")));
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.connection.baseUrl, QUrl(QStringLiteral("https://cli.api.identitynow.com")));
    QCOMPARE(result.connection.clientSecret, QStringLiteral("piped"));

    adHoc.baseUrl = QUrl(QStringLiteral("http://cli.api.identitynow.com"));
    result = run(m_resolver->resolve(adHoc, QStringLiteral("piped")));
    QVERIFY(!result.ok());
    QVERIFY(result.errorString.contains(QLatin1String("http")));

    adHoc.baseUrl = QUrl(QStringLiteral("https://cli.api.identitynow.com"));
    result = run(m_resolver->resolve(adHoc, QString()));
    QVERIFY(!result.ok());
    QVERIFY(!result.errorString.isEmpty());
}

void tst_ConnectionResolver::cancel()
{
    ConnectionJob *job = m_resolver->resolve(QStringLiteral("no-such-id"));
    QSignalSpy finished(job, &ConnectionJob::finished);
    job->start();
    QCOMPARE(finished.size(), 0); // never inside start()
    job->cancel();
    QCOMPARE(finished.size(), 1);
    const auto result = finished.at(0).at(0).value<ConnectionJob::Result>();
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok());
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
}

void tst_ConnectionResolver::sandboxStartsAndServesTokens()
{
    // No tenant configured: the Sandbox is the default.
    QCOMPARE(m_profiles->activeProfileId(), TenantProfile::sandboxId());
    QSignalSpy started(m_resolver.get(), &ConnectionResolver::sandboxStarted);
    QSignalSpy stopped(m_resolver.get(), &ConnectionResolver::sandboxStopped);

    // Two jobs while it starts share the one child.
    ConnectionJob *first = m_resolver->resolveActive();
    ConnectionJob *second = m_resolver->resolve(TenantProfile::sandboxId());
    ConnectionJob::Result secondResult;
    connect(second, &ConnectionJob::finished, this,
            [&secondResult](const ConnectionJob::Result &r) { secondResult = r; });
    second->start();
    const ConnectionJob::Result result = run(first, 90000);
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QTRY_VERIFY(secondResult.ok());
    QCOMPARE(started.size(), 1);
    QVERIFY(m_resolver->isSandboxRunning());

    const Connection connection = result.connection;
    QCOMPARE(result.profile.kind, TenantProfile::Kind::Sandbox);
    QCOMPARE(connection.baseUrl.scheme(), QStringLiteral("http"));
    QVERIFY(isAllowedBaseUrl(connection.baseUrl));
    QCOMPARE(connection.baseUrl, m_resolver->sandboxBaseUrl());
    QVERIFY(!connection.clientId.isEmpty());
    QVERIFY(!connection.clientSecret.isEmpty());
    QCOMPARE(secondResult.connection.baseUrl, connection.baseUrl);
    QCOMPARE(secondResult.connection.clientSecret, connection.clientSecret);

    QNetworkAccessManager network;
    isc::test::HttpResult token = requestToken(network, connection, connection.clientSecret);
    QVERIFY2(token.status == 200, qPrintable(token.errorString + QString::fromUtf8(token.body)));
    QVERIFY(!token.object().value(QLatin1String("access_token")).toString().isEmpty());
    // The sandbox checks the secret: a wrong one is refused.
    const isc::test::HttpResult refused =
        requestToken(network, connection, connection.clientSecret + QLatin1Char('x'));
    QVERIFY2(refused.status == 400 || refused.status == 401,
             QByteArray::number(refused.status).constData());

    // A third resolve reuses the running child at once.
    const ConnectionJob::Result again = run(m_resolver->resolveActive());
    QVERIFY(again.ok());
    QCOMPARE(again.connection.baseUrl, connection.baseUrl);
    QCOMPARE(started.size(), 1);

    // Another profile becomes active: the sandbox stops.
    TenantProfile input;
    input.name = QStringLiteral("Acme");
    input.baseUrl = QUrl(QStringLiteral("https://acme.api.identitynow.com"));
    input.clientId = goodClientId;
    const auto acme = m_profiles->add(input);
    QVERIFY(acme);
    QVERIFY(m_profiles->setActiveProfile(acme->id));
    QCOMPARE(stopped.size(), 1);
    QVERIFY(!m_resolver->isSandboxRunning());
    token = requestToken(network, connection, connection.clientSecret);
    QCOMPARE(token.status, 0);
    QVERIFY(token.finished); // refused at once, not timed out

    // Back to the sandbox: a new child (new credentials); destroying the resolver (the
    // console exiting) stops it.
    QVERIFY(m_profiles->setActiveProfile(TenantProfile::sandboxId()));
    // Activating the Sandbox starts it at once, before anyone resolves it.
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 90000);
    QVERIFY(m_resolver->isSandboxRunning());
    const ConnectionJob::Result restarted = run(m_resolver->resolveActive(), 90000);
    QVERIFY2(restarted.ok(), qPrintable(restarted.errorString));
    QCOMPARE(started.size(), 2);
    QVERIFY(restarted.connection.clientSecret != connection.clientSecret);
    token = requestToken(network, restarted.connection, restarted.connection.clientSecret);
    QCOMPARE(token.status, 200);
    m_resolver.reset();
    token = requestToken(network, restarted.connection, restarted.connection.clientSecret);
    QCOMPARE(token.status, 0);
    QVERIFY(token.finished);
}

void tst_ConnectionResolver::sandboxFailureIsReported()
{
    m_resolver->setSandboxProgram(m_dir->filePath(QStringLiteral("no-such-isc-sandbox")));
    QSignalSpy failed(m_resolver.get(), &ConnectionResolver::sandboxFailed);
    const ConnectionJob::Result result = run(m_resolver->resolveActive());
    QVERIFY(!result.ok());
    QVERIFY(!result.errorString.isEmpty());
    QCOMPARE(failed.size(), 1);
    QVERIFY(!m_resolver->isSandboxRunning());
    qInfo("sandbox failure says: %s", qPrintable(result.errorString));
}

QTEST_GUILESS_MAIN(tst_ConnectionResolver)
#include "tst_connectionresolver.moc"
