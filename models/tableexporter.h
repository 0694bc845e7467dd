#pragma once

#include "exportoptions.h"
#include "exportresult.h"

#include <QObject>
#include <QString>

#include <atomic>

class QAbstractItemModel;
class QIODevice;

namespace isc {

// Writes a table (any QAbstractItemModel: give it the proxy, so that what is written is
// what the view shows, filtered and sorted; a plain model works too) as CSV or JSON.
//
// Values come from RawValueRole for the columns whose header has a FieldNameRole (the
// models of models/), from DisplayRole for the others (any model). Rows are the model's top
// level rows.
//
// Streams row by row through a 64 KiB buffer (never the whole text in memory), emits
// progress() at most every 100 ms, and stops at the next row when cancel() is called (from a
// progress() slot or from another thread). No event loop is needed: the command line uses
// it as is. If the model changes (rows inserted, removed, reset, reordered) during the
// export, the export fails rather than writing a mix.
class TableExporter final : public QObject
{
    Q_OBJECT

public:
    explicit TableExporter(QObject *parent = nullptr);
    explicit TableExporter(const ExportOptions &options, QObject *parent = nullptr);
    ~TableExporter() override;

    const ExportOptions &options() const { return m_options; }
    void setOptions(const ExportOptions &options) { m_options = options; }

    // Writes to `device`, which must be open for writing. On failure or cancellation what
    // was written stays written: for files use writeFile().
    ExportResult write(const QAbstractItemModel &model, QIODevice &device);

    // Writes to a temporary file next to `fileName` and renames it into place at the end
    // (QSaveFile): a failed or cancelled export leaves no file, and no truncated one,
    // under that name (an existing file stays as it was). An unwritable place gives a
    // clear error naming the file.
    ExportResult writeFile(const QAbstractItemModel &model, const QString &fileName);

    // Checks the options alone: a translated sentence for the first problem, or empty.
    QString validate(const QAbstractItemModel &model) const;

public Q_SLOTS:
    // Stops the export in progress at the next row (thread-safe). The result says
    // `cancelled`.
    void cancel();

Q_SIGNALS:
    // `done` of `total` rows written; first with done == 0, last with done == total (unless
    // the export fails or is cancelled), in between at most every 100 ms.
    void progress(qint64 done, qint64 total);

private:
    ExportOptions m_options;
    std::atomic<bool> m_cancelled{false};
};

} // namespace isc
