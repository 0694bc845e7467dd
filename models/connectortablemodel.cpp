#include "connectortablemodel.h"

#include "modelroles.h"

#include "base/jsondecode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace isc {

namespace {

QLatin1String metadataKey(int column)
{
    switch (column) {
    case ConnectorTableModel::ShortDescColumn:
        return QLatin1String("shortDesc");
    case ConnectorTableModel::PlatformColumn:
        return QLatin1String("platform");
    case ConnectorTableModel::SupportedUiColumn:
        return QLatin1String("supportedUI");
    default:
        return QLatin1String();
    }
}

bool isStringArray(const QJsonArray &array)
{
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return false;
    }
    return true;
}

// connectorMetadata is free-form: text and lists of text keep their types, anything else
// stays JSON.
QVariant metadataRaw(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9.007199254740992e15)
            return qlonglong(d);
        return d;
    }
    case QJsonValue::Array:
        if (isStringArray(value.toArray())) {
            QStringList items;
            const QJsonArray array = value.toArray();
            items.reserve(array.size());
            for (const QJsonValue &item : array)
                items.append(item.toString());
            return items;
        }
        return QVariant(value);
    case QJsonValue::Object:
        return QVariant(value);
    }
    return {};
}

} // namespace

ConnectorTableModel::ConnectorTableModel(QObject *parent)
    : TableModel(parent)
{ }

ConnectorTableModel::~ConnectorTableModel() = default;

int ConnectorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Connector &connector = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(connector, index.column());
    case RawValueRole:
        return rawData(connector, index.column());
    case Qt::ToolTipRole:
        return toolTipData(connector, index.column());
    case RowValueRole:
        return QVariant::fromValue(connector);
    case RowJsonRole:
        return json::toJson(connector);
    case RowKeyRole:
        return connector.scriptName;
    case FieldNameRole:
    case Qt::TextAlignmentRole:
        return columnData(index.column(), role);
    default:
        return {};
    }
}

QVariant ConnectorTableModel::displayData(const Connector &connector, int column) const
{
    switch (column) {
    case NameColumn:
        return connector.name;
    case TypeColumn:
        return connector.type;
    case ScriptNameColumn:
        return connector.scriptName;
    case ClassNameColumn:
        return connector.className.isNull() ? absentText() : connector.className;
    case FeaturesColumn:
        return connector.hasFeatures ? joinList(connector.features) : absentText();
    case DirectConnectColumn:
        return yesNo(connector.directConnect);
    case StatusColumn:
        return connector.status;
    case ShortDescColumn:
    case PlatformColumn:
    case SupportedUiColumn: {
        const QVariant raw = metadataRaw(connector.connectorMetadata.value(metadataKey(column)));
        switch (raw.metaType().id()) {
        case QMetaType::UnknownType:
            return absentText();
        case QMetaType::QString:
            return raw;
        case QMetaType::QStringList:
            return joinList(raw.toStringList());
        case QMetaType::Bool:
            return yesNo(raw.toBool());
        case QMetaType::LongLong:
            return QLocale().toString(raw.toLongLong());
        case QMetaType::Double:
            return QLocale().toString(raw.toDouble());
        default: {
            const QJsonValue json = raw.toJsonValue();
            return QString::fromUtf8(
                json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
        }
        }
    }
    }
    return {};
}

QVariant ConnectorTableModel::rawData(const Connector &connector, int column) const
{
    switch (column) {
    case NameColumn:
        return connector.name;
    case TypeColumn:
        return connector.type;
    case ScriptNameColumn:
        return connector.scriptName;
    case ClassNameColumn:
        return connector.className.isNull() ? QVariant() : QVariant(connector.className);
    case FeaturesColumn:
        return connector.hasFeatures ? QVariant(connector.features) : QVariant();
    case DirectConnectColumn:
        return connector.directConnect;
    case StatusColumn:
        return connector.status;
    case ShortDescColumn:
    case PlatformColumn:
    case SupportedUiColumn:
        return metadataRaw(connector.connectorMetadata.value(metadataKey(column)));
    }
    return {};
}

QVariant ConnectorTableModel::toolTipData(const Connector &connector, int column) const
{
    switch (column) {
    case ClassNameColumn:
        if (connector.className.isNull())
            return tr("The server sent no class name for this connector.");
        return connector.className;
    case FeaturesColumn:
        if (!connector.hasFeatures)
            return tr("The server sent no feature list for this connector.");
        if (connector.features.isEmpty())
            return tr("This connector lists no features.");
        return connector.features.join(QLatin1Char('\n'));
    case ShortDescColumn:
    case PlatformColumn:
    case SupportedUiColumn: {
        const QJsonValue value = connector.connectorMetadata.value(metadataKey(column));
        if (value.isNull() || value.isUndefined())
            //: %1 is a field name of the connector's metadata, e.g. shortDesc
            return tr("The connector's metadata has no \u201c%1\u201d.").arg(metadataKey(column));
        return displayData(connector, column);
    }
    default:
        return displayData(connector, column);
    }
}

bool ConnectorTableModel::appendPage(quint64 generation, QList<Connector> page)
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

void ConnectorTableModel::reserve(qsizetype rows)
{
    m_rows.reserve(rows);
}

QString ConnectorTableModel::headerTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ScriptNameColumn:
        return tr("Script Name");
    case ClassNameColumn:
        return tr("Class Name");
    case FeaturesColumn:
        return tr("Features");
    case DirectConnectColumn:
        return tr("Direct Connect");
    case StatusColumn:
        return tr("Status");
    case ShortDescColumn:
        return tr("Description");
    case PlatformColumn:
        return tr("Platform");
    case SupportedUiColumn:
        return tr("Supported UI");
    }
    return {};
}

QString ConnectorTableModel::headerToolTip(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("The name of the connector");
    case TypeColumn:
        return tr("The type of the connector");
    case ScriptNameColumn:
        return tr("The script name: the key that identifies the connector");
    case ClassNameColumn:
        return tr("The Java class that implements the connector, if any");
    case FeaturesColumn:
        return tr("What the connector can do (provisioning, search, password, ...)");
    case DirectConnectColumn:
        return tr("Whether the connector talks to the target system directly");
    case StatusColumn:
        return tr("The release status of the connector");
    case ShortDescColumn:
        return tr("The short description from the connector's metadata");
    case PlatformColumn:
        return tr("The platform from the connector's metadata");
    case SupportedUiColumn:
        return tr("The user interface the connector's configuration supports");
    }
    return {};
}

QString ConnectorTableModel::fieldName(int column) const
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case TypeColumn:
        return QStringLiteral("type");
    case ScriptNameColumn:
        return QStringLiteral("scriptName");
    case ClassNameColumn:
        return QStringLiteral("className");
    case FeaturesColumn:
        return QStringLiteral("features");
    case DirectConnectColumn:
        return QStringLiteral("directConnect");
    case StatusColumn:
        return QStringLiteral("status");
    case ShortDescColumn:
        return QStringLiteral("connectorMetadata.shortDesc");
    case PlatformColumn:
        return QStringLiteral("connectorMetadata.platform");
    case SupportedUiColumn:
        return QStringLiteral("connectorMetadata.supportedUI");
    }
    return {};
}

void ConnectorTableModel::removeAllRows()
{
    m_rows.clear();
}

} // namespace isc
