#include "argumentparser.h"

#include "base/apilocale.h"
#include "base/filterrules.h"
#include "net/connection.h"
#include "services/connectorquery.h"
#include "services/connectorservice.h"
#include "services/customizerservice.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace isc::cli {

namespace {

constexpr char context[] = "isc::cli::ArgumentParser";

struct Positional
{
    const char *name;
    const char *description;
};

// One command: its words, a one-line summary, its positional arguments, and which option
// sets it takes besides the connection options.
struct CommandSpec
{
    const char *group;
    const char *name;
    const char *summary;
    QList<Positional> positionals;
    bool listOptions = false; // --filters, --locale, --limit, --offset, --all
    bool outputOptions = true; // --format, -o
};

const Positional customizerId{
    "ID", QT_TRANSLATE_NOOP("isc::cli::ArgumentParser", "The id of the connector customizer.")};
const Positional instanceId{
    "INSTANCE", QT_TRANSLATE_NOOP("isc::cli::ArgumentParser", "The id of the source instance.")};

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> specs = {
        {"connectors",
         "list",
         QT_TRANSLATE_NOOP("isc::cli::ArgumentParser",
                           "List the connector catalogue: one page, or every page with --all."),
         {},
         true},
        {"customizers",
         "list",
         QT_TRANSLATE_NOOP("isc::cli::ArgumentParser", "List every connector customizer."),
         {}},
        {"customizers",
         "get",
         QT_TRANSLATE_NOOP("isc::cli::ArgumentParser", "Show one connector customizer."),
         {customizerId}},
        {"customizers",
         "create",
         QT_TRANSLATE_NOOP("isc::cli::ArgumentParser", "Create a connector customizer."),
         {{"NAME",
           QT_TRANSLATE_NOOP("isc::cli::ArgumentParser", "The name of the new customizer.")}}},
        {"customizers",
         "rename",
         QT_TRANSLATE_NOOP("isc::cli::ArgumentParser", "Rename a connector customizer."),
         {customizerId, {"NAME", QT_TRANSLATE_NOOP("isc::cli::ArgumentParser", "The new name.")}}},
        {"customizers",
         "delete",
         QT_TRANSLATE_NOOP("isc::cli::ArgumentParser",
                           "Delete a connector customizer. Prints nothing on standard output."),
         {customizerId},
         false,
         false},
        {"customizers",
         "upload",
         QT_TRANSLATE_NOOP("isc::cli::ArgumentParser",
                           "Upload a zip archive holding index.js (as \"spcx package\" makes "
                           "it) as the next version of a connector customizer."),
         {customizerId,
          {"ZIP", QT_TRANSLATE_NOOP("isc::cli::ArgumentParser", "The zip archive to upload.")}}},
        {"instances",
         "list",
         QT_TRANSLATE_NOOP("isc::cli::ArgumentParser",
                           "List the source instances and the customizer each one uses."),
         {}},
        {"instances",
         "link",
         QT_TRANSLATE_NOOP("isc::cli::ArgumentParser",
                           "Link a source instance to a connector customizer."),
         {instanceId,
          {"CUSTOMIZER",
           QT_TRANSLATE_NOOP("isc::cli::ArgumentParser", "The id of the connector customizer.")}}},
        {"instances",
         "unlink",
         QT_TRANSLATE_NOOP("isc::cli::ArgumentParser",
                           "Unlink a source instance from its connector customizer."),
         {instanceId}},
    };
    return specs;
}

const CommandSpec *findSpec(const QString &group, const QString &name)
{
    for (const CommandSpec &spec : commandSpecs()) {
        if (group == QLatin1String(spec.group) && name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

QStringList commandNames(const QString &group)
{
    QStringList names;
    for (const CommandSpec &spec : commandSpecs()) {
        if (group == QLatin1String(spec.group))
            names << QLatin1String(spec.name);
    }
    return names;
}

QString translated(const char *text)
{
    return QCoreApplication::translate(context, text);
}

QString apiLocalesText()
{
    return apiLocales().join(QLatin1String(", "));
}

QString programName()
{
    return QStringLiteral("isc-console");
}

// The option sets. Names are the long names used with isSet()/value().
void addCommonOptions(QCommandLineParser &parser)
{
    using T = ArgumentParser;
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, T::tr("Show this help.")});
    parser.addOption({QStringLiteral("profile"),
                      T::tr("Use the saved tenant profile <name> (its name or id; also "
                            "\"sandbox\" and \"environment\"). Its secret comes from the "
                            "keychain."),
                      T::tr("name")});
    parser.addOption({QStringLiteral("base-url"),
                      T::tr("Use the tenant at <url> (https://TENANT.api.identitynow.com) with "
                            "the client id and secret in SAIL_CLIENT_ID and "
                            "SAIL_CLIENT_SECRET."),
                      T::tr("url")});
    parser.addOption({QStringLiteral("sandbox"),
                      T::tr("Start a local isc-sandbox for this command and use it.")});
    parser.addOption({QStringLiteral("verbose"),
                      T::tr("Log requests, retries and token refreshes on standard error "
                            "(secrets and tokens are never logged).")});
}

void addOutputOptions(QCommandLineParser &parser)
{
    using T = ArgumentParser;
    parser.addOption({QStringLiteral("format"),
                      T::tr("Output format: table (aligned columns, the default), csv (RFC "
                            "4180) or json (an array of objects)."),
                      T::tr("format")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      T::tr("Write the result to <file> instead of standard output; the file "
                            "is replaced only when everything was written."),
                      T::tr("file")});
}

void addListOptions(QCommandLineParser &parser)
{
    using T = ArgumentParser;
    parser.addOption({QStringLiteral("filters"),
                      T::tr("Only connectors matching <filter>, e.g. 'name sw \"Active\"'. "
                            "Allowed: %1.")
                          .arg(filter::connectorFilterRules().describe()),
                      T::tr("filter")});
    parser.addOption({QStringLiteral("locale"),
                      T::tr("Language of the descriptions: one of %1.").arg(apiLocalesText()),
                      T::tr("locale")});
    parser.addOption({QStringLiteral("limit"),
                      T::tr("At most <n> connectors (0 to 250; default 250)."), T::tr("n")});
    parser.addOption({QStringLiteral("offset"), T::tr("Skip the first <n> connectors (default 0)."),
                      T::tr("n")});
    parser.addOption({QStringLiteral("all"),
                      T::tr("Every matching connector, loaded page by page (not with --limit "
                            "or --offset).")});
}

void addVersionOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("version"), ArgumentParser::tr("Show the version.")});
}

// `text` broken into lines of at most `width` characters (words longer than that stay
// whole); every line but the first starts with `indent` spaces.
QString wrap(const QString &text, int indent, int width = 79)
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

// Two columns: terms padded to the widest, descriptions wrapped beside them.
QString twoColumns(const QList<std::pair<QString, QString>> &rows)
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

QString exitCodesText()
{
    using T = ArgumentParser;
    return T::tr("Exit codes:") + u'\n' +
        twoColumns({
            {QStringLiteral("0"), T::tr("success")},
            {QStringLiteral("1"),
             T::tr("failure: network, server error, rate limit, unreadable reply, output not "
                   "written")},
            {QStringLiteral("2"),
             T::tr("usage error: bad arguments, or input refused before any request (filter, "
                   "name, zip archive, missing credentials, unknown profile)")},
            {QStringLiteral("3"),
             T::tr("authentication or authorization refused (bad client id or secret, HTTP 401 "
                   "or 403)")},
            {QStringLiteral("4"), T::tr("not found (HTTP 404: unknown id)")},
            {QStringLiteral("5"), T::tr("refused by a read-only profile; nothing was sent")},
            {QStringLiteral("130"), T::tr("interrupted (SIGINT or SIGTERM)")},
        });
}

QString environmentText()
{
    return ArgumentParser::tr(
        "Connection: --profile, --base-url or --sandbox; without them SAIL_BASE_URL (with "
        "SAIL_CLIENT_ID and SAIL_CLIENT_SECRET) when set, else the profile the desktop console "
        "has active. Secrets are never taken from the command line.");
}

QString commandsText(const QString &group = {})
{
    QList<std::pair<QString, QString>> rows;
    for (const CommandSpec &spec : commandSpecs()) {
        if (!group.isEmpty() && group != QLatin1String(spec.group))
            continue;
        QString words = QLatin1String(spec.group) + u' ' + QLatin1String(spec.name);
        for (const Positional &p : spec.positionals)
            words += u' ' + QLatin1String(p.name);
        rows.append({words, translated(spec.summary)});
    }
    return ArgumentParser::tr("Commands:") + u'\n' + twoColumns(rows);
}

// The help QCommandLineParser writes, with our usage line instead of its first line.
QString helpWithUsage(const QCommandLineParser &parser, const QString &usage)
{
    QString help = parser.helpText();
    const qsizetype end = help.indexOf(u'\n');
    return usage + (end < 0 ? QString() : help.mid(end));
}

Invocation result(Invocation::Action action, const QString &text)
{
    Invocation invocation;
    invocation.action = action;
    invocation.text = text;
    return invocation;
}

Invocation usageError(const QString &message, const QString &helpCommand = {})
{
    const QString command =
        helpCommand.isEmpty() ? programName() : programName() + u' ' + helpCommand;
    return result(Invocation::Action::UsageError,
                  message + u'\n' +
                      ArgumentParser::tr("Run \"%1 --help\" for usage.").arg(command));
}

} // namespace

QStringList ArgumentParser::groups()
{
    return {QStringLiteral("connectors"), QStringLiteral("customizers"),
            QStringLiteral("instances")};
}

QString ArgumentParser::pointAt(const QString &text, int column, int length)
{
    QString shown = text;
    shown.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    const int start = qBound(0, column - 1, int(shown.size()));
    return QStringLiteral("  ") + shown + QStringLiteral("\n  ") + QString(start, u' ') +
        QString(qMax(1, length), u'^');
}

Invocation ArgumentParser::parse(const QStringList &arguments)
{
    // Pass 1, with every option known: where are the command words among the options?
    QCommandLineParser any;
    addCommonOptions(any);
    addOutputOptions(any);
    addListOptions(any);
    addVersionOption(any);
    if (!any.parse(arguments))
        return usageError(any.errorText());
    const QStringList words = any.positionalArguments();
    if (any.isSet(QStringLiteral("version")))
        return result(Invocation::Action::Version,
                      programName() + u' ' + QCoreApplication::applicationVersion() + u'\n');

    if (words.isEmpty() || !isGroup(words.first()) || words.size() < 2 ||
        !findSpec(words.at(0), words.at(1))) {
        const bool help = any.isSet(QStringLiteral("help"));
        QCommandLineParser top;
        addCommonOptions(top);
        addVersionOption(top);
        top.setApplicationDescription(wrap(
            tr("Administer the connectors of SailPoint Identity Security Cloud from the command "
               "line. Results go to standard output, messages to standard error. Without a "
               "command, %1 starts the desktop console.")
                .arg(programName()),
            0));
        const QString group =
            words.isEmpty() || !isGroup(words.first()) ? QString() : words.first();
        const QString usage = tr("Usage: %1 [options] %2 <command> [arguments]")
                                  .arg(programName(), group.isEmpty() ? tr("<group>") : group);
        const QString helpText = helpWithUsage(top, usage) + u'\n' + commandsText(group) + u'\n' +
            wrap(environmentText(), 0) + u"\n\n" + exitCodesText();
        if (help && (words.isEmpty() || !group.isEmpty()) && words.size() < 2)
            return result(Invocation::Action::Help, helpText);
        if (words.isEmpty())
            return usageError(tr("No command given."));
        if (group.isEmpty())
            return usageError(tr("Unknown command \"%1\"; the commands begin with %2.")
                                  .arg(words.first(), groups().join(QLatin1String(", "))));
        if (words.size() < 2)
            return usageError(tr("\"%1\" needs a command: %2.")
                                  .arg(group, commandNames(group).join(QLatin1String(", "))),
                              group);
        return usageError(
            tr("Unknown command \"%1 %2\"; %1 has: %3.")
                .arg(group, words.at(1), commandNames(group).join(QLatin1String(", "))),
            group);
    }

    // Pass 2, with exactly the options of this command.
    const CommandSpec &spec = *findSpec(words.at(0), words.at(1));
    const QString commandWords = words.at(0) + u' ' + words.at(1);
    QCommandLineParser parser;
    addCommonOptions(parser);
    if (spec.outputOptions)
        addOutputOptions(parser);
    if (spec.listOptions)
        addListOptions(parser);
    parser.setApplicationDescription(wrap(translated(spec.summary), 0));
    QString syntax;
    for (const Positional &p : spec.positionals) {
        parser.addPositionalArgument(QLatin1String(p.name), translated(p.description));
        syntax += u' ' + QLatin1String(p.name);
    }
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), commandWords);
    if (parser.isSet(QStringLiteral("help"))) {
        const QString usage =
            tr("Usage: %1 %2 [options]%3").arg(programName(), commandWords, syntax);
        return result(Invocation::Action::Help,
                      helpWithUsage(parser, usage) + u'\n' + wrap(environmentText(), 0) + u"\n\n" +
                          exitCodesText());
    }

    Invocation inv;
    inv.action = Invocation::Action::Run;
    inv.group = words.at(0);
    inv.command = words.at(1);
    inv.arguments = parser.positionalArguments().mid(2);
    if (inv.arguments.size() < spec.positionals.size()) {
        QStringList missing;
        for (qsizetype i = inv.arguments.size(); i < spec.positionals.size(); ++i)
            missing << QLatin1String(spec.positionals.at(i).name);
        //: %1 the command, %2 its arguments ("ID NAME")
        QString message = tr("\"%1\" needs %2.").arg(commandWords, syntax.trimmed());
        if (!inv.arguments.isEmpty())
            message += u' ' + tr("Missing: %1.").arg(missing.join(u' '));
        return usageError(message, commandWords);
    }
    if (inv.arguments.size() > spec.positionals.size()) {
        const QString extra = inv.arguments.at(spec.positionals.size());
        return usageError(
            spec.positionals.isEmpty()
                ? tr("\"%1\" takes no arguments; unexpected: \"%2\".").arg(commandWords, extra)
                : tr("\"%1\" takes %2; unexpected: \"%3\".")
                      .arg(commandWords, syntax.trimmed(), extra),
            commandWords);
    }
    for (int i = 0; i < inv.arguments.size(); ++i) {
        if (inv.arguments.at(i).trimmed().isEmpty())
            return usageError(
                tr("%1 cannot be empty.").arg(QLatin1String(spec.positionals.at(i).name)),
                commandWords);
    }

    // Connection.
    const bool profile = parser.isSet(QStringLiteral("profile"));
    const bool baseUrl = parser.isSet(QStringLiteral("base-url"));
    const bool sandbox = parser.isSet(QStringLiteral("sandbox"));
    if (int(profile) + int(baseUrl) + int(sandbox) > 1)
        return usageError(tr("Use only one of --profile, --base-url and --sandbox."), commandWords);
    if (profile) {
        inv.target = Invocation::Target::Profile;
        inv.profile = parser.value(QStringLiteral("profile"));
    } else if (baseUrl) {
        inv.target = Invocation::Target::BaseUrl;
        const QString text = parser.value(QStringLiteral("base-url"));
        inv.baseUrl = QUrl(text, QUrl::StrictMode);
        QString why;
        if (!inv.baseUrl.isValid() || inv.baseUrl.host().isEmpty())
            return usageError(tr("\"%1\" is not a URL; give the API base URL, e.g. "
                                 "https://acme.api.identitynow.com.")
                                  .arg(text),
                              commandWords);
        if (!isAllowedBaseUrl(inv.baseUrl, &why))
            return usageError(why, commandWords);
    } else if (sandbox) {
        inv.target = Invocation::Target::Sandbox;
    }
    inv.verbose = parser.isSet(QStringLiteral("verbose"));

    // Output.
    if (spec.outputOptions) {
        const QString format = parser.value(QStringLiteral("format")).toLower();
        if (format.isEmpty() || format == QLatin1String("table"))
            inv.format = Invocation::Format::Table;
        else if (format == QLatin1String("csv"))
            inv.format = Invocation::Format::Csv;
        else if (format == QLatin1String("json"))
            inv.format = Invocation::Format::Json;
        else
            return usageError(tr("Unknown format \"%1\"; use table, csv or json.")
                                  .arg(parser.value(QStringLiteral("format"))),
                              commandWords);
        if (parser.isSet(QStringLiteral("format")) && format.isEmpty())
            return usageError(tr("--format needs a value: table, csv or json."), commandWords);
        inv.outputFile = parser.value(QStringLiteral("output"));
        if (parser.isSet(QStringLiteral("output")) && inv.outputFile.isEmpty())
            return usageError(tr("--output needs a file name."), commandWords);
    }

    // connectors list.
    if (spec.listOptions) {
        inv.filters = parser.value(QStringLiteral("filters"));
        inv.locale = parser.value(QStringLiteral("locale"));
        inv.all = parser.isSet(QStringLiteral("all"));
        for (const char *name : {"limit", "offset"}) {
            const QString option = QLatin1String(name);
            if (!parser.isSet(option))
                continue;
            bool ok = false;
            const int value = parser.value(option).toInt(&ok);
            if (!ok)
                return usageError(
                    tr("--%1 needs a whole number, not \"%2\".").arg(option, parser.value(option)),
                    commandWords);
            (option == QLatin1String("limit") ? inv.limit : inv.offset) = value;
        }
        if (inv.all && (inv.limit || inv.offset))
            return usageError(tr("--all loads every page: use it without --limit and --offset."),
                              commandWords);
        ConnectorQuery query;
        query.filters = inv.filters;
        query.limit = inv.limit;
        query.offset = inv.offset;
        query.locale = inv.locale;
        const QString problem = ConnectorService::validate(query, inv.all);
        if (!problem.isEmpty()) {
            QString message = problem;
            if (const auto error = filter::validate(inv.filters, filter::connectorFilterRules()))
                message += u'\n' + pointAt(inv.filters, error->column, error->length);
            return usageError(message, commandWords);
        }
    }

    // Names are checked as the service would, before connecting.
    if (inv.is("customizers", "create") || inv.is("customizers", "rename")) {
        const QString problem = CustomizerService::validateName(inv.arguments.constLast());
        if (!problem.isEmpty())
            return usageError(problem, commandWords);
    }
    return inv;
}

} // namespace isc::cli
