#include "connectorinstancelistjob.h"

#include "base/jsondecode.h"

#include <QCoreApplication>

namespace isc {

namespace {

ApiRequest instancesRequest()
{
    ApiRequest request;
    request.path = QStringLiteral("/beta/connector-instances");
    request.context =
        QCoreApplication::translate("isc::ConnectorInstanceService", "Could not load the sources");
    return request;
}

} // namespace

ConnectorInstanceListJob::ConnectorInstanceListJob(ApiClient *client, const QString &customizerId,
                                                   int pageSize, QObject *parent)
    : PagedListJob(client, instancesRequest(), pageSize, 0, false, parent)
    , m_customizerId(customizerId)
{ }

PagedListJob::PageDecoder ConnectorInstanceListJob::pageDecoder() const
{
    return [](const QByteArray &body) { return std::any(json::decodeConnectorInstances(body)); };
}

int ConnectorInstanceListJob::acceptPage(const ApiResponse &, const PageInfo &page,
                                         std::any &result, QString *decodeError)
{
    auto &decoded = std::any_cast<json::Decoded<QList<ConnectorInstance>> &>(result);
    if (!decoded.ok()) {
        *decodeError = decoded.error;
        return -1;
    }
    const int received = int(decoded.value.size());
    QList<ConnectorInstance> kept;
    if (m_customizerId.isEmpty()) {
        kept = std::move(decoded.value);
    } else {
        for (const ConnectorInstance &instance : std::as_const(decoded.value)) {
            if (instance.connectorCustomizerId == m_customizerId)
                kept.append(instance);
        }
    }
    m_kept -= m_pages.value(page.offset).size();
    m_kept += kept.size();
    m_pages.insert(page.offset, kept);
    PageInfo info = page;
    info.itemCount = int(kept.size());
    info.received = received;
    Q_EMIT pageLoaded(kept, info);
    return received;
}

void ConnectorInstanceListJob::emitResult()
{
    ApiResult<QList<ConnectorInstance>> result;
    result.error = error();
    for (const QList<ConnectorInstance> &page : std::as_const(m_pages))
        result.value.append(page);
    Q_EMIT finished(result);
}

} // namespace isc
