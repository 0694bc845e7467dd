#pragma once

#include "apijob.h"
#include "apirequest.h"
#include "apiresponse.h"

#include <QElapsedTimer>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QIODevice;
class QNetworkReply;
class QTimer;
QT_END_NAMESPACE

namespace isc {

class ApiClient;

// One call through the request pipeline, with everything the pipeline does for it:
// read-only guard, token (one fresh token and one repeat after a 401), rate limiter,
// headers, timeouts, 429 waits, backoff repeats of idempotent calls, error mapping,
// logging and the journal. Services wrap it in typed jobs; use ApiClient::send() to make one.
class ApiRequestJob final : public ApiJob
{
    Q_OBJECT

public:
    ~ApiRequestJob() override;

    const ApiRequest &request() const { return m_request; }
    // The outcome, after finished(); also what finished() carried.
    const ApiResponse &response() const { return m_response; }

Q_SIGNALS:
    void finished(const isc::ApiResponse &response);

private:
    friend class ApiClient;
    ApiRequestJob(ApiClient *client, const ApiRequest &request, QObject *parent);

    void startImpl() override;
    void cancelImpl() override;
    void emitResult() override;

    void obtainToken();
    void acquireSlot();
    void send();
    void onReplyFinished();
    void onActivity();
    void onInactivity();
    void onDeadline();
    void handleFailure(const ApiError &error, bool sent);
    void waitForRateLimit(int seconds);
    void onCountdownTick();
    void scheduleRetry(int delayMs, const ApiError &cause);
    void releaseSlot();
    void dropReply();
    void releaseUploadDevice();
    void fail(ApiError error);
    ApiError errorFromReply(QNetworkReply *reply, int status);
    void updateJournal();

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    ApiResponse m_response;
    QNetworkReply *m_reply = nullptr;
    QIODevice *m_uploadDevice = nullptr; // the body device while a reply reads it
    QTimer *m_inactivityTimer = nullptr;
    QTimer *m_deadlineTimer = nullptr;
    QTimer *m_waitTimer = nullptr; // backoff and Retry-After
    QTimer *m_countdownTimer = nullptr;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_attemptElapsed;
    quint64 m_slot = 0; // limiter ticket while queued or in flight
    quint64 m_journalId = 0;
    quint64 m_tokenGeneration = 0; // the token this attempt carried
    QStringList m_tlsErrors;
    int m_attempts = 0;
    int m_transientRetries = 0;
    int m_rateLimitRetries = 0;
    int m_countdown = 0;
    bool m_reauthenticated = false;
    bool m_waitingForToken = false;
    enum class Abort { None, Cancelled, Inactivity, Deadline } m_abort = Abort::None;
};

} // namespace isc
