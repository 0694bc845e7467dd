// The client-side limiter against the sandbox's real limit (100 requests per client per
// API version per 10 s): a burst of 300 calls never makes the sandbox answer 429.
// (About 25 s: the sandbox's window is fixed at 10 s.)
#include "pipelinetestsupport.h"

#include "net/apirequestjob.h"
#include "net/requestlimiter.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace isc;
using namespace isc::test;

class TestRateLimitBurst : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstStaysUnderTheLimit();
};

void TestRateLimitBurst::burstStaysUnderTheLimit()
{
    Sandbox sandbox;
    QVERIFY(sandbox.start());
    QCOMPARE(sandbox.state().value(QLatin1String("rateLimit")).toInt(100), 100);
    QNetworkAccessManager nam;
    PipelineOptions options = fastOptions(); // the limiter at its defaults: 90 per 10 s, 6 in flight
    QCOMPARE(options.rateLimitRequests, 90);
    QCOMPARE(options.rateLimitWindowMs, 10000);
    ApiClient client(&nam, connectionTo(sandbox), options);
    QSignalSpy throttled(client.limiter(), &RequestLimiter::throttledChanged);

    constexpr int burst = 300;
    int ok = 0;
    int failed = 0;
    int maxInFlight = 0;
    int rateLimitedSignals = 0;
    const qint64 mark = lastSequence(sandbox);
    for (int i = 0; i < burst; ++i) {
        ApiRequest request;
        request.path = QStringLiteral("/beta/connectors");
        request.addQuery(QStringLiteral("limit"), QStringLiteral("1"));
        request.addQuery(QStringLiteral("offset"), QString::number(i));
        ApiRequestJob *job = client.send(request);
        connect(job, &ApiJob::rateLimited, this, [&rateLimitedSignals] { ++rateLimitedSignals; });
        connect(job, &ApiRequestJob::finished, this, [&](const ApiResponse &response) {
            maxInFlight = qMax(maxInFlight, client.limiter()->inFlight() + 1);
            (response.ok() ? ok : failed) += 1;
        });
        job->start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(ok + failed, burst, 120000);
    QCOMPARE(failed, 0);
    QCOMPARE(rateLimitedSignals, 0); // the pipeline never had to wait for a 429
    QVERIFY(maxInFlight <= options.maxInFlight);
    QVERIFY(throttled.count() >= 1); // the limiter did hold the burst back

    const QJsonArray calls = loggedRequests(sandbox, QStringLiteral("/beta/connectors"), mark);
    QCOMPARE(calls.size(), burst);
    for (const QJsonValue &call : calls)
        QCOMPARE(call.toObject().value(QLatin1String("status")).toInt(), 200);
}

QTEST_GUILESS_MAIN(TestRateLimitBurst)
#include "tst_ratelimitburst.moc"
