#include "resultwriter.h"

#include "tableformatter.h"

#include "models/exportoptions.h"
#include "models/tableexporter.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace isc::cli {

ResultWriter::ResultWriter(Invocation::Format format, const QString &outputFile)
    : m_format(format)
    , m_outputFile(outputFile)
{ }

QString ResultWriter::writeText(const QByteArray &bytes) const
{
    if (m_outputFile.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
            !out.flush())
            return tr("Writing to standard output failed: %1").arg(out.errorString());
        return {};
    }
    const QString shown = QDir::toNativeSeparators(m_outputFile);
    QSaveFile file(m_outputFile);
    if (!file.open(QIODevice::WriteOnly))
        //: %1 is a file name, %2 the system's reason
        return tr("Cannot write \u201c%1\u201d: %2").arg(shown, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return tr("Cannot write \u201c%1\u201d: %2").arg(shown, why);
    }
    if (!file.commit())
        return tr("Cannot save \u201c%1\u201d: %2").arg(shown, file.errorString());
    return {};
}

QString ResultWriter::write(const QAbstractItemModel &model, const QList<int> &columns) const
{
    if (m_format == Invocation::Format::Table)
        return writeText(TableFormatter::format(model, columns).toUtf8());

    ExportOptions options;
    options.format = m_format == Invocation::Format::Json ? ExportOptions::Format::Json
                                                          : ExportOptions::Format::Csv;
    options.headerNames = ExportOptions::HeaderNames::FieldNames;
    options.values = ExportOptions::Values::Raw;
    options.columns = columns;
    TableExporter exporter(options);
    if (!m_outputFile.isEmpty())
        return exporter.writeFile(model, m_outputFile).error;

    if (const QString problem = exporter.validate(model); !problem.isEmpty())
        return problem;
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return tr("Writing to standard output failed: %1").arg(out.errorString());
    const ExportResult result = exporter.write(model, out);
    if (!result.error.isEmpty())
        return tr("Writing to standard output failed: %1").arg(result.error);
    if (!out.flush())
        return tr("Writing to standard output failed: %1").arg(out.errorString());
    return {};
}

} // namespace isc::cli
