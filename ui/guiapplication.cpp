#include "guiapplication.h"

#include "mainwindow.h"
#include "screenshots.h"
#include "widgets/languagemanager.h"

#include "dialogs/consolesettings.h"
#include "tenants/connectionresolver.h"
#include "tenants/profilestore.h"
#include "tenants/sailenvironment.h"
#include "tenants/secretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace isc {

namespace {

struct GuiOptions
{
    QString screenshotDir;
};

GuiOptions parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    QCommandLineOption screenshots(QStringLiteral("screenshots"), QString(), QStringLiteral("dir"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshots);
    // Qt's own options (-platform, -style, ...) were taken by QApplication already; anything
    // else is reported and otherwise ignored: the window still opens.
    if (!parser.parse(arguments))
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
    for (const QString &extra : parser.positionalArguments())
        std::fprintf(stderr, "isc-console: ignoring \"%s\"\n", qPrintable(extra));
    GuiOptions options;
    options.screenshotDir = parser.value(screenshots);
    return options;
}

} // namespace

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // ProfileStore::openDefaultSettings() and SettingsDialog's ConsoleSettings use these:
    // ~/.config/isc-console/isc-console.conf on Linux.
    QCoreApplication::setOrganizationName(QStringLiteral("isc-console"));
    QCoreApplication::setApplicationName(QStringLiteral("isc-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ISC_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.isc_console.IscConsole"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/isc-console.svg")));

    const GuiOptions options = parseOptions(QCoreApplication::arguments());
    const bool screenshots = !options.screenshotDir.isEmpty();

    // Screenshots run on settings and secrets of their own, in a folder removed at exit.
    QTemporaryDir scratch;
    std::unique_ptr<QSettings> settings;
    SecretStore::Options secretOptions;
    if (screenshots) {
        if (!scratch.isValid()) {
            std::fprintf(stderr, "isc-console: cannot create a temporary folder\n");
            return 1;
        }
        settings = std::make_unique<QSettings>(scratch.filePath(QStringLiteral("isc-console.conf")),
                                               QSettings::IniFormat);
        secretOptions.useKeychain = false;
        secretOptions.fallbackFilePath = scratch.filePath(QStringLiteral("secrets.json"));
    } else {
        settings = ProfileStore::openDefaultSettings();
    }

    LanguageManager languages(settings.get());
    if (screenshots)
        languages.setLanguage(QStringLiteral("en"));
    else
        languages.restore(); // installs the console's and Qt's translators

    SecretStore secrets(secretOptions);
    secrets.setFileFallbackEnabled(ConsoleSettings::load(*settings).secretsFileFallback);
    ProfileStore profiles(settings.get());
    if (screenshots)
        profiles.setEnvironment(SailEnvironment()); // always the Sandbox
    profiles.setSecretStore(&secrets);
    // The Sandbox profile runs isc-sandbox from next to this executable ($ISC_SANDBOX_PATH,
    // else PATH): see SandboxProcess::locateProgram(). It is the active profile until the
    // user adds a tenant.
    ConnectionResolver resolver(&profiles, &secrets);
    QNetworkAccessManager network; // the one of the application, injected everywhere

    MainWindow::Context context;
    context.profiles = &profiles;
    context.secrets = &secrets;
    context.resolver = &resolver;
    context.network = &network;
    context.languages = &languages;
    context.settings = settings.get();
    MainWindow window(context);

    if (screenshots)
        return takeScreenshots(&window, context, options.screenshotDir);

    window.show();
    return app.exec();
}

} // namespace isc
