#pragma once

#include "journalentry.h"

#include <QList>
#include <QObject>

namespace isc {

// The in-memory journal of the calls of one ApiClient, newest last, for the activity dock.
// Bounded: past `capacity` entries the oldest are dropped.
class RequestJournal final : public QObject
{
    Q_OBJECT

public:
    explicit RequestJournal(QObject *parent = nullptr);

    QList<JournalEntry> entries() const { return m_entries; }
    // The entry with `id`; a default entry (id 0) when unknown or already dropped.
    JournalEntry entry(quint64 id) const;

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    void clear();

    // Used by the pipeline: records a new call (returns its id) and updates it.
    quint64 add(JournalEntry entry);
    void update(const JournalEntry &entry);

Q_SIGNALS:
    void entryAdded(const isc::JournalEntry &entry); // a call started
    void entryUpdated(const isc::JournalEntry &entry); // it was repeated or ended
    void cleared();

private:
    QList<JournalEntry> m_entries;
    quint64 m_nextId = 1;
    int m_capacity = 1000;
};

} // namespace isc
