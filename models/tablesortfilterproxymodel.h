#pragma once

#include "columnfilter.h"
#include "textfold.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCollator>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

namespace isc {

struct SortKey;
class TableModel;

// Sorts and filters a table model (any QAbstractItemModel whose rows are top level; the
// models of models/ give it typed values through RawValueRole).
//
// Sorting: by RawValueRole when the column's header has a FieldNameRole, else by
// DisplayRole. Numbers numerically, dates by time, booleans false < true, text and lists
// case-insensitively in the collation of QLocale() with numbers in text ordered by value
// ("Item 9" < "Item 10"). Absent values come first in ascending order. Sort keys
// (QCollatorSortKey for text) are built once per row and kept until the row changes, then
// ranked once, so a sort, a reversed sort and every re-sort after a filter change compare
// integers.
//
// Filtering: a row is shown when it matches the quick filter AND every column filter.
// - The quick filter (setQuickFilter()) is one text searched, case-insensitively, as a
//   substring of the shown text of the quick-filter columns (all columns unless
//   setQuickFilterColumns() names the visible ones). The searchable text of each row is
//   built once and kept until the row changes, so a keystroke costs one substring search
//   per row. The view debounces typing (a single-shot QTimer), this class does not.
// - Column filters (setColumnFilter()) use ColumnFilter's syntax (=x, <>x, <x, >x, <=x, >=x,
//   =, <>, /regex/, or plain text for "contains"). An invalid one matches no row and
//   reports filterError(column) / filterErrorChanged().
//
// A filter change on a small table (up to 10 000 rows) goes through invalidateRowsFilter(),
// which announces each added or removed run of rows. On a larger table those runs can
// number thousands, each shifting the proxy's row map and the view's header, so the proxy
// re-filters and re-sorts at once instead (invalidate(): one layoutChanged(); selections
// and the current index survive through persistent indexes).
//
// Columns are the source model's (this proxy never hides columns; column visibility is the
// view's business, through QHeaderView).
class TableSortFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TableSortFilterProxyModel(QObject *parent = nullptr);
    ~TableSortFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString quickFilter() const { return m_quickFilter; }
    // Shows only the rows whose shown text contains `text` (case-insensitive; surrounding
    // spaces ignored); empty shows all.
    void setQuickFilter(const QString &text);

    QList<int> quickFilterColumns() const { return m_quickFilterColumns; }
    // The columns the quick filter searches (the visible ones, in any order); empty: all.
    void setQuickFilterColumns(const QList<int> &columns);

    // The expression of a column filter ("" when none).
    QString columnFilter(int column) const;
    // Sets the filter of one column (ColumnFilter's syntax); empty removes it.
    void setColumnFilter(int column, const QString &expression);
    // Removes every column filter (and their errors).
    void clearColumnFilters();

    // Why the filter of `column` cannot be used (a translated sentence), or empty.
    QString filterError(int column) const;
    bool hasFilterErrors() const;

Q_SIGNALS:
    // The error of a column's filter appeared, changed or went away (`error` empty).
    void filterErrorChanged(int column, const QString &error);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct TextCacheEntry;
    class SearchTexts;
    struct ColumnFilterState;

    // Caches follow the source rows: these keep them in step, before the base class reacts.
    void connectSource(QAbstractItemModel *model);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void dropCaches();

    bool isTypedColumn(int column) const;
    QByteArrayView searchText(int sourceRow) const;
    const SortKey &sortKey(int sourceRow, int column) const;
    void useSortColumn(int column) const;
    void buildSortKeys(int column) const;
    void ensureRanks(int column) const;
    void refilter();
    bool matchesColumnFilter(const ColumnFilterState &state, int sourceRow) const;
    bool refreshCollator() const;

    QString m_quickFilter;
    QByteArray m_quickNeedle; // case-folded UTF-8
    SubstringFinder m_quickFinder;
    QList<int> m_quickFilterColumns;
    std::vector<ColumnFilterState> m_columnFilters;
    std::vector<QMetaObject::Connection> m_sourceConnections;

    // Per source row; rebuilt lazily, dropped when the row changes.
    std::unique_ptr<SearchTexts> m_searchTexts;
    mutable int m_sortCacheColumn = -1;
    mutable std::vector<SortKey> m_sortCache;
    // The position of each row's key among all keys of the sort column (equal keys, equal
    // ranks; 0: not ranked yet). Sorting and re-filtering a sorted table then compare
    // integers; rows added or changed since are compared by key until the next ranking.
    mutable std::vector<quint32> m_sortRanks;
    bool m_flatSource = false; // a table or list model: no parent to look at
    const TableModel *m_tableSource = nullptr; // the source, when it can give text directly
    mutable QList<int> m_typedColumns; // -1 unknown, 0 no, 1 yes; per source column
    mutable QCollator m_collator;
    mutable QLocale m_collatorLocale;
};

} // namespace isc
