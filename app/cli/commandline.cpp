#include "commandline.h"

#include "argumentparser.h"
#include "commandcontext.h"
#include "connectionsetup.h"
#include "connectorcommands.h"
#include "customizercommands.h"
#include "instancecommands.h"
#include "interruptwatcher.h"
#include "jobrunner.h"
#include "loghandler.h"
#include "terminal.h"

#include "net/apiclient.h"
#include "tenants/sailenvironment.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace isc::cli {

bool wantsCommandLine(int argc, char **argv)
{
    if (argc < 2 || !argv || !argv[1])
        return false;
    const char *first = argv[1];
    for (const char *flag : {"--help", "-h", "-?", "--help-all", "--version"}) {
        if (std::strcmp(first, flag) == 0)
            return true;
    }
    if (first[0] != '-')
        return true;
    for (int i = 1; i < argc; ++i) {
        if (argv[i] && ArgumentParser::isGroup(QString::fromLocal8Bit(argv[i])))
            return true;
    }
    return false;
}

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("isc-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ISC_VERSION));
    // Messages in the language of the system locale (LANG, LC_ALL, LC_MESSAGES) when the
    // console has a catalogue for it (embedded under :/i18n by the executable), else English.
    QTranslator appTranslator;
    QTranslator qtTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("isc-console"), QStringLiteral("_"),
                           QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&appTranslator);
        if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtTranslator);
    }
    Terminal terminal;

    const Invocation invocation = ArgumentParser::parse(QCoreApplication::arguments());
    switch (invocation.action) {
    case Invocation::Action::Help:
    case Invocation::Action::Version: {
        const QByteArray text = invocation.text.toUtf8();
        std::fwrite(text.constData(), 1, std::size_t(text.size()), stdout);
        return std::fflush(stdout) == 0 ? toInt(ExitCode::Ok) : toInt(ExitCode::Failure);
    }
    case Invocation::Action::UsageError:
        terminal.error(invocation.text);
        return toInt(ExitCode::Usage);
    case Invocation::Action::Run:
        break;
    }

    LogHandler::install(invocation.verbose);
    // Known before any log line can carry it.
    LogHandler::addSecret(
        QProcessEnvironment::systemEnvironment().value(SailEnvironment::clientSecretVariable()));

    InterruptWatcher interrupts;
    JobRunner runner;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &runner, &JobRunner::cancel);

    if (const ExitCode code = CustomizerCommands::check(invocation, terminal); code != ExitCode::Ok)
        return toInt(code);

    ConnectionSetup setup;
    const ConnectionSetup::Outcome connection = setup.resolve(invocation, runner);
    if (!connection.ok()) {
        terminal.error(connection.error);
        return toInt(connection.code);
    }
    LogHandler::addSecret(connection.connection.clientSecret);
    if (!connection.warning.isEmpty())
        terminal.message(connection.warning);

    QNetworkAccessManager network;
    ApiClient client(&network, connection.connection);
    if (!invocation.locale.isEmpty())
        client.setApiLocale(invocation.locale);
    const CommandContext context(invocation, client, runner, terminal);

    ExitCode code = ExitCode::Failure;
    if (invocation.group == QLatin1String("connectors"))
        code = ConnectorCommands(context).run();
    else if (invocation.group == QLatin1String("customizers"))
        code = CustomizerCommands(context).run();
    else
        code = InstanceCommands(context).run();
    if (runner.isCancelled() && code != ExitCode::Ok)
        code = ExitCode::Interrupted;
    return toInt(code);
}

} // namespace isc::cli
