#include "clitestsupport.h"

#include "csvreader.h"
#include "sandbox.h"

#include <QDir>
#include <QJsonParseError>
#include <QProcess>

namespace isc::test {

QJsonArray CliRun::jsonArray(bool *ok) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    *ok = error.error == QJsonParseError::NoError && document.isArray();
    if (!*ok)
        qWarning("stdout is not a JSON array (%s): %s", qPrintable(error.errorString()),
                 out.left(400).constData());
    return document.array();
}

QByteArray CliRun::describe() const
{
    return "exit " + QByteArray::number(exitCode) + (finished ? "" : " (did not finish)") +
        "\nstdout: " + out.left(600) + "\nstderr: " + err.left(1500);
}

CliHarness::CliHarness()
{
    QDir().mkpath(configHome());
    QDir().mkpath(dataHome());
}

QString CliHarness::consolePath()
{
    return QStringLiteral(ISC_CONSOLE_PATH);
}

QProcessEnvironment CliHarness::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"SAIL_BASE_URL", "SAIL_CLIENT_ID", "SAIL_CLIENT_SECRET", "DBUS_SESSION_BUS_ADDRESS",
          "QT_LOGGING_RULES", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HOME"), home());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

QProcessEnvironment CliHarness::environment(const Sandbox &sandbox, const QString &secret) const
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("SAIL_CLIENT_ID"), sandbox.clientId());
    env.insert(QStringLiteral("SAIL_CLIENT_SECRET"),
               secret.isEmpty() ? sandbox.clientSecret() : secret);
    return env;
}

CliRun CliHarness::run(const QStringList &arguments, const QProcessEnvironment &environment,
                       int timeoutMs) const
{
    CliRun result;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(home());
    process.setInputChannelMode(QProcess::ManagedInputChannel);
    process.start(consolePath(), arguments);
    if (!process.waitForStarted(timeoutMs)) {
        qWarning("%s did not start: %s", qPrintable(consolePath()),
                 qPrintable(process.errorString()));
        return result;
    }
    process.closeWriteChannel();
    result.finished =
        process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliRun CliHarness::runOn(const Sandbox &sandbox, const QStringList &arguments) const
{
    return run(QStringList{QStringLiteral("--base-url"), sandbox.baseUrl().toString()} + arguments,
               environment(sandbox));
}

QList<QStringList> parseCsv(const QByteArray &bytes, bool *ok)
{
    QList<QStringList> records;
    QString error;
    *ok = readCsv(QString::fromUtf8(bytes), u',', &records, &error);
    if (!*ok)
        qWarning("not RFC 4180 CSV: %s", qPrintable(error));
    return records;
}

} // namespace isc::test
