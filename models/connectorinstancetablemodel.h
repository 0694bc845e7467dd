#pragma once

#include "keyedrows.h"
#include "tablemodel.h"

#include "base/connectorinstance.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace isc {

// The connector instances (sources) of a tenant (GET /beta/connector-instances), one row
// each, with the customizer each is linked to: its id and, once told by
// setCustomizerNames(), its name.
class ConnectorInstanceTableModel final : public TableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, // name
        IdColumn, // id
        TypeColumn, // type
        CustomizerIdColumn, // connectorCustomizerId (absent when not linked)
        CustomizerNameColumn, // connectorCustomizerName: the linked customizer's name, when known
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ConnectorInstanceTableModel(QObject *parent = nullptr);
    ~ConnectorInstanceTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // As CustomizerTableModel::appendPage(): false for a stale generation; an id already in
    // the table updates its row.
    bool appendPage(quint64 generation, QList<ConnectorInstance> page);
    void reserve(qsizetype rows);

    const QList<ConnectorInstance> &instances() const { return m_rows.rows(); }
    const ConnectorInstance &instance(int row) const { return m_rows.at(row); }
    // The row of the instance `id`, or -1. O(1).
    int rowOf(const QString &id) const { return int(m_rows.indexOf(id)); }

    // After a link or unlink (the PATCH reply): replaces the row with the same id
    // (dataChanged() for that row only) or appends it. Returns its row.
    int upsert(const ConnectorInstance &instance);
    // Removes the row of `id`; false when unknown.
    bool remove(const QString &id);

    // Customizer id -> name (CustomizerTableModel::namesById()). Emits dataChanged() for
    // the customizer-name cells that change, and only for them.
    void setCustomizerNames(const QHash<QString, QString> &namesById);

    // Customizer id -> names of the instances linked to it (sorted), for
    // CustomizerTableModel::setUsage().
    QHash<QString, QStringList> usage() const;

protected:
    QString headerTitle(int column) const override;
    QString headerToolTip(int column) const override;
    QString fieldName(int column) const override;
    void removeAllRows() override;

private:
    QVariant displayData(const ConnectorInstance &instance, int column) const;
    QVariant rawData(const ConnectorInstance &instance, int column) const;
    QVariant toolTipData(const ConnectorInstance &instance, int column) const;

    KeyedRows<ConnectorInstance> m_rows{&ConnectorInstance::id};
    QHash<QString, QString> m_customizerNames;
    bool m_customizerNamesKnown = false;
};

} // namespace isc
