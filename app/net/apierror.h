#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace isc {

// Everything the console knows about one failed call, whatever failed: the network, the
// server (ErrorResponseDto, the 401 `{"error": ...}` and 429 `{"message": ...}` shapes), the
// reply (decoder errors) or a local refusal (read-only connection, bad input). The UI shows
// describe(error) plus `httpStatus` and `trackingId`; it never builds sentences itself.
struct ApiError
{
    enum class Kind {
        None, // no error
        Cancelled, // cancel() or the job was destroyed
        Timeout, // no data within the inactivity timeout, or past the overall deadline
        Network, // refused, unreachable, dropped connection, ...
        Tls, // certificate or handshake failure (TLS errors are never ignored)
        Redirect, // a redirect to another origin (refused: credentials stay on one origin)
        Http, // 4xx/5xx not covered below; ErrorResponseDto fields filled when sent
        Unauthorized, // 401 after one fresh token, or client credentials refused (400/401)
        RateLimited, // 429 beyond what the pipeline waits for
        InvalidReply, // the body is not what the contract says (decoder error in `detail`)
        ReadOnly, // refused before sending: the connection is read-only
        InvalidInput, // refused before sending: bad filter, bad parameter, unusable zip, ...
    };

    // For a call that is not safely repeatable (POST create, version upload): what is known
    // about its effect after a failure.
    enum class WriteOutcome {
        NotApplicable, // a read, or the server answered unambiguously
        NotApplied, // it surely did not happen (refused, or a lookup showed it did not): safe to
                    // retry
        Unknown, // it may have happened (dropped connection, timeout, 5xx after sending)
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP reply arrived

    // From the ErrorResponseDto (400, 403, 404, 500), as sent.
    QString detailCode; // e.g. "400.1 Bad Request Content"
    QString trackingId; // users quote it to support
    QStringList messages; // messages[].text, the one in the requested locale first
    QStringList causes; // causes[].text

    // The 401 `error` / 429 `message` value (a string, or an object as compact JSON), or
    // the start of an undocumented text body (e.g. the token endpoint's 400).
    QString serverMessage;

    int networkError = 0; // QNetworkReply::NetworkError when the network failed
    QString networkErrorText; // Qt's text for it (English, for the log and details)

    // What went wrong in our own words, when not the server's: the decoder error, the bad
    // filter, the zip problem, the TLS errors, ... Translated.
    QString detail;

    // What was being done, as a translated phrase: "Could not load the connectors".
    QString context;

    QByteArray method; // "GET", ...
    QUrl url; // without credentials; query kept (it holds no secrets)
    int retryAfterSeconds = -1; // 429/503: what Retry-After said; -1 when absent
    bool deadlineExceeded = false; // Timeout: the overall deadline, not inactivity
    int timeoutSeconds = 0; // Timeout: the limit that was exceeded
    int attempts = 0; // how many times the request was sent
    WriteOutcome writeOutcome = WriteOutcome::NotApplicable;

    bool isNull() const { return kind == Kind::None; }
    bool isCancelled() const { return kind == Kind::Cancelled; }
    bool isTimeout() const { return kind == Kind::Timeout; }

    // Local refusals, built in one place so their wording is consistent.
    static ApiError cancelled();
    static ApiError readOnly(const QByteArray &method, const QUrl &url);
    static ApiError invalidInput(const QString &detail);
    static ApiError invalidReply(const QString &decoderError, int httpStatus = 0);

    // Fills the server fields from an error body of any documented shape (ErrorResponseDto,
    // `{"error": ...}`, `{"message": ...}`, or text). `preferredLocale` picks the message
    // shown first. Never fails: an unreadable body lands in `serverMessage`, shortened.
    void readServerBody(const QByteArray &body, const QString &preferredLocale = {});
};

// THE error-mapping function: one clear translated sentence (two when the effect of a write
// is unknown or known not to have happened) for any ApiError. The UI shows it plus status and
// trackingId; the command line prints it.
QString describe(const ApiError &error);

// The kind as a stable English word for logs and the JSON output of the command line
// ("timeout", "http", ...). Not for users.
QString kindName(ApiError::Kind kind);

} // namespace isc

Q_DECLARE_METATYPE(isc::ApiError)
