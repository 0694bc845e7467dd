#pragma once

#include <QEventLoop>
#include <QObject>

#include <functional>
#include <optional>

namespace isc::cli {

// Runs one asynchronous job (an ApiJob or a ConnectionJob: start(), cancel() and one
// `finished(const Result &)` signal) to its outcome in a local event loop, so that each
// command reads as the sequence of calls it makes. cancel() (Ctrl+C) cancels the job in
// flight; the job then finishes with its cancelled result, as every job promises.
class JobRunner final : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(QObject *parent = nullptr)
        : QObject(parent)
    { }

    template<typename Job, typename Result>
    Result run(Job *job, void (Job::*finished)(const Result &))
    {
        std::optional<Result> result;
        QEventLoop loop;
        connect(job, finished, &loop, [&result, &loop](const Result &r) {
            result = r;
            loop.quit();
        });
        m_cancel = [job] { job->cancel(); };
        if (m_cancelled)
            job->cancel();
        else
            job->start();
        if (!result)
            loop.exec();
        m_cancel = nullptr;
        return *result;
    }

    // Cancels the job in flight and every later one.
    void cancel()
    {
        m_cancelled = true;
        if (m_cancel)
            m_cancel();
    }
    bool isCancelled() const { return m_cancelled; }

private:
    std::function<void()> m_cancel;
    bool m_cancelled = false;
};

} // namespace isc::cli
