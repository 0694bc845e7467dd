#pragma once

// The fixture of the main-window tests: the application's objects (settings in a temporary
// folder, secrets in memory, profiles, resolver, language manager, one network access
// manager), tenant profiles pointing at a test sandbox, and helpers to wait for the window.

#include "../uiparts/uitest.h"
#include "sandbox.h"

#include "ui/mainwindow.h"
#include "ui/pages/connectorspage.h"
#include "ui/pages/customizerspage.h"
#include "ui/pages/instancespage.h"
#include "ui/widgets/languagemanager.h"

#include "tenants/connectionresolver.h"
#include "tenants/profilestore.h"
#include "tenants/sailenvironment.h"
#include "tenants/secretstore.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace isc::test {

class GuiFixture
{
public:
    GuiFixture()
    {
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("isc-console.conf")),
                                               QSettings::IniFormat);
        // One attempt per call: a scripted 500 reaches the window at once.
        settings->setValue(QStringLiteral("Network/maxAttempts"), 1);
        SecretStore::Options options;
        options.useKeychain = false;
        options.fallbackFilePath = dir.filePath(QStringLiteral("secrets.json"));
        secrets = std::make_unique<SecretStore>(options);
        profiles = std::make_unique<ProfileStore>(settings.get());
        profiles->setEnvironment(SailEnvironment());
        profiles->setSecretStore(secrets.get());
        resolver = std::make_unique<ConnectionResolver>(profiles.get(), secrets.get());
        languages = std::make_unique<LanguageManager>(settings.get());
    }

    ~GuiFixture()
    {
        window.reset();
        resolver.reset();
    }

    // A Tenant profile on `sandbox`, its secret stored; returns its id (empty on failure).
    QString addProfile(Sandbox &sandbox, const QString &name, bool readOnly = false)
    {
        TenantProfile profile;
        profile.name = name;
        profile.baseUrl = sandbox.baseUrl();
        profile.clientId = sandbox.clientId();
        profile.readOnly = readOnly;
        QString error;
        const auto added = profiles->add(profile, &error);
        if (!added) {
            qWarning("profile not added: %s", qPrintable(error));
            return {};
        }
        SecretJob *job = secrets->write(added->id, sandbox.clientSecret());
        bool done = false;
        QObject::connect(job, &SecretJob::finished, job, [&done] { done = true; });
        job->start();
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("secret not written");
        return added->id;
    }

    MainWindow::Context context()
    {
        MainWindow::Context c;
        c.profiles = profiles.get();
        c.secrets = secrets.get();
        c.resolver = resolver.get();
        c.network = &network;
        c.languages = languages.get();
        c.settings = settings.get();
        return c;
    }

    // Makes the window, shows it and waits until it is connected and every table loaded.
    MainWindow *open()
    {
        window = std::make_unique<MainWindow>(context());
        window->show();
        if (!waitLoaded())
            qWarning("the window did not load");
        return window.get();
    }

    // Closes the window as the user does (its state is saved) and deletes it.
    void close()
    {
        if (window)
            window->close();
        window.reset();
    }

    bool waitLoaded(int timeoutMs = 60000)
    {
        return QTest::qWaitFor(
            [this] {
                return window && window->session() && !window->isConnecting() &&
                    !window->connectorsPage()->isLoading() &&
                    !window->customizersPage()->isLoading() &&
                    !window->instancesPage()->isLoading();
            },
            timeoutMs);
    }

    QAction *action(const char *name) const
    {
        return window->findChild<QAction *>(QLatin1String(name));
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<ConnectionResolver> resolver;
    std::unique_ptr<LanguageManager> languages;
    QNetworkAccessManager network;
    std::unique_ptr<MainWindow> window;
};

// Calls `drive` with the first visible top-level widget of type T once it shows: works for
// dialogs opened with exec() (a nested event loop) and with open()/show() alike. The
// returned flag becomes true once `drive` ran.
template<typename T>
std::shared_ptr<bool> whenShown(std::function<void(T *)> drive)
{
    auto ran = std::make_shared<bool>(false);
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, drive, ran] {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            if (auto *dialog = qobject_cast<T *>(widget); dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                *ran = true;
                drive(dialog);
                return;
            }
        }
    });
    timer->start();
    return ran;
}

// The sequence number of the newest entry of the sandbox's request log (0 when empty).
inline qint64 lastSequence(Sandbox &sandbox)
{
    const QJsonArray log = sandbox.requestLog();
    return log.isEmpty() ? 0 : log.last().toObject().value(QLatin1String("sequence")).toInteger();
}

} // namespace isc::test
