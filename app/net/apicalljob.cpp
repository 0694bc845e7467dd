#include "apicalljob.h"

#include "apiclient.h"
#include "apirequestjob.h"

#include <QCoreApplication>

namespace isc {

ApiCallJob::ApiCallJob(ApiClient *client, const ApiRequest &request, QObject *parent)
    : ApiJob(parent)
    , m_client(client)
    , m_request(request)
{ }

ApiCallJob::~ApiCallJob() = default;

ApiClient *ApiCallJob::client() const
{
    return m_client;
}

void ApiCallJob::startImpl()
{
    if (!m_client) {
        finishWithError(ApiError::invalidInput(
            QCoreApplication::translate("isc::ApiCallJob", "The connection was closed.")));
        return;
    }
    const ApiError refused = validate();
    if (!refused.isNull()) {
        finishWithError(refused);
        return;
    }
    m_job = m_client->send(m_request, this);
    relayWaits(m_job);
    connect(m_job, &ApiJob::progress, this, &ApiJob::progress);
    connect(m_job, &ApiRequestJob::finished, this, &ApiCallJob::onResponse);
    m_job->start();
}

void ApiCallJob::cancelImpl()
{
    delete m_job; // aborts the call without a signal
}

void ApiCallJob::onResponse(const ApiResponse &response)
{
    m_job = nullptr;
    if (isRunning())
        handleResponse(response);
}

void ApiCallJob::handleResponse(const ApiResponse &response)
{
    if (!response.ok()) {
        finishWithError(response.error);
        return;
    }
    QString decodeError;
    if (!decodeReply(response, &decodeError)) {
        ApiError error = ApiError::invalidReply(decodeError, response.httpStatus);
        error.attempts = response.attempts;
        finishWithError(error);
        return;
    }
    finish({});
}

void ApiCallJob::finishWithError(ApiError error)
{
    if (error.context.isEmpty())
        error.context = m_request.context;
    if (error.method.isEmpty())
        error.method = m_request.method.toUpper();
    if (error.url.isEmpty() && m_client)
        error.url = m_client->urlFor(m_request);
    finish(error);
}

} // namespace isc
