#pragma once

// Helpers for the tests of net/ and services/: a pipeline pointed at the sandbox fixture with
// short timeouts and backoffs, a blocking wait for a job's one result, and a capture of
// every log message (to look for secrets).

#include "net/apiclient.h"
#include "net/apijob.h"
#include "net/connection.h"
#include "net/pipelineoptions.h"
#include "sandbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

#include <optional>
#include <type_traits>

namespace isc::test {

// Fast enough for tests, long enough for a loaded 2-core machine.
inline PipelineOptions fastOptions()
{
    PipelineOptions options;
    options.inactivityTimeoutMs = 10000;
    options.deadlineMs = 60000;
    options.backoffBaseMs = 20;
    options.backoffMaxMs = 200;
    options.maxAttempts = 4;
    options.countdownTickMs = 100;
    return options;
}

inline Connection connectionTo(Sandbox &sandbox, bool readOnly = false)
{
    Connection connection;
    connection.displayName = QStringLiteral("Sandbox");
    connection.baseUrl = sandbox.baseUrl();
    connection.clientId = sandbox.clientId();
    connection.clientSecret = sandbox.clientSecret();
    connection.readOnly = readOnly;
    return connection;
}

template<typename C, typename A>
A resultTypeOf(void (C::*)(const A &));

// The type a job's `finished` signal carries.
template<typename Job>
using ResultOf = decltype(resultTypeOf(&Job::finished));

// Starts `job` (unless started) and waits for its one result; nullopt on timeout.
// `*emissions` gets how many results arrived (a second one is a bug).
template<typename Job>
std::optional<ResultOf<Job>> runJob(Job *job, int timeoutMs = 60000, int *emissions = nullptr)
{
    struct Seen
    {
        std::optional<ResultOf<Job>> result;
        int count = 0;
    };
    auto seen = std::make_shared<Seen>();
    QObject::connect(job, &Job::finished, job, [seen](const ResultOf<Job> &value) {
        ++seen->count;
        seen->result = value;
    });
    if (job->state() == ApiJob::State::NotStarted)
        job->start();
    (void)QTest::qWaitFor([seen] { return seen->result.has_value(); }, timeoutMs);
    QTest::qWait(1); // a (wrong) second emission would show up here
    if (emissions)
        *emissions = seen->count;
    return seen->result;
}

// Requests the sandbox logged for `path` (exact) since `after`, optionally one method only.
inline QJsonArray loggedRequests(Sandbox &sandbox, const QString &path, qint64 after = 0,
                                 const QString &method = {})
{
    QJsonArray out;
    const QJsonArray all = sandbox.requestLog(after);
    for (const QJsonValue &value : all) {
        const QJsonObject entry = value.toObject();
        if (!path.isEmpty() && entry.value(QLatin1String("path")).toString() != path)
            continue;
        if (!method.isEmpty() && entry.value(QLatin1String("method")).toString() != method)
            continue;
        out.append(entry);
    }
    return out;
}

inline qint64 lastSequence(Sandbox &sandbox)
{
    const QJsonArray all = sandbox.requestLog();
    return all.isEmpty() ? 0 : all.last().toObject().value(QLatin1String("sequence")).toInteger();
}

// Captures every message of the process while alive, with all isc.* categories on debug.
class LogCapture
{
public:
    LogCapture()
    {
        s_self = this;
        m_previous = qInstallMessageHandler(&LogCapture::handler);
        QLoggingCategory::setFilterRules(QStringLiteral("isc.*.debug=true"));
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        s_self = nullptr;
    }
    Q_DISABLE_COPY_MOVE(LogCapture)

    QString text() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines.join(u'\n');
    }
    int count() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_lines.size());
    }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (!s_self)
            return;
        {
            QMutexLocker lock(&s_self->m_mutex);
            s_self->m_lines.append(QString::fromLatin1(context.category ? context.category : "") +
                                   QLatin1String(": ") + message);
        }
        if (s_self->m_previous && type != QtDebugMsg && type != QtInfoMsg)
            s_self->m_previous(type, context, message);
    }

    inline static LogCapture *s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

} // namespace isc::test
