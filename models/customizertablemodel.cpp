#include "customizertablemodel.h"

#include "modelroles.h"

#include "base/jsondecode.h"

#include <QCollator>

#include <algorithm>

namespace isc {

CustomizerTableModel::CustomizerTableModel(QObject *parent)
    : TableModel(parent)
{ }

CustomizerTableModel::~CustomizerTableModel() = default;

int CustomizerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomizerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomizerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Customizer &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(c, index.column());
    case RawValueRole:
        return rawData(c, index.column());
    case Qt::ToolTipRole:
        return toolTipData(c, index.column());
    case RowValueRole:
        return QVariant::fromValue(c);
    case RowJsonRole:
        return json::toJson(c);
    case RowKeyRole:
        return c.id;
    case FieldNameRole:
    case Qt::TextAlignmentRole:
        return columnData(index.column(), role);
    default:
        return {};
    }
}

QString CustomizerTableModel::displayText(int row, int column) const
{
    return displayData(m_rows.at(row), column);
}

QString CustomizerTableModel::displayData(const Customizer &c, int column) const
{
    switch (column) {
    case NameColumn:
        return c.name;
    case IdColumn:
        return c.id;
    case ImageVersionColumn:
        return c.imageVersion ? QString::number(*c.imageVersion) : absentText();
    case ImageIdColumn:
        return c.imageId.isEmpty() ? absentText() : c.imageId;
    case TenantIdColumn:
        return c.tenantId.isEmpty() ? absentText() : c.tenantId;
    case CreatedColumn:
        if (c.created.isValid())
            return localDateTime(c.created.value);
        return c.created.raw.isEmpty() ? absentText() : c.created.raw;
    case UsedByColumn:
        return m_usageKnown ? joinList(m_usage.value(c.id)) : absentText();
    }
    return {};
}

QVariant CustomizerTableModel::rawData(const Customizer &c, int column) const
{
    switch (column) {
    case NameColumn:
        return c.name;
    case IdColumn:
        return c.id;
    case ImageVersionColumn:
        return c.imageVersion ? QVariant(qlonglong(*c.imageVersion)) : QVariant();
    case ImageIdColumn:
        return c.imageId.isEmpty() ? QVariant() : QVariant(c.imageId);
    case TenantIdColumn:
        return c.tenantId.isEmpty() ? QVariant() : QVariant(c.tenantId);
    case CreatedColumn:
        if (c.created.isValid())
            return c.created.value;
        return c.created.raw.isEmpty() ? QVariant() : QVariant(c.created.raw);
    case UsedByColumn:
        return m_usageKnown ? QVariant(m_usage.value(c.id)) : QVariant();
    }
    return {};
}

QVariant CustomizerTableModel::toolTipData(const Customizer &c, int column) const
{
    switch (column) {
    case NameColumn:
        return c.name;
    case IdColumn:
        return c.id;
    case ImageVersionColumn:
        return c.imageVersion ? QString::number(*c.imageVersion)
                              : tr("No code has been uploaded to this customizer yet.");
    case ImageIdColumn:
        return c.imageId.isEmpty() ? tr("No code has been uploaded to this customizer yet.")
                                   : c.imageId;
    case TenantIdColumn:
        return c.tenantId.isEmpty() ? tr("The server sent no tenant ID.") : c.tenantId;
    case CreatedColumn:
        if (c.created.isValid())
            //: %1 is a date and time in the user's time zone, %2 the text the server sent
            return tr("%1 (the server sent \u201c%2\u201d)")
                .arg(longLocalDateTime(c.created.value), c.created.raw);
        if (!c.created.raw.isEmpty())
            //: %1 is the text the server sent instead of a date
            return tr("The server sent \u201c%1\u201d, which is not a date this console can read.")
                .arg(c.created.raw);
        return tr("The server sent no creation date.");
    case UsedByColumn: {
        if (!m_usageKnown)
            return tr("Not known yet: the sources have not been loaded.");
        const QStringList names = m_usage.value(c.id);
        if (names.isEmpty())
            return tr("No source uses this customizer.");
        return names.join(QLatin1Char('\n'));
    }
    }
    return {};
}

bool CustomizerTableModel::appendPage(quint64 generation, QList<Customizer> page)
{
    if (!isCurrent(generation))
        return false;
    if (page.isEmpty())
        return true;
    // All customizers of a tenant carry the same tenant ID: share one string, not 100 000.
    for (Customizer &c : page) {
        if (c.tenantId == m_lastTenantId)
            c.tenantId = m_lastTenantId;
        else
            m_lastTenantId = c.tenantId;
    }
    auto updates = m_rows.takeUpdates(page);
    if (!page.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_rows.appendRows(std::move(page));
        endInsertRows();
    }
    for (auto &[row, value] : updates) {
        if (m_rows.at(row) == value)
            continue;
        m_rows.replace(row, std::move(value));
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
    return true;
}

void CustomizerTableModel::reserve(qsizetype rows)
{
    m_rows.reserve(rows);
}

int CustomizerTableModel::upsert(const Customizer &customizer)
{
    const int row = rowOf(customizer.id);
    if (row < 0) {
        const int last = int(m_rows.size());
        beginInsertRows({}, last, last);
        m_rows.append(customizer);
        endInsertRows();
        return last;
    }
    if (!(m_rows.at(row) == customizer)) {
        m_rows.replace(row, customizer);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return row;
}

bool CustomizerTableModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

void CustomizerTableModel::setUsage(const QHash<QString, QStringList> &instanceNamesByCustomizerId)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    QHash<QString, QStringList> usage;
    usage.reserve(instanceNamesByCustomizerId.size());
    for (auto it = instanceNamesByCustomizerId.cbegin(); it != instanceNamesByCustomizerId.cend();
         ++it) {
        if (it.value().isEmpty())
            continue;
        QStringList names = it.value();
        std::sort(names.begin(), names.end(), collator);
        usage.insert(it.key(), names);
    }
    QList<int> changed;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const QString &id = m_rows.at(row).id;
        if (!m_usageKnown || m_usage.value(id) != usage.value(id))
            changed.append(int(row));
    }
    m_usage = std::move(usage);
    m_usageKnown = true;
    emitColumnChanged(UsedByColumn, changed);
}

void CustomizerTableModel::clearUsage()
{
    if (!m_usageKnown)
        return;
    m_usage.clear();
    m_usageKnown = false;
    if (!m_rows.rows().isEmpty())
        Q_EMIT dataChanged(index(0, UsedByColumn), index(rowCount() - 1, UsedByColumn));
}

QHash<QString, QString> CustomizerTableModel::namesById() const
{
    QHash<QString, QString> names;
    names.reserve(m_rows.size());
    for (const Customizer &c : m_rows.rows())
        names.insert(c.id, c.name);
    return names;
}

QString CustomizerTableModel::headerTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    case ImageVersionColumn:
        return tr("Version");
    case ImageIdColumn:
        return tr("Image ID");
    case TenantIdColumn:
        return tr("Tenant ID");
    case CreatedColumn:
        return tr("Created");
    case UsedByColumn:
        return tr("Used By");
    }
    return {};
}

QString CustomizerTableModel::headerToolTip(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("The name of the customizer");
    case IdColumn:
        return tr("The unique identifier of the customizer");
    case ImageVersionColumn:
        return tr("The version of the newest code uploaded (none before the first upload)");
    case ImageIdColumn:
        return tr("The identifier of the newest code image uploaded");
    case TenantIdColumn:
        return tr("The tenant that owns the customizer");
    case CreatedColumn:
        return tr("When the customizer was created, in your time zone");
    case UsedByColumn:
        return tr("The sources linked to this customizer");
    }
    return {};
}

QString CustomizerTableModel::fieldName(int column) const
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case IdColumn:
        return QStringLiteral("id");
    case ImageVersionColumn:
        return QStringLiteral("imageVersion");
    case ImageIdColumn:
        return QStringLiteral("imageID");
    case TenantIdColumn:
        return QStringLiteral("tenantID");
    case CreatedColumn:
        return QStringLiteral("created");
    case UsedByColumn:
        return QStringLiteral("usedBy");
    }
    return {};
}

bool CustomizerTableModel::isNumericColumn(int column) const
{
    return column == ImageVersionColumn;
}

void CustomizerTableModel::removeAllRows()
{
    m_rows.clear();
    m_lastTenantId.clear();
}

} // namespace isc
