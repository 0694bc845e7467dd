#include "createcustomizerjob.h"

#include "customizerlistjob.h"
#include "customizerservice.h"
#include "servicesupport.h"

#include "base/jsondecode.h"
#include "net/apiclient.h"
#include "net/logging.h"

#include <QCoreApplication>

namespace isc {

namespace {

ApiRequest createRequest(const QString &name)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v2024/connector-customizers");
    request.contentType = "application/json";
    request.body = services::nameBody(name);
    request.context = QCoreApplication::translate("isc::CustomizerService",
                                                  "Could not create the customizer \"%1\"")
                          .arg(name);
    return request;
}

} // namespace

CreateCustomizerJob::CreateCustomizerJob(ApiClient *client, const QString &name, QObject *parent)
    : ApiCallJob(client, createRequest(name), parent)
    , m_name(name)
{ }

ApiError CreateCustomizerJob::validate() const
{
    const QString problem = CustomizerService::validateName(m_name);
    return problem.isEmpty() ? ApiError() : ApiError::invalidInput(problem);
}

void CreateCustomizerJob::startImpl()
{
    m_attemptStart = QDateTime::currentDateTimeUtc();
    ApiCallJob::startImpl();
}

void CreateCustomizerJob::cancelImpl()
{
    delete m_lookup;
    ApiCallJob::cancelImpl();
}

bool CreateCustomizerJob::decodeReply(const ApiResponse &response, QString *error)
{
    auto decoded = json::decodeCustomizer(response.body);
    if (!decoded.ok()) {
        *error = decoded.error;
        return false;
    }
    m_customizer = decoded.value;
    return true;
}

void CreateCustomizerJob::handleResponse(const ApiResponse &response)
{
    if (!response.ok()) {
        if (response.error.writeOutcome == ApiError::WriteOutcome::Unknown) {
            lookUp(response.error);
            return;
        }
        finishWithError(response.error);
        return;
    }
    QString decodeError;
    if (decodeReply(response, &decodeError)) {
        finish({});
        return;
    }
    // Created (2xx), but the reply is unreadable: find out what was created.
    ApiError error = ApiError::invalidReply(decodeError, response.httpStatus);
    error.attempts = response.attempts;
    error.writeOutcome = ApiError::WriteOutcome::Unknown;
    lookUp(error);
}

void CreateCustomizerJob::lookUp(const ApiError &failure)
{
    qCInfo(lcApi) << "create customizer: the outcome is unknown; looking it up";
    auto *job = new CustomizerListJob(client(), 250, this);
    m_lookup = job;
    connect(job, &CustomizerListJob::finished, this,
            [this, failure](const ApiResult<QList<Customizer>> &list) {
                m_lookup = nullptr;
                if (!list.ok()) {
                    finishWithError(failure); // still Unknown
                    return;
                }
                const int skew = client() ? client()->options().createLookupSkewSeconds : 120;
                const QDateTime since = m_attemptStart.addSecs(-skew);
                const Customizer *found = nullptr;
                for (const Customizer &customizer : list.value) {
                    if (customizer.name != m_name || !customizer.created.isValid() ||
                        customizer.created.value < since)
                        continue;
                    if (!found || found->created.value < customizer.created.value)
                        found = &customizer;
                }
                if (found) {
                    qCInfo(lcApi) << "create customizer: it was created after all";
                    m_customizer = *found;
                    m_recoveredFrom = failure;
                    if (m_recoveredFrom.context.isEmpty())
                        m_recoveredFrom.context = request().context;
                    finish({});
                    return;
                }
                ApiError notCreated = failure;
                notCreated.writeOutcome = ApiError::WriteOutcome::NotApplied;
                finishWithError(notCreated);
            });
    job->start();
}

void CreateCustomizerJob::emitResult()
{
    ApiResult<Customizer> result;
    result.error = error();
    result.recoveredFrom = m_recoveredFrom;
    if (result.ok())
        result.value = m_customizer;
    Q_EMIT finished(result);
}

} // namespace isc
