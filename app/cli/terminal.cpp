#include "terminal.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#include <cstdio>

namespace isc::cli {

Terminal *Terminal::s_instance = nullptr;

Terminal::Terminal()
{
    m_stderr.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
#ifdef Q_OS_UNIX
    m_interactive = isatty(STDERR_FILENO) == 1;
#endif
    s_instance = this;
}

Terminal::~Terminal()
{
    endProgress();
    if (s_instance == this)
        s_instance = nullptr;
}

void Terminal::write(const QString &text)
{
    m_stderr.write(text.toUtf8());
}

void Terminal::error(const QString &text)
{
    endProgress();
    write(QStringLiteral("isc-console: ") + text + u'\n');
}

void Terminal::message(const QString &text)
{
    endProgress();
    write(text + u'\n');
}

void Terminal::progress(const QString &text)
{
    if (!m_interactive)
        return;
    // Carriage return, the text, then erase to the end of the line.
    write(u'\r' + text + QStringLiteral("\x1b[K"));
    m_progressShown = true;
}

void Terminal::endProgress()
{
    if (!m_progressShown)
        return;
    m_progressShown = false;
    write(QStringLiteral("\r\x1b[K"));
}

} // namespace isc::cli
