#include "apisupport.h"

#include "errorreplies.h"

namespace isc::sandbox {

std::optional<Reply> parsePaging(const Request &request, Paging &out)
{
    if (const std::optional<QString> limit = request.queryValue(QStringLiteral("limit"))) {
        bool ok = false;
        const qlonglong value = limit->toLongLong(&ok);
        if (!ok || value < 0 || value > 250)
            return errorReply(request, 400, Message::InvalidLimit, {*limit});
        out.limit = qsizetype(value);
    }
    if (const std::optional<QString> offset = request.queryValue(QStringLiteral("offset"))) {
        bool ok = false;
        const qlonglong value = offset->toLongLong(&ok);
        if (!ok || value < 0)
            return errorReply(request, 400, Message::InvalidOffset, {*offset});
        out.offset = qsizetype(value);
    }
    return std::nullopt;
}

QJsonArray pageOf(const QJsonArray &all, const Paging &paging)
{
    QJsonArray page;
    for (qsizetype i = paging.offset; i < all.size() && i < paging.offset + paging.limit; ++i)
        page.append(all.at(i));
    return page;
}

std::optional<Reply> readJsonBody(const Request &request, QJsonDocument &out,
                                  const QList<QByteArray> &accepted)
{
    const QByteArray mediaType = request.mediaType();
    if (!mediaType.isEmpty() && mediaType != "application/json" && !accepted.contains(mediaType))
        return errorReply(request, 415, Message::UnsupportedMediaType,
                          {QString::fromLatin1(mediaType),
                           QString::fromLatin1(accepted.isEmpty() ? QByteArray("application/json")
                                                                  : accepted.first())});
    if (request.body.trimmed().isEmpty())
        return errorReply(request, 400, Message::EmptyBody);
    QJsonParseError error;
    out = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return errorReply(
            request, 400, Message::BodyNotJson,
            {QStringLiteral("%1 (offset %2)").arg(error.errorString()).arg(error.offset)});
    return std::nullopt;
}

Reply methodNotAllowed(const Request &request, const QByteArray &allowed)
{
    Reply reply = errorReply(request, 405, Message::MethodNotAllowed,
                             {QString::fromLatin1(request.method), request.path});
    reply.setHeader(QByteArrayLiteral("Allow"), allowed);
    return reply;
}

} // namespace isc::sandbox
