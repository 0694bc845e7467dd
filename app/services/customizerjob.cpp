#include "customizerjob.h"

#include "base/jsondecode.h"

namespace isc {

CustomizerJob::CustomizerJob(ApiClient *client, const ApiRequest &request,
                             const QString &inputError, QObject *parent)
    : ApiCallJob(client, request, parent)
    , m_inputError(inputError)
{ }

ApiError CustomizerJob::validate() const
{
    return m_inputError.isEmpty() ? ApiError() : ApiError::invalidInput(m_inputError);
}

bool CustomizerJob::decodeReply(const ApiResponse &response, QString *error)
{
    auto decoded = json::decodeCustomizer(response.body);
    if (!decoded.ok()) {
        *error = decoded.error;
        return false;
    }
    m_customizer = decoded.value;
    return true;
}

void CustomizerJob::emitResult()
{
    ApiResult<Customizer> result;
    result.error = error();
    if (result.ok())
        result.value = m_customizer;
    Q_EMIT finished(result);
}

} // namespace isc
