#pragma once

#include <QFile>
#include <QString>

namespace isc::cli {

// Standard error, where every message of the command line goes (standard output carries
// only the result). Progress lines are shown only when standard error is a terminal, on one
// line rewritten in place; a message first clears a progress line.
class Terminal
{
public:
    Terminal();
    ~Terminal();
    Q_DISABLE_COPY_MOVE(Terminal)

    // "isc-console: <text>", for errors and warnings.
    void error(const QString &text);
    // A line as is.
    void message(const QString &text);
    // A transient status line (only on a terminal).
    void progress(const QString &text);
    void endProgress();

    bool isInteractive() const { return m_interactive; }

    // For the log handler: a progress line is cleared before a log line is written.
    static Terminal *instance() { return s_instance; }

private:
    void write(const QString &text);

    QFile m_stderr;
    bool m_interactive = false;
    bool m_progressShown = false;
    static Terminal *s_instance;
};

} // namespace isc::cli
