#pragma once

#include "models/exportoptions.h"

#include <QByteArray>
#include <QList>
#include <QPersistentModelIndex>
#include <QStringList>
#include <QTableView>

class QAction;
class QMenu;

namespace isc {

class ColumnFilterRow;
class FilterHeaderView;

// The table of the console's lists (connectors, customizers, instances, activity): a
// QTableView set up the same way everywhere.
//
// - Whole rows are selected (ExtendedSelection); alternating row colours; text elided at the
//   right, its full text as a tooltip when the model gives none and the cell is too narrow.
// - Clicking a header sorts by that column (with its sort indicator); sections can be moved
//   and resized. The header's context menu has one checkable entry per column to show or
//   hide it (the last visible column cannot be hidden) and "Reset Columns" (every column but
//   the default hidden ones shown, in model order, sized to their contents).
// - saveViewState() / restoreViewState(): widths, order, hidden columns, sort column and
//   order (QHeaderView::saveState) plus whether the filter row is shown. Filter texts are
//   not saved: a restarted console never hides rows without the user seeing why.
// - An optional filter row under the header (ColumnFilterRow), one filter per column.
// - Copy actions owned by the view, their shortcuts active while the view (or a child)
//   has focus, listed in the view's context menu (Qt::ActionsContextMenu: actions a caller
//   adds with addAction() are listed after them):
//     Copy (Ctrl+C)            the selected rows, visible columns in view order, as
//                              tab-separated text without a header row;
//     Copy with Headers (Ctrl+Shift+C)  the same with the column titles first;
//     Copy as JSON             an array of objects keyed by FieldNameRole, with the typed
//                              values (RawValueRole), as the JSON export writes them;
//     Select All (Ctrl+A).
//   Both texts come from TableExporter (one serializer for files and the clipboard). The
//   tab-separated text holds what the table shows (local dates, Yes/No), quoted as
//   RFC 4180 when a cell holds a tab, a quote or a line break, and keeps the exporter's
//   formula-injection guard: a text cell starting with = + - @ gets a leading apostrophe.
//   Pasted into a spreadsheet, data from a server must never run as a formula; the exact
//   text of such a cell is what Copy as JSON and the details pane's Copy Value give.
// - currentRowChanged() tells the row that became current (an index of column 0 of the
//   view's model), invalid when none (also after a model reset).
class DataTableView : public QTableView
{
    Q_OBJECT

public:
    explicit DataTableView(QWidget *parent = nullptr);
    ~DataTableView() override;

    void setModel(QAbstractItemModel *model) override;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;

    QByteArray saveViewState() const;
    // false, and nothing changes, when `state` is not from saveViewState() or was saved for
    // another number of columns.
    bool restoreViewState(const QByteArray &state);

    // Columns hidden by default ("Reset Columns" hides them again); hides them now.
    void setDefaultHiddenColumns(const QList<int> &columns);
    QList<int> defaultHiddenColumns() const { return m_defaultHidden; }
    // Shows every column but the default hidden ones, in model order, sized to contents.
    void resetColumns();

    // The visible columns (logical indexes) in the order the view shows them.
    QList<int> visibleColumns() const;
    // The selected rows of the view's model, top to bottom.
    QList<int> selectedRows() const;

    QAction *copyAction() const { return m_copy; }
    QAction *copyWithHeadersAction() const { return m_copyWithHeaders; }
    QAction *copyAsJsonAction() const { return m_copyAsJson; }
    QAction *selectAllAction() const { return m_selectAll; }

    // The text the copy actions put on the clipboard, for the selected rows; empty when
    // none is selected.
    QString selectionAsText(bool withHeaders) const;
    QString selectionAsJson() const;

    // RowKeyRole of the selected rows, top to bottom (rows without a key are left out).
    QStringList selectedRowKeys() const;
    // Selects the rows whose RowKeyRole is in `keys` (the others are deselected), makes the
    // first of them current and scrolls to it. Keys no longer in the model are ignored.
    void selectRowsByKey(const QStringList &keys);

    // Hiding the filter row clears its filters.
    void setFilterRowVisible(bool visible);
    bool isFilterRowVisible() const { return m_filterRowVisible; }
    ColumnFilterRow *filterRow() const { return m_filterRow; }

    // The header's context menu, built for the current columns (the caller owns it).
    QMenu *createHeaderMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    void currentRowChanged(const QModelIndex &proxyIndex);

protected:
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void notifyCurrentRow();
    void copyToClipboard(const QString &text) const;
    QByteArray exportSelection(const ExportOptions &options) const;
    void showHeaderMenu(const QPoint &pos);
    void setColumnShown(int column, bool shown);
    void applyDefaultHidden();

    FilterHeaderView *m_header = nullptr;
    ColumnFilterRow *m_filterRow = nullptr;
    bool m_filterRowVisible = false;
    QList<int> m_defaultHidden;
    QAction *m_copy = nullptr;
    QAction *m_copyWithHeaders = nullptr;
    QAction *m_copyAsJson = nullptr;
    QAction *m_selectAll = nullptr;
    QPersistentModelIndex m_current;
    bool m_hasCurrent = false;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace isc
