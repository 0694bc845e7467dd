#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace isc {

// One API call to make, relative to the connection's base URL. Services build these; the
// UI and the command line normally use the services instead.
struct ApiRequest
{
    enum class Auth {
        Bearer, // every API call: the pipeline adds the token and repeats once after a 401
        None, // the token call itself
    };

    QByteArray method = "GET"; // GET, POST, PUT, PATCH, DELETE
    QString path; // "/beta/connectors", "/v2024/connector-customizers/{id}"; decoded text

    // Query parameters in order, as plain text; the pipeline percent-encodes each value
    // whole (so a `filters` value may hold spaces, quotes, '&', '=', '+', '#', ...).
    QList<QPair<QString, QString>> query;

    QByteArray body; // sent as is when `uploadFile` is empty
    QByteArray contentType; // e.g. "application/json"; required with a body or a file
    QString uploadFile; // when set, the body is streamed from this file (each attempt reopens it)

    Auth auth = Auth::Bearer;

    // Whether the pipeline may repeat the call after a 5xx, a dropped connection or an
    // inactivity timeout. Unset: GET, HEAD, PUT and DELETE are, POST and PATCH are not.
    // (A 429 or a 401 is always repeated: the server refused it before acting.)
    std::optional<bool> idempotent;

    // Per-call overrides of the pipeline options, in milliseconds: 0 = the client's default;
    // a negative deadline means none (a long upload relies on the inactivity timeout).
    int inactivityTimeoutMs = 0;
    int deadlineMs = 0;

    // A translated phrase for error messages: "Could not load the connectors". Optional.
    QString context;

    // Adds a query parameter (kept in insertion order).
    ApiRequest &addQuery(const QString &name, const QString &value)
    {
        query.append({name, value});
        return *this;
    }

    bool isIdempotent() const;
    bool isMutating() const; // POST, PUT, PATCH, DELETE
    // The API version the path belongs to ("beta", "v2024", ...): the rate-limit bucket.
    QString apiVersion() const;
};

} // namespace isc
