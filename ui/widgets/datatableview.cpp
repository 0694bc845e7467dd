#include "datatableview.h"

#include "columnfilterrow.h"

#include "models/modelroles.h"
#include "models/tableexporter.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QMenu>
#include <QSet>
#include <QStyle>
#include <QToolTip>

#include <algorithm>

namespace isc {

// The horizontal header of a DataTableView: its sections on top and, when shown, the filter
// row below them, in a bottom viewport margin (as DB Browser for SQLite's FilterTableHeader).
// The table view sizes its header by sizeHint(), so the cells start under the filter row.
class FilterHeaderView final : public QHeaderView
{
public:
    explicit FilterHeaderView(QWidget *parent)
        : QHeaderView(Qt::Horizontal, parent)
    { }

    void setFilterRow(ColumnFilterRow *row) { m_row = row; }
    void setFilterRowShown(bool shown)
    {
        m_shown = shown;
        updateGeometries();
    }

    QSize sizeHint() const override
    {
        QSize size = QHeaderView::sizeHint();
        if (m_shown && m_row)
            size.rheight() += m_row->sizeHint().height();
        return size;
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QHeaderView::paintEvent(event);
        // Hiding or showing a section changes the layout without a signal, then repaints.
        if (m_shown && m_row)
            m_row->updatePositions();
    }

    void updateGeometries() override
    {
        const int rowHeight = m_shown && m_row ? m_row->sizeHint().height() : 0;
        setViewportMargins(0, 0, 0, rowHeight);
        QHeaderView::updateGeometries();
        if (m_row) {
            m_row->setGeometry(0, height() - rowHeight, width(), rowHeight);
            m_row->setVisible(m_shown);
            m_row->updatePositions();
        }
    }

private:
    ColumnFilterRow *m_row = nullptr;
    bool m_shown = false;
};

namespace {

constexpr quint32 stateMagic = 0x15CDA7A1;
constexpr quint8 stateVersion = 1;
// "Reset Columns" sizes columns to their contents, up to this width (long descriptions).
constexpr int maximumResetWidth = 400;

QAction *makeAction(QWidget *owner, const QKeySequence &shortcut)
{
    auto *action = new QAction(owner);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    // Active while the view or one of its children (the filter row) has focus: several
    // tables in one window each copy their own selection.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

DataTableView::DataTableView(QWidget *parent)
    : QTableView(parent)
    , m_header(new FilterHeaderView(this))
{
    setHorizontalHeader(m_header);
    m_filterRow = new ColumnFilterRow(this, m_header);
    m_header->setFilterRow(m_filterRow);
    m_filterRow->hide();

    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideRight);
    setWordWrap(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder); // model order until the user clicks a header
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    m_header->setSectionsMovable(true);
    m_header->setSectionsClickable(true);
    m_header->setSortIndicatorShown(true);
    m_header->setHighlightSections(false);
    m_header->setStretchLastSection(true);
    m_header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this,
            &DataTableView::showHeaderMenu);

    m_copy = makeAction(this, QKeySequence::Copy);
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    connect(m_copy, &QAction::triggered, this, [this] { copyToClipboard(selectionAsText(false)); });
    m_copyWithHeaders = makeAction(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyWithHeaders, &QAction::triggered, this,
            [this] { copyToClipboard(selectionAsText(true)); });
    m_copyAsJson = makeAction(this, {});
    connect(m_copyAsJson, &QAction::triggered, this,
            [this] { copyToClipboard(selectionAsJson()); });
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    addAction(separator);
    m_selectAll = makeAction(this, QKeySequence::SelectAll);
    m_selectAll->setIcon(QIcon::fromTheme(QStringLiteral("edit-select-all")));
    connect(m_selectAll, &QAction::triggered, this, [this] {
        // Not from a filter edit that has focus: there Ctrl+A selects the edit's text (the
        // edit takes the shortcut first); this is the menu entry or the table's shortcut.
        selectAll();
    });
    setContextMenuPolicy(Qt::ActionsContextMenu);

    retranslate();
    updateActions();
}

DataTableView::~DataTableView() = default;

void DataTableView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QTableView::setModel(model);
    m_filterRow->syncToModel();
    if (model) {
        // QItemSelectionModel forgets the current index on a reset without a signal.
        m_modelConnections.append(connect(model, &QAbstractItemModel::modelReset, this, [this] {
            notifyCurrentRow();
            updateActions();
        }));
        // Select All is there when there are rows.
        m_modelConnections.append(
            connect(model, &QAbstractItemModel::rowsInserted, this, &DataTableView::updateActions));
        m_modelConnections.append(
            connect(model, &QAbstractItemModel::rowsRemoved, this, &DataTableView::updateActions));
    }
    applyDefaultHidden();
    notifyCurrentRow();
    updateActions();
}

void DataTableView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    if (QItemSelectionModel *old = this->selectionModel())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setSelectionModel(selectionModel);
    if (selectionModel) {
        connect(selectionModel, &QItemSelectionModel::currentRowChanged, this,
                &DataTableView::notifyCurrentRow);
        connect(selectionModel, &QItemSelectionModel::selectionChanged, this,
                &DataTableView::updateActions);
    }
}

QByteArray DataTableView::saveViewState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << stateMagic << stateVersion << qint32(m_header->count()) << m_header->saveState()
           << m_filterRowVisible;
    return state;
}

bool DataTableView::restoreViewState(const QByteArray &state)
{
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint8 version = 0;
    qint32 columns = -1;
    QByteArray headerState;
    bool filterRowVisible = false;
    stream >> magic >> version >> columns >> headerState >> filterRowVisible;
    if (stream.status() != QDataStream::Ok || magic != stateMagic || version != stateVersion ||
        !model() || columns != m_header->count() || columns == 0)
        return false;
    const QByteArray before = m_header->saveState();
    if (!m_header->restoreState(headerState) || m_header->count() != columns) {
        m_header->restoreState(before);
        return false;
    }
    if (m_header->hiddenSectionCount() >= m_header->count()) {
        for (int column = 0; column < m_header->count(); ++column)
            m_header->showSection(column);
    }
    if (isSortingEnabled()) {
        // restoreState() sets the indicator only: sort the model as it says.
        sortByColumn(m_header->sortIndicatorSection(), m_header->sortIndicatorOrder());
    }
    setFilterRowVisible(filterRowVisible);
    return true;
}

void DataTableView::setDefaultHiddenColumns(const QList<int> &columns)
{
    m_defaultHidden = columns;
    applyDefaultHidden();
}

void DataTableView::resetColumns()
{
    const int count = m_header->count();
    if (count == 0)
        return;
    for (int column = 0; column < count; ++column) {
        const int visual = m_header->visualIndex(column);
        if (visual != column)
            m_header->moveSection(visual, column);
    }
    for (int column = 0; column < count; ++column)
        m_header->setSectionHidden(column, false);
    applyDefaultHidden();
    for (int column = 0; column < count; ++column) {
        if (m_header->isSectionHidden(column))
            continue;
        const int width = qMax(sizeHintForColumn(column), m_header->sectionSizeHint(column));
        m_header->resizeSection(column, qMin(width, maximumResetWidth));
    }
}

QList<int> DataTableView::visibleColumns() const
{
    QList<int> columns;
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int column = m_header->logicalIndex(visual);
        if (!m_header->isSectionHidden(column))
            columns.append(column);
    }
    return columns;
}

QList<int> DataTableView::selectedRows() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    const QItemSelection selection = selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        if (range.parent().isValid())
            continue;
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QString DataTableView::selectionAsText(bool withHeaders) const
{
    ExportOptions options;
    options.format = ExportOptions::Format::Csv;
    options.delimiter = u'\t';
    options.header = withHeaders;
    options.headerNames = ExportOptions::HeaderNames::Titles;
    options.lineEnding = ExportOptions::LineEnding::Lf;
    options.values = ExportOptions::Values::Display;
    options.formulaGuard = true; // see the class comment
    QString text = QString::fromUtf8(exportSelection(options));
    if (text.endsWith(u'\n'))
        text.chop(1); // a single cell pastes into a line edit without a line break
    return text;
}

QString DataTableView::selectionAsJson() const
{
    ExportOptions options;
    options.format = ExportOptions::Format::Json;
    return QString::fromUtf8(exportSelection(options));
}

QByteArray DataTableView::exportSelection(const ExportOptions &base) const
{
    const QList<int> rows = selectedRows();
    const QList<int> columns = visibleColumns();
    if (!model() || rows.isEmpty() || columns.isEmpty())
        return {};
    ExportOptions options = base;
    options.columns = columns;
    options.rows = rows;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    TableExporter exporter(options);
    const ExportResult result = exporter.write(*model(), buffer);
    return result.ok() ? bytes : QByteArray();
}

QStringList DataTableView::selectedRowKeys() const
{
    QStringList keys;
    if (!model())
        return keys;
    for (int row : selectedRows()) {
        const QString key = model()->index(row, 0).data(RowKeyRole).toString();
        if (!key.isEmpty())
            keys.append(key);
    }
    return keys;
}

void DataTableView::selectRowsByKey(const QStringList &keys)
{
    if (!model() || !selectionModel())
        return;
    const QSet<QString> wanted(keys.cbegin(), keys.cend());
    QItemSelection selection;
    QModelIndex first;
    const int lastColumn = model()->columnCount() - 1;
    const int rows = model()->rowCount();
    for (int row = 0; row < rows && !wanted.isEmpty() && lastColumn >= 0; ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (!wanted.contains(index.data(RowKeyRole).toString()))
            continue;
        if (!first.isValid())
            first = index;
        // Runs of consecutive rows become one range.
        if (!selection.isEmpty() && selection.last().bottom() == row - 1)
            selection.last() =
                QItemSelectionRange(selection.last().topLeft(), model()->index(row, lastColumn));
        else
            selection.append(QItemSelectionRange(index, model()->index(row, lastColumn)));
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid()) {
        selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        scrollTo(first);
    }
}

void DataTableView::setFilterRowVisible(bool visible)
{
    if (!visible)
        m_filterRow->clearAll();
    m_filterRowVisible = visible;
    m_header->setFilterRowShown(visible);
    updateGeometries();
}

QMenu *DataTableView::createHeaderMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setAccessibleName(tr("Columns"));
    QAbstractItemModel *model = this->model();
    const int count = m_header->count();
    const int visibleCount = count - m_header->hiddenSectionCount();
    // In the order the user sees the columns.
    for (int visual = 0; visual < count && model; ++visual) {
        const int column = m_header->logicalIndex(visual);
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        QAction *action = menu->addAction(title);
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        action->setData(column);
        // The last visible column stays: a table without columns could not get them back.
        action->setEnabled(!(action->isChecked() && visibleCount <= 1));
        connect(action, &QAction::toggled, this,
                [this, column](bool checked) { setColumnShown(column, checked); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset Columns"));
    reset->setObjectName(QStringLiteral("resetColumns"));
    connect(reset, &QAction::triggered, this, &DataTableView::resetColumns);
    if (m_filterRow) {
        QAction *filters = menu->addAction(tr("Show Filter Row"));
        filters->setObjectName(QStringLiteral("showFilterRow"));
        filters->setCheckable(true);
        filters->setChecked(m_filterRowVisible);
        connect(filters, &QAction::toggled, this, &DataTableView::setFilterRowVisible);
    }
    return menu;
}

bool DataTableView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && model()) {
        // The model's tooltip when it has one; else the full text of a cut-off cell.
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid() && !index.data(Qt::ToolTipRole).isValid()) {
            const QString text = index.data(Qt::DisplayRole).toString();
            const QRect rect = visualRect(index);
            const int needed = fontMetrics().horizontalAdvance(text) +
                2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1);
            if (!text.isEmpty() && needed > rect.width()) {
                QToolTip::showText(help->globalPos(), text, viewport(), rect);
                return true;
            }
            QToolTip::hideText();
            event->ignore();
            return true;
        }
    }
    return QTableView::viewportEvent(event);
}

void DataTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableView::changeEvent(event);
}

void DataTableView::retranslate()
{
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the selected rows as tab-separated text"));
    m_copyWithHeaders->setText(tr("Copy with &Headers"));
    m_copyWithHeaders->setToolTip(
        tr("Copy the selected rows as tab-separated text, column titles first"));
    m_copyAsJson->setText(tr("Copy as &JSON"));
    m_copyAsJson->setToolTip(tr("Copy the selected rows as a JSON array, with the raw values"));
    m_selectAll->setText(tr("Select &All"));
}

void DataTableView::updateActions()
{
    const bool any = selectionModel() && selectionModel()->hasSelection();
    m_copy->setEnabled(any);
    m_copyWithHeaders->setEnabled(any);
    m_copyAsJson->setEnabled(any);
    m_selectAll->setEnabled(model() && model()->rowCount() > 0);
}

void DataTableView::notifyCurrentRow()
{
    const QModelIndex current = currentIndex();
    const QModelIndex row = current.isValid() ? current.siblingAtColumn(0) : QModelIndex();
    if (row.isValid() == m_hasCurrent && (!row.isValid() || row == QModelIndex(m_current)))
        return;
    m_current = row;
    m_hasCurrent = row.isValid();
    Q_EMIT currentRowChanged(row);
}

void DataTableView::copyToClipboard(const QString &text) const
{
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void DataTableView::showHeaderMenu(const QPoint &pos)
{
    QMenu *menu = createHeaderMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_header->viewport()->mapToGlobal(pos));
}

void DataTableView::setColumnShown(int column, bool shown)
{
    if (column < 0 || column >= m_header->count())
        return;
    if (!shown && m_header->count() - m_header->hiddenSectionCount() <= 1)
        return; // never the last visible column
    m_header->setSectionHidden(column, !shown);
    if (shown && m_header->sectionSize(column) == 0)
        m_header->resizeSection(column, m_header->defaultSectionSize());
}

void DataTableView::applyDefaultHidden()
{
    for (int column : std::as_const(m_defaultHidden)) {
        if (column >= 0 && column < m_header->count() &&
            m_header->count() - m_header->hiddenSectionCount() > 1)
            m_header->setSectionHidden(column, true);
    }
}

} // namespace isc
