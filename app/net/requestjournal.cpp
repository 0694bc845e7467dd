#include "requestjournal.h"

namespace isc {

RequestJournal::RequestJournal(QObject *parent)
    : QObject(parent)
{ }

JournalEntry RequestJournal::entry(quint64 id) const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->id == id)
            return *it;
    }
    return {};
}

void RequestJournal::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    if (m_entries.size() > m_capacity)
        m_entries.remove(0, m_entries.size() - m_capacity);
}

void RequestJournal::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

quint64 RequestJournal::add(JournalEntry entry)
{
    entry.id = m_nextId++;
    m_entries.append(entry);
    if (m_entries.size() > m_capacity)
        m_entries.remove(0, m_entries.size() - m_capacity);
    Q_EMIT entryAdded(entry);
    return entry.id;
}

void RequestJournal::update(const JournalEntry &entry)
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->id == entry.id) {
            *it = entry;
            Q_EMIT entryUpdated(entry);
            return;
        }
    }
}

} // namespace isc
