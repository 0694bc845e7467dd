#pragma once

#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QAbstractItemModel;
class QAction;
class QHeaderView;
class QTableView;
class QTimer;

namespace isc {

class FilterLineEdit;

// The filter row of a DataTableView, in the manner of DB Browser for SQLite's: one
// FilterLineEdit per column, under the column's header section, following its position,
// width, order and visibility and the horizontal scrolling. DataTableView makes room for it
// in its header and places it; it is not meant to be used alone.
//
// Each edit takes ColumnFilter's syntax (its tooltip says which). When the view's model is a
// TableSortFilterProxyModel, typing sets that column's filter on it, 250 ms after the last
// keystroke (setFilterText() and clearAll() apply at once). An expression ColumnFilter
// cannot use (an invalid regular expression) is not applied: the column stays unfiltered
// and its edit shows why (a warning icon, the text underlined, the reason as tooltip)
// until the text changes. With any other model the texts are kept and filtersChanged() is
// emitted, for the owner to apply them.
class ColumnFilterRow final : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnFilterRow(QTableView *view, QWidget *parent = nullptr);
    ~ColumnFilterRow() override;

    QString filterText(int column) const;
    // Sets and applies the filter of `column` (no delay).
    void setFilterText(int column, const QString &text);
    // Empties every filter and applies that (no delay).
    void clearAll();
    // Whether any column has filter text.
    bool hasFilters() const;

    // Why the text of `column` is not applied, or empty.
    QString filterError(int column) const;

    // The edit of `column` (logical index), or null.
    FilterLineEdit *editor(int column) const;

    int debounceInterval() const { return m_debounceMs; }
    void setDebounceInterval(int milliseconds);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Places the edits under their sections (DataTableView calls it when the header's
    // geometry changes; the row follows section changes and scrolling by itself).
    void updatePositions();

Q_SIGNALS:
    // The applied filters changed (after the debounce, or at once for setFilterText()).
    void filtersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class DataTableView;

    // Creates the edits for the columns of the view's model; a new model drops the texts
    // (without applying anything to the old model).
    void syncToModel();
    void onTextEdited(int column);
    void applyPending();
    bool apply(int column); // true when the applied filter changed
    void showError(int column, const QString &error);
    void retranslate();
    void updateTabOrder();

    QTableView *m_view;
    QHeaderView *m_header;
    QPointer<QAbstractItemModel> m_model;
    QList<FilterLineEdit *> m_edits; // by logical column
    QList<QAction *> m_errorActions; // by logical column: the warning icon in the edit
    QList<QString> m_errors; // by logical column
    QList<QString> m_applied; // by logical column: the expression last applied
    QSet<int> m_pending;
    QTimer *m_debounce;
    int m_debounceMs = 250;
    bool m_positionsQueued = false;
};

} // namespace isc
