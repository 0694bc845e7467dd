#include "tablemodel.h"

#include "localdatetimeformatter.h"
#include "modelroles.h"

#include <QLocale>

namespace isc {

TableModel::TableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

TableModel::~TableModel() = default;

quint64 TableModel::beginLoad()
{
    clear();
    return m_generation;
}

void TableModel::clear()
{
    ++m_generation;
    if (rowCount() == 0) {
        removeAllRows(); // drops any bookkeeping; no row to announce
        return;
    }
    beginResetModel();
    removeAllRows();
    endResetModel();
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return headerTitle(section);
    case Qt::ToolTipRole:
        return headerToolTip(section);
    case FieldNameRole:
        return fieldName(section);
    case Qt::TextAlignmentRole:
        return columnData(section, role);
    default:
        return {};
    }
}

QString TableModel::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString TableModel::absentText()
{
    // Shared, not built per cell: tables show it in thousands of cells.
    static const QString emDash(QChar(0x2014));
    return emDash;
}

void TableModel::retranslate()
{
    m_dateFormatter.reset(); // the locale (or the time zone) may have changed with the language
    const int columns = columnCount();
    if (columns > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    const int rows = rowCount();
    if (rows > 0 && columns > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columns - 1));
}

bool TableModel::isNumericColumn(int) const
{
    return false;
}

QVariant TableModel::columnData(int column, int role) const
{
    switch (role) {
    case FieldNameRole:
        return fieldName(column);
    case Qt::TextAlignmentRole:
        if (isNumericColumn(column))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QString TableModel::displayText(int row, int column) const
{
    return data(index(row, column), Qt::DisplayRole).toString();
}

QString TableModel::localDateTime(const QDateTime &utc) const
{
    const QLocale locale; // the default locale now: a switch applies at once
    if (!m_dateFormatter || m_dateFormatter->locale() != locale)
        m_dateFormatter = std::make_unique<LocalDateTimeFormatter>(locale);
    return m_dateFormatter->format(utc);
}

QString TableModel::longLocalDateTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::LongFormat);
}

QString TableModel::joinList(const QStringList &items)
{
    return items.join(QLatin1String(", "));
}

void TableModel::emitColumnChanged(int column, const QList<int> &rows)
{
    qsizetype i = 0;
    while (i < rows.size()) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), column), index(rows.at(j), column));
        i = j + 1;
    }
}

} // namespace isc
