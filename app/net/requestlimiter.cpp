#include "requestlimiter.h"

#include "logging.h"

#include <QMetaObject>
#include <QTimer>

namespace isc {

RequestLimiter::RequestLimiter(int maxRequests, int windowMs, int maxInFlight, QObject *parent)
    : QObject(parent)
    , m_maxRequests(qMax(1, maxRequests))
    , m_windowMs(qMax(1, windowMs))
    , m_maxInFlight(qMax(1, maxInFlight))
    , m_timer(new QTimer(this))
{
    m_clock.start();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RequestLimiter::pump);
}

RequestLimiter::~RequestLimiter() = default;

RequestLimiter::Ticket RequestLimiter::acquire(const QString &bucket, std::function<void()> granted)
{
    const Ticket ticket = m_nextTicket++;
    m_queue.push_back({ticket, bucket, std::move(granted)});
    if (!m_pumpQueued) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(this, &RequestLimiter::pump, Qt::QueuedConnection);
    }
    return ticket;
}

void RequestLimiter::release(Ticket ticket)
{
    if (m_granted.remove(ticket)) {
        --m_inFlight;
        if (!m_queue.empty() && !m_pumpQueued) {
            m_pumpQueued = true;
            QMetaObject::invokeMethod(this, &RequestLimiter::pump, Qt::QueuedConnection);
        }
        return;
    }
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->ticket == ticket) {
            m_queue.erase(it);
            return;
        }
    }
}

void RequestLimiter::holdBucket(const QString &bucket, int msecs)
{
    const qint64 until = m_clock.elapsed() + msecs;
    if (m_heldUntil.value(bucket) < until)
        m_heldUntil.insert(bucket, until);
}

int RequestLimiter::recentSends(const QString &bucket) const
{
    prune(bucket, m_clock.elapsed());
    return int(m_sends.value(bucket).size());
}

void RequestLimiter::prune(const QString &bucket, qint64 now) const
{
    auto it = m_sends.find(bucket);
    if (it == m_sends.end())
        return;
    while (!it->empty() && it->front() <= now - m_windowMs)
        it->pop_front();
}

void RequestLimiter::pump()
{
    m_pumpQueued = false;
    const qint64 now = m_clock.elapsed();
    qint64 wakeAt = -1;
    bool windowBound = false;
    QList<Ticket> grantedNow;
    QList<std::function<void()>> callbacks;

    for (auto it = m_queue.begin(); it != m_queue.end() && m_inFlight < m_maxInFlight;) {
        prune(it->bucket, now);
        std::deque<qint64> &sends = m_sends[it->bucket];
        const qint64 heldUntil = m_heldUntil.value(it->bucket);
        qint64 readyAt = -1;
        if (heldUntil > now)
            readyAt = heldUntil;
        else if (int(sends.size()) >= m_maxRequests)
            readyAt = sends.front() + m_windowMs + 1;
        if (readyAt >= 0) {
            windowBound = true;
            wakeAt = wakeAt < 0 ? readyAt : qMin(wakeAt, readyAt);
            ++it;
            continue;
        }
        sends.push_back(now);
        ++m_inFlight;
        m_granted.insert(it->ticket, true);
        grantedNow.append(it->ticket);
        callbacks.append(std::move(it->granted));
        it = m_queue.erase(it);
    }

    if (windowBound != m_throttled) {
        m_throttled = windowBound;
        if (windowBound)
            qCDebug(lcApi) << "limiter: waiting for the rate window," << m_queue.size() << "queued";
        Q_EMIT throttledChanged(windowBound);
    }
    if (wakeAt >= 0)
        m_timer->start(int(qMax<qint64>(1, wakeAt - now)));

    for (int i = 0; i < callbacks.size(); ++i) {
        // A callback may have destroyed a later job, which released its ticket.
        if (m_granted.contains(grantedNow.at(i)))
            callbacks[i]();
    }
}

} // namespace isc
