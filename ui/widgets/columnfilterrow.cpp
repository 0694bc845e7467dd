#include "columnfilterrow.h"

#include "filterlineedit.h"

#include "models/columnfilter.h"
#include "models/tablesortfilterproxymodel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include <utility>

namespace isc {

namespace {

constexpr int verticalMargin = 1;

} // namespace

ColumnFilterRow::ColumnFilterRow(QTableView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_header(view->horizontalHeader())
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(m_debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ColumnFilterRow::applyPending);

    // Follow the header: sections resized, hidden, moved, added or removed, and scrolling.
    connect(m_header, &QHeaderView::sectionResized, this, [this] {
        updatePositions();
        // QHeaderView announces the sizes of a stretched last section, and of a section
        // hidden or shown beside it, before it stores them: look again once it has.
        if (!m_positionsQueued) {
            m_positionsQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_positionsQueued = false;
                    updatePositions();
                },
                Qt::QueuedConnection);
        }
    });
    connect(m_header, &QHeaderView::sectionMoved, this, [this] {
        updatePositions();
        updateTabOrder();
    });
    connect(m_header, &QHeaderView::sectionCountChanged, this, &ColumnFilterRow::syncToModel);
    connect(m_header, &QHeaderView::geometriesChanged, this, &ColumnFilterRow::updatePositions);
    // Connected after QAbstractScrollArea's own connection, so the header's offset is
    // already updated when this runs.
    connect(m_view->horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &ColumnFilterRow::updatePositions);

    setAccessibleName(tr("Column filters"));
    syncToModel();
}

ColumnFilterRow::~ColumnFilterRow() = default;

QString ColumnFilterRow::filterText(int column) const
{
    const FilterLineEdit *edit = editor(column);
    return edit ? edit->text() : QString();
}

void ColumnFilterRow::setFilterText(int column, const QString &text)
{
    FilterLineEdit *edit = editor(column);
    if (!edit)
        return;
    if (edit->text() != text)
        edit->setText(text);
    m_pending.remove(column);
    if (apply(column))
        Q_EMIT filtersChanged();
}

void ColumnFilterRow::clearAll()
{
    m_debounce->stop();
    m_pending.clear();
    bool changed = false;
    for (int column = 0; column < m_edits.size(); ++column) {
        m_edits.at(column)->clear();
        changed = apply(column) || changed;
    }
    if (changed)
        Q_EMIT filtersChanged();
}

bool ColumnFilterRow::hasFilters() const
{
    for (const FilterLineEdit *edit : m_edits) {
        if (!edit->text().trimmed().isEmpty())
            return true;
    }
    return false;
}

QString ColumnFilterRow::filterError(int column) const
{
    return column >= 0 && column < m_errors.size() ? m_errors.at(column) : QString();
}

FilterLineEdit *ColumnFilterRow::editor(int column) const
{
    return column >= 0 && column < m_edits.size() ? m_edits.at(column) : nullptr;
}

void ColumnFilterRow::setDebounceInterval(int milliseconds)
{
    m_debounceMs = qMax(0, milliseconds);
    m_debounce->setInterval(m_debounceMs);
}

QSize ColumnFilterRow::sizeHint() const
{
    // Every edit has the same height: ask a fresh one when there are no columns yet.
    const int editHeight = m_edits.isEmpty() ? FilterLineEdit().sizeHint().height()
                                             : m_edits.first()->sizeHint().height();
    return {m_header->width(), editHeight + 2 * verticalMargin};
}

QSize ColumnFilterRow::minimumSizeHint() const
{
    return {0, sizeHint().height()};
}

void ColumnFilterRow::updatePositions()
{
    const int editHeight = height() - 2 * verticalMargin;
    for (int column = 0; column < m_edits.size(); ++column) {
        FilterLineEdit *edit = m_edits.at(column);
        // While a section is being hidden it is first resized to 0, then marked hidden.
        if (column >= m_header->count() || m_header->isSectionHidden(column) ||
            m_header->sectionSize(column) <= 0) {
            edit->hide();
            continue;
        }
        // The row sits at the header's left edge, as the header's viewport does: section
        // viewport positions are row positions (already mirrored in right-to-left).
        edit->setGeometry(m_header->sectionViewportPosition(column), verticalMargin,
                          m_header->sectionSize(column), editHeight);
        edit->show();
    }
}

void ColumnFilterRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ColumnFilterRow::syncToModel()
{
    QAbstractItemModel *model = m_view->model();
    if (model != m_model) {
        // Another model: its filters are not ours to carry over, nor the old model's to clear.
        m_debounce->stop();
        m_pending.clear();
        for (FilterLineEdit *edit : std::as_const(m_edits))
            edit->clear();
        for (int column = 0; column < m_errors.size(); ++column) {
            showError(column, QString());
            m_applied[column].clear();
        }
        if (m_model)
            disconnect(m_model, nullptr, this, nullptr);
        m_model = model;
        // The accessible names carry the column titles.
        if (model)
            connect(model, &QAbstractItemModel::headerDataChanged, this,
                    &ColumnFilterRow::retranslate);
    }
    const int count = model ? m_header->count() : 0;
    while (m_edits.size() > count) {
        m_pending.remove(int(m_edits.size()) - 1);
        delete m_edits.takeLast();
        m_errorActions.removeLast();
        m_errors.removeLast();
        m_applied.removeLast();
    }
    while (m_edits.size() < count) {
        const int column = int(m_edits.size());
        auto *edit = new FilterLineEdit(this);
        edit->setClearButtonEnabled(true);
        QAction *errorAction = edit->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                               QLineEdit::LeadingPosition);
        errorAction->setVisible(false);
        connect(edit, &QLineEdit::textEdited, this, [this, column] { onTextEdited(column); });
        connect(edit, &QLineEdit::returnPressed, this, &ColumnFilterRow::applyPending);
        m_edits.append(edit);
        m_errorActions.append(errorAction);
        m_errors.append(QString());
        m_applied.append(QString());
    }
    retranslate();
    updatePositions();
    updateTabOrder();
}

void ColumnFilterRow::onTextEdited(int column)
{
    // The shown error was about the previous text.
    showError(column, QString());
    m_pending.insert(column);
    m_debounce->start();
}

void ColumnFilterRow::applyPending()
{
    m_debounce->stop();
    bool changed = false;
    const QSet<int> pending = std::exchange(m_pending, {});
    for (int column : pending)
        changed = apply(column) || changed;
    if (changed)
        Q_EMIT filtersChanged();
}

bool ColumnFilterRow::apply(int column)
{
    FilterLineEdit *edit = editor(column);
    if (!edit)
        return false;
    const QString text = edit->text();
    const QString error = ColumnFilter(text).error();
    showError(column, error);
    const QString expression = error.isEmpty() ? text : QString();
    // With another kind of model, whoever owns it applies the texts.
    auto *proxy = qobject_cast<TableSortFilterProxyModel *>(m_view->model());
    const bool changed =
        m_applied.at(column) != expression || (proxy && proxy->columnFilter(column) != expression);
    m_applied[column] = expression;
    if (proxy && proxy->columnFilter(column) != expression)
        proxy->setColumnFilter(column, expression);
    return changed;
}

void ColumnFilterRow::showError(int column, const QString &error)
{
    FilterLineEdit *edit = editor(column);
    if (!edit)
        return;
    m_errors[column] = error;
    if (error.isEmpty()) {
        edit->clearErrorSpan();
        edit->setToolTip(ColumnFilter::syntaxHelp());
    } else {
        edit->setErrorSpan(1, int(edit->text().size()));
        //: %1 says why a column filter cannot be used (e.g. an invalid regular expression)
        edit->setToolTip(tr("This filter is not applied: %1").arg(error) + QLatin1String("\n\n") +
                         ColumnFilter::syntaxHelp());
    }
    edit->setAccessibleDescription(error);
    edit->setProperty("filterError", !error.isEmpty()); // for style sheets
    m_errorActions.at(column)->setVisible(!error.isEmpty());
    m_errorActions.at(column)->setToolTip(error);
}

void ColumnFilterRow::retranslate()
{
    setAccessibleName(tr("Column filters"));
    for (int column = 0; column < m_edits.size(); ++column) {
        FilterLineEdit *edit = m_edits.at(column);
        edit->setPlaceholderText(tr("Filter"));
        const QString title = m_model
            ? m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()
            : QString();
        //: Accessible name of the filter edit under a column; %1 is the column title
        edit->setAccessibleName(tr("Filter of column %1").arg(title));
        // A translated reason for a shown error (and the syntax help in the new language).
        showError(column,
                  m_errors.at(column).isEmpty() ? QString() : ColumnFilter(edit->text()).error());
    }
}

void ColumnFilterRow::updateTabOrder()
{
    QWidget *previous = nullptr;
    for (int visual = 0; visual < m_header->count(); ++visual) {
        FilterLineEdit *edit = editor(m_header->logicalIndex(visual));
        if (!edit)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, edit);
        previous = edit;
    }
}

} // namespace isc
