// The client-side limiter: never more than N grants per sliding window per bucket, never
// more than M in flight, FIFO, buckets independent, released tickets free their place.
#include "net/requestlimiter.h"

#include <QtTest>

using namespace isc;

class TestRequestLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundsTheWindowAndInFlight();
    void bucketsAreIndependent();
    void grantsInOrderAndNeverFromAcquire();
    void releasingAQueuedTicketDropsIt();
    void holdDelaysABucket();
};

void TestRequestLimiter::boundsTheWindowAndInFlight()
{
    RequestLimiter limiter(5, 300, 3);
    const QString bucket = QStringLiteral("beta");
    int granted = 0;
    int maxInFlight = 0;
    int maxInWindow = 0;
    QList<RequestLimiter::Ticket> tickets;
    for (int i = 0; i < 20; ++i) {
        tickets.append(limiter.acquire(bucket, [&, i] {
            ++granted;
            maxInFlight = qMax(maxInFlight, limiter.inFlight());
            maxInWindow = qMax(maxInWindow, limiter.recentSends(bucket));
            // Each request is "in flight" for a moment, then done.
            QTimer::singleShot(10, &limiter, [&limiter, &tickets, i] { limiter.release(tickets.at(i)); });
        }));
    }
    QTRY_COMPARE_WITH_TIMEOUT(granted, 20, 20000);
    QVERIFY(maxInFlight <= 3);
    QVERIFY(maxInWindow <= 5);
    QCOMPARE(maxInWindow, 5); // the window was used, not merely trickled
    QTRY_COMPARE(limiter.inFlight(), 0);
}

void TestRequestLimiter::bucketsAreIndependent()
{
    RequestLimiter limiter(2, 60000, 6);
    int beta = 0;
    int v2024 = 0;
    for (int i = 0; i < 4; ++i) {
        limiter.acquire(QStringLiteral("beta"), [&beta] { ++beta; });
        limiter.acquire(QStringLiteral("v2024"), [&v2024] { ++v2024; });
    }
    QTRY_COMPARE(beta, 2);
    QTRY_COMPARE(v2024, 2);
    QTest::qWait(100);
    QCOMPARE(beta, 2); // the rest waits for a window a minute away
    QCOMPARE(limiter.queued(), 4);
}

void TestRequestLimiter::grantsInOrderAndNeverFromAcquire()
{
    RequestLimiter limiter(100, 1000, 1);
    QList<int> order;
    QList<RequestLimiter::Ticket> tickets(5);
    for (int i = 0; i < 5; ++i) {
        tickets[i] = limiter.acquire(QStringLiteral("beta"), [&, i] {
            order.append(i);
            QTimer::singleShot(0, &limiter, [&limiter, &tickets, i] { limiter.release(tickets.at(i)); });
        });
        QVERIFY(order.isEmpty()); // never granted from within acquire()
    }
    QTRY_COMPARE(order.size(), 5);
    QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
}

void TestRequestLimiter::releasingAQueuedTicketDropsIt()
{
    RequestLimiter limiter(100, 1000, 1);
    bool first = false;
    bool second = false;
    bool third = false;
    const auto a = limiter.acquire(QStringLiteral("beta"), [&first] { first = true; });
    const auto b = limiter.acquire(QStringLiteral("beta"), [&second] { second = true; });
    limiter.acquire(QStringLiteral("beta"), [&third] { third = true; });
    QTRY_VERIFY(first);
    limiter.release(b); // still queued: dropped, never granted
    limiter.release(a);
    QTRY_VERIFY(third);
    QVERIFY(!second);
}

void TestRequestLimiter::holdDelaysABucket()
{
    RequestLimiter limiter(100, 1000, 6);
    limiter.holdBucket(QStringLiteral("beta"), 300);
    bool beta = false;
    bool other = false;
    limiter.acquire(QStringLiteral("beta"), [&beta] { beta = true; });
    limiter.acquire(QStringLiteral("v2024"), [&other] { other = true; });
    QTRY_VERIFY(other);
    QVERIFY(!beta);
    QTRY_VERIFY_WITH_TIMEOUT(beta, 5000);
}

QTEST_GUILESS_MAIN(TestRequestLimiter)
#include "tst_requestlimiter.moc"
