#pragma once

#include "net/journalentry.h"
#include "net/requestjournal.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace isc {

// The calls of a RequestJournal, oldest first, one row each, for the activity dock. Follows
// the journal: a call that starts inserts a row (and the rows the journal dropped past its
// capacity are removed), a call that is repeated or ends changes its one row, clear() resets.
// The journal may be switched (another tenant) or null; its destruction empties the model.
//
// DisplayRole is text for people (local time, "Running", "1,234"); RawValueRole the typed
// value (QDateTime UTC, qint64, int), FieldNameRole a JSON key, RowKeyRole the entry's id,
// as the models of models/ answer them, so the view's copy actions and the exporter work.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn, // startedAt, local time
        MethodColumn,
        PathColumn, // path and query of the URL
        StatusColumn, // HTTP status, or Running / Failed / Cancelled
        DurationColumn, // milliseconds
        TrackingIdColumn,
        RetriesColumn,
        ErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ActivityModel(QObject *parent = nullptr);
    ~ActivityModel() override;

    RequestJournal *journal() const { return m_journal; }
    void setJournal(RequestJournal *journal);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The entry of `row`; a default entry (id 0) when out of range.
    JournalEntry entryAt(int row) const;
    // The row of the entry `id`, or -1.
    int rowOf(quint64 id) const;

    // The status as shown: the HTTP status, or Running / Failed / Cancelled.
    static QString statusText(const JournalEntry &entry);
    // The path and query of the entry's URL, decoded for reading.
    static QString pathText(const JournalEntry &entry);

public Q_SLOTS:
    // After a language change: headers and texts again.
    void retranslate();

private:
    void onEntryAdded(const isc::JournalEntry &entry);
    void onEntryUpdated(const isc::JournalEntry &entry);
    void onCleared();
    void dropRowsBefore(quint64 firstKeptId);

    QPointer<RequestJournal> m_journal;
    QList<JournalEntry> m_entries;
};

} // namespace isc
