#include "mainwindow.h"

#include "pages/connectorspage.h"
#include "pages/customizerspage.h"
#include "pages/instancespage.h"
#include "session.h"
#include "widgets/activitywidget.h"
#include "widgets/datatableview.h"
#include "widgets/languagemanager.h"
#include "widgets/localeselector.h"
#include "widgets/requeststatuswidget.h"
#include "workflows/customizerworkflow.h"
#include "workflows/exportworkflow.h"
#include "workflows/tenantworkflow.h"

#include "dialogs/consolesettings.h"
#include "dialogs/settingsdialog.h"

#include "base/apilocale.h"
#include "models/connectorinstancetablemodel.h"
#include "models/customizertablemodel.h"
#include "models/tablesortfilterproxymodel.h"
#include "net/apiclient.h"
#include "tenants/connectionresolver.h"
#include "tenants/profilestore.h"
#include "tenants/secretstore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace isc {

namespace {

const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString stateKey = QStringLiteral("MainWindow/state");
const QString currentTabKey = QStringLiteral("MainWindow/currentTab");
const QString detailsVisibleKey = QStringLiteral("MainWindow/detailsVisible");
const QString filterRowKey = QStringLiteral("MainWindow/filterRowVisible");

QString splitterKey(const QString &table)
{
    return QStringLiteral("MainWindow/splitter/") + table;
}

} // namespace

MainWindow::MainWindow(const Context &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/isc-console.svg")));
    if (m_context.settings)
        ConsoleSettings::load(*m_context.settings).applyTo(m_pipelineOptions);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_notice = new RequestStatusWidget(central);
    m_notice->setObjectName(QStringLiteral("notice"));
    layout->addWidget(m_notice);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_connectorsPage = new ConnectorsPage(m_tabs);
    m_customizersPage = new CustomizersPage(m_tabs);
    m_instancesPage = new InstancesPage(m_tabs);
    for (TablePage *page : pages())
        m_tabs->addTab(page, page->title());
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_customizerWorkflow = new CustomizerWorkflow(this, this);
    m_exportWorkflow = new ExportWorkflow(this, m_context.settings, this);
    m_tenantWorkflow = new TenantWorkflow(m_context.profiles, m_context.secrets, m_context.resolver,
                                          m_context.network, this, this);
    m_tenantWorkflow->setPipelineOptions(m_pipelineOptions);

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    createDock();
    retranslate();

    // Pages: counts, loads, selection.
    for (TablePage *page : pages()) {
        connect(page, &TablePage::countsChanged, this, &MainWindow::updateStatus);
        connect(page, &TablePage::loadingChanged, this, &MainWindow::updateStatus);
        connect(page, &TablePage::progress, this, [this, page](qint64 done, qint64 total) {
            if (page == currentPage())
                m_statusRequest->setProgress(done, total);
        });
        connect(page, &TablePage::rateLimited, this, [this, page](int secondsLeft) {
            if (page == currentPage())
                showCountdown(secondsLeft);
        });
        connect(page, &TablePage::selectionChanged, this, &MainWindow::updateActions);
        connect(page, &TablePage::loaded, this, [this, page] {
            if (page != m_exportPage || !m_exportWorkflow->isWaitingForRows())
                return;
            m_exportPage = nullptr;
            if (page->isComplete())
                m_exportWorkflow->allRowsLoaded();
            else
                m_exportWorkflow->loadAllFailed(page->banner()->text());
        });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        showCountdown(0);
        updateEditMenu();
        updateActions();
        updateStatus();
    });

    // Customizers and instances tell each other names and usage.
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_customizersPage->customizerModel()),
          static_cast<QAbstractItemModel *>(m_instancesPage->instanceModel())}) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                &MainWindow::scheduleCrossReferences);
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                &MainWindow::scheduleCrossReferences);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleCrossReferences);
        connect(model, &QAbstractItemModel::dataChanged, this,
                &MainWindow::scheduleCrossReferences);
    }
    connect(m_instancesPage, &TablePage::loaded, this, &MainWindow::scheduleCrossReferences);

    // The workflows report back into the models.
    connect(m_customizerWorkflow, &CustomizerWorkflow::customizerChanged, this,
            [this](const Customizer &customizer) {
                m_customizersPage->customizerModel()->upsert(customizer);
            });
    connect(m_customizerWorkflow, &CustomizerWorkflow::customizerDeleted, this,
            [this](const QString &id) {
                m_customizersPage->customizerModel()->remove(id);
                // The sandbox unlinks the sources that used it (the real service does not
                // document it): show the instances as they are now.
                m_instancesPage->reload();
            });
    connect(m_customizerWorkflow, &CustomizerWorkflow::instanceChanged, this,
            [this](const ConnectorInstance &instance) {
                m_instancesPage->instanceModel()->upsert(instance);
            });
    connect(m_customizerWorkflow, &CustomizerWorkflow::message, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_exportWorkflow, &ExportWorkflow::message, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    // "Load all rows first": the table loads again, then the export goes on.
    connect(m_exportWorkflow, &ExportWorkflow::loadAllRequested, this, [this] {
        m_exportPage = currentPage();
        if (m_exportPage)
            m_exportPage->reload();
    });
    connect(m_exportWorkflow, &ExportWorkflow::loadAllCancelled, this, [this] {
        if (TablePage *page = m_exportPage)
            page->cancelLoad();
        m_exportPage = nullptr;
    });
    connect(m_tenantWorkflow, &TenantWorkflow::fileFallbackChanged, this, [this](bool enabled) {
        if (!m_context.settings)
            return;
        ConsoleSettings settings = ConsoleSettings::load(*m_context.settings);
        settings.secretsFileFallback = enabled;
        settings.save(*m_context.settings);
    });

    // Tenants.
    connect(m_context.profiles, &ProfileStore::profilesChanged, this, &MainWindow::fillTenantCombo);
    connect(m_context.profiles, &ProfileStore::activeProfileChanged, this,
            &MainWindow::connectActiveProfile);
    connect(m_context.profiles, &ProfileStore::profileChanged, this, [this](const QString &id) {
        if (id == m_sessionProfileId)
            connectActiveProfile(); // its URL, client or read-only flag may have changed
    });
    connect(m_context.resolver, &ConnectionResolver::sandboxFailed, this,
            [this](const QString &message) { m_notice->showErrorText(message); });
    if (m_context.secrets) {
        connect(m_context.secrets, &SecretStore::keychainStatusChanged, this,
                [this](SecretStore::KeychainStatus status, const QString &message) {
                    if (status == SecretStore::KeychainStatus::Unavailable)
                        m_notice->showMessage(message);
                });
    }

    // Languages.
    connect(m_context.languages, &LanguageManager::languageChanged, this, [this] {
        const QSignalBlocker blocker(m_localeSelector);
        m_localeSelector->setLanguage(m_context.languages->language());
        for (QAction *action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == m_context.languages->language());
    });
    connect(m_context.languages, &LanguageManager::apiLocaleChanged, this,
            &MainWindow::applyApiLocale);

    // Restore the window.
    if (m_context.settings) {
        const QSettings &settings = *m_context.settings;
        if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
            resize(1200, 760);
        restoreState(settings.value(stateKey).toByteArray());
        m_tabs->setCurrentIndex(
            qBound(0, settings.value(currentTabKey, 0).toInt(), m_tabs->count() - 1));
        m_detailsAction->setChecked(settings.value(detailsVisibleKey, true).toBool());
        m_filterRowAction->setChecked(settings.value(filterRowKey, false).toBool());
        for (TablePage *page : pages())
            page->splitter()->restoreState(
                settings.value(splitterKey(page->tableName())).toByteArray());
    } else {
        resize(1200, 760);
    }
    for (TablePage *page : pages()) {
        page->setDetailsVisible(m_detailsAction->isChecked());
        page->view()->setFilterRowVisible(m_filterRowAction->isChecked());
    }

    for (TablePage *page : pages())
        m_defaultViewStates.insert(page->tableName(), page->view()->saveViewState());

    fillTenantCombo();
    updateEditMenu();
    updateActions();
    updateStatus();
    connectActiveProfile();
}

MainWindow::~MainWindow()
{
    if (m_connecting)
        m_connecting->disconnect(this);
    for (TablePage *page : pages())
        page->setSession(nullptr);
}

Session *MainWindow::session() const
{
    return m_session.data();
}

QList<TablePage *> MainWindow::pages() const
{
    return {m_connectorsPage, m_customizersPage, m_instancesPage};
}

TablePage *MainWindow::currentPage() const
{
    return qobject_cast<TablePage *>(m_tabs->currentWidget());
}

// ---------------------------------------------------------------------------------------
// Actions, menus, tool bar, status bar, dock

void MainWindow::createActions()
{
    auto make = [this](const char *name, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };
    m_exportAction = make("actionExport", QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCurrentTable);
    m_tenantsAction = make("actionTenants");
    connect(m_tenantsAction, &QAction::triggered, this, &MainWindow::openTenants);
    m_settingsAction = make("actionSettings", QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    m_quitAction = make("actionQuit", QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = make("actionRefresh");
    m_refreshAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    m_refreshAction->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_findAction = make("actionFind", QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (TablePage *page = currentPage())
            page->focusQuickFilter();
    });
    m_filterRowAction = make("actionFilterRow", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_filterRowAction->setCheckable(true);
    connect(m_filterRowAction, &QAction::toggled, this, [this](bool visible) {
        for (TablePage *page : pages())
            page->view()->setFilterRowVisible(visible);
    });

    for (int i = 0; i < 3; ++i) {
        m_tabActions[i] = make(i == 0       ? "actionShowConnectors"
                                   : i == 1 ? "actionShowCustomizers"
                                            : "actionShowInstances",
                               QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(m_tabActions[i], &QAction::triggered, this, [this, i] {
            m_tabs->setCurrentIndex(i);
            if (TablePage *page = currentPage())
                page->view()->setFocus(Qt::ShortcutFocusReason);
        });
    }
    m_detailsAction = make("actionDetailsPane");
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    connect(m_detailsAction, &QAction::toggled, this, [this](bool visible) {
        for (TablePage *page : pages())
            page->setDetailsVisible(visible);
    });

    m_newAction = make("actionNewCustomizer", QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    connect(m_newAction, &QAction::triggered, this,
            [this] { m_customizerWorkflow->createCustomizer(); });
    m_renameAction = make("actionRenameCustomizer", QKeySequence(Qt::Key_F2));
    connect(m_renameAction, &QAction::triggered, this, &MainWindow::renameCustomizer);
    m_uploadAction = make("actionUploadVersion");
    connect(m_uploadAction, &QAction::triggered, this, &MainWindow::uploadVersion);
    m_linkAction = make("actionLinkCustomizer");
    connect(m_linkAction, &QAction::triggered, this, &MainWindow::linkCustomizer);
    m_unlinkAction = make("actionUnlinkCustomizer");
    connect(m_unlinkAction, &QAction::triggered, this, &MainWindow::unlinkCustomizer);
    m_deleteAction = make("actionDeleteCustomizer", QKeySequence(QKeySequence::Delete));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteCustomizer);

    m_aboutAction = make("actionAbout");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // Shortcuts work wherever the focus is in the window, menus shown or not.
    addActions({m_exportAction, m_tenantsAction, m_settingsAction, m_quitAction, m_refreshAction,
                m_findAction, m_filterRowAction, m_tabActions[0], m_tabActions[1], m_tabActions[2],
                m_detailsAction, m_newAction, m_renameAction, m_uploadAction, m_linkAction,
                m_unlinkAction, m_deleteAction});
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_tenantsAction);
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString()); // filled by updateEditMenu()

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addSeparator();
    for (QAction *action : m_tabActions)
        m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_detailsAction);
    // The activity dock's toggle action is added by createDock().
    m_languageMenu = new QMenu(this);
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &language : LanguageManager::availableLanguages()) {
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(language));
        action->setObjectName(QStringLiteral("actionLanguage_") + language);
        action->setData(language);
        action->setCheckable(true);
        action->setChecked(language == m_context.languages->language());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, language] { m_context.languages->setLanguage(language); });
    }

    m_customizerMenu = menuBar()->addMenu(QString());
    m_customizerMenu->addAction(m_newAction);
    m_customizerMenu->addAction(m_renameAction);
    m_customizerMenu->addAction(m_uploadAction);
    m_customizerMenu->addSeparator();
    m_customizerMenu->addAction(m_linkAction);
    m_customizerMenu->addAction(m_unlinkAction);
    m_customizerMenu->addSeparator();
    m_customizerMenu->addAction(m_deleteAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);

    m_tenantLabel = new QLabel(m_toolBar);
    m_tenantCombo = new QComboBox(m_toolBar);
    m_tenantCombo->setObjectName(QStringLiteral("tenantCombo"));
    m_tenantCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tenantLabel->setBuddy(m_tenantCombo);
    connect(m_tenantCombo, qOverload<int>(&QComboBox::activated), this, &MainWindow::tenantChosen);
    m_toolBar->addWidget(m_tenantLabel);
    m_toolBar->addWidget(m_tenantCombo);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addSeparator();
    // The locale selector (UI language, API locale) drops down from a tool button that names
    // the current choice: the toolbar stays one row high.
    m_localeButton = new QToolButton(m_toolBar);
    m_localeButton->setObjectName(QStringLiteral("localeButton"));
    m_localeButton->setPopupMode(QToolButton::InstantPopup);
    m_localeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *localeMenu = new QMenu(m_localeButton);
    m_localeSelector = new LocaleSelector(localeMenu);
    m_localeSelector->setObjectName(QStringLiteral("localeSelector"));
    m_localeSelector->setLanguage(m_context.languages->language());
    m_localeSelector->setApiLocaleOverride(m_context.languages->apiLocaleOverride());
    connect(m_localeSelector, &LocaleSelector::languageChanged, m_context.languages,
            &LanguageManager::setLanguage);
    connect(m_localeSelector, &LocaleSelector::apiLocaleOverrideChanged, m_context.languages,
            &LanguageManager::setApiLocaleOverride);
    auto *localeAction = new QWidgetAction(localeMenu);
    localeAction->setDefaultWidget(m_localeSelector);
    localeMenu->addAction(localeAction);
    m_localeButton->setMenu(localeMenu);
    m_toolBar->addWidget(m_localeButton);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addAction(m_newAction);
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    m_statusTenant = new QLabel(bar);
    m_statusTenant->setObjectName(QStringLiteral("statusTenant"));
    m_readOnlyBadge = new QLabel(bar);
    m_readOnlyBadge->setObjectName(QStringLiteral("readOnlyBadge"));
    // A badge in the palette's highlight colours: readable in light and dark themes.
    m_readOnlyBadge->setAutoFillBackground(true);
    m_readOnlyBadge->setBackgroundRole(QPalette::Highlight);
    m_readOnlyBadge->setForegroundRole(QPalette::HighlightedText);
    m_readOnlyBadge->setMargin(2);
    m_readOnlyBadge->hide();
    m_statusCount = new QLabel(bar);
    m_statusCount->setObjectName(QStringLiteral("statusCount"));
    m_countdown = new QLabel(bar);
    m_countdown->setObjectName(QStringLiteral("retryCountdown"));
    m_countdown->hide();
    m_statusRequest = new RequestStatusWidget(bar);
    m_statusRequest->setObjectName(QStringLiteral("statusRequest"));
    m_cancelButton = new QToolButton(bar);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        if (TablePage *page = currentPage())
            page->cancelLoad();
    });
    bar->addWidget(m_statusTenant);
    bar->addWidget(m_readOnlyBadge);
    bar->addWidget(m_statusRequest, 1);
    bar->addWidget(m_cancelButton);
    bar->addPermanentWidget(m_countdown);
    bar->addPermanentWidget(m_statusCount);
}

void MainWindow::createDock()
{
    m_activityDock = new QDockWidget(this);
    m_activityDock->setObjectName(QStringLiteral("activityDock"));
    m_activity = new ActivityWidget(m_activityDock);
    m_activityDock->setWidget(m_activity);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    m_activityDock->hide();
    QAction *toggle = m_activityDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionActivityDock"));
    toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    m_viewMenu->addAction(toggle);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(m_languageMenu);
}

void MainWindow::updateEditMenu()
{
    m_editMenu->clear();
    if (TablePage *page = currentPage()) {
        DataTableView *view = page->view();
        m_editMenu->addAction(view->copyAction());
        m_editMenu->addAction(view->copyWithHeadersAction());
        m_editMenu->addAction(view->copyAsJsonAction());
        m_editMenu->addSeparator();
        m_editMenu->addAction(view->selectAllAction());
        m_editMenu->addSeparator();
    }
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_filterRowAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_session ? tr("%1 — ISC Connector Console").arg(m_session->displayName())
                             : tr("ISC Connector Console"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_customizerMenu->setTitle(tr("&Customizer"));
    m_helpMenu->setTitle(tr("&Help"));

    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setToolTip(tr("Export the table to a CSV or JSON file (Ctrl+E)"));
    m_tenantsAction->setText(tr("&Tenants…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Load the table again from the tenant (Ctrl+R, F5)"));
    m_findAction->setText(tr("&Find…"));
    m_filterRowAction->setText(tr("Column &Filter Row"));
    m_tabActions[0]->setText(tr("&Connectors"));
    m_tabActions[1]->setText(tr("C&ustomizers"));
    m_tabActions[2]->setText(tr("&Instances"));
    m_detailsAction->setText(tr("&Details Pane"));
    m_newAction->setText(tr("&New Customizer…"));
    m_renameAction->setText(tr("&Rename…"));
    m_uploadAction->setText(tr("&Upload Version…"));
    m_linkAction->setText(tr("&Link…"));
    m_unlinkAction->setText(tr("U&nlink"));
    m_deleteAction->setText(tr("&Delete…"));
    m_aboutAction->setText(tr("&About ISC Connector Console"));

    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    updateLocaleButton();
    m_tenantLabel->setText(tr("&Tenant:"));
    m_tenantCombo->setAccessibleName(tr("Tenant profile"));
    m_tenantCombo->setToolTip(tr("The tenant profile the console works on"));
    m_activityDock->setWindowTitle(tr("Activity"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop loading; the rows loaded so far stay"));
    m_readOnlyBadge->setText(tr("Read-only"));
    m_readOnlyBadge->setToolTip(tr("This tenant profile is read-only: nothing can be changed"));
    m_statusCount->setAccessibleName(tr("Rows shown of total"));

    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<TablePage *>(m_tabs->widget(i)))
            m_tabs->setTabText(i, page->title());
    }
    fillTenantCombo();
    updateActions();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu) {
        retranslate();
        for (TablePage *page : pages())
            page->model()->retranslate();
    }
    QMainWindow::changeEvent(event);
}

// ---------------------------------------------------------------------------------------
// Tenants and sessions

void MainWindow::fillTenantCombo()
{
    const QSignalBlocker blocker(m_tenantCombo);
    m_tenantCombo->clear();
    const QString active = m_context.profiles->activeProfileId();
    const QList<TenantProfile> profiles = m_context.profiles->profiles();
    for (const TenantProfile &profile : profiles) {
        const QString text =
            profile.readOnly ? tr("%1 (read-only)").arg(profile.name) : profile.name;
        m_tenantCombo->addItem(text, profile.id);
        if (profile.id == active)
            m_tenantCombo->setCurrentIndex(m_tenantCombo->count() - 1);
    }
}

void MainWindow::tenantChosen(int index)
{
    const QString id = m_tenantCombo->itemData(index).toString();
    if (id.isEmpty() || id == m_context.profiles->activeProfileId())
        return;
    m_context.profiles->setActiveProfile(id); // activeProfileChanged() connects
}

void MainWindow::connectActiveProfile()
{
    if (m_connecting) {
        m_connecting->disconnect(this);
        m_connecting->cancel();
    }
    dropSession();
    fillTenantCombo();
    const TenantProfile profile = m_context.profiles->activeProfile();
    m_notice->clear();
    m_statusRequest->showBusy(profile.kind == TenantProfile::Kind::Sandbox
                                  ? tr("Starting the sandbox…")
                                  : tr("Connecting to %1…").arg(profile.name));
    ConnectionJob *job = m_context.resolver->resolve(profile.id);
    m_connecting = job;
    connect(job, &ConnectionJob::finished, this, &MainWindow::onConnected);
    updateActions();
    updateStatus();
    job->start();
}

void MainWindow::onConnected(const ConnectionJob::Result &result)
{
    m_connecting = nullptr;
    m_statusRequest->clear();
    if (!result.ok()) {
        if (result.cancelled)
            return;
        const QString message =
            tr("Could not connect to “%1”: %2").arg(result.profile.name, result.errorString);
        m_notice->showErrorText(message);
        updateActions();
        updateStatus();
        Q_EMIT sessionFailed(message);
        return;
    }
    m_session = new Session(m_context.network, result, m_pipelineOptions, this);
    m_sessionProfileId = result.profile.id;
    if (!result.warning.isEmpty())
        m_notice->showMessage(result.warning);
    const QString apiLocale = effectiveApiLocale();
    m_session->client()->setApiLocale(apiLocale);
    m_connectorsPage->setApiLocale(apiLocale); // no session yet: no load
    for (TablePage *page : pages())
        page->setSession(m_session);
    restoreViewStates();
    m_activity->setJournal(m_session->client()->journal());
    m_customizerWorkflow->setServices(m_session->customizers(), m_session->instances(),
                                      m_session->isReadOnly());
    retranslate(); // the window title names the tenant
    for (TablePage *page : pages())
        page->reload();
    Q_EMIT sessionChanged(m_session);
}

void MainWindow::dropSession()
{
    if (!m_session)
        return;
    saveViewStates();
    for (TablePage *page : pages())
        page->setSession(nullptr);
    m_activity->setJournal(nullptr);
    m_customizerWorkflow->setServices(nullptr, nullptr, true);
    delete m_session;
    m_session = nullptr;
    showCountdown(0);
    updateActions();
    updateStatus();
}

QString MainWindow::effectiveApiLocale() const
{
    // A profile may fix the API locale of its tenant; else the language manager's choice.
    if (m_session && apiLocales().contains(m_session->profile().apiLocale))
        return m_session->profile().apiLocale;
    return m_context.languages->effectiveApiLocale();
}

void MainWindow::updateLocaleButton()
{
    //: The tool button of the locale selector: UI language · API locale of connector texts
    m_localeButton->setText(tr("%1 · %2").arg(
        LanguageManager::nativeName(m_context.languages->language()), effectiveApiLocale()));
    m_localeButton->setToolTip(tr("The user interface language and the language of connector "
                                  "texts"));
    m_localeButton->setAccessibleName(tr("Languages"));
}

void MainWindow::applyApiLocale()
{
    updateLocaleButton();
    const QSignalBlocker blocker(m_localeSelector);
    m_localeSelector->setApiLocaleOverride(m_context.languages->apiLocaleOverride());
    if (!m_session)
        return;
    const QString apiLocale = effectiveApiLocale();
    m_session->client()->setApiLocale(apiLocale);
    m_connectorsPage->setApiLocale(apiLocale); // reloads when it changed
}

void MainWindow::scheduleCrossReferences()
{
    if (m_crossReferencesScheduled)
        return;
    m_crossReferencesScheduled = true;
    QTimer::singleShot(0, this, &MainWindow::syncCrossReferences);
}

void MainWindow::syncCrossReferences()
{
    m_crossReferencesScheduled = false;
    CustomizerTableModel *customizers = m_customizersPage->customizerModel();
    ConnectorInstanceTableModel *instances = m_instancesPage->instanceModel();
    if (m_instancesPage->isComplete() && m_instancesPage->session())
        customizers->setUsage(instances->usage());
    else if (customizers->isUsageKnown())
        customizers->clearUsage();
    instances->setCustomizerNames(customizers->namesById());
}

// ---------------------------------------------------------------------------------------
// View states

QString MainWindow::viewStateKey(const QString &table) const
{
    return QStringLiteral("Views/%1/%2").arg(m_sessionProfileId, table);
}

void MainWindow::saveViewStates() const
{
    if (!m_context.settings || m_sessionProfileId.isEmpty())
        return;
    for (TablePage *page : pages())
        m_context.settings->setValue(viewStateKey(page->tableName()),
                                     page->view()->saveViewState());
}

void MainWindow::restoreViewStates()
{
    if (!m_context.settings || m_sessionProfileId.isEmpty())
        return;
    for (TablePage *page : pages()) {
        // A tenant seen for the first time gets the columns as they were at start-up.
        const QByteArray state =
            m_context.settings->value(viewStateKey(page->tableName())).toByteArray();
        if (state.isEmpty() || !page->view()->restoreViewState(state))
            page->view()->restoreViewState(m_defaultViewStates.value(page->tableName()));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_context.settings) {
        QSettings &settings = *m_context.settings;
        saveViewStates();
        settings.setValue(geometryKey, saveGeometry());
        settings.setValue(stateKey, saveState());
        settings.setValue(currentTabKey, m_tabs->currentIndex());
        settings.setValue(detailsVisibleKey, m_detailsAction->isChecked());
        settings.setValue(filterRowKey, m_filterRowAction->isChecked());
        for (TablePage *page : pages())
            settings.setValue(splitterKey(page->tableName()), page->splitter()->saveState());
    }
    QMainWindow::closeEvent(event);
}

// ---------------------------------------------------------------------------------------
// Status and actions

QString MainWindow::tenantText() const
{
    return m_statusTenant->text();
}

QString MainWindow::countText() const
{
    return m_statusCount->text();
}

bool MainWindow::isReadOnlyBadgeShown() const
{
    return !m_readOnlyBadge->isHidden();
}

void MainWindow::updateStatus()
{
    if (m_session) {
        m_statusTenant->setText(tr("Tenant: %1").arg(m_session->displayName()));
        m_readOnlyBadge->setVisible(m_session->isReadOnly());
    } else {
        m_statusTenant->setText(isConnecting() ? tr("Connecting…") : tr("Not connected"));
        m_readOnlyBadge->hide();
    }

    TablePage *page = currentPage();
    if (!page) {
        m_statusCount->clear();
        return;
    }
    const QLocale locale;
    m_statusCount->setText(
        tr("%1 of %2")
            .arg(locale.toString(page->shownCount()), locale.toString(page->totalCount())));
    m_statusCount->setToolTip(tr("Rows shown (after the filters) of the rows in the list"));

    if (page->isLoading()) {
        if (m_statusRequest->state() != RequestStatusWidget::State::Busy ||
            m_statusRequest->text() != page->loadingText())
            m_statusRequest->showBusy(page->loadingText());
        m_cancelButton->show();
    } else if (!isConnecting()) {
        if (m_statusRequest->state() == RequestStatusWidget::State::Busy)
            m_statusRequest->clear();
        m_cancelButton->hide();
    }
}

void MainWindow::showCountdown(int secondsLeft)
{
    if (secondsLeft <= 0) {
        m_countdown->hide();
        m_countdown->clear();
        return;
    }
    m_countdown->setText(tr("Rate limited: retrying in %n s", nullptr, secondsLeft));
    m_countdown->show();
}

void MainWindow::updateActions()
{
    const bool connected = m_session != nullptr;
    const bool readOnly = connected && m_session->isReadOnly();
    const bool onCustomizers = currentPage() == m_customizersPage;
    const bool onInstances = currentPage() == m_instancesPage;
    const std::optional<Customizer> customizer =
        onCustomizers ? m_customizersPage->currentCustomizer() : std::nullopt;
    const std::optional<ConnectorInstance> instance =
        onInstances ? m_instancesPage->currentInstance() : std::nullopt;

    const QString readOnlyWhy = readOnly
        ? tr("“%1” is a read-only tenant profile: changes are disabled.")
              .arg(m_session->displayName())
        : QString();
    auto set = [&](QAction *action, bool enabled, const QString &tip) {
        action->setEnabled(connected && !readOnly && enabled);
        action->setToolTip(readOnly ? readOnlyWhy : tip);
        action->setStatusTip(action->toolTip());
    };
    set(m_newAction, true, tr("Create a connector customizer (Ctrl+N)"));
    set(m_renameAction, customizer.has_value(),
        tr("Rename the selected customizer (F2; Customizers tab)"));
    set(m_uploadAction, customizer.has_value(),
        tr("Upload a new version of the selected customizer from a zip archive"));
    set(m_linkAction, customizer.has_value() || instance.has_value(),
        onInstances ? tr("Choose the customizer of the selected source instance")
                    : tr("Choose the source instances that use the selected customizer"));
    set(m_unlinkAction, instance.has_value() && instance->isLinked(),
        tr("Remove the customizer from the selected source instance (Instances tab)"));
    set(m_deleteAction, customizer.has_value(),
        tr("Delete the selected customizer (Del; Customizers tab)"));

    m_refreshAction->setEnabled(connected);
    m_exportAction->setEnabled(connected && currentPage());
}

// ---------------------------------------------------------------------------------------
// Commands

void MainWindow::refresh()
{
    if (!m_session) {
        connectActiveProfile();
        return;
    }
    TablePage *page = currentPage();
    if (!page)
        return;
    page->reload();
    // Usage and customizer names come from the other table: keep both fresh.
    if (page == m_customizersPage)
        m_instancesPage->reload();
    else if (page == m_instancesPage)
        m_customizersPage->reload();
}

void MainWindow::exportCurrentTable()
{
    TablePage *page = currentPage();
    if (!page || !m_session)
        return;
    ExportContext context;
    context.model = page->proxy();
    context.selection = page->view()->selectionModel();
    context.header = page->view()->horizontalHeader();
    context.tenantName = m_session->displayName();
    context.tableName = page->tableName();
    context.complete = page->isComplete();
    m_exportWorkflow->exportTable(context);
}

void MainWindow::renameCustomizer()
{
    if (const auto customizer = m_customizersPage->currentCustomizer())
        m_customizerWorkflow->editCustomizer(*customizer);
}

void MainWindow::uploadVersion()
{
    if (const auto customizer = m_customizersPage->currentCustomizer())
        m_customizerWorkflow->uploadVersion(*customizer);
}

void MainWindow::linkCustomizer()
{
    const QList<ConnectorInstance> &instances = m_instancesPage->instanceModel()->instances();
    const QList<Customizer> &customizers = m_customizersPage->customizerModel()->customizers();
    if (currentPage() == m_instancesPage) {
        if (const auto instance = m_instancesPage->currentInstance())
            m_customizerWorkflow->chooseCustomizer(*instance, customizers);
    } else if (const auto customizer = m_customizersPage->currentCustomizer()) {
        m_customizerWorkflow->linkInstances(*customizer, instances, customizers);
    }
}

void MainWindow::unlinkCustomizer()
{
    if (const auto instance = m_instancesPage->currentInstance())
        m_customizerWorkflow->unlink(*instance);
}

void MainWindow::deleteCustomizer()
{
    const auto customizer = m_customizersPage->currentCustomizer();
    if (!customizer)
        return;
    QList<ConnectorInstance> usedBy;
    for (const ConnectorInstance &instance : m_instancesPage->instanceModel()->instances()) {
        if (instance.connectorCustomizerId == customizer->id)
            usedBy.append(instance);
    }
    m_customizerWorkflow->deleteCustomizer(*customizer, usedBy);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_context.languages, this);
    if (m_context.settings)
        dialog.setConsoleSettings(ConsoleSettings::load(*m_context.settings));
    connect(&dialog, &SettingsDialog::consoleSettingsAccepted, this,
            [this](const ConsoleSettings &settings) {
                if (m_context.settings)
                    settings.save(*m_context.settings);
                settings.applyTo(m_pipelineOptions); // for the sessions made from now on
                m_tenantWorkflow->setPipelineOptions(m_pipelineOptions);
                if (m_context.secrets)
                    m_context.secrets->setFileFallbackEnabled(settings.secretsFileFallback);
                statusBar()->showMessage(tr("The network settings apply from the next connection."),
                                         10000);
            });
    dialog.exec();
}

void MainWindow::openTenants()
{
    m_tenantWorkflow->openTenantsDialog();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ISC Connector Console"),
        tr("<h3>ISC Connector Console %1</h3>"
           "<p>Browse the connector catalogue of SailPoint Identity Security Cloud and manage "
           "connector customizers.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace isc
