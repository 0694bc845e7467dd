#include "connectorinstancejob.h"

#include "base/jsondecode.h"

namespace isc {

ConnectorInstanceJob::ConnectorInstanceJob(ApiClient *client, const ApiRequest &request,
                                           const QString &inputError, QObject *parent)
    : ApiCallJob(client, request, parent)
    , m_inputError(inputError)
{ }

ApiError ConnectorInstanceJob::validate() const
{
    return m_inputError.isEmpty() ? ApiError() : ApiError::invalidInput(m_inputError);
}

bool ConnectorInstanceJob::decodeReply(const ApiResponse &response, QString *error)
{
    auto decoded = json::decodeConnectorInstance(response.body);
    if (!decoded.ok()) {
        *error = decoded.error;
        return false;
    }
    m_instance = decoded.value;
    return true;
}

void ConnectorInstanceJob::emitResult()
{
    ApiResult<ConnectorInstance> result;
    result.error = error();
    if (result.ok())
        result.value = m_instance;
    Q_EMIT finished(result);
}

} // namespace isc
