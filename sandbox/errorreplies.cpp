#include "errorreplies.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace isc::sandbox {

QString newTrackingId()
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    QByteArray raw(reinterpret_cast<const char *>(words), sizeof words);
    return QString::fromLatin1(raw.toHex());
}

QString detailCodeFor(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("400.1 Bad Request Content");
    case 403:
        return QStringLiteral("403 Forbidden");
    case 404:
        return QStringLiteral("404 Not found");
    case 405:
        return QStringLiteral("405 Method Not Allowed");
    case 415:
        return QStringLiteral("415 Unsupported Media Type");
    case 500:
        return QStringLiteral("500.0 Internal Fault");
    case 503:
        return QStringLiteral("503 Service Unavailable");
    default:
        return QStringLiteral("%1 %2").arg(status).arg(QString::fromLatin1(reasonPhrase(status)));
    }
}

Message messageForStatus(int status)
{
    switch (status) {
    case 403:
        return Message::Forbidden;
    case 404:
        return Message::NotFound;
    case 500:
        return Message::InternalFault;
    default:
        return status >= 500 ? Message::ServiceUnavailable : Message::BadRequest;
    }
}

Reply errorReply(const Request &request, int status, Message message, const QStringList &args)
{
    const MessageLocale locale = negotiateMessageLocale(request.header("accept-language"));
    QJsonObject text;
    text.insert(QLatin1String("locale"), locale.tag);
    text.insert(QLatin1String("localeOrigin"),
                locale.fromRequest ? QLatin1String("REQUEST") : QLatin1String("DEFAULT"));
    text.insert(QLatin1String("text"), messageText(message, locale.language, args));
    QJsonObject body;
    body.insert(QLatin1String("detailCode"), detailCodeFor(status));
    body.insert(QLatin1String("trackingId"), newTrackingId());
    body.insert(QLatin1String("messages"), QJsonArray{text});
    body.insert(QLatin1String("causes"), QJsonArray());
    return Reply::json(status, body);
}

Reply unauthorizedReply(const QString &error)
{
    return Reply::json(401, QJsonObject{{QLatin1String("error"), error}});
}

Reply rateLimitReply(int retryAfterSeconds)
{
    Reply reply = Reply::json(
        429, QJsonObject{{QLatin1String("message"), QLatin1String(" Rate Limit Exceeded ")}});
    reply.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
    return reply;
}

} // namespace isc::sandbox
