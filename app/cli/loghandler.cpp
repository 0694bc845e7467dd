#include "loghandler.h"

#include "terminal.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

#include <cstdio>

namespace isc::cli {

namespace {

QMutex mutex;
QStringList secrets; // guarded by mutex

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QString line = LogHandler::redact(message);
    const char *category = context.category ? context.category : "default";
    if (qstrcmp(category, "default") != 0)
        line = QLatin1String(category) + QStringLiteral(": ") + line;
    else if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        line = QStringLiteral("warning: ") + line;
    if (Terminal *terminal = Terminal::instance())
        terminal->endProgress();
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void LogHandler::install(bool verbose)
{
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("isc.*.debug=true")
                                             : QStringLiteral("isc.*.debug=false\n"
                                                              "isc.*.info=false"));
    qInstallMessageHandler(handleMessage);
}

void LogHandler::addSecret(const QString &secret)
{
    if (secret.size() < 4)
        return; // too short to replace without mangling ordinary words
    const QMutexLocker locker(&mutex);
    if (!secrets.contains(secret))
        secrets << secret;
}

QString LogHandler::redact(const QString &message)
{
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[^\\s\"',;]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"));
    static const QRegularExpression parameter(
        QStringLiteral("((?:client_secret|access_token)[\"']?\\s*[=:]\\s*[\"']?)[^&\\s\"',]+"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = message;
    {
        const QMutexLocker locker(&mutex);
        for (const QString &secret : std::as_const(secrets))
            text.replace(secret, QStringLiteral("[redacted]"));
    }
    text.replace(jwt, QStringLiteral("[redacted token]"));
    text.replace(bearer, QStringLiteral("\\1[redacted]"));
    text.replace(parameter, QStringLiteral("\\1[redacted]"));
    return text;
}

} // namespace isc::cli
