#include "argumentparser.h"

#include "commandcatalog.h"

#include "base/filterrules.h"
#include "net/connection.h"
#include "services/connectorquery.h"
#include "services/connectorservice.h"
#include "services/customizerservice.h"

#include <QCommandLineParser>
#include <QList>

namespace isc::cli {

namespace {

using Catalog = CommandCatalog;

Invocation result(Invocation::Action action, const QString &text)
{
    Invocation invocation;
    invocation.action = action;
    invocation.text = text;
    return invocation;
}

Invocation usageError(const QString &message, const QString &helpCommand = {})
{
    const QString command = helpCommand.isEmpty() ? Catalog::programName()
                                                  : Catalog::programName() + u' ' + helpCommand;
    return result(Invocation::Action::UsageError,
                  message + u'\n' +
                      ArgumentParser::tr("Run \"%1 --help\" for usage.").arg(command));
}

} // namespace

QStringList ArgumentParser::groups()
{
    return CommandCatalog::groups();
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
    Catalog::addCommonOptions(any);
    Catalog::addOutputOptions(any);
    Catalog::addListOptions(any);
    Catalog::addVersionOption(any);
    Catalog::addForceOption(any);
    if (!any.parse(arguments))
        return usageError(any.errorText());
    const QStringList words = any.positionalArguments();
    if (any.isSet(QStringLiteral("version")))
        return result(Invocation::Action::Version,
                      Catalog::programName() + u' ' + QCoreApplication::applicationVersion() +
                          u'\n');

    if (words.isEmpty() || !isGroup(words.first()) || words.size() < 2 ||
        !Catalog::find(words.at(0), words.at(1))) {
        const bool help = any.isSet(QStringLiteral("help"));
        QCommandLineParser top;
        Catalog::addCommonOptions(top);
        Catalog::addVersionOption(top);
        top.setApplicationDescription(Catalog::wrap(
            tr("Administer the connectors of SailPoint Identity Security Cloud from the command "
               "line. Results go to standard output, messages to standard error. Without a "
               "command, %1 starts the desktop console.")
                .arg(Catalog::programName()),
            0));
        const QString group =
            words.isEmpty() || !isGroup(words.first()) ? QString() : words.first();
        const QString usage =
            tr("Usage: %1 [options] %2 <command> [arguments]")
                .arg(Catalog::programName(), group.isEmpty() ? tr("<group>") : group);
        const QString helpText = Catalog::helpWithUsage(top, usage) + u'\n' +
            Catalog::commandsText(group) + u'\n' + Catalog::wrap(Catalog::environmentText(), 0) +
            u"\n\n" + Catalog::exitCodesText();
        if (help && (words.isEmpty() || !group.isEmpty()) && words.size() < 2)
            return result(Invocation::Action::Help, helpText);
        if (words.isEmpty())
            return usageError(tr("No command given."));
        if (group.isEmpty())
            return usageError(tr("Unknown command \"%1\"; the commands begin with %2.")
                                  .arg(words.first(), groups().join(QLatin1String(", "))));
        if (words.size() < 2)
            return usageError(
                tr("\"%1\" needs a command: %2.")
                    .arg(group, Catalog::commandNames(group).join(QLatin1String(", "))),
                group);
        return usageError(
            tr("Unknown command \"%1 %2\"; %1 has: %3.")
                .arg(group, words.at(1), Catalog::commandNames(group).join(QLatin1String(", "))),
            group);
    }

    // Pass 2, with exactly the options of this command.
    const Catalog::Command &spec = *Catalog::find(words.at(0), words.at(1));
    const QString commandWords = words.at(0) + u' ' + words.at(1);
    QCommandLineParser parser;
    Catalog::addCommonOptions(parser);
    if (spec.outputOptions)
        Catalog::addOutputOptions(parser);
    if (spec.listOptions)
        Catalog::addListOptions(parser);
    if (spec.forceOption)
        Catalog::addForceOption(parser);
    parser.setApplicationDescription(Catalog::wrap(Catalog::translated(spec.summary), 0));
    QString syntax;
    for (const Catalog::Positional &p : spec.positionals) {
        parser.addPositionalArgument(QLatin1String(p.name), Catalog::translated(p.description));
        syntax += u' ' + QLatin1String(p.name);
    }
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), commandWords);
    if (parser.isSet(QStringLiteral("help"))) {
        const QString usage =
            tr("Usage: %1 %2 [options]%3").arg(Catalog::programName(), commandWords, syntax);
        return result(Invocation::Action::Help,
                      Catalog::helpWithUsage(parser, usage) + u'\n' +
                          Catalog::wrap(Catalog::environmentText(), 0) + u"\n\n" +
                          Catalog::exitCodesText());
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
    inv.force = spec.forceOption && parser.isSet(QStringLiteral("force"));

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
