#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringView>
#include <QVariant>

namespace isc {

// The byte-level encoders behind TableExporter: UTF-8 straight into the output buffer, no
// intermediate strings for the common case of text cells.

// Appends `text` as UTF-8 (lone surrogates become U+FFFD).
void appendUtf8(QByteArray &out, QStringView text);

// RFC 4180: a field is quoted only when it holds the delimiter, a double quote, CR or LF;
// a double quote inside is doubled. With the formula guard on, a text field starting with
// = + - @ TAB or CR gets a leading apostrophe (inside the quotes when quoted).
class CsvRowWriter
{
public:
    CsvRowWriter(QByteArray &out, QChar delimiter, bool formulaGuard, bool crlf);

    void beginRow() { m_firstCell = true; }
    // `number`: the cell holds a number, which no spreadsheet reads as a formula.
    void addCell(QStringView text, bool number = false);
    // A typed value that never needs quotes nor the guard (a date, an integer) written
    // straight into the row; false, and nothing written, for any other value.
    bool addPlainValue(const QVariant &value);
    void endRow();

    // Whether a text starts with a character that makes a spreadsheet read a formula.
    static bool startsLikeFormula(QStringView text);

private:
    QByteArray &m_out;
    char16_t m_delimiter;
    bool m_guard;
    bool m_crlf;
    bool m_firstCell = true;
};

// A typed value (RawValueRole) as plain text for CSV: see ExportOptions::Values::Raw.
// Text is returned by pointer when the value holds a QString (no copy); anything else is
// written to `scratch`, which the returned view then points into.
QStringView plainText(const QVariant &value, QString &scratch);

// Whether a typed value is a number.
bool isNumber(const QVariant &value);

// JSON (RFC 8259).
void appendJsonString(QByteArray &out, QStringView text);
// null for an invalid QVariant; numbers, booleans, strings, arrays (lists), dates as ISO 8601
// strings, JSON values as themselves.
void appendJsonValue(QByteArray &out, const QVariant &value);

} // namespace isc
