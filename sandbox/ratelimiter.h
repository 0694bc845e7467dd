#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace isc::sandbox {

// N requests per key (client id + API version) per sliding window, as the API limits them.
class RateLimiter
{
public:
    RateLimiter(int limit, int windowSeconds);

    // Admits a request at `nowMs`, or returns the seconds to wait (Retry-After, >= 1).
    std::optional<int> admit(const QString &key, qint64 nowMs);

    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }
    int windowSeconds() const { return m_windowMs / 1000; }
    void reset() { m_admitted.clear(); }

private:
    int m_limit;
    qint64 m_windowMs;
    QHash<QString, std::deque<qint64>> m_admitted; // times of admitted requests, oldest first
};

} // namespace isc::sandbox
