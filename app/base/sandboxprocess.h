#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

class QTimer;

namespace isc {

// Runs the isc-sandbox emulator as a child process: used by the built-in "Sandbox" tenant
// profile and by the tests, so both start it the same way.
//
// The client credentials are generated per launch and handed to the child through the
// ISC_SANDBOX_CLIENTS environment variable, never on its command line (argv is visible to
// every user of the machine). The child prints "ISC sandbox listening on http://HOST:PORT"
// once it serves; that line gives the base URL and makes the process ready.
class SandboxProcess final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString program; // empty: locateProgram()
        QStringList arguments; // extra arguments, e.g. {"--connectors", "10000"}
        QString clientId; // empty: generated
        QString clientSecret; // empty: generated
        int startTimeoutMs = 30000; // failed() when not listening by then
    };

    enum class State { NotRunning, Starting, Ready };
    Q_ENUM(State)

    explicit SandboxProcess(QObject *parent = nullptr);
    ~SandboxProcess() override; // stops the child (terminate, then kill)

    // Starts the child; ready() or failed() follows (once). A running child is stopped first.
    void start(const Options &options);
    void start() { start(Options()); }

    // Blocks (without a nested event loop) until the child is ready or failed, or `msecs`
    // passed. Returns isReady(). For tests and the command line; the UI uses the signals.
    bool waitForReady(int msecs = 30000);

    // Stops the child: terminate, then kill when it does not exit within `graceMs`.
    void stop(int graceMs = 3000);

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    QUrl baseUrl() const { return m_baseUrl; } // e.g. http://127.0.0.1:41234; empty until ready
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    QString errorString() const { return m_error; } // why it failed or exited, translated
    qint64 processId() const;

    // The isc-sandbox executable: $ISC_SANDBOX_PATH, else next to the running executable,
    // else on PATH. Empty when none is found.
    static QString locateProgram();

    // The line the sandbox prints when it serves; exposed for the sandbox itself and tests.
    static QString listeningLinePrefix() { return QStringLiteral("ISC sandbox listening on "); }

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    // Start-up failed, or the child exited while it was expected to run. Translated.
    void failed(const QString &message);

private:
    void onReadyReadStdout();
    void onReadyReadStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void onStartTimeout();
    void fail(const QString &message);

    QProcess *m_process = nullptr;
    QTimer *m_startTimer = nullptr;
    State m_state = State::NotRunning;
    QUrl m_baseUrl;
    QString m_clientId;
    QString m_clientSecret;
    QString m_error;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrTail; // the last lines of stderr, for the failure message
    bool m_stopping = false;
};

} // namespace isc
