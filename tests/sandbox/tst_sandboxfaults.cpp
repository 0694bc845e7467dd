// The sandbox's scripted faults, random failures, rate limit, latency and request log,
// over real HTTP: what the console's error handling and retries are tested against.
#include "httpclient.h"
#include "sandbox.h"

#include <QDateTime>
#include <QNetworkInterface>
#include <QNetworkRequest>
#include <QtTest>

using namespace isc::test;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void statusFaultWithRetryAfterSeconds();
    void retryAfterAsHttpDate();
    void statusFaultsWithTheirBodies_data();
    void statusFaultsWithTheirBodies();
    void faultMessageReplacesTheText();
    void malformedBody();
    void truncatedBody();
    void droppedConnection();
    void delayDoesNotBlockOtherRequests();
    void skipLetsRequestsThrough();
    void methodAndPathPatternsSelect();
    void tokenEndpointCanFail();
    void badRulesAreRefusedWhole_data();
    void badRulesAreRefusedWhole();
    void pendingAndClear();
    void requestLogRecordsWhatWasSent();
    void requestLogRedactsSecrets();
    void rateLimit();
    void randomFailures();
    void controlRoutesRefuseOtherPeers();

private:
    Sandbox m_sandbox;
};

namespace {

QString q(const char *text)
{
    return QString::fromLatin1(text);
}

const QList<std::pair<QString, QString>> OneConnector = {
    {QStringLiteral("limit"), QStringLiteral("1")}};

QString errorText(const HttpResult &result)
{
    return result.object()
        .value(QLatin1String("messages"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("text"))
        .toString();
}

} // namespace

void TestSandboxFaults::initTestCase()
{
    QVERIFY(m_sandbox.start());
    QVERIFY(!m_sandbox.token().isEmpty());
}

void TestSandboxFaults::init()
{
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.configure({{QLatin1String("failRate"), 0},
                                 {QLatin1String("rateLimit"), 100},
                                 {QLatin1String("latencyMs"), 0}}));
}

void TestSandboxFaults::statusFaultWithRetryAfterSeconds()
{
    QVERIFY(m_sandbox.addFault({{QLatin1String("method"), q("GET")},
                                {QLatin1String("path"), q("/beta/connectors")},
                                {QLatin1String("status"), 503},
                                {QLatin1String("retryAfter"), 2},
                                {QLatin1String("count"), 2}}));
    for (int i = 0; i < 2; ++i) {
        const HttpResult result = m_sandbox.get(q("/beta/connectors"), OneConnector);
        QCOMPARE(result.status, 503);
        QCOMPARE(result.header("Retry-After"), QByteArray("2"));
        const QJsonObject error = result.object();
        QCOMPARE(error.value(QLatin1String("detailCode")).toString(), q("503 Service Unavailable"));
        QCOMPARE(error.value(QLatin1String("trackingId")).toString().size(), 32);
        QVERIFY(!errorText(result).isEmpty());
    }
    // The third one is served normally: the rule is used up.
    const HttpResult third = m_sandbox.get(q("/beta/connectors"), OneConnector);
    QCOMPARE(third.status, 200);
    QVERIFY(third.header("Retry-After").isNull());
    QCOMPARE(m_sandbox.pendingFaults().size(), 0);
}

void TestSandboxFaults::retryAfterAsHttpDate()
{
    const QByteArray date = QDateTime::currentDateTimeUtc()
                                .addSecs(3)
                                .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                .toLatin1();
    QVERIFY(m_sandbox.addFault({{QLatin1String("path"), q("/beta/*")},
                                {QLatin1String("status"), 429},
                                {QLatin1String("retryAfter"), QString::fromLatin1(date)}}));
    const HttpResult result = m_sandbox.get(q("/beta/connectors"), OneConnector);
    QCOMPARE(result.status, 429);
    QCOMPARE(result.header("Retry-After"), date);
    QCOMPARE(result.object().value(QLatin1String("message")).toString(),
             q(" Rate Limit Exceeded "));
}

void TestSandboxFaults::statusFaultsWithTheirBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("detailCode");
    QTest::newRow("400") << 400 << q("detailCode") << q("400.1 Bad Request Content");
    QTest::newRow("401") << 401 << q("error") << QString();
    QTest::newRow("403") << 403 << q("detailCode") << q("403 Forbidden");
    QTest::newRow("404") << 404 << q("detailCode") << q("404 Not found");
    QTest::newRow("429") << 429 << q("message") << QString();
    QTest::newRow("500") << 500 << q("detailCode") << q("500.0 Internal Fault");
    QTest::newRow("502") << 502 << q("detailCode") << q("502 Bad Gateway");
    QTest::newRow("504") << 504 << q("detailCode") << q("504 Gateway Timeout");
}

void TestSandboxFaults::statusFaultsWithTheirBodies()
{
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, detailCode);
    QVERIFY(m_sandbox.addFault({{QLatin1String("status"), status}}));
    const HttpResult result = m_sandbox.get(q("/beta/connectors"), OneConnector);
    QCOMPARE(result.status, status);
    QVERIFY2(result.object().contains(field), result.body.constData());
    if (!detailCode.isEmpty())
        QCOMPARE(result.object().value(QLatin1String("detailCode")).toString(), detailCode);
}

void TestSandboxFaults::faultMessageReplacesTheText()
{
    QVERIFY(m_sandbox.addFault(
        {{QLatin1String("status"), 500}, {QLatin1String("message"), q("database on fire")}}));
    const HttpResult result = m_sandbox.get(q("/beta/connectors"), OneConnector);
    QCOMPARE(result.status, 500);
    QCOMPARE(errorText(result), q("database on fire"));
}

void TestSandboxFaults::malformedBody()
{
    QVERIFY(m_sandbox.addFault({{QLatin1String("body"), q("malformed")}}));
    const HttpResult result = m_sandbox.get(q("/beta/connectors"), {{q("limit"), q("3")}});
    QCOMPARE(result.status, 200);
    QCOMPARE(result.error, QNetworkReply::NoError);
    QJsonParseError parseError;
    QJsonDocument::fromJson(result.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);
    QVERIFY(!result.body.isEmpty());
}

void TestSandboxFaults::truncatedBody()
{
    QVERIFY(m_sandbox.addFault({{QLatin1String("body"), q("truncated")}}));
    const HttpResult result = m_sandbox.get(q("/beta/connectors"), {{q("limit"), q("50")}});
    QVERIFY(result.finished);
    QVERIFY2(result.error != QNetworkReply::NoError, qPrintable(result.errorString));
    // The next request, on a new connection, is fine.
    QCOMPARE(m_sandbox.get(q("/beta/connectors"), OneConnector).status, 200);
}

void TestSandboxFaults::droppedConnection()
{
    // Qt resends a request once by itself when a kept-alive connection closes before any
    // reply byte; two drops make sure the client sees one.
    QVERIFY(m_sandbox.clearRequestLog());
    QVERIFY(m_sandbox.addFault({{QLatin1String("body"), q("drop")}, {QLatin1String("count"), 2}}));
    const HttpResult result = m_sandbox.get(q("/beta/connectors"), OneConnector);
    QVERIFY(result.finished);
    QCOMPARE(result.status, 0);
    QVERIFY2(result.error != QNetworkReply::NoError, qPrintable(result.errorString));
    const QJsonArray log = m_sandbox.requestLog();
    QVERIFY(!log.isEmpty());
    for (const QJsonValue &entry : log)
        QCOMPARE(entry.toObject().value(QLatin1String("status")).toInt(), 0); // no reply
    QCOMPARE(m_sandbox.get(q("/beta/connectors"), OneConnector).status, 200);
}

void TestSandboxFaults::delayDoesNotBlockOtherRequests()
{
    // A long scripted delay on one request; a later request on another connection comes
    // back first. A sleeping handler would serialize them.
    QVERIFY(m_sandbox.addFault(
        {{QLatin1String("path"), q("/beta/connectors")}, {QLatin1String("delayMs"), 4000}}));
    QNetworkAccessManager slowClient;
    QNetworkRequest slowRequest(m_sandbox.url(q("/beta/connectors"), OneConnector));
    slowRequest.setRawHeader("Authorization", "Bearer " + m_sandbox.token().toLatin1());
    QNetworkReply *slow = slowClient.get(slowRequest);
    QSignalSpy slowDone(slow, &QNetworkReply::finished);
    QTRY_VERIFY(m_sandbox.pendingFaults().isEmpty()); // the slow request has arrived

    QCOMPARE(m_sandbox.state().value(QLatin1String("connectors")).toInt() > 0, true);
    const HttpResult fast = m_sandbox.get(q("/beta/connectors"), OneConnector);
    QCOMPARE(fast.status, 200);
    QCOMPARE(slowDone.count(), 0); // still waiting for its timer
    QVERIFY(slowDone.wait(30000));
    QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete slow;
}

void TestSandboxFaults::skipLetsRequestsThrough()
{
    QVERIFY(m_sandbox.addFault({{QLatin1String("skip"), 2}, {QLatin1String("status"), 500}}));
    QCOMPARE(m_sandbox.get(q("/beta/connectors"), OneConnector).status, 200);
    QCOMPARE(m_sandbox.get(q("/beta/connectors"), OneConnector).status, 200);
    QCOMPARE(m_sandbox.get(q("/beta/connectors"), OneConnector).status, 500);
    QCOMPARE(m_sandbox.get(q("/beta/connectors"), OneConnector).status, 200);
}

void TestSandboxFaults::methodAndPathPatternsSelect()
{
    QVERIFY(m_sandbox.addFaults(QJsonArray{
        QJsonObject{{QLatin1String("method"), q("POST")}, {QLatin1String("status"), 500}},
        QJsonObject{{QLatin1String("path"), q("/v2024/*")}, {QLatin1String("status"), 502}}}));
    // Neither rule matches a GET of /beta/connectors.
    QCOMPARE(m_sandbox.get(q("/beta/connectors"), OneConnector).status, 200);
    QCOMPARE(m_sandbox.pendingFaults().size(), 2);
    QCOMPARE(m_sandbox.get(q("/v2024/anything/below")).status, 502);
    QCOMPARE(m_sandbox.pendingFaults().size(), 1);
}

void TestSandboxFaults::tokenEndpointCanFail()
{
    QVERIFY(m_sandbox.addFault(
        {{QLatin1String("path"), q("/oauth/token")}, {QLatin1String("status"), 503}}));
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(q("no token from the sandbox.*")));
        QVERIFY(m_sandbox.fetchToken().isEmpty());
    }
    QVERIFY(!m_sandbox.fetchToken().isEmpty());
}

void TestSandboxFaults::badRulesAreRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("{status: 500");
    QTest::newRow("no effect") << QByteArray(R"({"path": "/beta/connectors"})");
    QTest::newRow("status out of range") << QByteArray(R"({"status": 200})");
    QTest::newRow("unknown body") << QByteArray(R"({"body": "garbled"})");
    QTest::newRow("unknown field") << QByteArray(R"({"status": 500, "cuont": 2})");
    QTest::newRow("count zero") << QByteArray(R"({"status": 500, "count": 0})");
    QTest::newRow("second of two bad") << QByteArray(R"([{"status": 500}, {"status": "x"}])");
}

void TestSandboxFaults::badRulesAreRefusedWhole()
{
    QFETCH(QByteArray, body);
    Sandbox::Call call;
    call.method = "POST";
    call.path = q("/__sandbox/faults");
    call.authorize = false;
    call.contentType = "application/json";
    call.body = body;
    const HttpResult result = m_sandbox.call(call);
    QCOMPARE(result.status, 400);
    QVERIFY(!result.object().value(QLatin1String("error")).toString().isEmpty());
    QCOMPARE(m_sandbox.pendingFaults().size(), 0);
}

void TestSandboxFaults::pendingAndClear()
{
    QVERIFY(m_sandbox.addFault({{QLatin1String("status"), 500}, {QLatin1String("count"), 3}}));
    const QJsonArray pending = m_sandbox.pendingFaults();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().toObject().value(QLatin1String("count")).toInt(), 3);
    QCOMPARE(m_sandbox.get(q("/beta/connectors"), OneConnector).status, 500);
    QCOMPARE(m_sandbox.pendingFaults().first().toObject().value(QLatin1String("count")).toInt(), 2);
    QVERIFY(m_sandbox.clearFaults());
    QCOMPARE(m_sandbox.get(q("/beta/connectors"), OneConnector).status, 200);
}

void TestSandboxFaults::requestLogRecordsWhatWasSent()
{
    QVERIFY(m_sandbox.clearRequestLog());
    QVERIFY(m_sandbox.addFault({{QLatin1String("status"), 503}}));
    QCOMPARE(m_sandbox
                 .get(q("/beta/connectors"), {{q("limit"), q("2")}, {q("filters"), q("a+b")}},
                      {{"Accept-Language", "de"}})
                 .status,
             503);
    QCOMPARE(m_sandbox.get(q("/beta/connectors"), OneConnector).status, 200);
    const QJsonArray log = m_sandbox.requestLog();
    QCOMPARE(log.size(), 2); // control calls are not logged
    const QJsonObject first = log.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("method")).toString(), q("GET"));
    QCOMPARE(first.value(QLatin1String("path")).toString(), q("/beta/connectors"));
    QCOMPARE(
        first.value(QLatin1String("query")).toObject().value(QLatin1String("filters")).toString(),
        q("a+b"));
    QCOMPARE(first.value(QLatin1String("status")).toInt(), 503);
    QVERIFY(first.value(QLatin1String("faultId")).toInt() > 0);
    const QJsonObject headers = first.value(QLatin1String("headers")).toObject();
    QCOMPARE(headers.value(QLatin1String("accept-language")).toString(), q("de"));
    QCOMPARE(headers.value(QLatin1String("authorization")).toString(), q("Bearer <redacted>"));
    const QJsonObject second = log.at(1).toObject();
    QCOMPARE(second.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(second.value(QLatin1String("clientId")).toString(), m_sandbox.clientId());
    QVERIFY(second.value(QLatin1String("sequence")).toInt() >
            first.value(QLatin1String("sequence")).toInt());
    // Only what came after a sequence number.
    QCOMPARE(m_sandbox.requestLog(first.value(QLatin1String("sequence")).toInteger()).size(), 1);
}

void TestSandboxFaults::requestLogRedactsSecrets()
{
    QVERIFY(m_sandbox.clearRequestLog());
    QVERIFY(!m_sandbox.fetchToken().isEmpty());
    const QJsonArray log = m_sandbox.requestLog();
    QCOMPARE(log.size(), 1);
    const QJsonObject entry = log.first().toObject();
    QCOMPARE(entry.value(QLatin1String("contentType")).toString(),
             q("application/x-www-form-urlencoded"));
    const QString body = entry.value(QLatin1String("body")).toString();
    QVERIFY2(body.contains(q("grant_type=client_credentials")), qPrintable(body));
    QVERIFY2(body.contains(q("client_secret=<redacted>")), qPrintable(body));
    const QByteArray whole = QJsonDocument(log).toJson();
    QVERIFY(!whole.contains(m_sandbox.clientSecret().toLatin1()));
    QVERIFY(!whole.contains(m_sandbox.token().toLatin1()));
}

void TestSandboxFaults::rateLimit()
{
    QVERIFY(m_sandbox.configure({{QLatin1String("rateLimit"), 5}}));
    m_sandbox.forgetToken();
    // A fresh client id would not share the window; use the same one, a new version prefix.
    int admitted = 0;
    HttpResult refused;
    for (int i = 0; i < 10 && refused.status == 0; ++i) {
        const HttpResult result = m_sandbox.get(q("/v2025/connector-customizers"));
        if (result.status == 429)
            refused = result;
        else
            ++admitted;
    }
    QCOMPARE(admitted, 5);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.object().value(QLatin1String("message")).toString(),
             q(" Rate Limit Exceeded "));
    const int retryAfter = refused.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 10, refused.header("Retry-After").constData());
    // Per API version: /v2026 still has its own budget.
    QVERIFY(m_sandbox.get(q("/v2026/connector-customizers")).status != 429);
}

void TestSandboxFaults::randomFailures()
{
    QVERIFY(m_sandbox.configure({{QLatin1String("failRate"), 1}}));
    for (int i = 0; i < 5; ++i) {
        const int status = m_sandbox.get(q("/beta/connectors"), OneConnector).status;
        QVERIFY2(status == 500 || status == 503, qPrintable(QString::number(status)));
    }
    // The token endpoint is not an API path.
    QVERIFY(!m_sandbox.fetchToken().isEmpty());
    QVERIFY(m_sandbox.configure({{QLatin1String("failRate"), 0}}));
    QCOMPARE(m_sandbox.get(q("/beta/connectors"), OneConnector).status, 200);
}

void TestSandboxFaults::controlRoutesRefuseOtherPeers()
{
    QHostAddress external;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
            external = address;
            break;
        }
    }
    if (external.isNull())
        QSKIP("this machine has no non-loopback IPv4 address");
    Sandbox open;
    QVERIFY(open.start({q("--listen"), q("0.0.0.0")}));
    QUrl url = open.url(q("/__sandbox/state"));
    url.setHost(external.toString());
    const HttpResult refused = sendRequest(open.network(), QNetworkRequest(url), "GET");
    QCOMPARE(refused.status, 403);
    QCOMPARE(open.state().value(QLatin1String("connectors")).toInt() > 0, true); // loopback: fine
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
