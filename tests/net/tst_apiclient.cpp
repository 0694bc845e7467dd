// The request pipeline against the real isc-sandbox: token handling, headers, the 401/429/
// 5xx/dropped/timeout paths, cancellation, the read-only guard, the journal and the logs.
#include "pipelinetestsupport.h"

#include "net/apirequestjob.h"
#include "net/connectiontestjob.h"
#include "net/journalentry.h"
#include "net/requestjournal.h"
#include "net/requestlimiter.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace isc;
using namespace isc::test;

namespace {

ApiRequest connectorsRequest(int limit = 1)
{
    ApiRequest request;
    request.path = QStringLiteral("/beta/connectors");
    request.addQuery(QStringLiteral("limit"), QString::number(limit));
    return request;
}

QJsonObject fault(const char *method, const char *path)
{
    return QJsonObject{{QStringLiteral("method"), QLatin1String(method)},
                       {QStringLiteral("path"), QLatin1String(path)}};
}

QJsonObject with(QJsonObject object, const char *key, const QJsonValue &value)
{
    object.insert(QLatin1String(key), value);
    return object;
}

QString headerOf(const QJsonObject &entry, const char *name)
{
    const QJsonValue headers = entry.value(QLatin1String("headers"));
    if (headers.isObject()) {
        const QJsonObject object = headers.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return it.value().toString();
        }
    }
    for (const QJsonValue &value : headers.toArray()) {
        const QJsonArray pair = value.toArray();
        if (pair.size() == 2 &&
            pair.at(0).toString().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return pair.at(1).toString();
        const QJsonObject object = value.toObject();
        if (object.value(QLatin1String("name")).toString().compare(QLatin1String(name),
                                                                   Qt::CaseInsensitive) == 0)
            return object.value(QLatin1String("value")).toString();
    }
    return {};
}

int countStatus(const QJsonArray &entries, int status)
{
    int n = 0;
    for (const QJsonValue &value : entries)
        n += value.toObject().value(QLatin1String("status")).toInt() == status ? 1 : 0;
    return n;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void sendsHeadersAndCachesTheToken();
    void testConnectionReportsTheTenant();
    void badCredentialsAreUnauthorized();
    void parallelCallsShareOneTokenRequest();
    void expiredTokenIsRefreshedOnce();
    void secondUnauthorizedIsAnError();
    void rateLimitWaitsRetryAfter_data();
    void rateLimitWaitsRetryAfter();
    void rateLimitTooLongFails();
    void serverErrorsBackOffThenSucceed_data();
    void serverErrorsBackOffThenSucceed();
    void serverErrorsGiveUp();
    void droppedAndTruncatedRepliesAreRepeated_data();
    void droppedAndTruncatedRepliesAreRepeated();
    void postIsNeverRepeatedBlindly();
    void inactivityTimeout();
    void deadline();
    void cancelEndsOnceAndAborts();
    void destroyingAJobAbortsSilently();
    void readOnlyRefusesWritesBeforeSending_data();
    void readOnlyRefusesWritesBeforeSending();
    void queryValuesAreEncodedWhole();
    void journalAndCurlHoldNoSecrets();
    void secretsNeverReachTheLog();

private:
    std::unique_ptr<ApiClient> makeClient(const PipelineOptions &options = fastOptions(),
                                          bool readOnly = false)
    {
        auto client =
            std::make_unique<ApiClient>(&m_nam, connectionTo(m_sandbox, readOnly), options);
        client->setApiLocale(QStringLiteral("en"));
        return client;
    }

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
};

void TestApiClient::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestApiClient::init()
{
    QVERIFY(m_sandbox.clearFaults());
}

void TestApiClient::cleanupTestCase()
{
    m_sandbox.stop();
}

void TestApiClient::sendsHeadersAndCachesTheToken()
{
    auto client = makeClient();
    client->setApiLocale(QStringLiteral("de"));
    const qint64 mark = lastSequence(m_sandbox);
    for (int i = 0; i < 3; ++i) {
        const auto response = runJob(client->send(connectorsRequest()));
        QVERIFY(response);
        QVERIFY2(response->ok(), qPrintable(describe(response->error)));
        QCOMPARE(response->httpStatus, 200);
        QCOMPARE(response->attempts, 1);
        QVERIFY(response->body.startsWith('['));
    }
    QCOMPARE(loggedRequests(m_sandbox, QStringLiteral("/oauth/token"), mark).size(), 1);
    const QJsonArray calls = loggedRequests(m_sandbox, QStringLiteral("/beta/connectors"), mark);
    QCOMPARE(calls.size(), 3);
    const QJsonObject call = calls.first().toObject();
    QVERIFY(headerOf(call, "Authorization").startsWith(QLatin1String("Bearer ")));
    QCOMPARE(headerOf(call, "Accept"), QStringLiteral("application/json"));
    QCOMPARE(headerOf(call, "Accept-Language"), QStringLiteral("de"));
    QCOMPARE(headerOf(call, "User-Agent"), QStringLiteral("isc-console/" ISC_VERSION));
    const QJsonObject token =
        loggedRequests(m_sandbox, QStringLiteral("/oauth/token"), mark).first().toObject();
    QCOMPARE(token.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QVERIFY(token.value(QLatin1String("contentType"))
                .toString()
                .startsWith(QLatin1String("application/x-www-form-urlencoded")));
    QVERIFY(headerOf(token, "Authorization").isEmpty());
}

void TestApiClient::testConnectionReportsTheTenant()
{
    auto client = makeClient();
    QSignalSpy infoSpy(client.get(), &ApiClient::tokenInfoChanged);
    const auto result = runJob(client->testConnection());
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(describe(result->error)));
    QCOMPARE(result->value.org, QStringLiteral("sandbox"));
    QVERIFY(!result->value.tenantId.isEmpty());
    QVERIFY(!result->value.pod.isEmpty());
    QVERIFY(result->value.expiresInSeconds > 0);
    QVERIFY(result->value.expiresAt > QDateTime::currentDateTimeUtc());
    QCOMPARE(client->tokenInfo().tenantId, result->value.tenantId);
    QCOMPARE(infoSpy.count(), 1);

    // A second test fetches a fresh token even though one is cached.
    const qint64 mark = lastSequence(m_sandbox);
    QVERIFY(runJob(client->testConnection())->ok());
    QCOMPARE(loggedRequests(m_sandbox, QStringLiteral("/oauth/token"), mark).size(), 1);
}

void TestApiClient::badCredentialsAreUnauthorized()
{
    Connection connection = connectionTo(m_sandbox);
    connection.clientSecret = QStringLiteral("wrong-secret-0123456789");
    ApiClient client(&m_nam, connection, fastOptions());
    const qint64 mark = lastSequence(m_sandbox);
    const auto response = runJob(client.send(connectorsRequest()));
    QVERIFY(response);
    QCOMPARE(response->error.kind, ApiError::Kind::Unauthorized);
    QVERIFY(response->error.httpStatus == 400 || response->error.httpStatus == 401);
    QVERIFY(!describe(response->error).isEmpty());
    // Refused credentials are not hammered, and no API call was made without a token.
    QCOMPARE(loggedRequests(m_sandbox, QStringLiteral("/oauth/token"), mark).size(), 1);
    QCOMPARE(loggedRequests(m_sandbox, QStringLiteral("/beta/connectors"), mark).size(), 0);

    const auto test = runJob(client.testConnection());
    QVERIFY(test);
    QCOMPARE(test->error.kind, ApiError::Kind::Unauthorized);
    QVERIFY(!test->value.isValid());
}

void TestApiClient::parallelCallsShareOneTokenRequest()
{
    auto client = makeClient();
    const qint64 mark = lastSequence(m_sandbox);
    QList<QPointer<ApiRequestJob>> jobs;
    int done = 0;
    for (int i = 0; i < 10; ++i) {
        ApiRequestJob *job = client->send(connectorsRequest());
        connect(job, &ApiRequestJob::finished, this, [&done](const ApiResponse &response) {
            done += response.ok() ? 1 : 0;
        });
        job->start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 10, 30000);
    QCOMPARE(loggedRequests(m_sandbox, QStringLiteral("/oauth/token"), mark).size(), 1);
}

void TestApiClient::expiredTokenIsRefreshedOnce()
{
    auto client = makeClient();
    QVERIFY(runJob(client->send(connectorsRequest()))->ok());
    QVERIFY(m_sandbox.expireTokens());
    const qint64 mark = lastSequence(m_sandbox);

    int done = 0;
    for (int i = 0; i < 4; ++i) {
        ApiRequestJob *job = client->send(connectorsRequest());
        connect(job, &ApiRequestJob::finished, this, [&done](const ApiResponse &response) {
            QVERIFY2(response.ok(), qPrintable(describe(response.error)));
            ++done;
        });
        job->start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 4, 30000);
    const QJsonArray calls = loggedRequests(m_sandbox, QStringLiteral("/beta/connectors"), mark);
    QCOMPARE(countStatus(calls, 200), 4);
    QVERIFY(countStatus(calls, 401) >= 1);
    // However many calls were refused, one fresh token served them all.
    QCOMPARE(loggedRequests(m_sandbox, QStringLiteral("/oauth/token"), mark).size(), 1);
}

void TestApiClient::secondUnauthorizedIsAnError()
{
    auto client = makeClient();
    QVERIFY(m_sandbox.addFault(with(with(fault("GET", "/beta/connectors"), "status", 401),
                                    "count", 2)));
    const qint64 mark = lastSequence(m_sandbox);
    const auto response = runJob(client->send(connectorsRequest()));
    QVERIFY(response);
    QCOMPARE(response->error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(response->error.httpStatus, 401);
    QVERIFY(response->error.serverMessage.contains(QLatin1String("JWT")));
    QCOMPARE(response->attempts, 2);
    QCOMPARE(loggedRequests(m_sandbox, QStringLiteral("/beta/connectors"), mark).size(), 2);
    // The first token, then one fresh one after the 401: never a loop.
    QCOMPARE(loggedRequests(m_sandbox, QStringLiteral("/oauth/token"), mark).size(), 2);
}

void TestApiClient::rateLimitWaitsRetryAfter_data()
{
    QTest::addColumn<QString>("retryAfter");
    QTest::addColumn<int>("maxSeconds");
    QTest::newRow("seconds") << QStringLiteral("1") << 1;
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(3);
    QTest::newRow("http-date")
        << QLocale::c().toString(soon, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")) << 4;
}

void TestApiClient::rateLimitWaitsRetryAfter()
{
    QFETCH(QString, retryAfter);
    QFETCH(int, maxSeconds);
    if (qstrcmp(QTest::currentDataTag(), "http-date") == 0) {
        // The date was computed when the table was built: recompute it now.
        retryAfter = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(2),
                                           QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        maxSeconds = 3;
    }
    auto client = makeClient();
    QVERIFY(m_sandbox.addFault(with(with(fault("GET", "/beta/connectors"), "status", 429),
                                    "retryAfter", retryAfter)));
    ApiRequestJob *job = client->send(connectorsRequest());
    QList<int> countdown;
    connect(job, &ApiJob::rateLimited, this, [&countdown](int left) { countdown.append(left); });
    const auto response = runJob(job);
    QVERIFY(response);
    QVERIFY2(response->ok(), qPrintable(describe(response->error)));
    QCOMPARE(response->attempts, 2);
    QVERIFY2(countdown.size() >= 2, qPrintable(QString::number(countdown.size())));
    QVERIFY(countdown.first() >= 1 && countdown.first() <= maxSeconds);
    QCOMPARE(countdown.last(), 0);
    for (int i = 1; i < countdown.size(); ++i)
        QVERIFY(countdown.at(i) < countdown.at(i - 1)); // it ticks down
}

void TestApiClient::rateLimitTooLongFails()
{
    auto client = makeClient();
    QVERIFY(m_sandbox.addFault(with(with(fault("GET", "/beta/connectors"), "status", 429),
                                    "retryAfter", QStringLiteral("3600"))));
    const auto response = runJob(client->send(connectorsRequest()));
    QVERIFY(response);
    QCOMPARE(response->error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(response->error.httpStatus, 429);
    QCOMPARE(response->error.retryAfterSeconds, 3600);
    QVERIFY(!response->error.serverMessage.isEmpty()); // {"message": " Rate Limit Exceeded "}
    QCOMPARE(response->attempts, 1);
    QVERIFY(describe(response->error).contains(QLatin1String("3600")));
}

void TestApiClient::serverErrorsBackOffThenSucceed_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
}

void TestApiClient::serverErrorsBackOffThenSucceed()
{
    QFETCH(int, status);
    auto client = makeClient();
    QVERIFY(m_sandbox.addFault(
        with(with(fault("GET", "/beta/connectors"), "status", status), "count", 2)));
    ApiRequestJob *job = client->send(connectorsRequest());
    QList<int> attempts;
    QList<int> delays;
    connect(job, &ApiJob::retrying, this,
            [&](int attempt, int delayMs, const ApiError &cause) {
                attempts.append(attempt);
                delays.append(delayMs);
                QCOMPARE(cause.httpStatus, status);
            });
    const auto response = runJob(job);
    QVERIFY(response);
    QVERIFY2(response->ok(), qPrintable(describe(response->error)));
    QCOMPARE(response->attempts, 3);
    QCOMPARE(attempts, (QList<int>{2, 3}));
    const PipelineOptions options = fastOptions();
    for (int i = 0; i < delays.size(); ++i) {
        const int step = qMin(options.backoffMaxMs, options.backoffBaseMs << i);
        QVERIFY(delays.at(i) >= step / 2 && delays.at(i) <= step);
    }
}

void TestApiClient::serverErrorsGiveUp()
{
    auto client = makeClient();
    QVERIFY(m_sandbox.addFault(
        with(with(with(fault("GET", "/beta/connectors"), "status", 500), "count", 10),
             "message", QStringLiteral("The database is on fire"))));
    const qint64 mark = lastSequence(m_sandbox);
    const auto response = runJob(client->send(connectorsRequest()));
    QVERIFY(response);
    QCOMPARE(response->error.kind, ApiError::Kind::Http);
    QCOMPARE(response->error.httpStatus, 500);
    QCOMPARE(response->attempts, fastOptions().maxAttempts);
    QCOMPARE(loggedRequests(m_sandbox, QStringLiteral("/beta/connectors"), mark).size(),
             fastOptions().maxAttempts);
    QVERIFY(!response->error.detailCode.isEmpty());
    QCOMPARE(response->error.trackingId.size(), 32);
    QVERIFY(describe(response->error).contains(QLatin1String("The database is on fire")));
    QCOMPARE(response->error.writeOutcome, ApiError::WriteOutcome::NotApplicable);
}

void TestApiClient::droppedAndTruncatedRepliesAreRepeated_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("dropped") << QStringLiteral("drop");
    QTest::newRow("truncated") << QStringLiteral("truncated");
}

void TestApiClient::droppedAndTruncatedRepliesAreRepeated()
{
    QFETCH(QString, damage);
    auto client = makeClient();
    QVERIFY(runJob(client->send(connectorsRequest()))->ok()); // the token first
    // Qt itself sends a GET again (twice at most) when the connection closes before the
    // reply; three damaged replies make the pipeline's own repeat visible.
    QVERIFY(m_sandbox.addFault(
        with(with(fault("GET", "/beta/connectors"), "body", damage), "count", 3)));
    const qint64 mark = lastSequence(m_sandbox);
    const auto response = runJob(client->send(connectorsRequest()));
    QVERIFY(response);
    QVERIFY2(response->ok(), qPrintable(describe(response->error)));
    QVERIFY(response->body.startsWith('['));
    QCOMPARE(loggedRequests(m_sandbox, QStringLiteral("/beta/connectors"), mark).size(), 4);

    // Every attempt damaged: a network error, not a half body.
    QVERIFY(m_sandbox.addFault(
        with(with(fault("GET", "/beta/connectors"), "body", damage), "count", 1000)));
    const auto failed = runJob(client->send(connectorsRequest()));
    QVERIFY(failed);
    QCOMPARE(failed->error.kind, ApiError::Kind::Network);
    QVERIFY(failed->body.isEmpty());
    QCOMPARE(failed->attempts, fastOptions().maxAttempts);
    QVERIFY(!describe(failed->error).isEmpty());
}

void TestApiClient::postIsNeverRepeatedBlindly()
{
    auto client = makeClient();
    QVERIFY(m_sandbox.addFault(
        with(with(fault("POST", "/v2024/connector-customizers"), "status", 503), "count", 5)));
    const qint64 mark = lastSequence(m_sandbox);
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v2024/connector-customizers");
    request.contentType = "application/json";
    request.body = R"({"name":"never-twice"})";
    const auto response = runJob(client->send(request));
    QVERIFY(response);
    QCOMPARE(response->error.httpStatus, 503);
    QCOMPARE(response->attempts, 1);
    QCOMPARE(response->error.writeOutcome, ApiError::WriteOutcome::Unknown);
    QCOMPARE(loggedRequests(m_sandbox, QStringLiteral("/v2024/connector-customizers"), mark).size(),
             1);

    // The connection drops after the server acted: Qt must not send the POST again by
    // itself (it does so for a GET), and the outcome is unknown.
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.addFault(with(with(fault("POST", "/v2024/connector-customizers"), "body",
                                         QStringLiteral("drop")),
                                    "count", 5)));
    const qint64 beforeDrop = lastSequence(m_sandbox);
    const auto dropped = runJob(client->send(request));
    QVERIFY(dropped);
    QCOMPARE(dropped->error.kind, ApiError::Kind::Network);
    QCOMPARE(dropped->error.writeOutcome, ApiError::WriteOutcome::Unknown);
    QCOMPARE(dropped->attempts, 1);
    QCOMPARE(loggedRequests(m_sandbox, QStringLiteral("/v2024/connector-customizers"), beforeDrop)
                 .size(),
             1);

    // A 429 was refused before anything happened: that one is repeated, even for a POST.
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.addFault(with(with(fault("POST", "/v2024/connector-customizers"), "status",
                                         429),
                                    "retryAfter", QStringLiteral("0"))));
    QVERIFY(m_sandbox.addFault(with(with(fault("POST", "/v2024/connector-customizers"), "status",
                                         400),
                                    "count", 1)));
    const auto second = runJob(client->send(request));
    QVERIFY(second);
    QCOMPARE(second->attempts, 2);
    QCOMPARE(second->error.httpStatus, 400);
}

void TestApiClient::inactivityTimeout()
{
    PipelineOptions options = fastOptions();
    options.inactivityTimeoutMs = 300;
    options.maxAttempts = 2;
    auto client = makeClient(options);
    QVERIFY(runJob(client->send(connectorsRequest()))->ok()); // token first, not delayed
    QVERIFY(m_sandbox.addFault(
        with(with(fault("GET", "/beta/connectors"), "delayMs", 3000), "count", 2)));
    ApiRequestJob *job = client->send(connectorsRequest());
    job->setAutoDelete(false);
    std::unique_ptr<ApiRequestJob> owner(job);
    const auto response = runJob(job);
    QVERIFY(response);
    QCOMPARE(response->error.kind, ApiError::Kind::Timeout);
    QVERIFY(!response->error.deadlineExceeded);
    QCOMPARE(response->attempts, 2); // a timed-out GET is repeated once more
    QVERIFY(job->wasTimedOut());
    QVERIFY(!job->wasCancelled());
    QVERIFY(!describe(response->error).isEmpty());
}

void TestApiClient::deadline()
{
    auto client = makeClient();
    QVERIFY(runJob(client->send(connectorsRequest()))->ok());
    QVERIFY(m_sandbox.addFault(with(fault("GET", "/beta/connectors"), "delayMs", 5000)));
    ApiRequest request = connectorsRequest();
    request.deadlineMs = 400;
    ApiRequestJob *job = client->send(request);
    job->setAutoDelete(false);
    std::unique_ptr<ApiRequestJob> owner(job);
    const auto response = runJob(job);
    QVERIFY(response);
    QCOMPARE(response->error.kind, ApiError::Kind::Timeout);
    QVERIFY(response->error.deadlineExceeded);
    QCOMPARE(response->attempts, 1);
    QVERIFY(job->wasTimedOut());
}

void TestApiClient::cancelEndsOnceAndAborts()
{
    auto client = makeClient();
    QVERIFY(runJob(client->send(connectorsRequest()))->ok());
    QVERIFY(m_sandbox.addFault(with(fault("GET", "/beta/connectors"), "delayMs", 5000)));
    const qint64 mark = lastSequence(m_sandbox);
    ApiRequestJob *job = client->send(connectorsRequest());
    job->setAutoDelete(false);
    std::unique_ptr<ApiRequestJob> owner(job);
    QSignalSpy finished(job, &ApiRequestJob::finished);
    job->start();
    // Cancel once the request is at the server (not before it was sent).
    QTRY_COMPARE_WITH_TIMEOUT(
        loggedRequests(m_sandbox, QStringLiteral("/beta/connectors"), mark).size(), 1, 10000);
    job->cancel();
    QCOMPARE(finished.count(), 1); // delivered by cancel() itself
    QVERIFY(job->wasCancelled());
    QVERIFY(!job->wasTimedOut());
    QCOMPARE(job->response().error.kind, ApiError::Kind::Cancelled);
    job->cancel();
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    const JournalEntry entry = client->journal()->entries().constLast();
    QCOMPARE(entry.state, JournalEntry::State::Cancelled);

    // A job cancelled before it started ends the same way and sends nothing.
    ApiRequestJob *never = client->send(connectorsRequest());
    QSignalSpy neverFinished(never, &ApiRequestJob::finished);
    const qint64 before = lastSequence(m_sandbox);
    never->start();
    never->cancel();
    QCOMPARE(neverFinished.count(), 1);
    QTest::qWait(100);
    QCOMPARE(loggedRequests(m_sandbox, QStringLiteral("/beta/connectors"), before).size(), 0);
}

void TestApiClient::destroyingAJobAbortsSilently()
{
    auto client = makeClient();
    QVERIFY(runJob(client->send(connectorsRequest()))->ok());
    QVERIFY(m_sandbox.addFault(with(fault("GET", "/beta/connectors"), "delayMs", 3000)));
    const qint64 mark = lastSequence(m_sandbox);
    auto *job = client->send(connectorsRequest());
    int results = 0;
    connect(job, &ApiRequestJob::finished, this, [&results] { ++results; });
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(
        loggedRequests(m_sandbox, QStringLiteral("/beta/connectors"), mark).size(), 1, 10000);
    delete job;
    QTest::qWait(300);
    QCOMPARE(results, 0);
    // The pipeline is free for the next call (the in-flight place was released).
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(runJob(client->send(connectorsRequest()))->ok());
    QCOMPARE(client->limiter()->inFlight(), 0);
}

void TestApiClient::readOnlyRefusesWritesBeforeSending_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("POST") << QByteArray("POST") << QStringLiteral("/v2024/connector-customizers");
    QTest::newRow("PUT") << QByteArray("PUT") << QStringLiteral("/v2024/connector-customizers/x");
    QTest::newRow("PATCH") << QByteArray("PATCH") << QStringLiteral("/beta/connector-instances/x");
    QTest::newRow("DELETE") << QByteArray("DELETE")
                            << QStringLiteral("/v2024/connector-customizers/x");
}

void TestApiClient::readOnlyRefusesWritesBeforeSending()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    auto client = makeClient(fastOptions(), true);
    const qint64 mark = lastSequence(m_sandbox);
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.contentType = "application/json";
    request.body = "{}";
    const auto response = runJob(client->send(request));
    QVERIFY(response);
    QCOMPARE(response->error.kind, ApiError::Kind::ReadOnly);
    QCOMPARE(response->attempts, 0);
    QVERIFY(describe(response->error).contains(QLatin1String("read-only")));
    QCOMPARE(client->journal()->entries().constLast().state, JournalEntry::State::Failed);
    // Nothing reached the sandbox: not the call, not even a token request.
    QTest::qWait(100);
    QCOMPARE(m_sandbox.requestLog(mark).size(), 0);

    // Reads still work on a read-only connection.
    QVERIFY(runJob(client->send(connectorsRequest()))->ok());
}

void TestApiClient::queryValuesAreEncodedWhole()
{
    auto client = makeClient();
    const QString value = QStringLiteral("name sw \"A&B=C+D #%?/\" and ü");
    ApiRequest request = connectorsRequest();
    request.addQuery(QStringLiteral("filters"), value);
    const qint64 mark = lastSequence(m_sandbox);
    const auto response = runJob(client->send(request));
    QVERIFY(response);
    const QString encoded = client->urlFor(request).toString(QUrl::FullyEncoded);
    QVERIFY2(encoded.contains(QLatin1String("filters=name%20sw%20%22A%26B%3DC%2BD%20%23%25%3F%2F%22")),
             qPrintable(encoded));
    const QJsonArray calls = loggedRequests(m_sandbox, QStringLiteral("/beta/connectors"), mark);
    QCOMPARE(calls.size(), 1);
    const QJsonValue query = calls.first().toObject().value(QLatin1String("query"));
    QString received;
    for (const QJsonValue &item : query.toArray()) {
        const QJsonArray pair = item.toArray();
        if (pair.size() == 2 && pair.at(0).toString() == QLatin1String("filters"))
            received = pair.at(1).toString();
        const QJsonObject object = item.toObject();
        if (object.value(QLatin1String("name")).toString() == QLatin1String("filters"))
            received = object.value(QLatin1String("value")).toString();
    }
    if (query.isObject())
        received = query.toObject().value(QLatin1String("filters")).toString();
    QCOMPARE(received, value);
}

void TestApiClient::journalAndCurlHoldNoSecrets()
{
    auto client = makeClient();
    QSignalSpy added(client->journal(), &RequestJournal::entryAdded);
    QSignalSpy updated(client->journal(), &RequestJournal::entryUpdated);
    QVERIFY(m_sandbox.addFault(with(fault("GET", "/beta/connectors"), "status", 503)));
    QVERIFY(runJob(client->send(connectorsRequest()))->ok());

    const QList<JournalEntry> entries = client->journal()->entries();
    QCOMPARE(entries.size(), 2); // the token call and the API call
    QCOMPARE(added.count(), 2);
    QVERIFY(updated.count() >= 2);
    const bool tokenFirst = entries.at(0).url.path() == QLatin1String("/oauth/token");
    const JournalEntry &token = entries.at(tokenFirst ? 0 : 1);
    const JournalEntry &call = entries.at(tokenFirst ? 1 : 0);
    QCOMPARE(token.method, QByteArray("POST"));
    QCOMPARE(token.url.path(), QStringLiteral("/oauth/token"));
    QVERIFY(!token.authenticated);
    QCOMPARE(token.state, JournalEntry::State::Succeeded);
    QVERIFY(!token.requestBody.contains(m_sandbox.clientSecret().toUtf8()));
    QVERIFY(token.requestBody.contains("$SAIL_CLIENT_SECRET"));
    QCOMPARE(call.method, QByteArray("GET"));
    QVERIFY(call.authenticated);
    QCOMPARE(call.state, JournalEntry::State::Succeeded);
    QCOMPARE(call.httpStatus, 200);
    QCOMPARE(call.retries, 1);
    QCOMPARE(call.url.path(), QStringLiteral("/beta/connectors"));
    QVERIFY(call.durationMs >= 0);

    const QString curl = toCurl(call);
    QVERIFY(curl.startsWith(QLatin1String("curl ")));
    QVERIFY(curl.contains(QLatin1String("\"Authorization: Bearer $ISC_ACCESS_TOKEN\"")));
    QVERIFY(curl.contains(call.url.toString(QUrl::FullyEncoded)));
    QVERIFY(!curl.contains(QLatin1String("eyJ"))); // no JWT
    const QString tokenCurl = toCurl(token);
    QVERIFY(tokenCurl.contains(QLatin1String("client_secret=$SAIL_CLIENT_SECRET")));
    QVERIFY(!tokenCurl.contains(m_sandbox.clientSecret()));
}

void TestApiClient::secretsNeverReachTheLog()
{
    LogCapture capture;
    {
        auto client = makeClient();
        QVERIFY(runJob(client->testConnection())->ok());
        QVERIFY(runJob(client->send(connectorsRequest()))->ok());
        QVERIFY(m_sandbox.expireTokens());
        QVERIFY(m_sandbox.addFault(with(fault("GET", "/beta/connectors"), "status", 500)));
        QVERIFY(runJob(client->send(connectorsRequest()))->ok());
        Connection wrong = connectionTo(m_sandbox);
        wrong.clientSecret += QLatin1String("x");
        ApiClient refused(&m_nam, wrong, fastOptions());
        QVERIFY(!runJob(refused.send(connectorsRequest()))->ok());
        for (const JournalEntry &entry : client->journal()->entries())
            QVERIFY(!entry.error.contains(QLatin1String("eyJ")));
    }
    const QString log = capture.text();
    QVERIFY2(capture.count() > 5, "the session logged next to nothing: is the capture working?");
    QVERIFY(log.contains(QLatin1String("isc.api")));
    QVERIFY(log.contains(QLatin1String("isc.auth")));
    QVERIFY(!log.contains(m_sandbox.clientSecret()));
    // Access tokens are JWTs: base64url of '{"' begins "eyJ".
    QVERIFY2(!log.contains(QLatin1String("eyJ")), qPrintable(log.left(2000)));
    const QString anyToken = m_sandbox.fetchToken();
    QVERIFY(anyToken.startsWith(QLatin1String("eyJ"))); // the check above means something
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
