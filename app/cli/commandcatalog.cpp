#include "commandcatalog.h"

#include "base/apilocale.h"
#include "base/filterrules.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace isc::cli {

namespace {

const CommandCatalog::Positional customizerId{
    "ID", QT_TRANSLATE_NOOP("isc::cli::CommandCatalog", "The id of the connector customizer.")};
const CommandCatalog::Positional instanceId{
    "INSTANCE", QT_TRANSLATE_NOOP("isc::cli::CommandCatalog", "The id of the source instance.")};

} // namespace

const QList<CommandCatalog::Command> &CommandCatalog::commands()
{
    static const QList<Command> specs = {
        {"connectors",
         "list",
         QT_TRANSLATE_NOOP("isc::cli::CommandCatalog",
                           "List the connector catalogue: one page, or every page with --all."),
         {},
         true},
        {"customizers",
         "list",
         QT_TRANSLATE_NOOP("isc::cli::CommandCatalog", "List every connector customizer."),
         {}},
        {"customizers",
         "get",
         QT_TRANSLATE_NOOP("isc::cli::CommandCatalog", "Show one connector customizer."),
         {customizerId}},
        {"customizers",
         "create",
         QT_TRANSLATE_NOOP("isc::cli::CommandCatalog", "Create a connector customizer."),
         {{"NAME",
           QT_TRANSLATE_NOOP("isc::cli::CommandCatalog", "The name of the new customizer.")}}},
        {"customizers",
         "rename",
         QT_TRANSLATE_NOOP("isc::cli::CommandCatalog", "Rename a connector customizer."),
         {customizerId, {"NAME", QT_TRANSLATE_NOOP("isc::cli::CommandCatalog", "The new name.")}}},
        {"customizers",
         "delete",
         QT_TRANSLATE_NOOP("isc::cli::CommandCatalog",
                           "Delete a connector customizer. Prints nothing on standard output. "
                           "Refused while source instances are linked to it, unless --force."),
         {customizerId},
         false,
         false,
         true},
        {"customizers",
         "upload",
         QT_TRANSLATE_NOOP("isc::cli::CommandCatalog",
                           "Upload a zip archive holding index.js (as \"spcx package\" makes "
                           "it) as the next version of a connector customizer."),
         {customizerId,
          {"ZIP", QT_TRANSLATE_NOOP("isc::cli::CommandCatalog", "The zip archive to upload.")}}},
        {"instances",
         "list",
         QT_TRANSLATE_NOOP("isc::cli::CommandCatalog",
                           "List the source instances and the customizer each one uses."),
         {}},
        {"instances",
         "link",
         QT_TRANSLATE_NOOP("isc::cli::CommandCatalog",
                           "Link a source instance to a connector customizer."),
         {instanceId,
          {"CUSTOMIZER",
           QT_TRANSLATE_NOOP("isc::cli::CommandCatalog", "The id of the connector customizer.")}}},
        {"instances",
         "unlink",
         QT_TRANSLATE_NOOP("isc::cli::CommandCatalog",
                           "Unlink a source instance from its connector customizer."),
         {instanceId}},
    };
    return specs;
}

const CommandCatalog::Command *CommandCatalog::find(const QString &group, const QString &name)
{
    for (const Command &spec : commands()) {
        if (group == QLatin1String(spec.group) && name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

QStringList CommandCatalog::commandNames(const QString &group)
{
    QStringList names;
    for (const Command &spec : commands()) {
        if (group == QLatin1String(spec.group))
            names << QLatin1String(spec.name);
    }
    return names;
}

QString CommandCatalog::translated(const char *text)
{
    return tr(text);
}

namespace {

QString apiLocalesText()
{
    return apiLocales().join(QLatin1String(", "));
}

} // namespace

QStringList CommandCatalog::groups()
{
    return {QStringLiteral("connectors"), QStringLiteral("customizers"),
            QStringLiteral("instances")};
}

QString CommandCatalog::programName()
{
    return QStringLiteral("isc-console");
}

void CommandCatalog::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {{QStringLiteral("h"), QStringLiteral("help")}, CommandCatalog::tr("Show this help.")});
    parser.addOption(
        {QStringLiteral("profile"),
         CommandCatalog::tr("Use the saved tenant profile <name> (its name or id; also "
                            "\"sandbox\" and \"environment\"). Its secret comes from the "
                            "keychain."),
         CommandCatalog::tr("name")});
    parser.addOption(
        {QStringLiteral("base-url"),
         CommandCatalog::tr("Use the tenant at <url> (https://TENANT.api.identitynow.com) with "
                            "the client id and secret in SAIL_CLIENT_ID and "
                            "SAIL_CLIENT_SECRET."),
         CommandCatalog::tr("url")});
    parser.addOption(
        {QStringLiteral("sandbox"),
         CommandCatalog::tr("Start a local isc-sandbox for this command and use it.")});
    parser.addOption(
        {QStringLiteral("verbose"),
         CommandCatalog::tr("Log requests, retries and token refreshes on standard error "
                            "(secrets and tokens are never logged).")});
}

void CommandCatalog::addOutputOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("format"),
         CommandCatalog::tr("Output format: table (aligned columns, the default), csv (RFC "
                            "4180) or json (an array of objects)."),
         CommandCatalog::tr("format")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")},
         CommandCatalog::tr("Write the result to <file> instead of standard output; the file "
                            "is replaced only when everything was written."),
         CommandCatalog::tr("file")});
}

void CommandCatalog::addListOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("filters"),
         CommandCatalog::tr("Only connectors matching <filter>, e.g. 'name sw \"Active\"'. "
                            "Allowed: %1.")
             .arg(filter::connectorFilterRules().describe()),
         CommandCatalog::tr("filter")});
    parser.addOption(
        {QStringLiteral("locale"),
         CommandCatalog::tr("Language of the descriptions: one of %1.").arg(apiLocalesText()),
         CommandCatalog::tr("locale")});
    parser.addOption({QStringLiteral("limit"),
                      CommandCatalog::tr("At most <n> connectors (0 to 250; default 250)."),
                      CommandCatalog::tr("n")});
    parser.addOption({QStringLiteral("offset"),
                      CommandCatalog::tr("Skip the first <n> connectors (default 0)."),
                      CommandCatalog::tr("n")});
    parser.addOption(
        {QStringLiteral("all"),
         CommandCatalog::tr("Every matching connector, loaded page by page (not with --limit "
                            "or --offset).")});
}

void CommandCatalog::addVersionOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("version"), CommandCatalog::tr("Show the version.")});
}

void CommandCatalog::addForceOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("force"),
                      CommandCatalog::tr("Delete even when source instances are linked to the "
                                         "customizer (they are left pointing at nothing).")});
}

QString CommandCatalog::wrap(const QString &text, int indent, int width)
{
    QString out;
    int column = indent;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (column > indent && column + 1 + word.size() > width) {
            out += u'\n' + QString(indent, u' ');
            column = indent;
        } else if (column > indent) {
            out += u' ';
            ++column;
        }
        out += word;
        column += int(word.size());
    }
    return out;
}

QString CommandCatalog::twoColumns(const QList<std::pair<QString, QString>> &rows)
{
    int widest = 0;
    for (const auto &row : rows)
        widest = qMax(widest, int(row.first.size()));
    QString out;
    for (const auto &row : rows) {
        const int indent = 2 + widest + 2;
        out += QStringLiteral("  ") + row.first.leftJustified(widest + 2) +
            wrap(row.second, indent) + u'\n';
    }
    return out;
}

QString CommandCatalog::exitCodesText()
{
    return CommandCatalog::tr("Exit codes:") + u'\n' +
        twoColumns({
            {QStringLiteral("0"), CommandCatalog::tr("success")},
            {QStringLiteral("1"),
             CommandCatalog::tr(
                 "failure: network, server error, rate limit, unreadable reply, output not "
                 "written, a customizer with linked sources not deleted (see --force)")},
            {QStringLiteral("2"),
             CommandCatalog::tr(
                 "usage error: bad arguments, or input refused before any request (filter, "
                 "name, zip archive, missing credentials, unknown profile)")},
            {QStringLiteral("3"),
             CommandCatalog::tr(
                 "authentication or authorization refused (bad client id or secret, HTTP 401 "
                 "or 403)")},
            {QStringLiteral("4"), CommandCatalog::tr("not found (HTTP 404: unknown id)")},
            {QStringLiteral("5"),
             CommandCatalog::tr("refused by a read-only profile; nothing was sent")},
            {QStringLiteral("130"), CommandCatalog::tr("interrupted (SIGINT or SIGTERM)")},
        });
}

QString CommandCatalog::environmentText()
{
    return CommandCatalog::tr(
        "Connection: --profile, --base-url or --sandbox; without them SAIL_BASE_URL (with "
        "SAIL_CLIENT_ID and SAIL_CLIENT_SECRET) when set, else the profile the desktop console "
        "has active. Secrets are never taken from the command line.");
}

QString CommandCatalog::commandsText(const QString &group)
{
    QList<std::pair<QString, QString>> rows;
    for (const Command &spec : commands()) {
        if (!group.isEmpty() && group != QLatin1String(spec.group))
            continue;
        QString words = QLatin1String(spec.group) + u' ' + QLatin1String(spec.name);
        for (const Positional &p : spec.positionals)
            words += u' ' + QLatin1String(p.name);
        rows.append({words, translated(spec.summary)});
    }
    return CommandCatalog::tr("Commands:") + u'\n' + twoColumns(rows);
}

QString CommandCatalog::helpWithUsage(const QCommandLineParser &parser, const QString &usage)
{
    QString help = parser.helpText();
    const qsizetype end = help.indexOf(u'\n');
    return usage + (end < 0 ? QString() : help.mid(end));
}

} // namespace isc::cli
