#pragma once

#include "keyedrows.h"
#include "tablemodel.h"

#include "base/connector.h"

#include <QList>

namespace isc {

// The connector catalogue (GET /beta/connectors), one row per connector. The common keys of
// the free-form `connectorMetadata` have columns of their own; the whole object is in
// RowValueRole / RowJsonRole.
class ConnectorTableModel final : public TableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, // name
        TypeColumn, // type
        ScriptNameColumn, // scriptName (the key of a connector)
        ClassNameColumn, // className (absent when null)
        FeaturesColumn, // features (QStringList; absent when null)
        DirectConnectColumn, // directConnect (bool)
        StatusColumn, // status
        ShortDescColumn, // connectorMetadata.shortDesc
        PlatformColumn, // connectorMetadata.platform
        SupportedUiColumn, // connectorMetadata.supportedUI
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ConnectorTableModel(QObject *parent = nullptr);
    ~ConnectorTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // As CustomizerTableModel::appendPage(), keyed by scriptName: false for a stale
    // generation; a scriptName already in the table updates its row.
    bool appendPage(quint64 generation, QList<Connector> page);
    void reserve(qsizetype rows);

    const QList<Connector> &connectors() const { return m_rows.rows(); }
    const Connector &connector(int row) const { return m_rows.at(row); }
    // The row of the connector with this scriptName, or -1. O(1).
    int rowOf(const QString &scriptName) const { return int(m_rows.indexOf(scriptName)); }

protected:
    QString headerTitle(int column) const override;
    QString headerToolTip(int column) const override;
    QString fieldName(int column) const override;
    void removeAllRows() override;

private:
    QVariant displayData(const Connector &connector, int column) const;
    QVariant rawData(const Connector &connector, int column) const;
    QVariant toolTipData(const Connector &connector, int column) const;

    KeyedRows<Connector> m_rows{&Connector::scriptName};
};

} // namespace isc
