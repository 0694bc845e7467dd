#include "tableexporter.h"

#include "exportencoding.h"
#include "modelroles.h"
#include "tablesortfilterproxymodel.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QElapsedTimer>
#include <QIODevice>
#include <QSaveFile>
#include <QSet>

#include <vector>

namespace isc {

namespace {

constexpr qsizetype bufferSize = 64 * 1024;
constexpr qint64 progressIntervalMs = 100;

// The columns to write and how to read each.
struct ColumnPlan
{
    int column;
    bool typed; // RawValueRole (the header has a FieldNameRole), else DisplayRole
    QString title;
    QString fieldName; // the JSON key (unique within the export)
};

// Collects output and hands it to the device in large writes.
class Output
{
public:
    explicit Output(QIODevice &device)
        : m_device(device)
    {
        m_buffer.reserve(bufferSize + bufferSize / 2);
    }

    QByteArray &buffer() { return m_buffer; }
    qint64 written() const { return m_written; }
    const QString &error() const { return m_error; }

    bool flushIfFull() { return m_buffer.size() < bufferSize || flush(); }

    bool flush()
    {
        if (m_buffer.isEmpty())
            return true;
        const qint64 n = m_device.write(m_buffer.constData(), m_buffer.size());
        if (n != m_buffer.size()) {
            m_error = m_device.errorString();
            return false;
        }
        m_written += n;
        m_buffer.truncate(0);
        return true;
    }

private:
    QIODevice &m_device;
    QByteArray m_buffer;
    qint64 m_written = 0;
    QString m_error;
};

} // namespace

TableExporter::TableExporter(QObject *parent)
    : QObject(parent)
{ }

TableExporter::TableExporter(const ExportOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

TableExporter::~TableExporter() = default;

void TableExporter::cancel()
{
    m_cancelled.store(true, std::memory_order_relaxed);
}

QString TableExporter::validate(const QAbstractItemModel &model) const
{
    const ExportOptions &o = m_options;
    if (o.format == ExportOptions::Format::Csv && o.delimiter != QLatin1Char(',') &&
        o.delimiter != QLatin1Char(';') && o.delimiter != QLatin1Char('\t'))
        //: %1 is the character the user chose to separate CSV fields
        return tr("The CSV field separator must be a comma, a semicolon or a tab, not "
                  "\u201c%1\u201d.")
            .arg(o.delimiter);
    const int columns = model.columnCount();
    for (int column : o.columns) {
        if (column < 0 || column >= columns)
            //: %1 is a column number, %2 how many columns the table has
            return tr("Column %1 does not exist: the table has %2 columns.")
                .arg(column)
                .arg(columns);
    }
    if (o.rows) {
        const int rows = model.rowCount();
        for (int row : *o.rows) {
            if (row < 0 || row >= rows)
                //: %1 is a row number, %2 how many rows the table has
                return tr("Row %1 does not exist: the table has %2 rows.").arg(row).arg(rows);
        }
    }
    return {};
}

ExportResult TableExporter::write(const QAbstractItemModel &model, QIODevice &device)
{
    m_cancelled.store(false, std::memory_order_relaxed);
    ExportResult result;
    if (!device.isOpen() || !device.isWritable()) {
        result.error = tr("The export destination is not open for writing.");
        return result;
    }
    result.error = validate(model);
    if (!result.error.isEmpty())
        return result;

    const ExportOptions &o = m_options;
    const bool csv = o.format == ExportOptions::Format::Csv;

    // The plan: which columns, read how, named what.
    std::vector<ColumnPlan> plan;
    {
        QList<int> columns = o.columns;
        if (columns.isEmpty()) {
            for (int c = 0; c < model.columnCount(); ++c)
                columns.append(c);
        }
        QSet<QString> keys;
        for (int column : columns) {
            ColumnPlan p;
            p.column = column;
            const QVariant field = model.headerData(column, Qt::Horizontal, FieldNameRole);
            p.typed = field.isValid();
            p.title = model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
            QString key = p.typed ? field.toString() : p.title;
            if (key.isEmpty())
                key = QStringLiteral("column%1").arg(column + 1);
            if (keys.contains(key))
                key += QStringLiteral("_%1").arg(column + 1);
            keys.insert(key);
            p.fieldName = key;
            plan.push_back(p);
        }
    }
    const qint64 total = o.rows ? o.rows->size() : model.rowCount();

    // A model that changes under the export would give a mix of two states: fail instead.
    bool modelChanged = false;
    std::vector<QMetaObject::Connection> watches;
    auto watch = [&](auto signal) {
        watches.push_back(connect(&model, signal, this, [&modelChanged] { modelChanged = true; }));
    };
    watch(&QAbstractItemModel::rowsInserted);
    watch(&QAbstractItemModel::rowsRemoved);
    watch(&QAbstractItemModel::rowsMoved);
    watch(&QAbstractItemModel::columnsInserted);
    watch(&QAbstractItemModel::columnsRemoved);
    watch(&QAbstractItemModel::columnsMoved);
    watch(&QAbstractItemModel::modelReset);
    watch(&QAbstractItemModel::layoutChanged);
    struct Unwatch
    {
        std::vector<QMetaObject::Connection> &connections;
        ~Unwatch()
        {
            for (const auto &c : connections)
                QObject::disconnect(c);
        }
    } unwatch{watches};

    // Through our own proxy, read the cells from its source: one row mapping per row
    // instead of a mapping per cell (the proxy changes no value and hides no column).
    const QAbstractItemModel *cells = &model;
    const auto *proxy = qobject_cast<const TableSortFilterProxyModel *>(&model);
    if (proxy && proxy->sourceModel())
        cells = proxy->sourceModel();
    else
        proxy = nullptr;

    Output out(device);
    QByteArray &buffer = out.buffer();
    CsvRowWriter csvRow(buffer, o.delimiter, o.formulaGuard,
                        o.lineEnding == ExportOptions::LineEnding::CrLf);
    const bool displayValues = o.values == ExportOptions::Values::Display;

    // Header.
    if (csv) {
        if (o.byteOrderMark)
            buffer += "\xEF\xBB\xBF";
        if (o.header) {
            csvRow.beginRow();
            for (const ColumnPlan &p : plan)
                csvRow.addCell(o.headerNames == ExportOptions::HeaderNames::FieldNames ? p.fieldName
                                                                                       : p.title);
            csvRow.endRow();
        }
    } else {
        buffer += '[';
    }
    // Keys are the same for every object: encode them once.
    std::vector<QByteArray> jsonKeys;
    if (!csv) {
        for (const ColumnPlan &p : plan) {
            QByteArray key;
            appendJsonString(key, p.fieldName);
            key += ':';
            jsonKeys.push_back(key);
        }
    }

    Q_EMIT progress(0, total);
    QElapsedTimer clock;
    clock.start();
    qint64 lastProgress = 0;
    QString scratch;

    for (qint64 i = 0; i < total; ++i) {
        if (m_cancelled.load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
        if (modelChanged) {
            result.error = tr("The table changed during the export (rows were loaded, "
                              "removed or re-sorted). Export again.");
            break;
        }
        int row = o.rows ? o.rows->at(i) : int(i);
        if (proxy)
            row = proxy->mapToSource(proxy->index(row, 0)).row();
        if (csv) {
            csvRow.beginRow();
            for (const ColumnPlan &p : plan) {
                const QModelIndex index = cells->index(row, p.column);
                if (p.typed && !displayValues) {
                    const QVariant value = cells->data(index, RawValueRole);
                    if (!csvRow.addPlainValue(value)) // dates and integers: no text copy
                        csvRow.addCell(plainText(value, scratch), isNumber(value));
                } else {
                    const QVariant value = cells->data(index, Qt::DisplayRole);
                    const QStringView text = plainText(value, scratch);
                    // A shown number ("-3") is no formula either: ask the typed value,
                    // only for the rare cells that would be guarded.
                    bool number = isNumber(value);
                    if (!number && p.typed && o.formulaGuard &&
                        CsvRowWriter::startsLikeFormula(text))
                        number = isNumber(cells->data(index, RawValueRole));
                    csvRow.addCell(text, number);
                }
            }
            csvRow.endRow();
        } else {
            buffer += i == 0 ? "\n{" : ",\n{";
            for (std::size_t c = 0; c < plan.size(); ++c) {
                if (c > 0)
                    buffer += ',';
                buffer += jsonKeys[c];
                const ColumnPlan &p = plan[c];
                appendJsonValue(buffer,
                                cells->data(cells->index(row, p.column),
                                            p.typed ? int(RawValueRole) : int(Qt::DisplayRole)));
            }
            buffer += '}';
        }
        ++result.rowsWritten;
        if (!out.flushIfFull()) {
            result.error = tr("Writing failed: %1").arg(out.error());
            break;
        }
        if ((i & 63) == 0 && clock.elapsed() - lastProgress >= progressIntervalMs) {
            lastProgress = clock.elapsed();
            Q_EMIT progress(result.rowsWritten, total);
        }
    }

    if (result.ok()) {
        if (!csv)
            buffer += total > 0 ? "\n]\n" : "]\n";
        if (!out.flush())
            result.error = tr("Writing failed: %1").arg(out.error());
        else
            Q_EMIT progress(result.rowsWritten, total);
    }
    result.bytesWritten = out.written();
    return result;
}

ExportResult TableExporter::writeFile(const QAbstractItemModel &model, const QString &fileName)
{
    ExportResult result;
    const QString shownName = QDir::toNativeSeparators(fileName);
    if (const QString problem = validate(model); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 is a file name, %2 the system's reason
        result.error = tr("Cannot write \u201c%1\u201d: %2").arg(shownName, file.errorString());
        return result;
    }
    result = write(model, file);
    if (!result.ok()) {
        file.cancelWriting(); // the temporary file goes; the chosen name is untouched
        if (!result.error.isEmpty())
            result.error = tr("Cannot write \u201c%1\u201d: %2").arg(shownName, result.error);
        return result;
    }
    if (!file.commit()) {
        result.error = tr("Cannot save \u201c%1\u201d: %2").arg(shownName, file.errorString());
        result.bytesWritten = 0;
    }
    return result;
}

} // namespace isc
