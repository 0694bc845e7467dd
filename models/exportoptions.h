#pragma once

#include <QChar>
#include <QList>

#include <optional>

namespace isc {

// How TableExporter writes a table. The defaults give an RFC 4180 CSV file with a header
// row, CRLF line ends, no BOM, the formula-injection guard on, every column and every row.
struct ExportOptions
{
    enum class Format {
        Csv, // RFC 4180
        Json, // an array of objects keyed by the columns' contract field names
    };
    enum class LineEnding { CrLf, Lf };
    // What a CSV cell holds.
    enum class Values {
        // The typed value as plain, locale-independent text: dates in ISO 8601 UTC
        // ("2024-03-01T09:30:00.000Z"), numbers without grouping, booleans true/false, lists
        // joined with ", ", absent values empty. The command line's choice.
        Raw,
        // The text the table shows (local dates, Yes/No, an em dash for absent values).
        Display,
    };
    // What the CSV header row holds.
    enum class HeaderNames {
        Titles, // the translated column titles
        FieldNames, // the contract field names (FieldNameRole), as the JSON keys
    };

    Format format = Format::Csv;

    // CSV only.
    QChar delimiter = u','; // ',', ';' or '\t'; anything else is refused with an error
    bool header = true;
    HeaderNames headerNames = HeaderNames::Titles;
    LineEnding lineEnding = LineEnding::CrLf; // JSON always uses LF
    bool byteOrderMark = false; // a UTF-8 BOM first (some spreadsheets need it to see UTF-8)
    Values values = Values::Raw;
    // A text cell starting with = + - @ TAB or CR is written with a leading apostrophe, so
    // a spreadsheet shows it as text instead of running it as a formula (OWASP "CSV
    // injection"). Cells holding numbers (RawValueRole of a numeric type) are left alone.
    // Data from a server must never run as a formula: turn it off only for a consumer that
    // is not a spreadsheet and needs the exact text.
    bool formulaGuard = true;

    // Both formats. Columns of the model, in this order (the view's visible columns in view
    // order); empty: every column in model order.
    QList<int> columns;
    // Rows of the model, in this order (a selection mapped to the model given to the
    // exporter, e.g. the proxy); nullopt: every row. An empty list writes no row.
    std::optional<QList<int>> rows;
};

} // namespace isc
