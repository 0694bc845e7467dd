#include "ratelimiter.h"

namespace isc::sandbox {

RateLimiter::RateLimiter(int limit, int windowSeconds)
    : m_limit(limit)
    , m_windowMs(qint64(windowSeconds) * 1000)
{ }

std::optional<int> RateLimiter::admit(const QString &key, qint64 nowMs)
{
    std::deque<qint64> &times = m_admitted[key];
    while (!times.empty() && times.front() <= nowMs - m_windowMs)
        times.pop_front();
    if (qsizetype(times.size()) >= m_limit) {
        // Refused requests do not count; the oldest admitted one leaves the window first.
        const qint64 waitMs = times.front() + m_windowMs - nowMs;
        return int(qMax<qint64>(1, (waitMs + 999) / 1000));
    }
    times.push_back(nowMs);
    return std::nullopt;
}

} // namespace isc::sandbox
