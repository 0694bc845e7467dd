#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

// Part of the pipeline: when a failed attempt may be repeated, and after how long.
namespace isc::retry {

// Retry-After as delta-seconds or an HTTP date (IMF-fixdate, or what RFC 2822 parses),
// in whole seconds from `now` (rounded up, 0 when past). -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

// Qt's codes below 200 are transport and proxy failures (whatever the HTTP status).
bool isNetworkLevel(QNetworkReply::NetworkError error);

// Failures that prove the request never reached the server (a POST may be repeated).
bool nothingWasSent(QNetworkReply::NetworkError error);

// Failures worth repeating: dropped, refused or timed out connections, ...
bool isTransient(QNetworkReply::NetworkError error);

// The wait before repeat number `retry` (0 for the first repeat): base * 2^retry capped at
// `maxMs`, with equal jitter (half of it for sure, the other half at random).
int backoffDelayMs(int retry, int baseMs, int maxMs);

} // namespace isc::retry
