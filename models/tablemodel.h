#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace isc {

class LocalDateTimeFormatter;

// What the three table models share: the load generation that drops late pages, header
// data (translated titles, the FieldNameRole, tooltips), retranslation and the formatting
// of cells for people. Not instantiable: use ConnectorTableModel, CustomizerTableModel or
// ConnectorInstanceTableModel.
//
// Loading: `const quint64 generation = model.beginLoad();` then, for each page that arrives,
// `model.appendPage(generation, rows)`. A page carrying an older generation (a reply of a
// load that a refresh or clear() superseded) is ignored, as DB Browser for SQLite's "life
// counter" does. Each page is one beginInsertRows()/endInsertRows(); only beginLoad() and
// clear() reset the model.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The generation of the current load (0 before the first beginLoad()).
    quint64 generation() const { return m_generation; }

    // Starts a new load: empties the table (one model reset, none when already empty) and
    // returns the generation that the pages of this load must carry.
    quint64 beginLoad();

    // Empties the table; pages still in flight (of any earlier generation) are then ignored.
    void clear();

    // The title (DisplayRole, translated), a description (ToolTipRole), the alignment of
    // numeric columns (TextAlignmentRole) and the contract field name (FieldNameRole) of a
    // column. Rows have no header data.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The text of a cell as DisplayRole shows it, for a valid row and column, without going
    // through a QModelIndex and a QVariant: the proxy's quick filter reads every cell of
    // every row once. The default asks data(); models whose cells are all text answer
    // directly.
    virtual QString displayText(int row, int column) const;

    // Yes/No as shown for booleans, translated at call time.
    static QString yesNo(bool value);
    // What an absent value shows: an em dash. Its ToolTipRole says why it is absent.
    static QString absentText();

public Q_SLOTS:
    // Call after installing new translators or changing QLocale's default: emits
    // headerDataChanged() for every column and dataChanged() for every cell, so titles,
    // Yes/No, tooltips and dates are shown in the new language and locale.
    void retranslate();

protected:
    explicit TableModel(QObject *parent = nullptr);
    ~TableModel() override;

    // true when a page of `generation` belongs to the current load.
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    // Per-column metadata that the subclasses provide.
    virtual QString headerTitle(int column) const = 0;
    virtual QString headerToolTip(int column) const = 0;
    virtual QString fieldName(int column) const = 0;
    virtual bool isNumericColumn(int column) const;

    // Drops every row (called between beginResetModel() and endResetModel()).
    virtual void removeAllRows() = 0;

    // The roles answered the same way for every cell of a column: FieldNameRole and
    // TextAlignmentRole. An invalid QVariant for any other role.
    QVariant columnData(int column, int role) const;

    // A UTC timestamp as local time in QLocale()'s short format (the locale at call time),
    // quickly: the quick filter formats every row once.
    QString localDateTime(const QDateTime &utc) const;
    // The same in the long format with the time zone, for tooltips.
    static QString longLocalDateTime(const QDateTime &utc);
    // A list as shown in a cell: its items joined with ", ".
    static QString joinList(const QStringList &items);

    // Emits dataChanged() for `column` over the given rows (sorted, unique), one signal per
    // run of consecutive rows.
    void emitColumnChanged(int column, const QList<int> &rows);

private:
    quint64 m_generation = 0;
    mutable std::unique_ptr<LocalDateTimeFormatter> m_dateFormatter;
};

} // namespace isc
