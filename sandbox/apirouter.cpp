#include "apirouter.h"

#include "apisupport.h"
#include "base/apilocale.h"
#include "base/filterrules.h"
#include "connectorcatalogue.h"
#include "errorreplies.h"

namespace isc::sandbox {

namespace {

bool isOneOf(const QString &version, std::initializer_list<const char *> versions)
{
    for (const char *candidate : versions) {
        if (version == QLatin1String(candidate))
            return true;
    }
    return false;
}

} // namespace

ApiRouter::ApiRouter(const ConnectorCatalogue *catalogue, SandboxStore *store)
    : m_catalogue(catalogue)
    , m_customizers(store)
    , m_instances(store)
{ }

Reply ApiRouter::route(const Request &request)
{
    const QStringList segments = request.pathSegments();
    const QString version = request.apiVersion();
    if (segments.size() < 2)
        return errorReply(request, 404, Message::NotFound);
    const QString &collection = segments.at(1);
    const QStringList rest = segments.mid(2);
    if (collection == QLatin1String("connectors") && rest.isEmpty() &&
        version == QLatin1String("beta")) {
        if (request.method != "GET")
            return methodNotAllowed(request, QByteArrayLiteral("GET"));
        return listConnectors(request);
    }
    if (collection == QLatin1String("connector-customizers") &&
        isOneOf(version, {"beta", "v2024", "v2025", "v2026"}))
        return m_customizers.handle(request, rest);
    if (collection == QLatin1String("connector-instances") &&
        isOneOf(version, {"beta", "v2024", "v2025"}))
        return m_instances.handle(request, rest);
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

    // The whole grammar first, then what this endpoint allows.
    const QString filters = request.queryValue(QStringLiteral("filters")).value_or(QString());
    const filter::ParseResult parsed = filter::parse(filters);
    std::optional<filter::ParseError> error = parsed.error;
    if (!error && parsed.tree)
        error = filter::checkAllowed(*parsed.tree, filter::connectorFilterRules());
    if (error)
        return errorReply(request, 400, Message::InvalidFilter,
                          {QString::number(error->column), error->message});
    if (parsed.tree)
        query.filter = &*parsed.tree;

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
