#include "screenshots.h"

#include "dialogs/editcustomizerdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/newcustomizerdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/tenantprofilesdialog.h"
#include "pages/connectorspage.h"
#include "pages/customizerspage.h"
#include "pages/instancespage.h"
#include "widgets/connectorfilterbuilder.h"
#include "widgets/datatableview.h"

#include "models/customizertablemodel.h"
#include "models/tablesortfilterproxymodel.h"
#include "ui/session.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QPixmap>
#include <QTabWidget>

#include <cstdio>
#include <functional>

namespace isc {

namespace {

constexpr int loadTimeoutMs = 120000;

// Runs the event loop until `done` holds or the time is up.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCoreApplication::sendPostedEvents(); // deferred deletes and layout requests too
    }
    return true;
}

// Lets layouts, fonts and the palette settle before a grab.
void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget *widget, const QDir &dir, const QString &name)
{
    settle();
    const QString path = dir.filePath(name);
    if (!widget->grab().save(path, "PNG")) {
        std::fprintf(stderr, "isc-console: could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

bool tablesLoaded(MainWindow *window)
{
    return window->session() && !window->connectorsPage()->isLoading() &&
        !window->customizersPage()->isLoading() && !window->instancesPage()->isLoading();
}

} // namespace

int takeScreenshots(MainWindow *window, const MainWindow::Context &context,
                    const QString &directory)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "isc-console: cannot create %s\n", qPrintable(directory));
        return 1;
    }

    window->resize(1280, 800);
    window->show();
    QString failure;
    QObject::connect(window, &MainWindow::sessionFailed, window,
                     [&failure](const QString &message) { failure = message; });
    if (!waitFor([&] { return !failure.isEmpty() || tablesLoaded(window); }, loadTimeoutMs)) {
        std::fprintf(stderr, "isc-console: the sandbox did not load in time\n");
        return 1;
    }
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "isc-console: %s\n", qPrintable(failure));
        return 1;
    }

    bool ok = true;
    const char *names[] = {"main-connectors.png", "main-customizers.png", "main-instances.png"};
    for (int i = 0; i < window->tabs()->count(); ++i) {
        window->tabs()->setCurrentIndex(i);
        auto *page = qobject_cast<TablePage *>(window->tabs()->widget(i));
        page->view()->selectRow(0); // the details pane shows a row
        page->view()->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
        ok = save(window, dir, QLatin1String(names[i])) && ok;
    }

    // The connectors again, with the server-side filter builder open and a filter applied.
    {
        window->tabs()->setCurrentIndex(0);
        ConnectorsPage *page = window->connectorsPage();
        page->setFilterBuilderVisible(true);
        page->filterBuilder()->setFilters(
            QStringLiteral("directConnect eq true and features ca (\"AUTHENTICATE\")"));
        page->filterBuilder()->apply();
        if (!waitFor([&] { return tablesLoaded(window); }, loadTimeoutMs)) {
            std::fprintf(stderr, "isc-console: the filtered connectors did not load in time\n");
            return 1;
        }
        page->view()->selectRow(0);
        ok = save(window, dir, QStringLiteral("main-connectors-filter.png")) && ok;
        page->setFilterBuilderVisible(false);
    }

    // The activity dock, on the Customizers tab.
    window->tabs()->setCurrentIndex(1);
    if (auto *dock = window->findChild<QDockWidget *>(QStringLiteral("activityDock"))) {
        dock->show();
        ok = save(window, dir, QStringLiteral("main-activity.png")) && ok;
        dock->hide();
    }

    // Dialogs, shown without a modal loop.
    auto grabDialog = [&](QDialog *dialog, const QString &name) {
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        dialog->show();
        ok = save(dialog, dir, name) && ok;
        dialog->close();
        delete dialog;
    };
    {
        auto *dialog = new NewCustomizerDialog(window);
        grabDialog(dialog, QStringLiteral("dialog-new-customizer.png"));
    }
    const CustomizerTableModel *customizers = window->customizersPage()->customizerModel();
    if (customizers->rowCount() > 0) {
        auto *dialog = new EditCustomizerDialog(customizers->customizer(0), window);
        grabDialog(dialog, QStringLiteral("dialog-edit-customizer.png"));
    }
    {
        TablePage *page = window->connectorsPage();
        ExportSetup setup;
        setup.tenantName = window->session()->displayName();
        setup.tableName = page->tableName();
        QAbstractItemModel *model = page->proxy();
        for (int column = 0; column < model->columnCount(); ++column)
            setup.columns.append({column, model->headerData(column, Qt::Horizontal).toString(),
                                  !page->view()->isColumnHidden(column)});
        setup.totalRows = page->model()->rowCount();
        setup.filteredRows = model->rowCount();
        setup.directory = QDir::tempPath(); // a folder that exists, and no user's home
        grabDialog(new ExportDialog(setup, window), QStringLiteral("dialog-export.png"));
    }
    {
        auto *dialog = new SettingsDialog(context.languages, window);
        if (context.settings)
            dialog->setConsoleSettings(ConsoleSettings::load(*context.settings));
        grabDialog(dialog, QStringLiteral("dialog-settings.png"));
    }
    grabDialog(new TenantProfilesDialog(context.profiles, context.secrets, window),
               QStringLiteral("dialog-tenants.png"));

    window->close();
    return ok ? 0 : 1;
}

} // namespace isc
