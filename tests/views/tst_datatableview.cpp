// DataTableView over a customizer table behind the console's proxy: the header menu, the
// saved state, the copy actions (through the clipboard), selection by key across a reload,
// the current row signal and retranslation.
#include "uitest.h"
#include "viewtest.h"

#include "models/modelroles.h"
#include "models/tablesortfilterproxymodel.h"
#include "ui/widgets/columnfilterrow.h"
#include "ui/widgets/datatableview.h"
#include "ui/widgets/filterlineedit.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QToolTip>
#include <QtTest>

#include <memory>

using namespace isc;
using namespace isc::test;

namespace {

using C = CustomizerTableModel;

// A view over a customizer table of `rows` rows, behind the proxy.
struct Fixture
{
    explicit Fixture(int rows = 10)
    {
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.resize(900, 400);
        load(model, makeCustomizers(rows));
    }
    CustomizerTableModel model;
    TableSortFilterProxyModel proxy;
    DataTableView view;
};

QList<QAction *> columnActions(QMenu *menu)
{
    QList<QAction *> out;
    for (QAction *action : menu->actions()) {
        if (action->isCheckable() && action->data().isValid())
            out.append(action);
    }
    return out;
}

QAction *actionNamed(QMenu *menu, const char *name)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String(name))
            return action;
    }
    return nullptr;
}

QString shown(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data(Qt::DisplayRole).toString();
}

} // namespace

class TestDataTableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void setUp();
    void headerMenuHidesAndShowsColumns();
    void lastVisibleColumnCannotBeHidden();
    void resetColumnsRestoresDefaults();
    void headerRightClickOpensTheMenu();
    void headerClickSorts();
    void stateRoundTrip();
    void restoreRefusesForeignState();
    void copySelectedRowsAsText();
    void copyWithHeaders();
    void copyAsJson();
    void copyKeepsTheFormulaGuard();
    void copyWithoutSelectionIsDisabled();
    void selectAllShortcut();
    void selectionSurvivesReloadByKey();
    void currentRowChanged();
    void contextMenuListsTheActions();
    void cutOffTextHasATooltip();
    void retranslates();
};

void TestDataTableView::init()
{
    QGuiApplication::clipboard()->clear();
}

void TestDataTableView::setUp()
{
    Fixture f;
    QCOMPARE(f.view.selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(f.view.selectionMode(), QAbstractItemView::ExtendedSelection);
    QVERIFY(f.view.alternatingRowColors());
    QCOMPARE(f.view.textElideMode(), Qt::ElideRight);
    QVERIFY(f.view.isSortingEnabled());
    QVERIFY(f.view.horizontalHeader()->sectionsMovable());
    QVERIFY(f.view.horizontalHeader()->isSortIndicatorShown());
    // Model order until the user sorts.
    QCOMPARE(f.proxy.sortColumn(), -1);
    QCOMPARE(shown(f.proxy, 0, C::IdColumn), QStringLiteral("id-000"));
    QVERIFY(!f.view.isFilterRowVisible());
    QVERIFY(f.view.filterRow());
    for (QAction *action : {f.view.copyAction(), f.view.copyWithHeadersAction(),
                            f.view.copyAsJsonAction(), f.view.selectAllAction()}) {
        QCOMPARE(action->parent(), &f.view);
        QCOMPARE(action->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        QVERIFY(!action->text().isEmpty());
    }
    QCOMPARE(f.view.copyAction()->shortcut(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(f.view.copyWithHeadersAction()->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QCOMPARE(f.view.selectAllAction()->shortcut(), QKeySequence(QKeySequence::SelectAll));
}

void TestDataTableView::headerMenuHidesAndShowsColumns()
{
    Fixture f;
    QHeaderView *header = f.view.horizontalHeader();
    header->moveSection(header->visualIndex(C::CreatedColumn), 0);
    std::unique_ptr<QMenu> menu(f.view.createHeaderMenu());
    const QList<QAction *> actions = columnActions(menu.get());
    QCOMPARE(actions.size(), int(C::ColumnCount));
    // One entry per column, in the order the view shows them, with the column titles.
    QCOMPARE(actions.first()->data().toInt(), int(C::CreatedColumn));
    QCOMPARE(actions.first()->text(),
             f.model.headerData(C::CreatedColumn, Qt::Horizontal).toString());
    for (QAction *action : actions)
        QVERIFY(action->isChecked());

    QAction *idEntry = nullptr;
    for (QAction *action : actions) {
        if (action->data().toInt() == C::IdColumn)
            idEntry = action;
    }
    QVERIFY(idEntry);
    idEntry->trigger();
    QVERIFY(header->isSectionHidden(C::IdColumn));
    QVERIFY(!f.view.visibleColumns().contains(C::IdColumn));

    // A menu opened now says so; checking the entry brings the column back.
    menu.reset(f.view.createHeaderMenu());
    for (QAction *action : columnActions(menu.get())) {
        QCOMPARE(action->isChecked(), action->data().toInt() != C::IdColumn);
        if (action->data().toInt() == C::IdColumn)
            action->trigger();
    }
    QVERIFY(!header->isSectionHidden(C::IdColumn));
    QVERIFY(header->sectionSize(C::IdColumn) > 0);
}

void TestDataTableView::lastVisibleColumnCannotBeHidden()
{
    Fixture f;
    QHeaderView *header = f.view.horizontalHeader();
    std::unique_ptr<QMenu> menu(f.view.createHeaderMenu());
    for (QAction *action : columnActions(menu.get())) {
        if (action->data().toInt() != C::NameColumn)
            action->trigger();
    }
    QCOMPARE(f.view.visibleColumns(), QList<int>{C::NameColumn});

    menu.reset(f.view.createHeaderMenu());
    const QList<QAction *> actions = columnActions(menu.get());
    QAction *name = nullptr;
    for (QAction *action : actions) {
        if (action->data().toInt() == C::NameColumn)
            name = action;
        else
            QVERIFY(action->isEnabled()); // hidden ones can come back
    }
    QVERIFY(name);
    QVERIFY(name->isChecked());
    QVERIFY(!name->isEnabled());
    // Even when asked directly, the last column stays.
    name->setChecked(false);
    QVERIFY(!header->isSectionHidden(C::NameColumn));
    QCOMPARE(f.view.visibleColumns(), QList<int>{C::NameColumn});
}

void TestDataTableView::resetColumnsRestoresDefaults()
{
    Fixture f;
    QHeaderView *header = f.view.horizontalHeader();
    f.view.setDefaultHiddenColumns({C::ImageIdColumn, C::TenantIdColumn});
    QVERIFY(header->isSectionHidden(C::ImageIdColumn));
    QVERIFY(header->isSectionHidden(C::TenantIdColumn));

    header->moveSection(0, 5);
    header->hideSection(C::CreatedColumn);
    header->showSection(C::TenantIdColumn);
    header->resizeSection(C::NameColumn, 3);

    std::unique_ptr<QMenu> menu(f.view.createHeaderMenu());
    QAction *reset = actionNamed(menu.get(), "resetColumns");
    QVERIFY(reset);
    QVERIFY(!reset->text().isEmpty());
    reset->trigger();

    for (int column = 0; column < C::ColumnCount; ++column)
        QCOMPARE(header->visualIndex(column), column);
    QCOMPARE(f.view.visibleColumns(),
             (QList<int>{C::NameColumn, C::IdColumn, C::ImageVersionColumn, C::CreatedColumn,
                         C::UsedByColumn}));
    // Sized to the contents again: the name is wider than 3 pixels.
    QVERIFY(header->sectionSize(C::NameColumn) >=
            f.view.fontMetrics().horizontalAdvance(QStringLiteral("Customizer 1")));
}

void TestDataTableView::headerRightClickOpensTheMenu()
{
    Fixture f;
    QVERIFY(showActive(&f.view));
    QHeaderView *header = f.view.horizontalHeader();
    const QPoint pos(header->sectionViewportPosition(0) + 5, header->viewport()->height() / 2);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, header->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(header->viewport(), &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QCOMPARE(columnActions(menu).size(), int(C::ColumnCount));
    QVERIFY(actionNamed(menu, "resetColumns"));
    QPointer<QMenu> guard(menu);
    menu->close();
    QTRY_VERIFY(guard.isNull()); // deleted on close
}

void TestDataTableView::headerClickSorts()
{
    Fixture f;
    QVERIFY(showActive(&f.view));
    QHeaderView *header = f.view.horizontalHeader();
    const QPoint center(header->sectionViewportPosition(C::ImageVersionColumn) +
                            header->sectionSize(C::ImageVersionColumn) / 2,
                        header->viewport()->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, center);
    QCOMPARE(header->sortIndicatorSection(), int(C::ImageVersionColumn));
    QCOMPARE(f.proxy.sortColumn(), int(C::ImageVersionColumn));
    const Qt::SortOrder first = header->sortIndicatorOrder();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, center);
    QVERIFY(header->sortIndicatorOrder() != first);
    QCOMPARE(f.proxy.sortOrder(), header->sortIndicatorOrder());
    // Descending by version: 8 is the highest version of rows 0..9 (multiples of 3 have none).
    if (f.proxy.sortOrder() == Qt::DescendingOrder)
        QCOMPARE(shown(f.proxy, 0, C::ImageVersionColumn), QStringLiteral("8"));
    else
        QCOMPARE(shown(f.proxy, f.proxy.rowCount() - 1, C::ImageVersionColumn),
                 QStringLiteral("8"));
}

void TestDataTableView::stateRoundTrip()
{
    QByteArray state;
    {
        Fixture f;
        QHeaderView *header = f.view.horizontalHeader();
        header->resizeSection(C::IdColumn, 123);
        header->moveSection(header->visualIndex(C::NameColumn), 3);
        header->hideSection(C::TenantIdColumn);
        f.view.sortByColumn(C::ImageVersionColumn, Qt::DescendingOrder);
        f.view.setFilterRowVisible(true);
        state = f.view.saveViewState();
        QVERIFY(!state.isEmpty());
    }
    Fixture g;
    QHeaderView *header = g.view.horizontalHeader();
    QVERIFY(g.view.restoreViewState(state));
    QCOMPARE(header->sectionSize(C::IdColumn), 123);
    QCOMPARE(header->visualIndex(C::NameColumn), 3);
    QVERIFY(header->isSectionHidden(C::TenantIdColumn));
    QCOMPARE(header->hiddenSectionCount(), 1);
    QCOMPARE(header->sortIndicatorSection(), int(C::ImageVersionColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    // The model is sorted as the indicator says, not only the arrow drawn.
    QCOMPARE(g.proxy.sortColumn(), int(C::ImageVersionColumn));
    QCOMPARE(g.proxy.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(shown(g.proxy, 0, C::ImageVersionColumn), QStringLiteral("8"));
    QVERIFY(g.view.isFilterRowVisible());

    // And back: the filter row hidden is saved too.
    g.view.setFilterRowVisible(false);
    const QByteArray second = g.view.saveViewState();
    Fixture h;
    h.view.setFilterRowVisible(true);
    QVERIFY(h.view.restoreViewState(second));
    QVERIFY(!h.view.isFilterRowVisible());
    QCOMPARE(h.view.horizontalHeader()->sectionSize(C::IdColumn), 123);
}

void TestDataTableView::restoreRefusesForeignState()
{
    Fixture f;
    QHeaderView *header = f.view.horizontalHeader();
    header->resizeSection(C::IdColumn, 77);
    const QByteArray before = header->saveState();
    QVERIFY(!f.view.restoreViewState({}));
    QVERIFY(!f.view.restoreViewState(QByteArray("not a state at all")));
    QVERIFY(!f.view.restoreViewState(header->saveState())); // a bare header state
    // A state saved for a table with other columns.
    QStandardItemModel other(2, 3);
    DataTableView otherView;
    otherView.setModel(&other);
    QVERIFY(!f.view.restoreViewState(otherView.saveViewState()));
    QCOMPARE(header->saveState(), before);
    QCOMPARE(header->sectionSize(C::IdColumn), 77);
}

void TestDataTableView::copySelectedRowsAsText()
{
    Fixture f;
    QVERIFY(showActive(&f.view));
    QHeaderView *header = f.view.horizontalHeader();
    // What the copy holds: visible columns, in view order.
    header->hideSection(C::ImageIdColumn);
    header->hideSection(C::TenantIdColumn);
    header->hideSection(C::UsedByColumn);
    header->moveSection(header->visualIndex(C::IdColumn), 0);

    // Rows 1 and 4 chosen with the mouse, as a user does (click, Ctrl+click).
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, Qt::NoModifier,
                      f.view.visualRect(f.proxy.index(1, C::NameColumn)).center());
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, Qt::ControlModifier,
                      f.view.visualRect(f.proxy.index(4, C::NameColumn)).center());
    QCOMPARE(f.view.selectedRows(), (QList<int>{1, 4}));
    QVERIFY(f.view.copyAction()->isEnabled());

    f.view.setFocus();
    QTest::keyClick(&f.view, Qt::Key_C, Qt::ControlModifier);
    auto line = [&](int row) {
        return QStringList{shown(f.proxy, row, C::IdColumn), shown(f.proxy, row, C::NameColumn),
                           shown(f.proxy, row, C::ImageVersionColumn),
                           shown(f.proxy, row, C::CreatedColumn)}
            .join(u'\t');
    };
    const QString expected = line(1) + u'\n' + line(4);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QVERIFY(expected.startsWith(QLatin1String("id-001\tCustomizer 1\t1\t")));
    // Row 3 has no version: the em dash the table shows.
    f.view.selectRowsByKey({QStringLiteral("id-003")});
    f.view.copyAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), line(3));
    QVERIFY(line(3).contains(QStringLiteral("\t\u2014\t")));
}

void TestDataTableView::copyWithHeaders()
{
    Fixture f;
    QVERIFY(showActive(&f.view));
    f.view.horizontalHeader()->hideSection(C::ImageIdColumn);
    f.view.selectRowsByKey({QStringLiteral("id-002")});
    f.view.setFocus();
    QTest::keyClick(&f.view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QStringList titles;
    for (int column : f.view.visibleColumns())
        titles.append(f.model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(lines.at(0), titles.join(u'\t'));
    QVERIFY(!lines.at(0).contains(f.model.headerData(C::ImageIdColumn, Qt::Horizontal).toString()));
    QVERIFY(lines.at(1).startsWith(QLatin1String("Customizer 2\tid-002\t2\t")));
}

void TestDataTableView::copyAsJson()
{
    Fixture f;
    QHeaderView *header = f.view.horizontalHeader();
    header->hideSection(C::UsedByColumn);
    header->hideSection(C::TenantIdColumn);
    f.view.sortByColumn(C::IdColumn, Qt::DescendingOrder); // rows in view order
    f.view.selectRowsByKey({QStringLiteral("id-002"), QStringLiteral("id-003")});
    f.view.copyAsJsonAction()->trigger();
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray rows = doc.array();
    QCOMPARE(rows.size(), 2);
    const QJsonObject first = rows.at(0).toObject();
    const QJsonObject second = rows.at(1).toObject();
    // Keyed by field names, visible columns only, raw values (numbers, ISO dates, null).
    QCOMPARE(
        first.keys(),
        (QStringList{QStringLiteral("created"), QStringLiteral("id"), QStringLiteral("imageID"),
                     QStringLiteral("imageVersion"), QStringLiteral("name")}));
    QCOMPARE(first.value(QLatin1String("id")).toString(), QStringLiteral("id-003"));
    QVERIFY(first.value(QLatin1String("imageVersion")).isNull());
    QCOMPARE(second.value(QLatin1String("id")).toString(), QStringLiteral("id-002"));
    QCOMPARE(second.value(QLatin1String("imageVersion")).toInt(), 2);
    QCOMPARE(second.value(QLatin1String("created")).toString(),
             QStringLiteral("2024-03-03T09:30:00.250Z"));
}

void TestDataTableView::copyKeepsTheFormulaGuard()
{
    Fixture f;
    const QString formula = QStringLiteral("=HYPERLINK(\"http://x\";\"y\")");
    load(f.model, {makeCustomizer(1, formula), makeCustomizer(2, QStringLiteral("tab\there"))});
    f.view.horizontalHeader()->hideSection(C::CreatedColumn);
    f.view.selectRowsByKey({QStringLiteral("id-001"), QStringLiteral("id-002")});
    f.view.copyAction()->trigger();
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(lines.size(), 2);
    // Pasted into a spreadsheet, the name is text, not a formula; a tab inside a cell is quoted.
    QVERIFY2(
        lines.at(0).startsWith(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"\t")),
        qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("\"tab\there\"\tid-002\t")));
    // The exact text is in the JSON copy.
    f.view.copyAsJsonAction()->trigger();
    const QJsonArray rows =
        QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).array();
    QCOMPARE(rows.at(0).toObject().value(QLatin1String("name")).toString(), formula);
}

void TestDataTableView::copyWithoutSelectionIsDisabled()
{
    Fixture f;
    QVERIFY(!f.view.copyAction()->isEnabled());
    QVERIFY(!f.view.copyWithHeadersAction()->isEnabled());
    QVERIFY(!f.view.copyAsJsonAction()->isEnabled());
    QVERIFY(f.view.selectAllAction()->isEnabled());
    QVERIFY(f.view.selectionAsText(true).isEmpty());
    QVERIFY(f.view.selectionAsJson().isEmpty());
    QGuiApplication::clipboard()->setText(QStringLiteral("unchanged"));
    f.view.copyAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("unchanged"));
    f.view.selectRowsByKey({QStringLiteral("id-001")});
    QVERIFY(f.view.copyAction()->isEnabled());
    f.view.clearSelection();
    QVERIFY(!f.view.copyAction()->isEnabled());
}

void TestDataTableView::selectAllShortcut()
{
    Fixture f(25);
    QVERIFY(showActive(&f.view));
    f.view.setFocus();
    QTest::keyClick(&f.view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(f.view.selectedRows().size(), 25);
    QCOMPARE(f.view.selectedRowKeys().size(), 25);
    f.view.copyAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text().split(u'\n').size(), 25);
}

void TestDataTableView::selectionSurvivesReloadByKey()
{
    Fixture f(20);
    f.view.sortByColumn(C::IdColumn, Qt::DescendingOrder);
    f.view.selectRowsByKey(
        {QStringLiteral("id-003"), QStringLiteral("id-015"), QStringLiteral("id-007")});
    QStringList keys = f.view.selectedRowKeys();
    // Top to bottom in the view.
    QCOMPARE(keys,
             (QStringList{QStringLiteral("id-015"), QStringLiteral("id-007"),
                          QStringLiteral("id-003")}));

    // A reload: other order, one selected row gone, new rows.
    QList<Customizer> rows = makeCustomizers(25);
    rows.removeAt(7);
    std::reverse(rows.begin(), rows.end());
    load(f.model, rows);
    QVERIFY(f.view.selectedRowKeys().isEmpty()); // a reset forgets the selection

    QSignalSpy current(&f.view, &DataTableView::currentRowChanged);
    f.view.selectRowsByKey(keys);
    QCOMPARE(f.view.selectedRowKeys(),
             (QStringList{QStringLiteral("id-015"), QStringLiteral("id-003")}));
    QCOMPARE(current.count(), 1);
    const QModelIndex index = current.at(0).at(0).value<QModelIndex>();
    QCOMPARE(index.model(), &f.proxy);
    QCOMPARE(index.data(RowKeyRole).toString(), QStringLiteral("id-015"));
    QCOMPARE(f.view.currentIndex().row(), index.row());

    f.view.selectRowsByKey({});
    QVERIFY(f.view.selectedRowKeys().isEmpty());
}

void TestDataTableView::currentRowChanged()
{
    Fixture f;
    QVERIFY(showActive(&f.view));
    QSignalSpy spy(&f.view, &DataTableView::currentRowChanged);
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, Qt::NoModifier,
                      f.view.visualRect(f.proxy.index(2, C::IdColumn)).center());
    QCOMPARE(spy.count(), 1);
    QModelIndex index = spy.last().at(0).value<QModelIndex>();
    QCOMPARE(index.row(), 2);
    QCOMPARE(index.column(), 0);
    QCOMPARE(index.data(RowKeyRole).toString(), QStringLiteral("id-002"));

    // Another cell of the same row: not another row.
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, Qt::NoModifier,
                      f.view.visualRect(f.proxy.index(2, C::NameColumn)).center());
    QCOMPARE(spy.count(), 1);
    // The keyboard moves it.
    QTest::keyClick(f.view.viewport(), Qt::Key_Down);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().at(0).value<QModelIndex>().data(RowKeyRole).toString(),
             QStringLiteral("id-003"));

    // A reload resets the model: no current row any more.
    load(f.model, makeCustomizers(5));
    QCOMPARE(spy.count(), 3);
    QVERIFY(!spy.last().at(0).value<QModelIndex>().isValid());
    // Filtering the current row out says so too.
    f.view.selectRowsByKey({QStringLiteral("id-001")});
    QCOMPARE(spy.count(), 4);
    f.proxy.setColumnFilter(C::IdColumn, QStringLiteral("=id-999"));
    QTRY_VERIFY(spy.count() >= 5);
    QVERIFY(!spy.last().at(0).value<QModelIndex>().isValid());
}

void TestDataTableView::contextMenuListsTheActions()
{
    Fixture f;
    QCOMPARE(f.view.contextMenuPolicy(), Qt::ActionsContextMenu);
    const QList<QAction *> actions = f.view.actions();
    QVERIFY(actions.contains(f.view.copyAction()));
    QVERIFY(actions.contains(f.view.copyWithHeadersAction()));
    QVERIFY(actions.contains(f.view.copyAsJsonAction()));
    QVERIFY(actions.contains(f.view.selectAllAction()));
}

void TestDataTableView::cutOffTextHasATooltip()
{
    // A model without tooltips of its own.
    QStandardItemModel model(2, 2);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("A rather long text that is cut off")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("short")));
    auto *tipped = new QStandardItem(QStringLiteral("cut off as well, with a tooltip"));
    tipped->setToolTip(QStringLiteral("The model's tooltip"));
    model.setItem(1, 0, tipped);
    DataTableView view;
    view.setModel(&model);
    view.resize(600, 300);
    QVERIFY(showActive(&view));
    view.horizontalHeader()->resizeSection(0, 30);
    view.horizontalHeader()->resizeSection(1, 300);
    auto hover = [&](int row, int column) {
        const QPoint pos = view.visualRect(model.index(row, column)).center();
        QHelpEvent event(QEvent::ToolTip, pos, view.viewport()->mapToGlobal(pos));
        QApplication::sendEvent(view.viewport(), &event);
    };
    // Too narrow for its text: the text is the tooltip.
    hover(0, 0);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("A rather long text that is cut off"));
    // The model's own tooltip wins where it has one.
    hover(1, 0);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("The model's tooltip"));
    // A cell wide enough has none.
    QToolTip::hideText();
    QTRY_VERIFY(!QToolTip::isVisible());
    hover(0, 1);
    QVERIFY(!QToolTip::isVisible());
}

void TestDataTableView::retranslates()
{
    Fixture f;
    const QString copy = f.view.copyAction()->text();
    {
        ScopedPseudoTranslation pseudo;
        QCOMPARE(f.view.copyAction()->text(), PseudoTranslator::wrap(copy));
        std::unique_ptr<QMenu> menu(f.view.createHeaderMenu());
        QCOMPARE(actionNamed(menu.get(), "resetColumns")->text(),
                 PseudoTranslator::wrap(QStringLiteral("Reset Columns")));
        QCOMPARE(f.view.filterRow()->editor(0)->placeholderText(),
                 PseudoTranslator::wrap(QStringLiteral("Filter")));
    }
    QCOMPARE(f.view.copyAction()->text(), copy);
}

QTEST_MAIN(TestDataTableView)
#include "tst_datatableview.moc"
