#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace isc::test {

// An independent, strict RFC 4180 reader: fields separated by `delimiter`, records ended by
// CRLF or LF; a quoted field may hold anything, with "" for a quote; a quote inside an
// unquoted field, a bare CR, or text after a closing quote is an error.
bool readCsv(const QString &text, QChar delimiter, QList<QStringList> *records, QString *error);

} // namespace isc::test
