// The console window on a real sandbox: the three tabs load, the filters (server-side and
// quick) narrow the tables, the menu actions drive the customizer workflow, a read-only
// tenant disables every change, the language switch retranslates and reloads, header states
// survive the window, errors show in the banner, a tenant switch reloads.
#include "guitest.h"

#include "ui/pages/connectorspage.h"
#include "ui/pages/customizerspage.h"
#include "ui/pages/instancespage.h"
#include "ui/session.h"
#include "ui/widgets/connectorfilterbuilder.h"
#include "ui/widgets/datatableview.h"
#include "ui/widgets/filterlineedit.h"
#include "ui/widgets/localeselector.h"
#include "ui/widgets/requeststatuswidget.h"

#include "ui/dialogs/deletecustomizerdialog.h"
#include "ui/dialogs/editcustomizerdialog.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/newcustomizerdialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/dialogs/tenantprofilesdialog.h"
#include "ui/workflows/exportworkflow.h"

#include "models/connectorinstancetablemodel.h"
#include "models/connectortablemodel.h"
#include "models/customizertablemodel.h"
#include "models/tablesortfilterproxymodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

using namespace isc;
using isc::test::GuiFixture;

namespace {

int stateCount(isc::test::Sandbox &sandbox, const char *what)
{
    return sandbox.state().value(QLatin1String(what)).toInt(-1);
}

QString countText(int shown, int total)
{
    return QStringLiteral("%1 of %2").arg(QLocale().toString(shown), QLocale().toString(total));
}

// The GET /beta/connectors requests logged after `mark`.
QList<QJsonObject> connectorRequests(isc::test::Sandbox &sandbox, qint64 mark)
{
    QList<QJsonObject> out;
    for (const QJsonValue &entry : sandbox.requestLog(mark)) {
        const QJsonObject o = entry.toObject();
        if (o.value(QLatin1String("path")) == QLatin1String("/beta/connectors"))
            out.append(o);
    }
    return out;
}

int rowOfName(const CustomizerTableModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->customizer(row).name == name)
            return row;
    }
    return -1;
}

QPushButton *okButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loadsTheThreeTabs();
    void filterBuilderAppliesServerFilter();
    void quickFilterNarrowsAndCounts();
    void createRenameDeleteThroughTheMenu();
    void readOnlyProfileDisablesChanges();
    void languageSwitchRetranslatesAndReloads();
    void headerStateSurvivesTheWindow();
    void exportActionWritesTheTable();
    void serverErrorShowsTheBanner();
    void retryAfterShowsACountdown();
    void tenantSwitchReloads();
    void keyboardReachesTheActions();
    void cancelStopsALongLoad();
    void dialogsOpenFromTheMenus();

private:
    isc::test::Sandbox m_sandbox;
    std::unique_ptr<GuiFixture> m_fixture;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void tst_MainWindow::init()
{
    QVERIFY(m_sandbox.clearFaults());
    m_fixture = std::make_unique<GuiFixture>();
}

void tst_MainWindow::cleanup()
{
    m_fixture.reset();
    QVERIFY(m_sandbox.clearFaults());
}

void tst_MainWindow::loadsTheThreeTabs()
{
    const QString id = m_fixture->addProfile(m_sandbox, QStringLiteral("Acme"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_fixture->profiles->setActiveProfile(id));
    MainWindow *window = m_fixture->open();
    QVERIFY(window->session());
    QCOMPARE(window->session()->profile().id, id);

    const int connectors = stateCount(m_sandbox, "connectors");
    const int customizers = stateCount(m_sandbox, "customizers");
    const int instances = stateCount(m_sandbox, "instances");
    QVERIFY(connectors > 0);
    QCOMPARE(window->connectorsPage()->model()->rowCount(), connectors);
    QCOMPARE(window->connectorsPage()->totalCount(), qint64(connectors));
    QCOMPARE(window->customizersPage()->model()->rowCount(), customizers);
    QCOMPARE(window->instancesPage()->model()->rowCount(), instances);

    window->tabs()->setCurrentIndex(0);
    QCOMPARE(window->countText(), countText(connectors, connectors));
    m_fixture->action("actionShowInstances")->trigger();
    QCOMPARE(window->currentPage(), window->instancesPage());
    QCOMPARE(window->countText(), countText(instances, instances));
    QVERIFY(window->tenantText().contains(QLatin1String("Acme")));
    QVERIFY(!window->isReadOnlyBadgeShown());

    // Usage and customizer names flow between the two tables.
    QTRY_VERIFY(window->customizersPage()->customizerModel()->isUsageKnown());

    // Every page asked with count=true.
    bool counted = false;
    for (const QJsonValue &entry : m_sandbox.requestLog()) {
        const QJsonObject o = entry.toObject();
        if (o.value(QLatin1String("path")) == QLatin1String("/beta/connectors"))
            counted = counted ||
                o.value(QLatin1String("query")).toObject().value(QLatin1String("count")) ==
                    QLatin1String("true");
    }
    QVERIFY(counted);
}

void tst_MainWindow::filterBuilderAppliesServerFilter()
{
    m_fixture->profiles->setActiveProfile(m_fixture->addProfile(m_sandbox, QStringLiteral("Acme")));
    MainWindow *window = m_fixture->open();
    ConnectorsPage *page = window->connectorsPage();
    const int all = page->model()->rowCount();
    const qint64 mark = isc::test::lastSequence(m_sandbox);

    // An invalid text cannot be applied.
    page->setFilterBuilderVisible(true);
    auto *advanced =
        page->filterBuilder()->findChild<FilterLineEdit *>(QStringLiteral("advancedEdit"));
    QVERIFY(advanced);
    advanced->setFocus();
    isc::test::typeText(advanced, QStringLiteral("name sw"));
    QVERIFY(!page->filterBuilder()->isValid());
    QTest::keyClick(advanced, Qt::Key_Return);
    QCOMPARE(page->appliedFilters(), QString());
    QVERIFY(!page->isLoading());

    // A valid one reloads with it: only matching rows, counted by the server.
    advanced->clear();
    isc::test::typeText(advanced, QStringLiteral("name sw \"A\""));
    QVERIFY(page->filterBuilder()->isValid());
    QTest::keyClick(advanced, Qt::Key_Return);
    QCOMPARE(page->appliedFilters(), QStringLiteral("name sw \"A\""));
    QVERIFY(m_fixture->waitLoaded());
    const int matching = page->model()->rowCount();
    QVERIFY(matching > 0);
    QVERIFY(matching < all);
    for (const Connector &connector : page->connectorModel()->connectors())
        QVERIFY2(connector.name.startsWith(QLatin1Char('A'), Qt::CaseInsensitive),
                 qPrintable(connector.name));
    QCOMPARE(page->totalCount(), qint64(matching));
    QCOMPARE(window->countText(), countText(matching, matching));

    const QList<QJsonObject> requests = connectorRequests(m_sandbox, mark);
    QVERIFY(!requests.isEmpty());
    for (const QJsonObject &request : requests) {
        const QJsonObject query = request.value(QLatin1String("query")).toObject();
        QCOMPARE(query.value(QLatin1String("filters")).toString(), QStringLiteral("name sw \"A\""));
        QCOMPARE(query.value(QLatin1String("count")).toString(), QStringLiteral("true"));
    }
}

void tst_MainWindow::quickFilterNarrowsAndCounts()
{
    m_fixture->profiles->setActiveProfile(m_fixture->addProfile(m_sandbox, QStringLiteral("Acme")));
    MainWindow *window = m_fixture->open();
    ConnectorsPage *page = window->connectorsPage();
    const int all = page->model()->rowCount();
    int expected = 0;
    for (const Connector &connector : page->connectorModel()->connectors())
        expected += connector.name.contains(QLatin1String("workday"), Qt::CaseInsensitive) ? 1 : 0;
    QVERIFY(expected > 0);

    // Ctrl+F focuses the quick filter.
    m_fixture->action("actionFind")->trigger();
    QCOMPARE(QApplication::focusWidget(), page->quickFilterEdit());
    isc::test::typeText(page->quickFilterEdit(), QStringLiteral("WORKDAY"));
    // Debounced: the table follows once typing pauses. The name column alone may not be
    // the only one matching, so compare with at least the names that match.
    QTRY_COMPARE(page->proxy()->quickFilter(), QStringLiteral("WORKDAY"));
    const int shown = page->proxy()->rowCount();
    QVERIFY(shown >= expected);
    QVERIFY(shown < all);
    QCOMPARE(window->countText(), countText(shown, all));

    page->quickFilterEdit()->clear();
    QTRY_COMPARE(page->proxy()->rowCount(), all);
    QCOMPARE(window->countText(), countText(all, all));
}

void tst_MainWindow::createRenameDeleteThroughTheMenu()
{
    m_fixture->profiles->setActiveProfile(m_fixture->addProfile(m_sandbox, QStringLiteral("Acme")));
    MainWindow *window = m_fixture->open();
    CustomizersPage *page = window->customizersPage();
    CustomizerTableModel *model = page->customizerModel();
    m_fixture->action("actionShowCustomizers")->trigger();
    QCOMPARE(window->currentPage(), page);
    const int before = model->rowCount();

    // New (Ctrl+N): the dialog creates it, the table shows it.
    QVERIFY(m_fixture->action("actionNewCustomizer")->isEnabled());
    auto created = isc::test::whenShown<NewCustomizerDialog>([](NewCustomizerDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setFocus();
        isc::test::typeText(name, QStringLiteral("gui-created"));
        QTest::keyClick(name, Qt::Key_Return);
    });
    m_fixture->action("actionNewCustomizer")->trigger();
    QTRY_VERIFY(*created);
    QTRY_COMPARE(model->rowCount(), before + 1);
    const int row = rowOfName(model, QStringLiteral("gui-created"));
    QVERIFY(row >= 0);
    const QString id = model->customizer(row).id;
    QCOMPARE(m_sandbox.get(QStringLiteral("/v2024/connector-customizers/") + id).status, 200);

    // Rename (F2) the selected row.
    page->view()->selectRowsByKey({id});
    QTRY_VERIFY(m_fixture->action("actionRenameCustomizer")->isEnabled());
    auto renamed = isc::test::whenShown<EditCustomizerDialog>([](EditCustomizerDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setFocus();
        name->selectAll();
        isc::test::typeText(name, QStringLiteral("gui-renamed"));
        QTest::keyClick(name, Qt::Key_Return);
    });
    m_fixture->action("actionRenameCustomizer")->trigger();
    QTRY_VERIFY(*renamed);
    QTRY_COMPARE(model->customizer(model->rowOf(id)).name, QStringLiteral("gui-renamed"));
    QCOMPARE(model->rowCount(), before + 1);

    // Delete (Del), confirmed in the dialog.
    page->view()->selectRowsByKey({id});
    QTRY_VERIFY(m_fixture->action("actionDeleteCustomizer")->isEnabled());
    auto deleted = isc::test::whenShown<DeleteCustomizerDialog>([](DeleteCustomizerDialog *dialog) {
        QPushButton *ok = okButton(dialog);
        // The dialog asks which sources use it first; OK follows.
        if (QTest::qWaitFor([ok] { return ok && ok->isEnabled(); }, 10000))
            ok->click();
    });
    m_fixture->action("actionDeleteCustomizer")->trigger();
    QTRY_VERIFY(*deleted);
    QTRY_COMPARE(model->rowOf(id), -1);
    QCOMPARE(model->rowCount(), before);
    QCOMPARE(m_sandbox.get(QStringLiteral("/v2024/connector-customizers/") + id).status, 404);
}

void tst_MainWindow::readOnlyProfileDisablesChanges()
{
    m_fixture->profiles->setActiveProfile(
        m_fixture->addProfile(m_sandbox, QStringLiteral("Production"), true));
    MainWindow *window = m_fixture->open();
    QVERIFY(window->session()->isReadOnly());
    QVERIFY(window->isReadOnlyBadgeShown());
    m_fixture->action("actionShowCustomizers")->trigger();
    window->customizersPage()->view()->selectRow(0);
    QVERIFY(window->customizersPage()->currentCustomizer().has_value());
    for (const char *name :
         {"actionNewCustomizer", "actionRenameCustomizer", "actionUploadVersion",
          "actionLinkCustomizer", "actionUnlinkCustomizer", "actionDeleteCustomizer"}) {
        QAction *action = m_fixture->action(name);
        QVERIFY2(action, name);
        QVERIFY2(!action->isEnabled(), name);
        QVERIFY2(action->toolTip().contains(QLatin1String("read-only")), name);
        QVERIFY2(action->toolTip().contains(QLatin1String("Production")), name);
    }
    // Reading still works.
    QVERIFY(m_fixture->action("actionRefresh")->isEnabled());
    QVERIFY(m_fixture->action("actionExport")->isEnabled());
}

void tst_MainWindow::languageSwitchRetranslatesAndReloads()
{
    m_fixture->profiles->setActiveProfile(m_fixture->addProfile(m_sandbox, QStringLiteral("Acme")));
    MainWindow *window = m_fixture->open();
    QVERIFY(m_fixture->languages->setLanguage(QStringLiteral("en")));
    QVERIFY(m_fixture->waitLoaded());
    qint64 mark = isc::test::lastSequence(m_sandbox);

    // German: the connectors load again with locale=de (and Accept-Language: de).
    auto *combo = window->localeSelector()->languageComboBox();
    const int german = combo->findData(QStringLiteral("de"));
    QVERIFY(german >= 0);
    combo->setCurrentIndex(german); // as the user picks it
    QCOMPARE(m_fixture->languages->language(), QStringLiteral("de"));
    isc::test::deliverLanguageChange();
    QTRY_VERIFY(!connectorRequests(m_sandbox, mark).isEmpty());
    QVERIFY(m_fixture->waitLoaded());
    for (const QJsonObject &request : connectorRequests(m_sandbox, mark)) {
        QCOMPARE(request.value(QLatin1String("query"))
                     .toObject()
                     .value(QLatin1String("locale"))
                     .toString(),
                 QStringLiteral("de"));
        QVERIFY(request.value(QLatin1String("headers"))
                    .toObject()
                    .value(QLatin1String("accept-language"))
                    .toString()
                    .startsWith(QLatin1String("de")));
    }
    QCOMPARE(window->connectorsPage()->model()->rowCount(), stateCount(m_sandbox, "connectors"));
    // The shipped catalogue translates the model's headers.
    QVERIFY(m_fixture->action("actionLanguage_de")->isChecked());

    // Every text of the window follows a new catalogue at once (pseudo-translation).
    {
        isc::test::ScopedPseudoTranslation pseudo;
        const auto wrapped = [](const QString &text) {
            return text.startsWith(QChar(0x00AB)) && text.endsWith(QChar(0x00BB));
        };
        QVERIFY2(wrapped(window->menuBar()->actions().first()->text()),
                 qPrintable(window->menuBar()->actions().first()->text()));
        QVERIFY(wrapped(window->tabs()->tabText(0)));
        QVERIFY(wrapped(m_fixture->action("actionRefresh")->text()));
        QVERIFY(wrapped(window->countText()));
        QVERIFY(wrapped(window->tenantText()));
        QVERIFY(
            wrapped(window->connectorsPage()->model()->headerData(0, Qt::Horizontal).toString()));
    }
    QCOMPARE(window->tabs()->tabText(2), window->instancesPage()->title());

    // Back to English: locale=en.
    mark = isc::test::lastSequence(m_sandbox);
    QVERIFY(m_fixture->languages->setLanguage(QStringLiteral("en")));
    isc::test::deliverLanguageChange();
    QTRY_VERIFY(!connectorRequests(m_sandbox, mark).isEmpty());
    QVERIFY(m_fixture->waitLoaded());
    QCOMPARE(connectorRequests(m_sandbox, mark)
                 .first()
                 .value(QLatin1String("query"))
                 .toObject()
                 .value(QLatin1String("locale"))
                 .toString(),
             QStringLiteral("en"));
    QCOMPARE(window->tabs()->tabText(0), QStringLiteral("Connectors"));
}

void tst_MainWindow::headerStateSurvivesTheWindow()
{
    const QString id = m_fixture->addProfile(m_sandbox, QStringLiteral("Acme"));
    m_fixture->profiles->setActiveProfile(id);
    MainWindow *window = m_fixture->open();
    DataTableView *view = window->customizersPage()->view();
    QVERIFY(!view->isColumnHidden(CustomizerTableModel::IdColumn));
    view->horizontalHeader()->hideSection(CustomizerTableModel::IdColumn);
    view->horizontalHeader()->moveSection(CustomizerTableModel::CreatedColumn, 0);
    view->sortByColumn(CustomizerTableModel::CreatedColumn, Qt::DescendingOrder);
    m_fixture->action("actionShowInstances")->trigger();
    m_fixture->close();
    QVERIFY(m_fixture->settings->contains(QStringLiteral("Views/%1/customizers").arg(id)));

    window = m_fixture->open();
    view = window->customizersPage()->view();
    QCOMPARE(window->currentPage(), window->instancesPage()); // the tab too
    QVERIFY(view->isColumnHidden(CustomizerTableModel::IdColumn));
    QCOMPARE(view->horizontalHeader()->logicalIndex(0), int(CustomizerTableModel::CreatedColumn));
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(),
             int(CustomizerTableModel::CreatedColumn));
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void tst_MainWindow::exportActionWritesTheTable()
{
    m_fixture->profiles->setActiveProfile(m_fixture->addProfile(m_sandbox, QStringLiteral("Acme")));
    MainWindow *window = m_fixture->open();
    m_fixture->action("actionShowConnectors")->trigger();
    ConnectorsPage *page = window->connectorsPage();
    page->quickFilterEdit()->setText(QStringLiteral("workday"));
    QTRY_COMPARE(page->proxy()->quickFilter(), QStringLiteral("workday"));
    const int shown = page->proxy()->rowCount();
    QVERIFY(shown > 0 && shown < page->model()->rowCount());

    const QString path = m_fixture->dir.filePath(QStringLiteral("connectors.csv"));
    auto exported = isc::test::whenShown<ExportDialog>([path](ExportDialog *dialog) {
        // The proposal names tenant and table.
        auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"));
        QVERIFY(QFileInfo(file->text()).fileName().startsWith(QLatin1String("acme-connectors-")));
        file->setFocus();
        file->selectAll();
        QTest::keyClicks(file, path); // typed: the dialog validates what is typed
        auto *filtered = dialog->findChild<QRadioButton *>(QStringLiteral("filteredRowsRadio"));
        filtered->setChecked(true);
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->validationMessage()));
        okButton(dialog)->click();
    });
    QSignalSpy done(window->exportWorkflow(), &ExportWorkflow::exported);
    m_fixture->action("actionExport")->trigger();
    QTRY_VERIFY(*exported);
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.first().at(0).toString(), path);
    QCOMPARE(done.first().at(1).toLongLong(), qint64(shown));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), shown + 1); // the header row, then the rows shown
}

void tst_MainWindow::serverErrorShowsTheBanner()
{
    m_fixture->profiles->setActiveProfile(m_fixture->addProfile(m_sandbox, QStringLiteral("Acme")));
    MainWindow *window = m_fixture->open();
    m_fixture->action("actionShowInstances")->trigger();
    QVERIFY(
        m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                            {QStringLiteral("path"), QStringLiteral("/beta/connector-instances")},
                            {QStringLiteral("status"), 500},
                            {QStringLiteral("count"), 1}}));
    m_fixture->action("actionRefresh")->trigger();
    QVERIFY(m_fixture->waitLoaded());
    RequestStatusWidget *banner = window->instancesPage()->banner();
    QCOMPARE(banner->state(), RequestStatusWidget::State::Error);
    QCOMPARE(banner->httpStatus(), 500);
    QCOMPARE(banner->trackingId().size(), 32);
    QVERIFY(!banner->text().isEmpty());
    QVERIFY(banner->isVisible());
    // The trackingId is in a field the user can select and copy.
    bool found = false;
    for (QLineEdit *edit : banner->findChildren<QLineEdit *>())
        found = found || (edit->text() == banner->trackingId() && edit->isReadOnly());
    QVERIFY(found);

    // The next refresh works and clears it.
    m_fixture->action("actionRefresh")->trigger();
    QVERIFY(m_fixture->waitLoaded());
    QCOMPARE(banner->state(), RequestStatusWidget::State::Idle);
    QCOMPARE(window->instancesPage()->model()->rowCount(), stateCount(m_sandbox, "instances"));
}

void tst_MainWindow::retryAfterShowsACountdown()
{
    m_fixture->profiles->setActiveProfile(m_fixture->addProfile(m_sandbox, QStringLiteral("Acme")));
    MainWindow *window = m_fixture->open();
    m_fixture->action("actionShowInstances")->trigger();
    QVERIFY(
        m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                            {QStringLiteral("path"), QStringLiteral("/beta/connector-instances")},
                            {QStringLiteral("status"), 429},
                            {QStringLiteral("retryAfter"), QStringLiteral("3")},
                            {QStringLiteral("count"), 1}}));
    auto *countdown = window->findChild<QLabel *>(QStringLiteral("retryCountdown"));
    QVERIFY(countdown);
    m_fixture->action("actionRefresh")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(countdown->isVisible(), 10000);
    QVERIFY(countdown->text().contains(QLatin1String("retrying")));
    QVERIFY(m_fixture->waitLoaded());
    QVERIFY(!countdown->isVisible());
    QCOMPARE(window->instancesPage()->banner()->state(), RequestStatusWidget::State::Idle);
    QCOMPARE(window->instancesPage()->model()->rowCount(), stateCount(m_sandbox, "instances"));
}

void tst_MainWindow::tenantSwitchReloads()
{
    const QString first = m_fixture->addProfile(m_sandbox, QStringLiteral("Acme"));
    const QString second = m_fixture->addProfile(m_sandbox, QStringLiteral("Globex"));
    m_fixture->profiles->setActiveProfile(first);
    MainWindow *window = m_fixture->open();
    QVERIFY(window->tenantText().contains(QLatin1String("Acme")));
    window->instancesPage()->view()->horizontalHeader()->hideSection(
        ConnectorInstanceTableModel::TypeColumn);
    Session *before = window->session();
    const qint64 mark = isc::test::lastSequence(m_sandbox);

    auto *combo = window->findChild<QComboBox *>(QStringLiteral("tenantCombo"));
    QVERIFY(combo);
    const int index = combo->findData(second);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index); // as a user's choice does
    QCOMPARE(m_fixture->profiles->activeProfileId(), second);
    QVERIFY(m_fixture->waitLoaded());
    QVERIFY(window->session() != before);
    QCOMPARE(window->session()->profile().id, second);
    QVERIFY(window->tenantText().contains(QLatin1String("Globex")));
    QVERIFY(window->windowTitle().contains(QLatin1String("Globex")));
    // Everything was loaded again through the new session.
    QCOMPARE(window->connectorsPage()->model()->rowCount(), stateCount(m_sandbox, "connectors"));
    QCOMPARE(window->instancesPage()->model()->rowCount(), stateCount(m_sandbox, "instances"));
    QVERIFY(!connectorRequests(m_sandbox, mark).isEmpty());
    // Header states are per tenant.
    QVERIFY(
        !window->instancesPage()->view()->isColumnHidden(ConnectorInstanceTableModel::TypeColumn));

    combo->setCurrentIndex(combo->findData(first));
    Q_EMIT combo->activated(combo->findData(first));
    QVERIFY(m_fixture->waitLoaded());
    QCOMPARE(window->session()->profile().id, first);
    QVERIFY(
        window->instancesPage()->view()->isColumnHidden(ConnectorInstanceTableModel::TypeColumn));
}

void tst_MainWindow::keyboardReachesTheActions()
{
    m_fixture->profiles->setActiveProfile(m_fixture->addProfile(m_sandbox, QStringLiteral("Acme")));
    MainWindow *window = m_fixture->open();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    // Alt+2: the Customizers tab, its table focused.
    QTest::keyClick(window, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(window->currentPage(), window->customizersPage());
    QCOMPARE(QApplication::focusWidget(), window->customizersPage()->view());

    // The Edit menu holds the copy actions of the table shown.
    QMenu *edit = window->menuBar()->actions().at(1)->menu();
    QVERIFY(edit->actions().contains(window->customizersPage()->view()->copyAction()));
    QVERIFY(edit->actions().contains(window->customizersPage()->view()->copyAsJsonAction()));
    QTest::keyClick(window, Qt::Key_3, Qt::AltModifier);
    QVERIFY(edit->actions().contains(window->instancesPage()->view()->copyAction()));
    QVERIFY(!edit->actions().contains(window->customizersPage()->view()->copyAction()));

    // F5 and Ctrl+R load the table shown again.
    for (const auto &[key, modifiers] :
         {std::pair{Qt::Key_F5, Qt::KeyboardModifiers()},
          std::pair{Qt::Key_R, Qt::KeyboardModifiers(Qt::ControlModifier)}}) {
        const qint64 mark = isc::test::lastSequence(m_sandbox);
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
        QVERIFY(m_fixture->waitLoaded());
        bool reloaded = false;
        for (const QJsonValue &entry : m_sandbox.requestLog(mark))
            reloaded = reloaded ||
                entry.toObject().value(QLatin1String("path")) ==
                    QLatin1String("/beta/connector-instances");
        QVERIFY(reloaded);
    }

    // Ctrl+Shift+F shows the column filter row of every table.
    QVERIFY(!window->instancesPage()->view()->isFilterRowVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(window->instancesPage()->view()->isFilterRowVisible());
    QVERIFY(window->connectorsPage()->view()->isFilterRowVisible());
}

void tst_MainWindow::cancelStopsALongLoad()
{
    m_fixture->profiles->setActiveProfile(m_fixture->addProfile(m_sandbox, QStringLiteral("Acme")));
    MainWindow *window = m_fixture->open();
    m_fixture->action("actionShowConnectors")->trigger();
    ConnectorsPage *page = window->connectorsPage();
    QVERIFY(m_sandbox.configure({{QStringLiteral("latencyMs"), 2000}}));
    m_fixture->action("actionRefresh")->trigger();
    QVERIFY(page->isLoading());
    auto *cancel = window->findChild<QToolButton *>(QStringLiteral("cancelLoadButton"));
    auto *status = window->findChild<RequestStatusWidget *>(QStringLiteral("statusRequest"));
    QVERIFY(cancel && status);
    QVERIFY(cancel->isVisible());
    QCOMPARE(status->state(), RequestStatusWidget::State::Busy);
    QVERIFY(status->text().contains(QLatin1String("connectors")));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(m_sandbox.configure({{QStringLiteral("latencyMs"), 0}}));
    QVERIFY(!page->isLoading());
    QVERIFY(!page->isComplete());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(page->banner()->state(), RequestStatusWidget::State::Message);
    QCOMPARE(window->countText(), countText(page->model()->rowCount(), page->model()->rowCount()));

    // Refresh loads them all again.
    m_fixture->action("actionRefresh")->trigger();
    QVERIFY(m_fixture->waitLoaded());
    QVERIFY(page->isComplete());
    QCOMPARE(page->model()->rowCount(), stateCount(m_sandbox, "connectors"));
    QCOMPARE(page->banner()->state(), RequestStatusWidget::State::Idle);
}

void tst_MainWindow::dialogsOpenFromTheMenus()
{
    m_fixture->profiles->setActiveProfile(m_fixture->addProfile(m_sandbox, QStringLiteral("Acme")));
    MainWindow *window = m_fixture->open();

    auto tenants = isc::test::whenShown<TenantProfilesDialog>(
        [](TenantProfilesDialog *dialog) { dialog->reject(); });
    m_fixture->action("actionTenants")->trigger();
    QTRY_VERIFY(*tenants);

    auto settings =
        isc::test::whenShown<SettingsDialog>([](SettingsDialog *dialog) { dialog->reject(); });
    QTimer::singleShot(0, m_fixture->action("actionSettings"), &QAction::trigger); // exec()
    QTRY_VERIFY(*settings);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(window->session());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
