#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <deque>

#include <functional>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace isc {

// The client-side limiter shared by every service of one ApiClient: at most
// `maxRequests` sends per sliding `windowMs` per bucket (the API version: "beta", "v2024")
// and at most `maxInFlight` requests in flight overall. Requests wait in FIFO order; a
// request that was granted a slot is counted in its window when granted (each repeat
// asks again). After a 429 a bucket can be held until the server's Retry-After has passed.
class RequestLimiter final : public QObject
{
    Q_OBJECT

public:
    using Ticket = quint64;

    RequestLimiter(int maxRequests, int windowMs, int maxInFlight, QObject *parent = nullptr);
    ~RequestLimiter() override;

    // Queues a request of `bucket`; `granted` runs (from the event loop, never from within
    // acquire()) when it may be sent. Returns a ticket for release() or cancel().
    Ticket acquire(const QString &bucket, std::function<void()> granted);
    // The request is done (or was never sent): frees its in-flight place, or drops it from
    // the queue when it was still waiting. Unknown tickets are ignored.
    void release(Ticket ticket);

    // No grant for `bucket` for the next `msecs` (after a 429 with Retry-After).
    void holdBucket(const QString &bucket, int msecs);

    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }
    // Sends granted in the last window for `bucket`.
    int recentSends(const QString &bucket) const;

    int maxRequests() const { return m_maxRequests; }
    int windowMs() const { return m_windowMs; }
    int maxInFlight() const { return m_maxInFlight; }

Q_SIGNALS:
    // The queue is waiting for the rate window (true) or no longer (false): "throttled".
    void throttledChanged(bool throttled);

private:
    struct Waiting
    {
        Ticket ticket;
        QString bucket;
        std::function<void()> granted;
    };
    void pump();
    void prune(const QString &bucket, qint64 now) const;

    int m_maxRequests;
    int m_windowMs;
    int m_maxInFlight;
    int m_inFlight = 0;
    Ticket m_nextTicket = 1;
    std::deque<Waiting> m_queue;
    QHash<Ticket, bool> m_granted; // tickets in flight
    mutable QHash<QString, std::deque<qint64>> m_sends; // grant times per bucket (ms, m_clock)
    QHash<QString, qint64> m_heldUntil;
    QElapsedTimer m_clock;
    QTimer *m_timer;
    bool m_throttled = false;
    bool m_pumpQueued = false;
};

} // namespace isc
