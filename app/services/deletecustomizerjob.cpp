#include "deletecustomizerjob.h"

#include "servicesupport.h"

#include <QCoreApplication>

namespace isc {

namespace {

ApiRequest deleteRequest(const QString &id)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/v2024/connector-customizers/") + id;
    request.context =
        QCoreApplication::translate("isc::CustomizerService", "Could not delete the customizer");
    return request;
}

} // namespace

DeleteCustomizerJob::DeleteCustomizerJob(ApiClient *client, const QString &id, QObject *parent)
    : ApiCallJob(client, deleteRequest(id), parent)
    , m_id(id)
{ }

ApiError DeleteCustomizerJob::validate() const
{
    const QString problem = services::checkId(
        m_id, QCoreApplication::translate("isc::CustomizerService", "customizer ID"));
    return problem.isEmpty() ? ApiError() : ApiError::invalidInput(problem);
}

bool DeleteCustomizerJob::decodeReply(const ApiResponse &, QString *)
{
    return true; // 204, no body
}

void DeleteCustomizerJob::emitResult()
{
    ApiResult<QString> result;
    result.error = error();
    if (result.ok())
        result.value = m_id;
    Q_EMIT finished(result);
}

} // namespace isc
