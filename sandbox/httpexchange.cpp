#include "httpexchange.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace isc::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QString percentDecoded(QByteArray text)
{
    text.replace('+', ' ');
    return QUrl::fromPercentEncoding(text);
}

} // namespace

QList<std::pair<QString, QString>> decodeFormUrlEncoded(QByteArrayView encoded)
{
    QList<std::pair<QString, QString>> items;
    const QByteArray text = encoded.toByteArray();
    for (const QByteArray &part : text.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            items.append({percentDecoded(part), QString()});
        else
            items.append({percentDecoded(part.left(equals)), percentDecoded(part.mid(equals + 1))});
    }
    return items;
}

QList<std::pair<QString, QString>> decodeMultipartFormData(const QByteArray &body,
                                                           const QByteArray &boundary)
{
    QList<std::pair<QString, QString>> fields;
    if (boundary.isEmpty())
        return fields;
    const QByteArray delimiter = QByteArrayLiteral("--") + boundary;
    const QByteArray separator = QByteArrayLiteral("\r\n") + delimiter;
    qsizetype position = body.indexOf(delimiter);
    while (position >= 0) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--")
            break; // the closing delimiter
        if (body.mid(position, 2) == "\r\n")
            position += 2;
        const qsizetype next = body.indexOf(separator, position);
        if (next < 0)
            break;
        const QByteArray part = body.mid(position, next - position);
        const qsizetype headerEnd = part.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            QByteArray name;
            for (const QByteArray &line : part.left(headerEnd).split('\n')) {
                const QByteArray header = line.trimmed();
                if (!header.toLower().startsWith("content-disposition:"))
                    continue;
                const qsizetype start = header.indexOf("name=\"");
                // "filename=" also contains name=": only a parameter that starts the token.
                if (start > 0 && (header.at(start - 1) == ' ' || header.at(start - 1) == ';')) {
                    const qsizetype end = header.indexOf('"', start + 6);
                    if (end > start)
                        name = header.mid(start + 6, end - start - 6);
                }
            }
            if (!name.isEmpty())
                fields.append(
                    {QString::fromUtf8(name), QString::fromUtf8(part.mid(headerEnd + 4))});
        }
        position = next + 2;
    }
    return fields;
}

Request Request::fromHttp(const QHttpServerRequest &request)
{
    Request out;
    out.method = methodName(request.method());
    const QUrl url = request.url();
    out.path = url.path(QUrl::FullyDecoded);
    // Decoded by hand: QUrlQuery keeps '+' as is, while HTML forms and many clients use it
    // for a space; a literal plus arrives as %2B either way.
    out.query = decodeFormUrlEncoded(url.query(QUrl::FullyEncoded).toLatin1());
    out.headers = request.headers();
    out.body = request.body();
    out.peer = request.remoteAddress();
    return out;
}

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

std::optional<QString> Request::queryValue(const QString &key) const
{
    for (const auto &[name, value] : query) {
        if (name == key)
            return value;
    }
    return std::nullopt;
}

QByteArray Request::mediaType() const
{
    const QByteArray contentType = header("content-type");
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

QByteArray Request::mediaTypeParameter(const QByteArray &name) const
{
    const QList<QByteArray> parts = header("content-type").split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        const qsizetype equals = part.indexOf('=');
        if (equals > 0 && part.left(equals).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            QByteArray value = part.mid(equals + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

QStringList Request::pathSegments() const
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QString Request::apiVersion() const
{
    const QStringList segments = pathSegments();
    if (segments.isEmpty())
        return {};
    const QString &first = segments.first();
    if (first == QLatin1String("beta"))
        return first;
    if (first.size() >= 2 && first.at(0) == QLatin1Char('v')) {
        for (qsizetype i = 1; i < first.size(); ++i) {
            if (!first.at(i).isDigit())
                return {};
        }
        return first;
    }
    return {};
}

Reply Reply::json(int status, const QJsonDocument &document)
{
    Reply reply;
    reply.status = status;
    reply.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=utf-8")});
    reply.body = document.toJson(QJsonDocument::Compact);
    return reply;
}

Reply Reply::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

Reply Reply::json(int status, const QJsonArray &array)
{
    return json(status, QJsonDocument(array));
}

Reply Reply::noContent()
{
    Reply reply;
    reply.status = 204;
    return reply;
}

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void Reply::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&name](const std::pair<QByteArray, QByteArray> &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    headers.append({name, value});
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace isc::sandbox
