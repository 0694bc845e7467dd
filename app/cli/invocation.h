#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace isc::cli {

// What one command line asks for, as ArgumentParser understood and checked it. Holds no
// secret: those come from the environment or the keychain, never from argv.
struct Invocation
{
    enum class Action {
        Run, // run `group command`
        Help, // print `text` on stdout, exit 0
        Version, // print `text` on stdout, exit 0
        UsageError, // print `text` on stderr, exit 2
    };
    enum class Format { Table, Csv, Json };
    enum class Target {
        Default, // SAIL_BASE_URL when set, else the profile the desktop console has active
        Profile, // --profile NAME
        BaseUrl, // --base-url URL with SAIL_CLIENT_ID / SAIL_CLIENT_SECRET
        Sandbox, // --sandbox
    };

    Action action = Action::UsageError;
    QString text; // help, version or the usage error (translated)

    QString group; // "connectors", "customizers", "instances"
    QString command; // "list", "get", ...
    QStringList arguments; // the command's positional arguments (ID, NAME, ZIP, ...)

    // Connection.
    Target target = Target::Default;
    QString profile;
    QUrl baseUrl;

    // Output.
    Format format = Format::Table;
    QString outputFile; // empty: stdout
    bool verbose = false;

    // connectors list.
    QString filters;
    QString locale;
    std::optional<int> limit;
    std::optional<int> offset;
    bool all = false;

    // customizers delete.
    bool force = false; // delete even when source instances are linked to it

    bool is(const char *groupName, const char *commandName) const
    {
        return group == QLatin1String(groupName) && command == QLatin1String(commandName);
    }
};

} // namespace isc::cli
