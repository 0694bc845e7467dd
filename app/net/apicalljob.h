#pragma once

#include "apijob.h"
#include "apirequest.h"
#include "apiresponse.h"

#include <QPointer>

namespace isc {

class ApiClient;
class ApiRequestJob;

// The base of typed jobs made of one call: runs the request through the pipeline, relays
// its waits and upload progress, and hands a successful reply to decodeReply(). A decoder
// error becomes an ApiError of kind InvalidReply (never an empty value).
class ApiCallJob : public ApiJob
{
    Q_OBJECT

public:
    ~ApiCallJob() override;

    const ApiRequest &request() const { return m_request; }

protected:
    ApiCallJob(ApiClient *client, const ApiRequest &request, QObject *parent);

    // Reads the value out of a 2xx reply; returns false with a translated `*error`.
    virtual bool decodeReply(const ApiResponse &response, QString *error) = 0;

    // Before the call is sent: return a non-null error to refuse it (bad input). Default: none.
    virtual ApiError validate() const { return {}; }

    // The pipeline's outcome before it becomes the job's (a subclass may look things up
    // before finishing, e.g. after an ambiguous create). Default: finishes with it.
    virtual void handleResponse(const ApiResponse &response);

    void startImpl() override;
    void cancelImpl() override;

    ApiClient *client() const;
    // Finishes with `error` after adding the request's context phrase when it has none.
    void finishWithError(ApiError error);

private:
    void onResponse(const ApiResponse &response);

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    QPointer<ApiRequestJob> m_job;
};

} // namespace isc
