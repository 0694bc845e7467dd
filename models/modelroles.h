#pragma once

#include <Qt>

namespace isc {

// Roles shared by the table models of models/, understood by TableSortFilterProxyModel and
// TableExporter. Every table model answers them for every cell.
enum ModelRole : int {
    // The typed value of a cell, for sorting, filtering and export: QString, qint64 (as
    // qlonglong), bool, QDateTime (UTC), QStringList, or QJsonValue (free-form metadata that
    // is neither text nor a list of texts). A null QVariant when the value is absent (a
    // customizer without a version yet, a null className). A `created` text the API sent
    // but that is no date stays its raw QString, so it is still shown and exported.
    RawValueRole = Qt::UserRole + 1,

    // QString: the contract field name of a column ("imageVersion", "tenantID",
    // "connectorMetadata.shortDesc"), for the keys of a JSON export. Answered by
    // headerData(section, Qt::Horizontal, FieldNameRole) and by data() of any cell.
    FieldNameRole,

    // The whole row as its value type in a QVariant: isc::Connector, isc::Customizer or
    // isc::ConnectorInstance (use QVariant::value<T>()); the same for every column of a row.
    RowValueRole,

    // The whole row as a QJsonObject with the contract's field names (isc::json::toJson),
    // for a details pane.
    RowJsonRole,

    // QString: the key of the row: the id of a customizer or an instance, the scriptName of
    // a connector. Stable across reloads, so a view can restore its selection by it.
    RowKeyRole,
};

} // namespace isc
