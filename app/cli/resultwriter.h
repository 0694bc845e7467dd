#pragma once

#include "invocation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;

namespace isc::cli {

// Writes a command's result, a table model, in the chosen format to standard output or to
// the -o file. csv and json go through the exporter the desktop console uses
// (models/tableexporter.h): raw values, the contract's field names as CSV header and JSON
// keys, RFC 4180 CSV with CRLF and the formula guard on. table is TableFormatter's aligned
// text. A file is written through a temporary file and renamed into place at the end
// (QSaveFile): on failure the named file is left as it was.
class ResultWriter
{
    Q_DECLARE_TR_FUNCTIONS(isc::cli::ResultWriter)

public:
    ResultWriter(Invocation::Format format, const QString &outputFile);

    // `columns`: the model columns to write, in order; empty: all. Returns a translated
    // error, empty on success.
    QString write(const QAbstractItemModel &model, const QList<int> &columns = {}) const;

    // Where the result went, for messages: the file name, or empty for standard output.
    QString outputFile() const { return m_outputFile; }

private:
    QString writeText(const QByteArray &bytes) const;

    Invocation::Format m_format;
    QString m_outputFile;
};

} // namespace isc::cli
