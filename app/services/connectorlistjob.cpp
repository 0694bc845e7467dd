#include "connectorlistjob.h"

#include "connectorservice.h"

#include "base/jsondecode.h"

#include <QCoreApplication>

namespace isc {

namespace {

ApiRequest firstPageRequest(const ConnectorQuery &query)
{
    ApiRequest request;
    request.path = QStringLiteral("/beta/connectors");
    if (!query.filters.isEmpty())
        request.addQuery(QStringLiteral("filters"), query.filters);
    if (!query.locale.isEmpty())
        request.addQuery(QStringLiteral("locale"), query.locale);
    request.context =
        QCoreApplication::translate("isc::ConnectorService", "Could not load the connectors");
    return request;
}

} // namespace

ConnectorListJob::ConnectorListJob(ApiClient *client, const ConnectorQuery &query, QObject *parent)
    : PagedListJob(client, firstPageRequest(query), query.limit.value_or(250),
                   query.offset.value_or(0), query.count.value_or(true), parent)
    , m_query(query)
{ }

void ConnectorListJob::startImpl()
{
    const QString problem = ConnectorService::validate(m_query, true);
    if (!problem.isEmpty()) {
        ApiError error = ApiError::invalidInput(problem);
        error.context =
            QCoreApplication::translate("isc::ConnectorService", "Could not load the connectors");
        finish(error);
        return;
    }
    PagedListJob::startImpl();
}

PagedListJob::PageDecoder ConnectorListJob::pageDecoder() const
{
    return [](const QByteArray &body) { return std::any(json::decodeConnectors(body)); };
}

int ConnectorListJob::acceptPage(const ApiResponse &, const PageInfo &page, std::any &result,
                                 QString *decodeError)
{
    auto &decoded = std::any_cast<json::Decoded<QList<Connector>> &>(result);
    if (!decoded.ok()) {
        *decodeError = decoded.error;
        return -1;
    }
    m_kept -= m_pages.value(page.offset).size(); // a page asked for again replaces itself
    m_kept += decoded.value.size();
    m_pages.insert(page.offset, decoded.value);
    PageInfo info = page;
    info.itemCount = int(decoded.value.size());
    info.received = info.itemCount;
    Q_EMIT pageLoaded(decoded.value, info);
    return info.received;
}

void ConnectorListJob::emitResult()
{
    ApiResult<QList<Connector>> result;
    result.error = error();
    for (const QList<Connector> &page : std::as_const(m_pages))
        result.value.append(page);
    Q_EMIT finished(result);
}

} // namespace isc
