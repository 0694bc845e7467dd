#include "requestlog.h"

#include <QJsonObject>
#include <QStringDecoder>

namespace isc::sandbox {

namespace {

constexpr qsizetype MaxLoggedBody = 64 * 1024;
const QString Redacted = QStringLiteral("<redacted>");

bool isSecretName(const QString &name)
{
    return name == QLatin1String("client_secret") || name == QLatin1String("password") ||
        name == QLatin1String("refresh_token");
}

QString redactedForm(const QByteArray &body)
{
    QStringList parts;
    for (const QByteArray &part : body.split('&')) {
        const qsizetype equals = part.indexOf('=');
        const QString name = QString::fromLatin1(equals < 0 ? part : part.left(equals));
        parts.append(equals >= 0 && isSecretName(name) ? name + QLatin1Char('=') + Redacted
                                                       : QString::fromLatin1(part));
    }
    return parts.join(QLatin1Char('&'));
}

QString redactedMultipart(const Request &request)
{
    QString text = QString::fromUtf8(request.body);
    const auto fields = decodeMultipartFormData(
        request.body, request.mediaTypeParameter(QByteArrayLiteral("boundary")));
    for (const auto &[name, value] : fields) {
        if (isSecretName(name) && !value.isEmpty())
            text.replace(value, Redacted);
    }
    return text;
}

QString loggedBody(const Request &request)
{
    if (request.body.isEmpty() || request.body.size() > MaxLoggedBody)
        return {};
    const QByteArray mediaType = request.mediaType();
    if (mediaType == "application/x-www-form-urlencoded")
        return redactedForm(request.body);
    if (mediaType == "multipart/form-data")
        return redactedMultipart(request);
    if (mediaType == "application/zip" || mediaType == "application/octet-stream")
        return {};
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(request.body);
    return decoder.hasError() ? QString() : text;
}

QByteArray redactedHeader(const QByteArray &name, const QByteArray &value)
{
    if (name.compare("authorization", Qt::CaseInsensitive) != 0)
        return value;
    const qsizetype space = value.indexOf(' ');
    return (space > 0 ? value.left(space + 1) : QByteArray()) + Redacted.toLatin1();
}

} // namespace

RequestLog::RequestLog(qsizetype capacity)
    : m_capacity(capacity)
{ }

qint64 RequestLog::record(const Request &request)
{
    Entry entry;
    entry.sequence = m_next++;
    entry.received = QDateTime::currentDateTimeUtc();
    entry.method = request.method;
    entry.path = request.path;
    for (const auto &[name, value] : request.query)
        entry.query.append({name, isSecretName(name) ? Redacted : value});
    for (const auto &[name, value] : request.headers)
        entry.headers.append({name, redactedHeader(name, value)});
    entry.contentType = request.header("content-type");
    entry.bodySize = request.body.size();
    entry.body = loggedBody(request);
    m_entries.push_back(std::move(entry));
    while (qsizetype(m_entries.size()) > m_capacity)
        m_entries.pop_front();
    return m_next - 1;
}

void RequestLog::finish(qint64 sequence, int status, const QString &clientId, int faultId)
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->sequence == sequence) {
            it->status = status;
            it->clientId = clientId;
            it->faultId = faultId;
            return;
        }
    }
}

QJsonArray RequestLog::toJson(qint64 after) const
{
    QJsonArray out;
    for (const Entry &entry : m_entries) {
        if (entry.sequence <= after)
            continue;
        QJsonObject o;
        o.insert(QLatin1String("sequence"), entry.sequence);
        o.insert(QLatin1String("received"), entry.received.toString(Qt::ISODateWithMs));
        o.insert(QLatin1String("method"), QString::fromLatin1(entry.method));
        o.insert(QLatin1String("path"), entry.path);
        QJsonObject query;
        for (const auto &[name, value] : entry.query)
            query.insert(name, value); // the last of repeated names
        o.insert(QLatin1String("query"), query);
        QJsonObject headers;
        for (const auto &[name, value] : entry.headers)
            headers.insert(QString::fromLatin1(name).toLower(), QString::fromLatin1(value));
        o.insert(QLatin1String("headers"), headers);
        o.insert(QLatin1String("contentType"), QString::fromLatin1(entry.contentType));
        o.insert(QLatin1String("bodySize"), qint64(entry.bodySize));
        if (!entry.body.isNull())
            o.insert(QLatin1String("body"), entry.body);
        o.insert(QLatin1String("status"), entry.status);
        if (!entry.clientId.isEmpty())
            o.insert(QLatin1String("clientId"), entry.clientId);
        if (entry.faultId)
            o.insert(QLatin1String("faultId"), entry.faultId);
        out.append(o);
    }
    return out;
}

} // namespace isc::sandbox
