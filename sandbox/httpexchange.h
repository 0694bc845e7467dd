#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

class QHttpServerRequest;

namespace isc::sandbox {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// One request as the handlers see it, decoded once and freely copyable (Qt 6.4's
// QHttpServerRequest belongs to the connection and is reused for its next request).
struct Request
{
    QByteArray method; // "GET", "POST", ...
    QString path; // percent-decoded, without the query
    QList<std::pair<QString, QString>> query; // in order; '+' decodes to a space as in forms
    HeaderList headers; // as received
    QByteArray body;
    QHostAddress peer;

    static Request fromHttp(const QHttpServerRequest &request);

    QByteArray header(const QByteArray &name) const; // case-insensitive; first one wins
    std::optional<QString> queryValue(const QString &key) const; // first one wins
    QByteArray mediaType() const; // Content-Type without parameters, lower case
    QByteArray mediaTypeParameter(const QByteArray &name) const; // e.g. "boundary"
    // The version prefix of an API path ("beta", "v2024", ...), empty for other paths.
    QString apiVersion() const;
    QStringList pathSegments() const; // "/beta/x/y" -> {"beta", "x", "y"}
};

// What the server sends back. `damage` and `delayMs` are applied by the server when it
// writes the reply (scripted faults, latency).
struct Reply
{
    enum class Damage {
        None,
        Malformed, // the body is cut in half, Content-Length matches what is sent
        Truncated, // Content-Length announces the whole body, half is sent, then close
        Dropped, // the connection is closed without a reply
    };

    int status = 200;
    HeaderList headers;
    QByteArray body;
    Damage damage = Damage::None;
    int delayMs = 0;

    static Reply json(int status, const QJsonDocument &document);
    static Reply json(int status, const QJsonObject &object);
    static Reply json(int status, const QJsonArray &array);
    static Reply noContent();

    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value); // replaces
};

// The reason phrase of a status line ("Too Many Requests"); "Status" for unknown codes.
QByteArray reasonPhrase(int status);

// Splits an application/x-www-form-urlencoded text (also a URL query) into decoded pairs.
QList<std::pair<QString, QString>> decodeFormUrlEncoded(QByteArrayView encoded);

// The named fields of a multipart/form-data body (RFC 7578), values as UTF-8 text. Parts
// without a name are skipped; a body that does not parse gives what was read so far.
QList<std::pair<QString, QString>> decodeMultipartFormData(const QByteArray &body,
                                                           const QByteArray &boundary);

} // namespace isc::sandbox
