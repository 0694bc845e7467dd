#pragma once

#include "httpexchange.h"

#include <QDateTime>
#include <QJsonArray>

#include <deque>

namespace isc::sandbox {

// What clients sent, for tests to check (how many requests, which headers, which body and
// content type). Secrets are redacted: Authorization values, client_secret in forms and
// queries. Holds the most recent `capacity` requests.
class RequestLog
{
public:
    explicit RequestLog(qsizetype capacity = 20000);

    // Records a request as it arrives; returns its sequence number (1, 2, ...).
    qint64 record(const Request &request);
    // Adds what became of it.
    void finish(qint64 sequence, int status, const QString &clientId, int faultId);

    // Entries with a sequence number above `after`, oldest first.
    QJsonArray toJson(qint64 after = 0) const;
    void clear() { m_entries.clear(); }
    qint64 total() const { return m_next - 1; } // since start, clear() included

private:
    struct Entry
    {
        qint64 sequence = 0;
        QDateTime received;
        QByteArray method;
        QString path;
        QList<std::pair<QString, QString>> query;
        HeaderList headers;
        QByteArray contentType;
        qsizetype bodySize = 0;
        QString body; // redacted text; null when binary or large
        int status = 0; // 0: no reply yet (delayed) or none
        QString clientId;
        int faultId = 0;
    };

    qsizetype m_capacity;
    std::deque<Entry> m_entries;
    qint64 m_next = 1;
};

} // namespace isc::sandbox
