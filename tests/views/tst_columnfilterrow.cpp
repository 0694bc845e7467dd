// The filter row of DataTableView: typing filters the proxy (debounced), an invalid filter is
// shown and not applied, and the edits stay under their columns through resizes, moves,
// hidden columns and horizontal scrolling.
#include "uitest.h"
#include "viewtest.h"

#include "models/columnfilter.h"
#include "models/tablesortfilterproxymodel.h"
#include "ui/widgets/columnfilterrow.h"
#include "ui/widgets/datatableview.h"
#include "ui/widgets/filterlineedit.h"

#include <QAction>
#include <QClipboard>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QtTest>

using namespace isc;
using namespace isc::test;

namespace {

using C = CustomizerTableModel;

struct Fixture
{
    explicit Fixture(int rows = 30)
    {
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.resize(900, 400);
        load(model, makeCustomizers(rows));
        view.setFilterRowVisible(true);
    }
    ColumnFilterRow *row() const { return view.filterRow(); }
    CustomizerTableModel model;
    TableSortFilterProxyModel proxy;
    DataTableView view;
};

// Each visible column's edit spans its section; hidden columns have none shown.
bool editsAligned(const DataTableView &view, QString *why)
{
    const QHeaderView *header = view.horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        const FilterLineEdit *edit = view.filterRow()->editor(column);
        if (!edit) {
            *why = QStringLiteral("no edit for column %1").arg(column);
            return false;
        }
        if (header->isSectionHidden(column)) {
            if (edit->isVisible()) {
                *why = QStringLiteral("edit of hidden column %1 shown").arg(column);
                return false;
            }
            continue;
        }
        // In header coordinates, as the sections are drawn (the row starts at the header's
        // left edge, like its viewport).
        const QRect rect(edit->mapTo(header, QPoint(0, 0)), edit->size());
        if (!edit->isVisible() || rect.x() != header->sectionViewportPosition(column) ||
            rect.width() != header->sectionSize(column)) {
            *why = QStringLiteral("column %1: edit x %2 width %3, section at %4 width %5")
                       .arg(column)
                       .arg(rect.x())
                       .arg(rect.width())
                       .arg(header->sectionViewportPosition(column))
                       .arg(header->sectionSize(column));
            return false;
        }
        // And the header agrees: the section under the edit's middle is its column.
        const int middle = rect.center().x();
        if (middle >= 0 && middle < header->viewport()->width() &&
            header->logicalIndexAt(middle) != column) {
            *why = QStringLiteral("column %1: the header has column %2 under the edit")
                       .arg(column)
                       .arg(header->logicalIndexAt(middle));
            return false;
        }
    }
    return true;
}

} // namespace

class TestColumnFilterRow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsPerColumn();
    void rowSitsBetweenHeaderAndCells();
    void typingFiltersTheProxy();
    void typingIsDebounced();
    void invalidFilterIsShownAndNotApplied();
    void alignmentFollowsTheHeader();
    void alignmentRightToLeft();
    void programmaticTextAndClearAll();
    void hidingTheRowClearsFilters();
    void editShortcutsStayInTheEdit();
    void otherModelsKeepTheTexts();
    void newModelDropsTheTexts();
    void retranslates();
};

void TestColumnFilterRow::editsPerColumn()
{
    Fixture f;
    for (int column = 0; column < C::ColumnCount; ++column) {
        FilterLineEdit *edit = f.row()->editor(column);
        QVERIFY(edit);
        QCOMPARE(edit->placeholderText(), QStringLiteral("Filter"));
        QCOMPARE(edit->toolTip(), ColumnFilter::syntaxHelp());
        QVERIFY(
            edit->accessibleName().contains(f.model.headerData(column, Qt::Horizontal).toString()));
    }
    QVERIFY(!f.row()->editor(C::ColumnCount));
    QVERIFY(!f.row()->editor(-1));
}

void TestColumnFilterRow::rowSitsBetweenHeaderAndCells()
{
    Fixture f;
    QVERIFY(showActive(&f.view));
    QHeaderView *header = f.view.horizontalHeader();
    QVERIFY(f.row()->isVisible());
    const QRect sections(header->viewport()->mapTo(&f.view, QPoint(0, 0)),
                         header->viewport()->size());
    const QRect row(f.row()->mapTo(&f.view, QPoint(0, 0)), f.row()->size());
    const QRect cells(f.view.viewport()->mapTo(&f.view, QPoint(0, 0)), f.view.viewport()->size());
    QVERIFY(row.height() > 0);
    QVERIFY(sections.height() > 0);
    QVERIFY2(sections.bottom() < row.top(), "the filter row covers the section titles");
    QVERIFY2(row.bottom() < cells.top(), "the filter row covers the cells");
    QCOMPARE(row.left(), cells.left());

    // Hidden, the header is as high as its sections again and the cells move up.
    f.view.setFilterRowVisible(false);
    QTRY_VERIFY(f.view.viewport()->mapTo(&f.view, QPoint(0, 0)).y() < cells.top());
    QVERIFY(!f.row()->isVisible());
}

void TestColumnFilterRow::typingFiltersTheProxy()
{
    Fixture f;
    QVERIFY(showActive(&f.view));
    QSignalSpy changed(f.row(), &ColumnFilterRow::filtersChanged);
    FilterLineEdit *name = f.row()->editor(C::NameColumn);
    QTest::mouseClick(name, Qt::LeftButton);
    QVERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("customizer 2"));
    // Customizer 2, 20..29.
    QTRY_COMPARE(f.proxy.rowCount(), 11);
    QCOMPARE(f.proxy.columnFilter(C::NameColumn), QStringLiteral("customizer 2"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(f.row()->filterText(C::NameColumn), QStringLiteral("customizer 2"));

    // A second column narrows further (both apply).
    FilterLineEdit *version = f.row()->editor(C::ImageVersionColumn);
    QTest::mouseClick(version, Qt::LeftButton);
    QTest::keyClicks(version, QStringLiteral(">25"));
    QTRY_COMPARE(f.proxy.rowCount(), 3); // 26, 28, 29 (27 has no version)
    QCOMPARE(changed.count(), 2);

    // Return applies at once; emptying the edit removes the filter.
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(f.proxy.columnFilter(C::NameColumn), QString());
    QCOMPARE(changed.count(), 3);
    QCOMPARE(f.proxy.rowCount(), 3); // the version filter alone: the same three
}

void TestColumnFilterRow::typingIsDebounced()
{
    Fixture f;
    QVERIFY(showActive(&f.view));
    QSignalSpy changed(f.row(), &ColumnFilterRow::filtersChanged);
    FilterLineEdit *id = f.row()->editor(C::IdColumn);
    QTest::mouseClick(id, Qt::LeftButton);
    QTest::keyClicks(id, QStringLiteral("id-01"));
    // Nothing is applied while typing: the keystrokes came without an event loop in between.
    QCOMPARE(f.proxy.columnFilter(C::IdColumn), QString());
    QTRY_COMPARE(f.proxy.columnFilter(C::IdColumn), QStringLiteral("id-01"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(f.proxy.rowCount(), 10);
}

void TestColumnFilterRow::invalidFilterIsShownAndNotApplied()
{
    Fixture f;
    QVERIFY(showActive(&f.view));
    QSignalSpy changed(f.row(), &ColumnFilterRow::filtersChanged);
    FilterLineEdit *name = f.row()->editor(C::NameColumn);
    QTest::mouseClick(name, Qt::LeftButton);
    QTest::keyClicks(name, QStringLiteral("/1$/"));
    QTRY_COMPARE(f.proxy.rowCount(), 3); // 1, 11, 21
    QCOMPARE(changed.count(), 1);

    // Broken: shown on the edit, and the column is not filtered by it.
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::keyClicks(name, QStringLiteral("(/"));
    QCOMPARE(name->text(), QStringLiteral("/1$(/"));
    QTRY_VERIFY(!f.row()->filterError(C::NameColumn).isEmpty());
    const QString error = f.row()->filterError(C::NameColumn);
    QCOMPARE(error, ColumnFilter(name->text()).error());
    QVERIFY(name->hasErrorSpan());
    QVERIFY(name->toolTip().contains(error));
    QCOMPARE(name->accessibleDescription(), error);
    QVERIFY(name->property("filterError").toBool());
    bool warningShown = false;
    for (QAction *action : name->actions())
        warningShown = warningShown || (action->isVisible() && action->toolTip() == error);
    QVERIFY(warningShown);
    QCOMPARE(f.proxy.columnFilter(C::NameColumn), QString());
    QVERIFY(!f.proxy.hasFilterErrors());
    QCOMPARE(f.proxy.rowCount(), 30);
    QCOMPARE(changed.count(), 2);

    // Typing clears the mark at once; a valid text applies again.
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(!name->hasErrorSpan());
    QTest::keyClicks(name, QStringLiteral("/"));
    QTRY_COMPARE(f.proxy.rowCount(), 3);
    QVERIFY(f.row()->filterError(C::NameColumn).isEmpty());
    QCOMPARE(name->toolTip(), ColumnFilter::syntaxHelp());
    QVERIFY(!name->property("filterError").toBool());
}

void TestColumnFilterRow::alignmentFollowsTheHeader()
{
    Fixture f;
    QVERIFY(showActive(&f.view));
    QHeaderView *header = f.view.horizontalHeader();
    QString why;
    QVERIFY2(editsAligned(f.view, &why), qPrintable(why));

    header->resizeSection(C::IdColumn, 211);
    QVERIFY2(editsAligned(f.view, &why), qPrintable(why));
    QCOMPARE(f.row()->editor(C::IdColumn)->width(), 211);

    header->moveSection(header->visualIndex(C::CreatedColumn), 0);
    QVERIFY2(editsAligned(f.view, &why), qPrintable(why));
    QCOMPARE(f.row()->editor(C::CreatedColumn)->mapTo(header, QPoint(0, 0)).x(), 0);

    // With a stretched last section, QHeaderView lays out hidden and shown sections on the
    // next pass of the event loop, and the row follows then.
    header->hideSection(C::NameColumn);
    QTRY_VERIFY2(editsAligned(f.view, &why), qPrintable(why));
    QVERIFY(!f.row()->editor(C::NameColumn)->isVisible());
    header->showSection(C::NameColumn);
    QTRY_VERIFY2(editsAligned(f.view, &why), qPrintable(why));
    QVERIFY(f.row()->editor(C::NameColumn)->isVisible());

    // Scrolled sideways: the edits move with the sections.
    for (int column = 0; column < C::ColumnCount; ++column)
        header->resizeSection(column, 300);
    f.view.resize(500, 300);
    QScrollBar *bar = f.view.horizontalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum() / 2);
    QVERIFY(header->offset() > 0);
    QVERIFY2(editsAligned(f.view, &why), qPrintable(why));
    QVERIFY(f.row()->editor(C::CreatedColumn)->mapTo(header, QPoint(0, 0)).x() < 0);

    // A table resized keeps them in place too.
    f.view.resize(700, 300);
    QVERIFY2(editsAligned(f.view, &why), qPrintable(why));
}

void TestColumnFilterRow::alignmentRightToLeft()
{
    Fixture f;
    f.view.setLayoutDirection(Qt::RightToLeft);
    QVERIFY(showActive(&f.view));
    QHeaderView *header = f.view.horizontalHeader();
    QString why;
    QTRY_VERIFY2(editsAligned(f.view, &why), qPrintable(why));
    // The first column is at the right.
    QVERIFY(f.row()->editor(C::NameColumn)->mapTo(header, QPoint(0, 0)).x() >
            f.row()->editor(C::IdColumn)->mapTo(header, QPoint(0, 0)).x());
    header->resizeSection(C::NameColumn, 250);
    QTRY_VERIFY2(editsAligned(f.view, &why), qPrintable(why));
}

void TestColumnFilterRow::programmaticTextAndClearAll()
{
    Fixture f;
    QSignalSpy changed(f.row(), &ColumnFilterRow::filtersChanged);
    f.row()->setFilterText(C::IdColumn, QStringLiteral("=id-005"));
    // At once, no debounce.
    QCOMPARE(f.proxy.rowCount(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(f.row()->filterText(C::IdColumn), QStringLiteral("=id-005"));
    QCOMPARE(f.row()->editor(C::IdColumn)->text(), QStringLiteral("=id-005"));
    QVERIFY(f.row()->hasFilters());
    // The same text again changes nothing.
    f.row()->setFilterText(C::IdColumn, QStringLiteral("=id-005"));
    QCOMPARE(changed.count(), 1);

    f.row()->setFilterText(C::NameColumn, QStringLiteral("/[/"));
    QVERIFY(!f.row()->filterError(C::NameColumn).isEmpty());
    QCOMPARE(f.proxy.columnFilter(C::NameColumn), QString());
    QCOMPARE(f.proxy.rowCount(), 1);

    f.row()->clearAll();
    QCOMPARE(f.proxy.rowCount(), 30);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!f.row()->hasFilters());
    QVERIFY(f.row()->filterError(C::NameColumn).isEmpty());
    QVERIFY(f.row()->filterText(C::IdColumn).isEmpty());
    QVERIFY(f.row()->filterText(99).isEmpty());
    f.row()->setFilterText(99, QStringLiteral("x")); // no such column: ignored
}

void TestColumnFilterRow::hidingTheRowClearsFilters()
{
    Fixture f;
    f.row()->setFilterText(C::IdColumn, QStringLiteral("id-00"));
    QCOMPARE(f.proxy.rowCount(), 10);
    f.view.setFilterRowVisible(false);
    QVERIFY(!f.view.isFilterRowVisible());
    QCOMPARE(f.proxy.rowCount(), 30);
    QVERIFY(!f.row()->hasFilters());
}

void TestColumnFilterRow::editShortcutsStayInTheEdit()
{
    Fixture f;
    QVERIFY(showActive(&f.view));
    f.row()->setFilterText(C::IdColumn, QStringLiteral("id-01"));
    FilterLineEdit *id = f.row()->editor(C::IdColumn);
    QTest::mouseClick(id, Qt::LeftButton);
    QVERIFY(id->hasFocus());
    // Ctrl+A and Ctrl+C act on the edit's text, not on the table's rows.
    QTest::keyClick(id, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(id->selectedText(), QStringLiteral("id-01"));
    QVERIFY(f.view.selectedRows().isEmpty());
    QTest::keyClick(id, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("id-01"));
}

void TestColumnFilterRow::otherModelsKeepTheTexts()
{
    QStandardItemModel model(3, 2);
    DataTableView view;
    view.setModel(&model);
    view.setFilterRowVisible(true);
    ColumnFilterRow *row = view.filterRow();
    row->setDebounceInterval(0);
    QCOMPARE(row->debounceInterval(), 0);
    QVERIFY(row->editor(1));
    QSignalSpy changed(row, &ColumnFilterRow::filtersChanged);
    QVERIFY(showActive(&view));
    QTest::mouseClick(row->editor(1), Qt::LeftButton);
    QTest::keyClicks(row->editor(1), QStringLiteral("abc"));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(row->filterText(1), QStringLiteral("abc"));
}

void TestColumnFilterRow::newModelDropsTheTexts()
{
    Fixture f;
    f.row()->setFilterText(C::IdColumn, QStringLiteral("id-00"));
    QCOMPARE(f.proxy.rowCount(), 10);
    QStandardItemModel other(4, 3);
    f.view.setModel(&other);
    QVERIFY(f.row()->editor(2));
    QVERIFY(!f.row()->editor(3));
    QVERIFY(!f.row()->hasFilters());
    // The old proxy is left as it was: it is not the view's any more.
    QCOMPARE(f.proxy.columnFilter(C::IdColumn), QStringLiteral("id-00"));
    f.view.setModel(&f.proxy);
    QCOMPARE(f.row()->editor(C::UsedByColumn)->text(), QString());
}

void TestColumnFilterRow::retranslates()
{
    Fixture f;
    f.row()->setFilterText(C::NameColumn, QStringLiteral("/(/"));
    const QString error = f.row()->filterError(C::NameColumn);
    QVERIFY(!error.isEmpty());
    ScopedPseudoTranslation pseudo;
    FilterLineEdit *id = f.row()->editor(C::IdColumn);
    QCOMPARE(id->placeholderText(), PseudoTranslator::wrap(QStringLiteral("Filter")));
    QCOMPARE(id->toolTip(), ColumnFilter::syntaxHelp());
    QVERIFY(id->toolTip().startsWith(u'\u00AB'));
    // The reason of a shown error in the new language.
    QCOMPARE(f.row()->filterError(C::NameColumn), ColumnFilter(QStringLiteral("/(/")).error());
    QVERIFY(f.row()->filterError(C::NameColumn) != error);
}

QTEST_MAIN(TestColumnFilterRow)
#include "tst_columnfilterrow.moc"
