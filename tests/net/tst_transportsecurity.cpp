// The pipeline's transport rules, against small local servers: TLS errors are never
// ignored, and credentials never follow a redirect to another origin.
#include "pipelinetestsupport.h"

#include "net/apirequestjob.h"
#include "tinyhttpserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QtTest>

using namespace isc;
using namespace isc::test;

namespace {

QByteArray tokenReply()
{
    return response(200, "OK",
                    R"({"access_token":"eyJ0ZXN0IjoidG9rZW4ifQ.e30.c2ln","token_type":"bearer",)"
                    R"("expires_in":3600,"tenant_id":"t1","pod":"local","org":"tiny"})");
}

Connection connectionTo(const QUrl &base)
{
    Connection connection;
    connection.displayName = QStringLiteral("Tiny");
    connection.baseUrl = base;
    connection.clientId = QStringLiteral("client");
    connection.clientSecret = QStringLiteral("secret-secret-secret");
    return connection;
}

ApiRequest get(const char *path)
{
    ApiRequest request;
    request.path = QLatin1String(path);
    return request;
}

} // namespace

class TestTransportSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tlsErrorsAreNeverIgnored();
    void credentialsDoNotFollowAnotherOrigin();
    void sameOriginRedirectIsFollowed();

private:
    QNetworkAccessManager m_nam;
};

void TestTransportSecurity::tlsErrorsAreNeverIgnored()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend in this Qt build.");
    QFile certFile(QStringLiteral(ISC_NET_TEST_DATA "/selfsigned.crt"));
    QFile keyFile(QStringLiteral(ISC_NET_TEST_DATA "/selfsigned.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    auto *sslServer = new QSslServer;
    sslServer->setSslConfiguration(tls);
    TinyHttpServer server(sslServer);
    server.reply = [](const QByteArray &) { return tokenReply(); };
    QVERIFY(server.listen());

    QUrl base;
    base.setScheme(QStringLiteral("https"));
    base.setHost(QStringLiteral("127.0.0.1"));
    base.setPort(server.port());
    ApiClient client(&m_nam, connectionTo(base), fastOptions());
    const auto response = runJob(client.send(get("/beta/connectors")));
    QVERIFY(response);
    QCOMPARE(response->error.kind, ApiError::Kind::Tls);
    QVERIFY(!response->error.detail.isEmpty()); // the certificate problems, for the user
    QVERIFY2(describe(response->error).contains(QLatin1String("127.0.0.1")),
             qPrintable(describe(response->error)));
    QVERIFY(server.heads.isEmpty()); // not even the token request got through
    QVERIFY(!response->ok());
}

void TestTransportSecurity::credentialsDoNotFollowAnotherOrigin()
{
    TinyHttpServer other(new QTcpServer);
    other.reply = [](const QByteArray &) { return response(200, "OK", "[]"); };
    QVERIFY(other.listen());
    TinyHttpServer server(new QTcpServer);
    const QByteArray location =
        "Location: http://127.0.0.1:" + QByteArray::number(other.port()) + "/beta/connectors\r\n";
    server.reply = [location](const QByteArray &line) {
        if (line.startsWith("POST /oauth/token"))
            return tokenReply();
        return response(302, "Found", "{}", location);
    };
    QVERIFY(server.listen());

    QUrl base(QStringLiteral("http://127.0.0.1"));
    base.setPort(server.port());
    ApiClient client(&m_nam, connectionTo(base), fastOptions());
    const auto response = runJob(client.send(get("/beta/connectors")));
    QVERIFY(response);
    QCOMPARE(response->error.kind, ApiError::Kind::Redirect);
    QVERIFY(!describe(response->error).isEmpty());
    QCOMPARE(server.heads.size(), 2); // the token, then the call that was redirected
    QVERIFY(server.heads.at(1).contains("Authorization: Bearer "));
    QCOMPARE(other.heads.size(), 0); // the other origin never saw the request
}

void TestTransportSecurity::sameOriginRedirectIsFollowed()
{
    TinyHttpServer server(new QTcpServer);
    server.reply = [](const QByteArray &line) {
        if (line.startsWith("POST /oauth/token"))
            return tokenReply();
        if (line.startsWith("GET /beta/old"))
            return response(301, "Moved Permanently", "{}", "Location: /beta/connectors\r\n");
        return response(200, "OK", "[]");
    };
    QVERIFY(server.listen());
    QUrl base(QStringLiteral("http://127.0.0.1"));
    base.setPort(server.port());
    ApiClient client(&m_nam, connectionTo(base), fastOptions());
    const auto response = runJob(client.send(get("/beta/old")));
    QVERIFY(response);
    QVERIFY2(response->ok(), qPrintable(describe(response->error)));
    QCOMPARE(response->body, QByteArray("[]"));
    QCOMPARE(server.heads.size(), 3);
    QVERIFY(server.heads.at(2).startsWith("GET /beta/connectors"));
}

QTEST_GUILESS_MAIN(TestTransportSecurity)
#include "tst_transportsecurity.moc"
