#pragma once

#include "apierror.h"

#include <QObject>

namespace isc {

// The base of every job: one API operation with start(), cancel() and exactly one terminal
// outcome, delivered by the subclass's typed `finished(const ApiResult<T> &)` signal (or
// ApiRequestJob's `finished(const ApiResponse &)`).
//
// - Nothing happens before start(). The result signal is never emitted from within start():
//   even a local refusal (read-only, bad input) arrives from the event loop.
// - cancel() ends a running or not yet started job at once: it emits the result signal with
//   an ApiError of kind Cancelled before it returns. After the outcome it does nothing.
// - Destroying a job aborts whatever it has in flight, without emitting anything.
// - With autoDelete (the default) the job deletes itself (deleteLater) after its outcome;
//   hold it in a QPointer to cancel it. Call setAutoDelete(false) to own it yourself.
// - Callers never see a QNetworkReply.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    enum class State { NotStarted, Running, Finished };
    Q_ENUM(State)

    ~ApiJob() override;

    void start();
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }

    // After the outcome: the error (null on success), and why a job stopped early.
    const ApiError &error() const { return m_error; }
    bool wasCancelled() const { return m_error.kind == ApiError::Kind::Cancelled; }
    bool wasTimedOut() const { return m_error.kind == ApiError::Kind::Timeout; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    // Work done so far: bytes sent for an upload, items loaded for a list (total -1 when not
    // known yet). Not emitted by every job.
    void progress(qint64 done, qint64 total);

    // The server answered 429: the job waits `secondsLeft` (as its Retry-After said), then
    // repeats the call. Emitted when the wait starts, once a second while it lasts, and with
    // 0 when the call is sent again: a UI shows a countdown from it.
    void rateLimited(int secondsLeft);

    // A failed attempt (5xx, dropped connection, inactivity timeout) is repeated after
    // `delayMs` (exponential backoff with jitter). `attempt` is the one about to be sent (2..).
    void retrying(int attempt, int delayMs, const isc::ApiError &cause);

protected:
    explicit ApiJob(QObject *parent = nullptr);

    // Subclasses do their work here; startImpl() is called once, from the event loop.
    virtual void startImpl() = 0;
    // Abort everything in flight without emitting anything (called by cancel()).
    virtual void cancelImpl() = 0;
    // Emit the typed result signal; error() is already set. Called exactly once.
    virtual void emitResult() = 0;

    // Ends the job with `error` (null for success): sets the state, calls emitResult(),
    // then schedules deletion when autoDelete. Returns false (and does nothing) when the
    // job already has its outcome.
    bool finish(const ApiError &error);

    // Relays a child job's progress-independent signals (rateLimited, retrying) as ours.
    void relayWaits(ApiJob *child);

private:
    State m_state = State::NotStarted;
    ApiError m_error;
    bool m_autoDelete = true;
    bool m_startQueued = false;
};

} // namespace isc
