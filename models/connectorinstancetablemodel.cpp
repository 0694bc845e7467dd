#include "connectorinstancetablemodel.h"

#include "modelroles.h"

#include "base/jsondecode.h"

#include <QCollator>

#include <algorithm>

namespace isc {

ConnectorInstanceTableModel::ConnectorInstanceTableModel(QObject *parent)
    : TableModel(parent)
{ }

ConnectorInstanceTableModel::~ConnectorInstanceTableModel() = default;

int ConnectorInstanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectorInstanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectorInstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const ConnectorInstance &instance = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(instance, index.column());
    case RawValueRole:
        return rawData(instance, index.column());
    case Qt::ToolTipRole:
        return toolTipData(instance, index.column());
    case RowValueRole:
        return QVariant::fromValue(instance);
    case RowJsonRole:
        return json::toJson(instance);
    case RowKeyRole:
        return instance.id;
    case FieldNameRole:
    case Qt::TextAlignmentRole:
        return columnData(index.column(), role);
    default:
        return {};
    }
}

QVariant ConnectorInstanceTableModel::displayData(const ConnectorInstance &instance,
                                                  int column) const
{
    switch (column) {
    case NameColumn:
        return instance.name;
    case IdColumn:
        return instance.id;
    case TypeColumn:
        return instance.type.isEmpty() ? absentText() : instance.type;
    case CustomizerIdColumn:
        return instance.isLinked() ? instance.connectorCustomizerId : QString();
    case CustomizerNameColumn: {
        if (!instance.isLinked())
            return QString();
        const auto it = m_customizerNames.constFind(instance.connectorCustomizerId);
        return it != m_customizerNames.cend() ? *it : absentText();
    }
    }
    return {};
}

QVariant ConnectorInstanceTableModel::rawData(const ConnectorInstance &instance, int column) const
{
    switch (column) {
    case NameColumn:
        return instance.name;
    case IdColumn:
        return instance.id;
    case TypeColumn:
        return instance.type.isEmpty() ? QVariant() : QVariant(instance.type);
    case CustomizerIdColumn:
        return instance.isLinked() ? QVariant(instance.connectorCustomizerId) : QVariant();
    case CustomizerNameColumn: {
        if (!instance.isLinked())
            return {};
        const auto it = m_customizerNames.constFind(instance.connectorCustomizerId);
        return it != m_customizerNames.cend() ? QVariant(*it) : QVariant();
    }
    }
    return {};
}

QVariant ConnectorInstanceTableModel::toolTipData(const ConnectorInstance &instance,
                                                  int column) const
{
    switch (column) {
    case NameColumn:
        return instance.name;
    case IdColumn:
        return instance.id;
    case TypeColumn:
        return instance.type.isEmpty() ? tr("The server sent no connector type.") : instance.type;
    case CustomizerIdColumn:
        return instance.isLinked() ? instance.connectorCustomizerId
                                   : tr("Not linked to a customizer.");
    case CustomizerNameColumn: {
        if (!instance.isLinked())
            return tr("Not linked to a customizer.");
        const auto it = m_customizerNames.constFind(instance.connectorCustomizerId);
        if (it != m_customizerNames.cend())
            return *it;
        if (!m_customizerNamesKnown)
            return tr("Not known yet: the customizers have not been loaded.");
        //: %1 is a customizer ID
        return tr("No customizer with ID %1 exists: it may have been deleted.")
            .arg(instance.connectorCustomizerId);
    }
    }
    return {};
}

bool ConnectorInstanceTableModel::appendPage(quint64 generation, QList<ConnectorInstance> page)
{
    if (!isCurrent(generation))
        return false;
    if (page.isEmpty())
        return true;
    auto updates = m_rows.takeUpdates(page);
    if (!page.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_rows.appendRows(std::move(page));
        endInsertRows();
    }
    for (auto &[row, value] : updates) {
        m_rows.replace(row, std::move(value));
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
    return true;
}

void ConnectorInstanceTableModel::reserve(qsizetype rows)
{
    m_rows.reserve(rows);
}

int ConnectorInstanceTableModel::upsert(const ConnectorInstance &instance)
{
    const int row = rowOf(instance.id);
    if (row < 0) {
        const int last = int(m_rows.size());
        beginInsertRows({}, last, last);
        m_rows.append(instance);
        endInsertRows();
        return last;
    }
    m_rows.replace(row, instance);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return row;
}

bool ConnectorInstanceTableModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

void ConnectorInstanceTableModel::setCustomizerNames(const QHash<QString, QString> &namesById)
{
    QList<int> changed;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const ConnectorInstance &instance = m_rows.at(row);
        if (!instance.isLinked())
            continue;
        const auto before = m_customizerNames.constFind(instance.connectorCustomizerId);
        const auto after = namesById.constFind(instance.connectorCustomizerId);
        const bool hadName = before != m_customizerNames.cend();
        const bool hasName = after != namesById.cend();
        // The tooltip of an unknown name changes when the names become known.
        if (hadName != hasName || (hasName && *before != *after) ||
            (!hasName && !m_customizerNamesKnown))
            changed.append(int(row));
    }
    m_customizerNames = namesById;
    m_customizerNamesKnown = true;
    emitColumnChanged(CustomizerNameColumn, changed);
}

QHash<QString, QStringList> ConnectorInstanceTableModel::usage() const
{
    QHash<QString, QStringList> usage;
    for (const ConnectorInstance &instance : m_rows.rows()) {
        if (instance.isLinked())
            usage[instance.connectorCustomizerId].append(instance.name);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    for (QStringList &names : usage)
        std::sort(names.begin(), names.end(), collator);
    return usage;
}

QString ConnectorInstanceTableModel::headerTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    case TypeColumn:
        return tr("Type");
    case CustomizerIdColumn:
        return tr("Customizer ID");
    case CustomizerNameColumn:
        return tr("Customizer");
    }
    return {};
}

QString ConnectorInstanceTableModel::headerToolTip(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("The name of the source");
    case IdColumn:
        return tr("The unique identifier of the source's connector instance");
    case TypeColumn:
        return tr("The type of connector the source uses");
    case CustomizerIdColumn:
        return tr("The identifier of the customizer linked to the source, if any");
    case CustomizerNameColumn:
        return tr("The name of the customizer linked to the source, if any");
    }
    return {};
}

QString ConnectorInstanceTableModel::fieldName(int column) const
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case IdColumn:
        return QStringLiteral("id");
    case TypeColumn:
        return QStringLiteral("type");
    case CustomizerIdColumn:
        return QStringLiteral("connectorCustomizerId");
    case CustomizerNameColumn:
        return QStringLiteral("connectorCustomizerName");
    }
    return {};
}

void ConnectorInstanceTableModel::removeAllRows()
{
    m_rows.clear();
}

} // namespace isc
