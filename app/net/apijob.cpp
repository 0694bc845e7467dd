#include "apijob.h"

#include <QMetaObject>

namespace isc {

ApiJob::ApiJob(QObject *parent)
    : QObject(parent)
{ }

ApiJob::~ApiJob() = default;

void ApiJob::start()
{
    if (m_state != State::NotStarted || m_startQueued)
        return;
    m_startQueued = true;
    // From the event loop, so that no outcome is ever emitted from within start().
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_state != State::NotStarted)
                return; // cancelled meanwhile
            m_state = State::Running;
            startImpl();
        },
        Qt::QueuedConnection);
}

void ApiJob::cancel()
{
    if (m_state == State::Finished)
        return;
    if (m_state == State::Running)
        cancelImpl();
    finish(ApiError::cancelled());
}

bool ApiJob::finish(const ApiError &error)
{
    if (m_state == State::Finished)
        return false;
    m_state = State::Finished;
    m_error = error;
    emitResult();
    if (m_autoDelete)
        deleteLater();
    return true;
}

void ApiJob::relayWaits(ApiJob *child)
{
    connect(child, &ApiJob::rateLimited, this, &ApiJob::rateLimited);
    connect(child, &ApiJob::retrying, this, &ApiJob::retrying);
}

} // namespace isc
