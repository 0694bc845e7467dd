#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace isc {

// One call as the request journal records it: enough for the activity dock and for
// "Copy as curl", and nothing secret (no token; the token call's secret is a placeholder).
struct JournalEntry
{
    enum class State { Running, Succeeded, Failed, Cancelled };

    quint64 id = 0; // increasing, unique per journal
    QDateTime startedAt; // UTC
    QByteArray method;
    QUrl url; // full URL with its query; never credentials
    QByteArray contentType; // of the request body
    QByteArray requestBody; // JSON bodies up to 64 KiB; the token call's with secrets replaced
    QString uploadFile; // a streamed upload: the file (curl --data-binary @file)
    QByteArray acceptLanguage;
    bool authenticated = true; // carried Authorization: Bearer (shown as a placeholder)
    State state = State::Running;
    int httpStatus = 0; // of the last attempt; 0 when none arrived
    qint64 durationMs = 0; // whole call, repeats and waits included
    QString trackingId;
    int retries = 0; // repeats after the first attempt (401, 429, 5xx, dropped, timeout)
    QString error; // describe() of the error; empty on success
};

// The call as a curl command line for a shell: the token is "$ISC_ACCESS_TOKEN" and the
// client secret "$SAIL_CLIENT_SECRET", to be set in the environment by whoever runs it.
QString toCurl(const JournalEntry &entry);

} // namespace isc

Q_DECLARE_METATYPE(isc::JournalEntry)
