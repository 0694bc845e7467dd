#include "apirouter.h"

#include "base/apilocale.h"
#include "errorreplies.h"

namespace isc::sandbox {

namespace {

Reply methodNotAllowed(const Request &request, const QByteArray &allowed)
{
    Reply reply = errorReply(request, 405, Message::MethodNotAllowed,
                             {QString::fromLatin1(request.method), request.path});
    reply.setHeader(QByteArrayLiteral("Allow"), allowed);
    return reply;
}

} // namespace

ApiRouter::ApiRouter(const ConnectorCatalogue *catalogue)
    : m_catalogue(catalogue)
{ }

std::optional<Reply> ApiRouter::parsePaging(const Request &request, Paging &out)
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

Reply ApiRouter::route(const Request &request)
{
    const QStringList segments = request.pathSegments();
    const QString version = request.apiVersion();
    if (segments.size() == 2 && version == QLatin1String("beta") &&
        segments.at(1) == QLatin1String("connectors")) {
        if (request.method != "GET")
            return methodNotAllowed(request, QByteArrayLiteral("GET"));
        return listConnectors(request);
    }
    return errorReply(request, 404, Message::NotFound);
}

Reply ApiRouter::listConnectors(const Request &request)
{
    Paging paging;
    if (std::optional<Reply> error = parsePaging(request, paging))
        return *error;
    ConnectorCatalogue::Query query;
    query.offset = paging.offset;
    query.limit = paging.limit;
    if (const std::optional<QString> count = request.queryValue(QStringLiteral("count"))) {
        if (count->compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            query.count = true;
        else if (count->compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
            return errorReply(request, 400, Message::InvalidCount, {*count});
    }
    const QString locale = request.queryValue(QStringLiteral("locale")).value_or(QString());
    query.locale = isApiLocale(locale) ? locale : QStringLiteral("en");

    const ConnectorCatalogue::Page page = m_catalogue->page(query);
    Reply reply;
    reply.status = 200;
    reply.setHeader(QByteArrayLiteral("Content-Type"),
                    QByteArrayLiteral("application/json;charset=utf-8"));
    reply.body = page.json;
    if (query.count)
        reply.setHeader(QByteArrayLiteral("X-Total-Count"), QByteArray::number(page.total));
    return reply;
}

} // namespace isc::sandbox
