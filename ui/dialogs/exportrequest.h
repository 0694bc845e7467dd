#pragma once

#include "models/exportoptions.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace isc {

// What the caller tells the export dialog about the table to export.
struct ExportSetup
{
    struct Column
    {
        int column = 0; // the model column
        QString title; // as the view shows it
        bool visible = true; // shown by the view (preselected)
    };

    QString tenantName; // for the proposed file name, e.g. "Acme"
    QString tableName; // for the proposed file name, e.g. "connectors" (not translated)
    QList<Column> columns; // every column, in view order
    qint64 totalRows = 0; // rows loaded
    qint64 filteredRows = 0; // rows the view shows (after its filter)
    qint64 selectedRows = 0;
    // The table holds only some pages of a longer list: offer "load all rows first".
    bool partiallyLoaded = false;
    QString directory; // where to propose the file; empty: the user's documents folder
    QDate date; // for the proposed file name; invalid: today
};

// What the dialog hands back.
struct ExportRequest
{
    enum class Rows {
        All, // every loaded row, in model order
        Filtered, // what the view shows, filtered and sorted (give the exporter the proxy)
        Selected, // the selected rows, in view order
    };

    // Format, delimiter, header, BOM, line ends, formula guard, values, and `columns` (the
    // model columns chosen, in view order). `rows` is left unset: the caller maps `rows`
    // below to model rows.
    ExportOptions options;
    Rows rows = Rows::Filtered;
    QString fileName; // absolute path
    bool loadAllFirst = false; // load the remaining pages before writing
};

} // namespace isc

Q_DECLARE_METATYPE(isc::ExportRequest)
