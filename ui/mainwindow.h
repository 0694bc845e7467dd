#pragma once

#include "net/pipelineoptions.h"
#include "tenants/connectionjob.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QSettings;
class QTabWidget;
class QToolBar;
class QToolButton;

namespace isc {

class ActivityWidget;
class ConnectionResolver;
class ConnectorsPage;
class CustomizerWorkflow;
class CustomizersPage;
class ExportWorkflow;
class InstancesPage;
class LanguageManager;
class LocaleSelector;
class ProfileStore;
class RequestStatusWidget;
class SecretStore;
class Session;
class TablePage;
class TenantWorkflow;

// The console window: a toolbar (tenant switcher, Refresh, locale selector, Export), the
// Connectors, Customizers and Instances tabs, an activity dock with every request of the
// session, and a status bar (active tenant with a read-only badge, "120 of 312" rows, the
// request in flight with Cancel, the Retry-After countdown).
//
// It resolves the active profile of the ProfileStore into a Session (ApiClient + services
// on the one QNetworkAccessManager) and loads the three tables from it; a tenant switch
// makes a new Session, clears the tables, restores that tenant's header states and loads
// again. Changes go through the CustomizerWorkflow (dialogs, requests); a read-only tenant
// disables every mutating action, with a tooltip saying why.
//
// Settings (in the QSettings given): "MainWindow/geometry", "MainWindow/state",
// "MainWindow/currentTab", "MainWindow/detailsVisible", "MainWindow/filterRowVisible",
// "MainWindow/splitter/<table>" and the header states "Views/<profile id>/<table>"
// (DataTableView::saveViewState). The network settings are read with ConsoleSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // Nothing is owned; everything must outlive the window.
    struct Context
    {
        ProfileStore *profiles = nullptr;
        SecretStore *secrets = nullptr;
        ConnectionResolver *resolver = nullptr;
        QNetworkAccessManager *network = nullptr;
        LanguageManager *languages = nullptr;
        QSettings *settings = nullptr;
    };

    explicit MainWindow(const Context &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The session of the active tenant; null while connecting or after a failure.
    Session *session() const;
    bool isConnecting() const { return !m_connecting.isNull(); }

    ConnectorsPage *connectorsPage() const { return m_connectorsPage; }
    CustomizersPage *customizersPage() const { return m_customizersPage; }
    InstancesPage *instancesPage() const { return m_instancesPage; }
    TablePage *currentPage() const;
    QTabWidget *tabs() const { return m_tabs; }
    CustomizerWorkflow *customizerWorkflow() const { return m_customizerWorkflow; }
    ExportWorkflow *exportWorkflow() const { return m_exportWorkflow; }
    TenantWorkflow *tenantWorkflow() const { return m_tenantWorkflow; }
    LocaleSelector *localeSelector() const { return m_localeSelector; }

    // The status bar's texts, for tests and screenshots.
    QString tenantText() const;
    QString countText() const;
    bool isReadOnlyBadgeShown() const;

public Q_SLOTS:
    void refresh();
    void exportCurrentTable();
    void openSettings();
    void openTenants();
    void showAbout();

Q_SIGNALS:
    // A session is ready (the tables start loading) or could not be made.
    void sessionChanged(isc::Session *session);
    void sessionFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void createDock();
    void retranslate();

    void connectActiveProfile();
    void onConnected(const ConnectionJob::Result &result);
    void dropSession();
    void fillTenantCombo();
    void tenantChosen(int index);

    QList<TablePage *> pages() const;
    QString effectiveApiLocale() const;
    void applyApiLocale();
    void updateLocaleButton();
    void syncCrossReferences();
    void scheduleCrossReferences();

    void saveViewStates() const;
    void restoreViewStates();
    QString viewStateKey(const QString &table) const;

    void updateActions();
    void updateStatus();
    void updateEditMenu();
    void showCountdown(int secondsLeft);

    void renameCustomizer();
    void uploadVersion();
    void linkCustomizer();
    void unlinkCustomizer();
    void deleteCustomizer();

    Context m_context;
    PipelineOptions m_pipelineOptions;
    QPointer<Session> m_session;
    QPointer<ConnectionJob> m_connecting;
    QString m_sessionProfileId; // the profile whose view states the tables show
    QHash<QString, QByteArray> m_defaultViewStates; // table -> state at start-up

    QTabWidget *m_tabs = nullptr;
    ConnectorsPage *m_connectorsPage = nullptr;
    CustomizersPage *m_customizersPage = nullptr;
    InstancesPage *m_instancesPage = nullptr;
    RequestStatusWidget *m_notice = nullptr; // window-wide: connection errors, keychain

    CustomizerWorkflow *m_customizerWorkflow = nullptr;
    ExportWorkflow *m_exportWorkflow = nullptr;
    TenantWorkflow *m_tenantWorkflow = nullptr;

    QToolBar *m_toolBar = nullptr;
    QLabel *m_tenantLabel = nullptr;
    QComboBox *m_tenantCombo = nullptr;
    QToolButton *m_localeButton = nullptr;
    LocaleSelector *m_localeSelector = nullptr;

    QLabel *m_statusTenant = nullptr;
    QLabel *m_readOnlyBadge = nullptr;
    QLabel *m_statusCount = nullptr;
    QLabel *m_countdown = nullptr;
    RequestStatusWidget *m_statusRequest = nullptr;
    QToolButton *m_cancelButton = nullptr;

    QDockWidget *m_activityDock = nullptr;
    ActivityWidget *m_activity = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_customizerMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    QAction *m_exportAction = nullptr;
    QAction *m_tenantsAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_filterRowAction = nullptr;
    QAction *m_tabActions[3] = {};
    QAction *m_detailsAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_uploadAction = nullptr;
    QAction *m_linkAction = nullptr;
    QAction *m_unlinkAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_aboutAction = nullptr;

    bool m_crossReferencesScheduled = false;
    QPointer<TablePage> m_exportPage; // loading all rows for the export
};

} // namespace isc
