// The sandbox's OAuth token endpoint and Bearer enforcement, over real HTTP: every
// encoding the official SDKs use, JWT-shaped tokens, and 401s for every bad token.
#include "sandbox.h"

#include <QHttpMultiPart>
#include <QNetworkRequest>
#include <QtTest>

using namespace isc::test;

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokenEncodings_data();
    void tokenEncodings();
    void tokenIsJwtShaped();
    void badCredentials_data();
    void badCredentials();
    void tokenEndpointNeedsPost();
    void apiRefusesBadTokens_data();
    void apiRefusesBadTokens();
    void expireControlEndsEveryToken();
    void shortLifetimeExpires();
    void tokenOfAnotherSandboxIsRefused();

private:
    HttpResult requestToken(const QString &encoding, const QString &clientId, const QString &secret,
                            const QString &grantType);

    Sandbox m_sandbox;
};

namespace {

QString q(const char *text)
{
    return QString::fromLatin1(text);
}

QJsonObject jwtPayload(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

} // namespace

void TestSandboxAuth::initTestCase()
{
    QVERIFY(m_sandbox.start({q("--token-lifetime"), q("600")}));
}

HttpResult TestSandboxAuth::requestToken(const QString &encoding, const QString &clientId,
                                         const QString &secret, const QString &grantType)
{
    const QList<std::pair<QString, QString>> fields = {
        {q("grant_type"), grantType}, {q("client_id"), clientId}, {q("client_secret"), secret}};
    Sandbox::Call call;
    call.method = "POST";
    call.path = q("/oauth/token");
    call.authorize = false;
    if (encoding == QLatin1String("urlencoded")) {
        call.contentType = "application/x-www-form-urlencoded";
        call.body = encodeQuery(fields).toLatin1();
    } else if (encoding == QLatin1String("query")) {
        call.query = fields;
        call.body = QByteArray(""); // an empty POST body, as the Python SDK sends it
    } else if (encoding == QLatin1String("basic")) {
        call.contentType = "application/x-www-form-urlencoded";
        call.body = encodeQuery({{q("grant_type"), grantType}}).toLatin1();
        call.headers.append(
            {"Authorization",
             "Basic " + (clientId + QLatin1Char(':') + secret).toUtf8().toBase64()});
    } else if (encoding == QLatin1String("multipart")) {
        QHttpMultiPart multipart(QHttpMultiPart::FormDataType);
        for (const auto &[name, value] : fields) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QString(q("form-data; name=\"") + name + QLatin1Char('"')));
            part.setBody(value.toUtf8());
            multipart.append(part);
        }
        QNetworkRequest request(m_sandbox.url(q("/oauth/token")));
        QNetworkReply *reply = m_sandbox.network().post(request, &multipart);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(30000))
            return {};
        HttpResult result;
        result.finished = true;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        delete reply;
        return result;
    }
    return m_sandbox.call(call);
}

void TestSandboxAuth::tokenEncodings_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::newRow("x-www-form-urlencoded body") << q("urlencoded");
    QTest::newRow("multipart/form-data body") << q("multipart");
    QTest::newRow("query parameters") << q("query");
    QTest::newRow("HTTP Basic") << q("basic");
}

void TestSandboxAuth::tokenEncodings()
{
    QFETCH(QString, encoding);
    const HttpResult result = requestToken(encoding, m_sandbox.clientId(), m_sandbox.clientSecret(),
                                           q("client_credentials"));
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.object();
    for (const char *field :
         {"access_token", "token_type", "scope", "tenant_id", "pod", "org", "jti"})
        QVERIFY2(body.value(QLatin1String(field)).isString(), field);
    QCOMPARE(body.value(QLatin1String("token_type")).toString(), q("bearer"));
    QCOMPARE(body.value(QLatin1String("expires_in")).toInt(), 600);

    // The token opens the API.
    Sandbox::Call call;
    call.path = q("/beta/connectors");
    call.query = {{q("limit"), q("1")}};
    call.authorize = false;
    call.headers.append(
        {"Authorization",
         "Bearer " + body.value(QLatin1String("access_token")).toString().toLatin1()});
    QCOMPARE(m_sandbox.call(call).status, 200);
}

void TestSandboxAuth::tokenIsJwtShaped()
{
    const HttpResult result = requestToken(q("urlencoded"), m_sandbox.clientId(),
                                           m_sandbox.clientSecret(), q("client_credentials"));
    const QJsonObject body = result.object();
    const QString token = body.value(QLatin1String("access_token")).toString();
    const QStringList parts = token.split(QLatin1Char('.'));
    QCOMPARE(parts.size(), 3);
    const QJsonObject header =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(parts.at(0).toLatin1(), QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(header.value(QLatin1String("alg")).toString(), q("HS256"));
    const QJsonObject payload = jwtPayload(token);
    QCOMPARE(payload.value(QLatin1String("client_id")).toString(), m_sandbox.clientId());
    QCOMPARE(payload.value(QLatin1String("tenant_id")), body.value(QLatin1String("tenant_id")));
    QCOMPARE(payload.value(QLatin1String("org")), body.value(QLatin1String("org")));
    QCOMPARE(payload.value(QLatin1String("pod")), body.value(QLatin1String("pod")));
    QCOMPARE(payload.value(QLatin1String("jti")), body.value(QLatin1String("jti")));
    const qint64 lifetime = qint64(payload.value(QLatin1String("exp")).toDouble() -
                                   payload.value(QLatin1String("iat")).toDouble());
    QVERIFY2(lifetime >= 600 && lifetime <= 601, qPrintable(QString::number(lifetime)));
    // No two tokens share a jti.
    const HttpResult second = requestToken(q("urlencoded"), m_sandbox.clientId(),
                                           m_sandbox.clientSecret(), q("client_credentials"));
    QVERIFY(second.object().value(QLatin1String("jti")) != body.value(QLatin1String("jti")));
}

void TestSandboxAuth::badCredentials_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("grantType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("wrong secret") << q("urlencoded") << QString() << q("nope")
                                  << q("client_credentials") << 401 << q("invalid_client");
    QTest::newRow("unknown client") << q("query") << q("stranger") << QString()
                                    << q("client_credentials") << 401 << q("invalid_client");
    QTest::newRow("wrong secret, multipart")
        << q("multipart") << QString() << q("nope") << q("client_credentials") << 401
        << q("invalid_client");
    QTest::newRow("no client") << q("urlencoded") << q("") << q("") << q("client_credentials")
                               << 401 << q("invalid_client");
    QTest::newRow("missing grant type")
        << q("urlencoded") << QString() << QString() << q("") << 400 << q("invalid_request");
    QTest::newRow("password grant") << q("urlencoded") << QString() << QString() << q("password")
                                    << 400 << q("unsupported_grant_type");
}

void TestSandboxAuth::badCredentials()
{
    QFETCH(QString, encoding);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(QString, grantType);
    QFETCH(int, status);
    QFETCH(QString, error);
    const HttpResult result =
        requestToken(encoding, clientId.isNull() ? m_sandbox.clientId() : clientId,
                     secret.isNull() ? m_sandbox.clientSecret() : secret, grantType);
    QCOMPARE(result.status, status);
    QCOMPARE(result.object().value(QLatin1String("error")).toString(), error);
    QVERIFY(!result.object().value(QLatin1String("error_description")).toString().isEmpty());
    QVERIFY(!result.body.contains(m_sandbox.clientSecret().toLatin1()));
}

void TestSandboxAuth::tokenEndpointNeedsPost()
{
    Sandbox::Call call;
    call.path = q("/oauth/token");
    call.authorize = false;
    const HttpResult result = m_sandbox.call(call);
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("Allow"), QByteArray("POST"));
}

void TestSandboxAuth::apiRefusesBadTokens_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no header") << QByteArray() << q("missing");
    QTest::newRow("not bearer") << QByteArray("Basic Zm9vOmJhcg==") << q("Bearer");
    QTest::newRow("garbage") << QByteArray("Bearer garbage") << q("malformed");
    QTest::newRow("forged signature")
        << QByteArray("Bearer eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjk5OTk5OTk5OTl9.AAAA")
        << q("signature");
}

void TestSandboxAuth::apiRefusesBadTokens()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, reason);
    Sandbox::Call call;
    call.path = q("/beta/connectors");
    call.authorize = false;
    if (!authorization.isNull())
        call.headers.append({"Authorization", authorization});
    const HttpResult result = m_sandbox.call(call);
    QCOMPARE(result.status, 401);
    const QString error = result.object().value(QLatin1String("error")).toString();
    QVERIFY2(error.startsWith(q("JWT validation failed: ")), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestSandboxAuth::expireControlEndsEveryToken()
{
    m_sandbox.forgetToken();
    QCOMPARE(m_sandbox.get(q("/beta/connectors"), {{q("limit"), q("1")}}).status, 200);
    QVERIFY(m_sandbox.expireTokens());
    const HttpResult expired = m_sandbox.get(q("/beta/connectors"), {{q("limit"), q("1")}});
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.object().value(QLatin1String("error")).toString(),
             q("JWT validation failed: JWT is expired"));
    // A new token works again.
    m_sandbox.forgetToken();
    QCOMPARE(m_sandbox.get(q("/beta/connectors"), {{q("limit"), q("1")}}).status, 200);
}

void TestSandboxAuth::shortLifetimeExpires()
{
    Sandbox shortLived;
    QVERIFY(shortLived.start({q("--token-lifetime"), q("1")}));
    const QString token = shortLived.fetchToken();
    QVERIFY(!token.isEmpty());
    Sandbox::Call call;
    call.path = q("/beta/connectors");
    call.query = {{q("limit"), q("1")}};
    call.authorize = false;
    call.headers.append({"Authorization", "Bearer " + token.toLatin1()});
    // Valid now (or already expired on a very slow machine), expired within a few seconds.
    QTRY_COMPARE_WITH_TIMEOUT(shortLived.call(call).status, 401, 10000);
    QCOMPARE(shortLived.call(call).object().value(QLatin1String("error")).toString(),
             q("JWT validation failed: JWT is expired"));
}

void TestSandboxAuth::tokenOfAnotherSandboxIsRefused()
{
    Sandbox other;
    QVERIFY(other.start());
    Sandbox::Call call;
    call.path = q("/beta/connectors");
    call.authorize = false;
    call.headers.append({"Authorization", "Bearer " + other.fetchToken().toLatin1()});
    const HttpResult result = m_sandbox.call(call);
    QCOMPARE(result.status, 401);
    QVERIFY(result.object().value(QLatin1String("error")).toString().contains(q("signature")));
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandboxauth.moc"
