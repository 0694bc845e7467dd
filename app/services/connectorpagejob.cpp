#include "connectorpagejob.h"

#include "connectorservice.h"

#include "base/jsondecode.h"

#include <QCoreApplication>

namespace isc {

namespace {

ApiRequest connectorsRequest(const ConnectorQuery &query)
{
    ApiRequest request;
    request.path = QStringLiteral("/beta/connectors");
    if (!query.filters.isEmpty())
        request.addQuery(QStringLiteral("filters"), query.filters);
    if (query.limit)
        request.addQuery(QStringLiteral("limit"), QString::number(*query.limit));
    if (query.offset)
        request.addQuery(QStringLiteral("offset"), QString::number(*query.offset));
    if (query.count)
        request.addQuery(QStringLiteral("count"),
                         *query.count ? QStringLiteral("true") : QStringLiteral("false"));
    if (!query.locale.isEmpty())
        request.addQuery(QStringLiteral("locale"), query.locale);
    request.context =
        QCoreApplication::translate("isc::ConnectorService", "Could not load the connectors");
    return request;
}

} // namespace

ConnectorPageJob::ConnectorPageJob(ApiClient *client, const ConnectorQuery &query, QObject *parent)
    : ApiCallJob(client, connectorsRequest(query), parent)
    , m_query(query)
{ }

ApiError ConnectorPageJob::validate() const
{
    const QString problem = ConnectorService::validate(m_query);
    return problem.isEmpty() ? ApiError() : ApiError::invalidInput(problem);
}

bool ConnectorPageJob::decodeReply(const ApiResponse &response, QString *error)
{
    auto decoded = json::decodeConnectors(response.body);
    if (!decoded.ok()) {
        *error = decoded.error;
        return false;
    }
    m_page.connectors = std::move(decoded.value);
    m_page.page.offset = m_query.offset.value_or(0);
    m_page.page.limit = m_query.limit.value_or(250);
    m_page.page.itemCount = int(m_page.connectors.size());
    m_page.page.received = m_page.page.itemCount;
    bool ok = false;
    const qint64 total = response.header("x-total-count").trimmed().toLongLong(&ok);
    m_page.page.total = ok && total >= 0 ? total : -1;
    return true;
}

void ConnectorPageJob::emitResult()
{
    ApiResult<ConnectorPage> result;
    result.error = error();
    if (result.ok())
        result.value = m_page;
    Q_EMIT finished(result);
}

} // namespace isc
