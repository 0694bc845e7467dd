#include "customizerversionjob.h"

#include "customizerjob.h"
#include "customizerservice.h"
#include "servicesupport.h"

#include "base/jsondecode.h"
#include "net/apiclient.h"
#include "net/logging.h"

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
    if (!validate().isNull() || !client() || client()->isReadOnly()) {
        ApiCallJob::startImpl(); // refuses it (bad input, read-only) without a read first
        return;
    }
    readCustomizer([this](const ApiResult<Customizer> &before) {
        if (!before.ok()) {
            finishWithError(before.error);
            return;
        }
        m_versionBefore = before.value.imageVersion.value_or(0);
        ApiCallJob::startImpl();
    });
}

void CustomizerVersionJob::cancelImpl()
{
    delete m_read;
    ApiCallJob::cancelImpl();
}

void CustomizerVersionJob::readCustomizer(const CustomizerHandler &handler)
{
    CustomizerService service(client());
    CustomizerJob *job = service.get(m_customizerId, this);
    m_read = job;
    connect(job, &CustomizerJob::finished, this, [this, handler](const ApiResult<Customizer> &r) {
        m_read = nullptr;
        handler(r);
    });
    job->start();
}

void CustomizerVersionJob::handleResponse(const ApiResponse &response)
{
    if (!response.ok()) {
        if (response.error.writeOutcome == ApiError::WriteOutcome::Unknown)
            lookUp(response.error);
        else
            finishWithError(response.error);
        return;
    }
    QString decodeError;
    if (decodeReply(response, &decodeError)) {
        finish({});
        return;
    }
    // Accepted (2xx), but the reply is unreadable: find out whether a version was made.
    ApiError error = ApiError::invalidReply(decodeError, response.httpStatus);
    error.attempts = response.attempts;
    error.writeOutcome = ApiError::WriteOutcome::Unknown;
    lookUp(error);
}

void CustomizerVersionJob::lookUp(const ApiError &failure)
{
    qCInfo(lcApi) << "upload customizer version: the outcome is unknown; looking it up";
    readCustomizer([this, failure](const ApiResult<Customizer> &after) {
        if (!after.ok()) {
            finishWithError(failure); // still Unknown
            return;
        }
        const qint64 now = after.value.imageVersion.value_or(0);
        if (now > m_versionBefore) {
            qCInfo(lcApi) << "upload customizer version: it was created after all";
            m_version.customizerId = after.value.id;
            m_version.imageId = after.value.imageId;
            m_version.version = now;
            m_recoveredFrom = failure;
            if (m_recoveredFrom.context.isEmpty())
                m_recoveredFrom.context = request().context;
            finish({});
            return;
        }
        ApiError notApplied = failure;
        notApplied.writeOutcome = ApiError::WriteOutcome::NotApplied;
        finishWithError(notApplied);
    });
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
    result.recoveredFrom = m_recoveredFrom;
    if (result.ok())
        result.value = m_version;
    Q_EMIT finished(result);
}

} // namespace isc
