#pragma once

#include "exitcode.h"
#include "invocation.h"
#include "resultwriter.h"

#include <QCoreApplication>
#include <QList>

class QAbstractItemModel;

namespace isc {
class ApiClient;
class ApiJob;
struct ApiError;
} // namespace isc

namespace isc::cli {

class JobRunner;
class Terminal;

// What every command runner works with once connected, and the steps they share: running a
// job with its waits and repeats reported on stderr, reporting a failure with its exit code,
// writing the result.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(isc::cli::CommandContext)

public:
    CommandContext(const Invocation &invocation, ApiClient &client, JobRunner &runner,
                   Terminal &terminal);

    const Invocation &invocation() const { return m_invocation; }
    ApiClient &client() const { return m_client; }
    JobRunner &runner() const { return m_runner; }
    Terminal &terminal() const { return m_terminal; }

    // Reports the 429 waits and the repeats of `job` on stderr.
    void watch(ApiJob *job) const;

    // Prints describe(error) and, when known, the HTTP status and tracking id; returns the
    // exit code for it.
    ExitCode fail(const ApiError &error) const;

    // Writes the result; ExitCode::Failure (after saying why) when it cannot be written.
    ExitCode output(const QAbstractItemModel &model, const QList<int> &columns = {}) const;

    // The end of a list load: on success the output; after a failure part-way, the rows
    // loaded go to standard output (a -o file is left untouched) and the error decides the
    // exit code. `loaded` says how many rows that is, in the list's words.
    ExitCode finishList(const QAbstractItemModel &model, const QList<int> &columns,
                        const ApiError &error, const QString &loaded) const;

private:
    const Invocation &m_invocation;
    ApiClient &m_client;
    JobRunner &m_runner;
    Terminal &m_terminal;
    ResultWriter m_writer;
};

} // namespace isc::cli
