#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace isc {

namespace {

// isc-base has no net/logging.h; this is the same "isc.sandbox" category under a local name.
const QLoggingCategory &lcProcess()
{
    static const QLoggingCategory category("isc.sandbox");
    return category;
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (char &c : raw)
        c = char(generator->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

constexpr qsizetype StderrTailBytes = 2048;

} // namespace

SandboxProcess::SandboxProcess(QObject *parent)
    : QObject(parent)
    , m_startTimer(new QTimer(this))
{
    m_startTimer->setSingleShot(true);
    connect(m_startTimer, &QTimer::timeout, this, &SandboxProcess::onStartTimeout);
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::locateProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("ISC_SANDBOX_PATH");
    if (!fromEnvironment.isEmpty() && QFileInfo(fromEnvironment).isExecutable())
        return fromEnvironment;
    if (QCoreApplication::instance()) {
        const QFileInfo beside(QCoreApplication::applicationDirPath() +
                               QStringLiteral("/isc-sandbox"));
        if (beside.isExecutable())
            return beside.absoluteFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("isc-sandbox"));
}

qint64 SandboxProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void SandboxProcess::start(const Options &options)
{
    stop();
    m_error.clear();
    m_baseUrl.clear();
    m_stdoutBuffer.clear();
    m_stderrTail.clear();
    m_clientId = options.clientId.isEmpty() ? randomHex(16) : options.clientId;
    m_clientSecret = options.clientSecret.isEmpty() ? randomHex(32) : options.clientSecret;

    const QString program = options.program.isEmpty() ? locateProgram() : options.program;
    m_state = State::Starting;
    if (program.isEmpty()) {
        // Queued, so that a caller connecting after start() still hears about it.
        const QString message = tr("The sandbox program isc-sandbox was not found next to this "
                                   "application, in ISC_SANDBOX_PATH or on PATH.");
        m_state = State::NotRunning;
        m_error = message;
        QMetaObject::invokeMethod(
            this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
        return;
    }

    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setArguments(options.arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The secret travels through the environment: argv is readable by every local user.
    environment.insert(QStringLiteral("ISC_SANDBOX_CLIENTS"),
                       m_clientId + QLatin1Char(':') + m_clientSecret);
    m_process->setProcessEnvironment(environment);
#ifdef Q_OS_LINUX
    // The child dies with us, so a crashed test or console never leaves a server behind.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            &SandboxProcess::onReadyReadStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &SandboxProcess::onReadyReadStderr);
    connect(m_process, &QProcess::finished, this, &SandboxProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &SandboxProcess::onErrorOccurred);

    qCDebug(lcProcess) << "starting" << program << options.arguments;
    m_startTimer->start(options.startTimeoutMs);
    m_process->start(QIODevice::ReadOnly);
}

bool SandboxProcess::waitForReady(int msecs)
{
    QDeadlineTimer deadline(msecs);
    while (m_state == State::Starting && m_process && !deadline.hasExpired()) {
        // waitForReadyRead() delivers readyRead/finished synchronously, which moves the
        // state on; no nested event loop is needed.
        if (!m_process->waitForReadyRead(int(deadline.remainingTime())) && m_process &&
            m_process->state() == QProcess::NotRunning && m_state == State::Starting)
            fail(tr("The sandbox exited before it was ready."));
    }
    if (m_state == State::Starting && deadline.hasExpired())
        onStartTimeout();
    return m_state == State::Ready;
}

void SandboxProcess::stop(int graceMs)
{
    m_startTimer->stop();
    if (!m_process) {
        m_state = State::NotRunning;
        return;
    }
    m_stopping = true;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(graceMs)) {
            qCWarning(lcProcess) << "the sandbox did not stop within" << graceMs
                                 << "ms; killing it";
            process->kill();
            process->waitForFinished(2000);
        }
    }
    delete process;
    m_stopping = false;
    m_state = State::NotRunning;
}

void SandboxProcess::onReadyReadStdout()
{
    if (!m_process)
        return;
    m_stdoutBuffer += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stdoutBuffer.left(newline)).trimmed();
        m_stdoutBuffer.remove(0, newline + 1);
        if (m_state != State::Starting || !line.startsWith(listeningLinePrefix())) {
            qCDebug(lcProcess).noquote() << "sandbox:" << line;
            continue;
        }
        const QUrl url(line.mid(listeningLinePrefix().size()), QUrl::StrictMode);
        if (!url.isValid() || url.port() <= 0) {
            fail(tr("The sandbox announced an unusable address: %1").arg(line));
            stop();
            return;
        }
        m_startTimer->stop();
        m_baseUrl = url;
        m_state = State::Ready;
        qCInfo(lcProcess) << "sandbox ready at" << url.toDisplayString();
        Q_EMIT ready(url);
    }
}

void SandboxProcess::onReadyReadStderr()
{
    if (!m_process)
        return;
    const QByteArray chunk = m_process->readAllStandardError();
    m_stderrTail = QByteArray(m_stderrTail + chunk).right(StderrTailBytes);
    for (const QByteArray &line : chunk.split('\n')) {
        if (!line.trimmed().isEmpty())
            qCDebug(lcProcess).noquote() << "sandbox stderr:" << QString::fromUtf8(line);
    }
}

void SandboxProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping)
        return;
    onReadyReadStderr();
    const QString detail = QString::fromUtf8(m_stderrTail).trimmed();
    QString message = status == QProcess::CrashExit
        ? tr("The sandbox crashed.")
        : tr("The sandbox exited with code %1.").arg(exitCode);
    if (!detail.isEmpty())
        message += QLatin1Char(' ') + detail;
    fail(message);
}

void SandboxProcess::onErrorOccurred(QProcess::ProcessError error)
{
    if (m_stopping || error != QProcess::FailedToStart || !m_process)
        return;
    fail(tr("The sandbox could not be started: %1").arg(m_process->errorString()));
}

void SandboxProcess::onStartTimeout()
{
    if (m_state != State::Starting)
        return;
    fail(tr("The sandbox did not start listening in time."));
    stop();
}

void SandboxProcess::fail(const QString &message)
{
    if (m_state == State::NotRunning && !m_error.isEmpty())
        return; // one failure per start
    m_startTimer->stop();
    m_error = message;
    m_state = State::NotRunning;
    qCWarning(lcProcess).noquote() << message;
    Q_EMIT failed(message);
}

} // namespace isc
