#include "customizerversionjob.h"

#include "servicesupport.h"

#include "base/jsondecode.h"

#include <QCoreApplication>

namespace isc {

namespace {

ApiRequest uploadRequest(const QString &id, const QString &zipPath)
{
    ApiRequest request;
    request.method = "POST";
    request.path =
        QStringLiteral("/v2024/connector-customizers/") + id + QStringLiteral("/versions");
    request.contentType = "application/zip";
    request.uploadFile = zipPath;
    request.context = QCoreApplication::translate("isc::CustomizerService",
                                                  "Could not upload a new customizer version");
    return request;
}

} // namespace

CustomizerVersionJob::CustomizerVersionJob(ApiClient *client, const QString &customizerId,
                                           const QString &zipPath, QObject *parent)
    : ApiCallJob(client, uploadRequest(customizerId, zipPath), parent)
    , m_customizerId(customizerId)
{
    m_inspection.filePath = zipPath;
}

void CustomizerVersionJob::startImpl()
{
    // Checked when sent, not when made: the file may have changed meanwhile.
    m_inspection = ZipInspection::inspect(request().uploadFile);
    ApiCallJob::startImpl();
}

ApiError CustomizerVersionJob::validate() const
{
    QString problem = services::checkId(
        m_customizerId, QCoreApplication::translate("isc::CustomizerService", "customizer ID"));
    if (problem.isEmpty())
        problem = m_inspection.error;
    if (problem.isEmpty())
        return {};
    ApiError error = ApiError::invalidInput(problem);
    return error;
}

bool CustomizerVersionJob::decodeReply(const ApiResponse &response, QString *error)
{
    auto decoded = json::decodeCustomizerVersion(response.body);
    if (!decoded.ok()) {
        *error = decoded.error;
        return false;
    }
    m_version = decoded.value;
    return true;
}

void CustomizerVersionJob::emitResult()
{
    ApiResult<CustomizerVersion> result;
    result.error = error();
    if (result.ok())
        result.value = m_version;
    Q_EMIT finished(result);
}

} // namespace isc
