#include "tablesortfilterproxymodel.h"

#include "modelroles.h"
#include "sortkey.h"
#include "textfold.h"

#include <algorithm>

namespace isc {

namespace {

constexpr char searchSeparator = '\x1f'; // between columns; never in a folded needle
// Above this many source rows a filter change re-filters at once (see the class comment).
constexpr int incrementalFilterLimit = 10000;

// Keeps a per-source-row cache in step with the source's rows. Caches may be shorter than
// the source (rows past their end are simply not cached yet).
template<typename Entry>
void cacheInsertRows(std::vector<Entry> &cache, int first, int last)
{
    if (cache.empty() || first > int(cache.size()))
        return;
    cache.insert(cache.begin() + first, std::size_t(last - first + 1), Entry{});
}

template<typename Entry>
void cacheRemoveRows(std::vector<Entry> &cache, int first, int last)
{
    if (first >= int(cache.size()))
        return;
    cache.erase(cache.begin() + first, cache.begin() + std::min(last + 1, int(cache.size())));
}

template<typename Entry>
void cacheResetRows(std::vector<Entry> &cache, int first, int last)
{
    for (int row = first; row <= last && row < int(cache.size()); ++row)
        cache[std::size_t(row)] = Entry{};
}

} // namespace

struct TableSortFilterProxyModel::TextCacheEntry
{
    QByteArray text;
    bool valid = false;
};

struct TableSortFilterProxyModel::ColumnFilterState
{
    int column = -1;
    ColumnFilter filter;
    mutable std::vector<TextCacheEntry> folded; // Contains: the cell's folded text per row
};

TableSortFilterProxyModel::TableSortFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // lessThan() reads RawValueRole itself (through its key cache); the role is set so that
    // anyone asking the proxy sees what it sorts by.
    setSortRole(RawValueRole);
    setDynamicSortFilter(true);
    m_collatorLocale = QLocale();
    m_collator = QCollator(m_collatorLocale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

TableSortFilterProxyModel::~TableSortFilterProxyModel() = default;

void TableSortFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : m_sourceConnections)
        disconnect(connection);
    m_sourceConnections.clear();
    dropCaches();
    // Connected before the base class connects its own handlers, so the caches are in step
    // with the source when the base class re-sorts and re-filters.
    m_flatSource = qobject_cast<QAbstractTableModel *>(model) != nullptr ||
        qobject_cast<QAbstractListModel *>(model) != nullptr;
    if (model)
        connectSource(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TableSortFilterProxyModel::connectSource(QAbstractItemModel *model)
{
    auto &c = m_sourceConnections;
    c.push_back(connect(model, &QAbstractItemModel::rowsInserted, this,
                        &TableSortFilterProxyModel::onRowsInserted));
    c.push_back(connect(model, &QAbstractItemModel::rowsRemoved, this,
                        &TableSortFilterProxyModel::onRowsRemoved));
    c.push_back(connect(model, &QAbstractItemModel::dataChanged, this,
                        &TableSortFilterProxyModel::onDataChanged));
    c.push_back(connect(model, &QAbstractItemModel::modelReset, this,
                        &TableSortFilterProxyModel::dropCaches));
    c.push_back(connect(model, &QAbstractItemModel::layoutChanged, this,
                        &TableSortFilterProxyModel::dropCaches));
    c.push_back(connect(model, &QAbstractItemModel::rowsMoved, this,
                        &TableSortFilterProxyModel::dropCaches));
    c.push_back(connect(model, &QAbstractItemModel::columnsInserted, this,
                        &TableSortFilterProxyModel::dropCaches));
    c.push_back(connect(model, &QAbstractItemModel::columnsRemoved, this,
                        &TableSortFilterProxyModel::dropCaches));
    c.push_back(connect(model, &QAbstractItemModel::columnsMoved, this,
                        &TableSortFilterProxyModel::dropCaches));
    c.push_back(connect(model, &QAbstractItemModel::headerDataChanged, this,
                        [this] { m_typedColumns.clear(); }));
}

void TableSortFilterProxyModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    cacheInsertRows(m_searchCache, first, last);
    cacheInsertRows(m_sortCache, first, last);
    cacheInsertRows(m_sortRanks, first, last);
    for (const ColumnFilterState &state : m_columnFilters)
        cacheInsertRows(state.folded, first, last);
}

void TableSortFilterProxyModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    cacheRemoveRows(m_searchCache, first, last);
    cacheRemoveRows(m_sortCache, first, last);
    cacheRemoveRows(m_sortRanks, first, last);
    for (const ColumnFilterState &state : m_columnFilters)
        cacheRemoveRows(state.folded, first, last);
}

void TableSortFilterProxyModel::onDataChanged(const QModelIndex &topLeft,
                                              const QModelIndex &bottomRight)
{
    if (topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    cacheResetRows(m_searchCache, first, last);
    if (m_sortCacheColumn >= topLeft.column() && m_sortCacheColumn <= bottomRight.column()) {
        cacheResetRows(m_sortCache, first, last);
        cacheResetRows(m_sortRanks, first, last);
    }
    for (const ColumnFilterState &state : m_columnFilters) {
        if (state.column >= topLeft.column() && state.column <= bottomRight.column())
            cacheResetRows(state.folded, first, last);
    }
}

void TableSortFilterProxyModel::dropCaches()
{
    m_searchCache.clear();
    m_sortCache.clear();
    m_sortRanks.clear();
    m_sortCacheColumn = -1;
    m_typedColumns.clear();
    for (const ColumnFilterState &state : m_columnFilters)
        state.folded.clear();
}

void TableSortFilterProxyModel::refreshCollator() const
{
    const QLocale locale;
    if (locale == m_collatorLocale)
        return;
    m_collatorLocale = locale;
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    // Keys of another collation do not compare with the new ones.
    m_sortCache.clear();
    m_sortRanks.clear();
}

void TableSortFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    refreshCollator();
    if (sourceModel())
        ensureRanks(column);
    QSortFilterProxyModel::sort(column, order);
}

void TableSortFilterProxyModel::refilter()
{
    const QAbstractItemModel *model = sourceModel();
    if (!model) {
        invalidateRowsFilter();
        return;
    }
    if (sortColumn() >= 0)
        ensureRanks(sortColumn()); // the accepted rows are re-sorted
    if (model->rowCount() <= incrementalFilterLimit)
        invalidateRowsFilter();
    else
        invalidate();
}

void TableSortFilterProxyModel::setQuickFilter(const QString &text)
{
    if (text == m_quickFilter)
        return;
    m_quickFilter = text;
    QByteArray needle = foldedUtf8(text.trimmed());
    needle.replace(searchSeparator, QByteArray());
    if (needle == m_quickNeedle)
        return;
    m_quickNeedle = needle;
    m_quickMatcher.setPattern(m_quickNeedle);
    refilter();
}

void TableSortFilterProxyModel::setQuickFilterColumns(const QList<int> &columns)
{
    if (columns == m_quickFilterColumns)
        return;
    m_quickFilterColumns = columns;
    m_searchCache.clear();
    if (!m_quickNeedle.isEmpty())
        refilter();
}

QString TableSortFilterProxyModel::columnFilter(int column) const
{
    for (const ColumnFilterState &state : m_columnFilters) {
        if (state.column == column)
            return state.filter.expression();
    }
    return {};
}

void TableSortFilterProxyModel::setColumnFilter(int column, const QString &expression)
{
    auto it = std::find_if(m_columnFilters.begin(), m_columnFilters.end(),
                           [column](const ColumnFilterState &s) { return s.column == column; });
    const QString oldError = it != m_columnFilters.end() ? it->filter.error() : QString();
    if (it != m_columnFilters.end() && it->filter.expression() == expression)
        return;
    ColumnFilter filter(expression);
    const QString newError = filter.error();
    const bool keep = filter.isActive() || !newError.isEmpty();
    if (it == m_columnFilters.end()) {
        if (!keep)
            return; // nothing was filtered and nothing will be
        ColumnFilterState state;
        state.column = column;
        state.filter = std::move(filter);
        m_columnFilters.push_back(std::move(state));
    } else if (keep) {
        it->filter = std::move(filter); // the cell texts cached for "contains" stay valid
    } else {
        m_columnFilters.erase(it);
    }
    if (oldError != newError)
        Q_EMIT filterErrorChanged(column, newError);
    refilter();
}

void TableSortFilterProxyModel::clearColumnFilters()
{
    if (m_columnFilters.empty())
        return;
    std::vector<ColumnFilterState> old;
    old.swap(m_columnFilters);
    for (const ColumnFilterState &state : old) {
        if (!state.filter.error().isEmpty())
            Q_EMIT filterErrorChanged(state.column, QString());
    }
    refilter();
}

QString TableSortFilterProxyModel::filterError(int column) const
{
    for (const ColumnFilterState &state : m_columnFilters) {
        if (state.column == column)
            return state.filter.error();
    }
    return {};
}

bool TableSortFilterProxyModel::hasFilterErrors() const
{
    return std::any_of(m_columnFilters.begin(), m_columnFilters.end(),
                       [](const ColumnFilterState &s) { return !s.filter.error().isEmpty(); });
}

bool TableSortFilterProxyModel::isTypedColumn(int column) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_typedColumns.isEmpty())
        m_typedColumns.fill(-1, model->columnCount());
    if (column < 0 || column >= m_typedColumns.size())
        return false;
    int &typed = m_typedColumns[column];
    if (typed < 0)
        typed = model->headerData(column, Qt::Horizontal, FieldNameRole).isValid() ? 1 : 0;
    return typed == 1;
}

const QByteArray &TableSortFilterProxyModel::searchText(int sourceRow) const
{
    const QAbstractItemModel *model = sourceModel();
    if (std::size_t(sourceRow) >= m_searchCache.size())
        m_searchCache.resize(std::size_t(model->rowCount()));
    TextCacheEntry &entry = m_searchCache[std::size_t(sourceRow)];
    if (entry.valid)
        return entry.text;
    // Built in a reused buffer, then copied at its exact size: no slack kept per row.
    static thread_local QByteArray buffer;
    buffer.clear();
    const int columns = model->columnCount();
    bool first = true;
    auto add = [&](int column) {
        if (column < 0 || column >= columns)
            return;
        if (!first)
            buffer.append(searchSeparator);
        first = false;
        const QVariant text = model->data(model->index(sourceRow, column), Qt::DisplayRole);
        if (text.metaType().id() == QMetaType::QString)
            appendFoldedUtf8(buffer, *static_cast<const QString *>(text.constData()));
        else
            appendFoldedUtf8(buffer, text.toString());
    };
    if (m_quickFilterColumns.isEmpty()) {
        for (int column = 0; column < columns; ++column)
            add(column);
    } else {
        for (int column : m_quickFilterColumns)
            add(column);
    }
    entry.text = QByteArray(buffer.constData(), buffer.size());
    entry.valid = true;
    return entry.text;
}

void TableSortFilterProxyModel::useSortColumn(int column) const
{
    if (column == m_sortCacheColumn)
        return;
    m_sortCache.clear();
    m_sortRanks.clear();
    m_sortCacheColumn = column;
}

const SortKey &TableSortFilterProxyModel::sortKey(int sourceRow, int column) const
{
    const QAbstractItemModel *model = sourceModel();
    useSortColumn(column);
    if (std::size_t(sourceRow) >= m_sortCache.size()) {
        m_sortCache.resize(std::size_t(model->rowCount()));
        m_sortRanks.resize(m_sortCache.size(), 0);
    }
    SortKey &key = m_sortCache[std::size_t(sourceRow)];
    if (!key.isSet()) {
        const int role = isTypedColumn(column) ? int(RawValueRole) : int(Qt::DisplayRole);
        key = SortKey::make(model->data(model->index(sourceRow, column), role), m_collator);
    }
    return key;
}

void TableSortFilterProxyModel::ensureRanks(int column) const
{
    const QAbstractItemModel *model = sourceModel();
    const int rows = model->rowCount();
    if (column < 0 || column >= model->columnCount() || rows == 0)
        return;
    useSortColumn(column);
    m_sortCache.resize(std::size_t(rows));
    m_sortRanks.resize(std::size_t(rows), 0);
    const auto unranked = std::count(m_sortRanks.begin(), m_sortRanks.end(), 0u);
    // A few unranked rows compare by key; many make every comparison slow: rank again.
    if (unranked <= rows / 8 && unranked < 4096)
        return;
    for (int row = 0; row < rows; ++row)
        sortKey(row, column);
    std::vector<int> order(static_cast<std::size_t>(rows));
    for (int row = 0; row < rows; ++row)
        order[std::size_t(row)] = row;
    const std::vector<SortKey> &keys = m_sortCache;
    std::sort(order.begin(), order.end(), [&keys](int a, int b) {
        return SortKey::compare(keys[std::size_t(a)], keys[std::size_t(b)]) < 0;
    });
    quint32 rank = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i == 0 ||
            SortKey::compare(keys[std::size_t(order[i - 1])], keys[std::size_t(order[i])]) != 0)
            rank = quint32(i + 1);
        m_sortRanks[std::size_t(order[i])] = rank;
    }
}

bool TableSortFilterProxyModel::matchesColumnFilter(const ColumnFilterState &state,
                                                    int sourceRow) const
{
    const QAbstractItemModel *model = sourceModel();
    const ColumnFilter &filter = state.filter;
    if (!filter.error().isEmpty())
        return false; // an invalid filter matches nothing, visibly (filterError())
    const QModelIndex index = model->index(sourceRow, state.column);
    if (!index.isValid())
        return false;
    QVariant raw;
    if (filter.needsRawValue())
        raw = model->data(index,
                          isTypedColumn(state.column) ? int(RawValueRole) : int(Qt::DisplayRole));
    QString text;
    if (filter.needsText())
        text = model->data(index, Qt::DisplayRole).toString();
    static const QByteArray noText;
    const QByteArray *folded = &noText;
    if (filter.needsFoldedText()) {
        if (std::size_t(sourceRow) >= state.folded.size())
            state.folded.resize(std::size_t(model->rowCount()));
        TextCacheEntry &entry = state.folded[std::size_t(sourceRow)];
        if (!entry.valid) {
            entry.text = foldedUtf8(model->data(index, Qt::DisplayRole).toString());
            entry.valid = true;
        }
        folded = &entry.text;
    }
    return filter.matches(raw, text, *folded, m_collator);
}

bool TableSortFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true; // top-level rows only; children are shown with their parent
    if (m_quickNeedle.isEmpty() && m_columnFilters.empty())
        return true;
    if (!m_quickNeedle.isEmpty() && m_quickMatcher.indexIn(searchText(sourceRow)) < 0)
        return false;
    for (const ColumnFilterState &state : m_columnFilters) {
        if (!matchesColumnFilter(state, sourceRow))
            return false;
    }
    return true;
}

bool TableSortFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_flatSource && left.parent().isValid())
        return QSortFilterProxyModel::lessThan(left, right); // children: the base class's way
    const int column = left.column();
    const std::size_t l = std::size_t(left.row());
    const std::size_t r = std::size_t(right.row());
    if (column == m_sortCacheColumn && l < m_sortRanks.size() && r < m_sortRanks.size()) {
        const quint32 a = m_sortRanks[l];
        const quint32 b = m_sortRanks[r];
        if (a != 0 && b != 0)
            return a < b;
    }
    return SortKey::compare(sortKey(left.row(), column), sortKey(right.row(), column)) < 0;
}

} // namespace isc
