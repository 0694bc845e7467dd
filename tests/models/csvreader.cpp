#include "csvreader.h"

namespace isc::test {

// An independent, strict RFC 4180 reader: fields separated by `delimiter`, records ended by
// CRLF or LF; a quoted field may hold anything, with "" for a quote; a quote inside an
// unquoted field, a bare CR, or text after a closing quote is an error.
bool readCsv(const QString &text, QChar delimiter, QList<QStringList> *records, QString *error)
{
    records->clear();
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto fail = [&](const char *why) {
        *error = QStringLiteral("%1 at %2").arg(QLatin1String(why)).arg(i);
        return false;
    };
    if (n == 0)
        return true;
    while (true) {
        field.clear();
        if (i < n && text.at(i) == QLatin1Char('"')) {
            ++i;
            while (true) {
                if (i >= n)
                    return fail("unterminated quoted field");
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != delimiter && text.at(i) != QLatin1Char('\n') &&
                   text.at(i) != QLatin1Char('\r')) {
                if (text.at(i) == QLatin1Char('"'))
                    return fail("quote in an unquoted field");
                field += text.at(i++);
            }
        }
        record.append(field);
        if (i >= n) {
            records->append(record);
            return true;
        }
        if (text.at(i) == delimiter) {
            ++i;
            continue;
        }
        if (text.at(i) == QLatin1Char('\r')) {
            if (i + 1 >= n || text.at(i + 1) != QLatin1Char('\n'))
                return fail("CR without LF");
            ++i;
        }
        if (text.at(i) != QLatin1Char('\n'))
            return fail("text after a closing quote");
        ++i;
        records->append(record);
        record.clear();
        if (i >= n)
            return true;
    }
}

} // namespace isc::test
