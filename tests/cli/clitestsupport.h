#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace isc::test {

class Sandbox;

// What one run of the isc-console binary gave.
struct CliRun
{
    bool finished = false; // false: it crashed or did not end in time
    int exitCode = -1;
    QByteArray out; // standard output
    QByteArray err; // standard error

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // stdout as a JSON array; `ok` false (with a warning) when it is not exactly that.
    QJsonArray jsonArray(bool *ok) const;
    // For QVERIFY2 messages.
    QByteArray describe() const;
};

// Runs the freshly built isc-console (its path comes from CMake: ISC_CONSOLE_PATH) as a
// child process with a private, throw-away HOME (settings, keychain fallback file, no D-Bus
// session), so a test never reads or writes the user's profiles or keyring.
class CliHarness
{
public:
    CliHarness();
    Q_DISABLE_COPY_MOVE(CliHarness)

    static QString consolePath();
    QString home() const { return m_home.path(); }
    QString configHome() const { return m_home.filePath(QStringLiteral("config")); }
    QString dataHome() const { return m_home.filePath(QStringLiteral("data")); }

    // The child's environment: the private HOME, no SAIL_* variables, no D-Bus session; with
    // a sandbox, its client id and `secret` (default: the right one) in SAIL_CLIENT_ID and
    // SAIL_CLIENT_SECRET.
    QProcessEnvironment environment() const;
    QProcessEnvironment environment(const Sandbox &sandbox, const QString &secret = {}) const;

    CliRun run(const QStringList &arguments, const QProcessEnvironment &environment,
               int timeoutMs = 60000) const;
    // `--base-url <sandbox> arguments...` with the sandbox's credentials in the environment.
    CliRun runOn(const Sandbox &sandbox, const QStringList &arguments) const;

private:
    QTemporaryDir m_home;
};

// Parses RFC 4180 CSV with the independent reader of the models tests; fails (with a
// warning) on anything else.
QList<QStringList> parseCsv(const QByteArray &bytes, bool *ok);

} // namespace isc::test
