#include "commandcontext.h"

#include "jobrunner.h"
#include "terminal.h"

#include "net/apierror.h"
#include "net/apijob.h"

#include <QAbstractItemModel>
#include <QDir>

#include <memory>

namespace isc::cli {

CommandContext::CommandContext(const Invocation &invocation, ApiClient &client, JobRunner &runner,
                               Terminal &terminal)
    : m_invocation(invocation)
    , m_client(client)
    , m_runner(runner)
    , m_terminal(terminal)
    , m_writer(invocation.format, invocation.outputFile)
{ }

void CommandContext::watch(ApiJob *job) const
{
    Terminal *terminal = &m_terminal;
    auto waiting = std::make_shared<bool>(false);
    QObject::connect(job, &ApiJob::rateLimited, job, [terminal, waiting](int secondsLeft) {
        if (secondsLeft <= 0) {
            *waiting = false;
            terminal->endProgress();
            return;
        }
        if (!*waiting)
            terminal->message(
                tr("The server is limiting the request rate; trying again in %n second(s).",
                   nullptr, secondsLeft));
        *waiting = true;
        terminal->progress(tr("Waiting %n second(s) (rate limit)...", nullptr, secondsLeft));
    });
    QObject::connect(job, &ApiJob::retrying, job,
                     [terminal](int attempt, int delayMs, const ApiError &cause) {
                         //: %1 attempt number, %2 seconds, %3 why the last attempt failed
                         terminal->message(tr("Attempt %1 in %2 s after: %3")
                                               .arg(attempt)
                                               .arg(delayMs / 1000.0, 0, 'f', 1)
                                               .arg(describe(cause)));
                     });
}

ExitCode CommandContext::fail(const ApiError &error) const
{
    m_terminal.error(describe(error));
    QStringList facts;
    if (error.httpStatus > 0)
        facts << tr("HTTP status %1").arg(error.httpStatus);
    if (!error.trackingId.isEmpty())
        //: Users quote the tracking ID to SailPoint support
        facts << tr("tracking ID %1").arg(error.trackingId);
    if (!facts.isEmpty())
        m_terminal.error(facts.join(QLatin1String(", ")));
    return exitCodeFor(error);
}

ExitCode CommandContext::output(const QAbstractItemModel &model, const QList<int> &columns) const
{
    const QString problem = m_writer.write(model, columns);
    if (problem.isEmpty())
        return ExitCode::Ok;
    m_terminal.error(problem);
    return ExitCode::Failure;
}

ExitCode CommandContext::finishList(const QAbstractItemModel &model, const QList<int> &columns,
                                    const ApiError &error, const QString &loaded) const
{
    if (error.isNull())
        return output(model, columns);
    const ExitCode code = fail(error);
    if (code == ExitCode::Interrupted || model.rowCount() == 0)
        return code;
    if (!m_invocation.outputFile.isEmpty()) {
        m_terminal.error(tr("%1 before the error; \u201c%2\u201d was not written.")
                             .arg(loaded, QDir::toNativeSeparators(m_invocation.outputFile)));
        return code;
    }
    m_terminal.error(tr("%1 before the error; they are on standard output.").arg(loaded));
    const ExitCode written = output(model, columns);
    return written == ExitCode::Ok ? code : written;
}

} // namespace isc::cli
