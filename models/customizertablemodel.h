#pragma once

#include "keyedrows.h"
#include "tablemodel.h"

#include "base/customizer.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace isc {

// The connector customizers of a tenant (GET /v2024/connector-customizers), one row each,
// plus the source instances that use each of them ("used by", told by setUsage()).
//
// Display: the name as is; imageVersion right-aligned, an em dash before the first upload;
// `created` as local time in the user's locale (its raw text when the server sent something
// that is no date); "used by" as the instance names joined with ", ". Every role of
// modelroles.h is answered; RawValueRole gives QString, qint64, QDateTime or QStringList.
class CustomizerTableModel final : public TableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, // name
        IdColumn, // id
        ImageVersionColumn, // imageVersion (qint64; absent before the first upload)
        ImageIdColumn, // imageID
        TenantIdColumn, // tenantID
        CreatedColumn, // created (QDateTime; raw text when unparseable)
        UsedByColumn, // usedBy: names of the instances linked to it (QStringList)
        ColumnCount
    };
    Q_ENUM(Column)

    explicit CustomizerTableModel(QObject *parent = nullptr);
    ~CustomizerTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Appends one page of the load `generation` (see TableModel); false, and nothing
    // changes, when that load is no longer current. A customizer whose id is already in
    // the table (offset paging repeats an item when the list changes between two pages)
    // updates its row instead of adding a second one. Hand the page over with std::move():
    // a page the caller still shares is copied first.
    bool appendPage(quint64 generation, QList<Customizer> page);
    // Makes room for `rows` rows in all (e.g. from X-Total-Count), to load without
    // reallocations.
    void reserve(qsizetype rows);

    const QList<Customizer> &customizers() const { return m_rows.rows(); }
    // The customizer of `row` (0 <= row < rowCount()).
    const Customizer &customizer(int row) const { return m_rows.at(row); }
    // The row of the customizer `id`, or -1. O(1).
    int rowOf(const QString &id) const { return int(m_rows.indexOf(id)); }

    // After a create, rename or version upload: replaces the row with the same id
    // (dataChanged() for that row, nothing when equal) or appends a new row. Returns its
    // row. Fields the reply did not carry (a rename reply has no imageVersion) are taken as
    // given: pass the merged value.
    int upsert(const Customizer &customizer);
    // After a delete: removes the row of `id` (one beginRemoveRows()); false when unknown.
    bool remove(const QString &id);

    // The names of the source instances that use each customizer, keyed by customizer id
    // (ConnectorInstanceTableModel::usage() builds it). Emits dataChanged() for the "used
    // by" cells that change, and only for them. Customizers missing from the hash are used
    // by no instance.
    void setUsage(const QHash<QString, QStringList> &instanceNamesByCustomizerId);
    // Forgets the usage: "used by" shows an em dash ("not loaded") again.
    void clearUsage();
    bool isUsageKnown() const { return m_usageKnown; }

    // id -> name of every customizer, for ConnectorInstanceTableModel::setCustomizerNames().
    QHash<QString, QString> namesById() const;

    QString displayText(int row, int column) const override;

protected:
    QString headerTitle(int column) const override;
    QString headerToolTip(int column) const override;
    QString fieldName(int column) const override;
    bool isNumericColumn(int column) const override;
    void removeAllRows() override;

private:
    QString displayData(const Customizer &c, int column) const;
    QVariant rawData(const Customizer &c, int column) const;
    QVariant toolTipData(const Customizer &c, int column) const;

    KeyedRows<Customizer> m_rows{&Customizer::id};
    QHash<QString, QStringList> m_usage; // customizer id -> sorted instance names
    bool m_usageKnown = false;
    QString m_lastTenantId; // shared between rows: every row of a tenant has the same one
};

} // namespace isc
