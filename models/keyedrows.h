#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace isc {

// The rows of a table model and an index key -> row kept in sync with them, so that finding
// a row by id is O(1). The index is open addressing over row numbers (8 bytes a slot, keys
// compared through the rows themselves): a QHash<QString, row> cost a fifth of loading
// 100 000 rows. After a removal or a key change it is rebuilt lazily, once, on the next
// look-up. Rows with an empty key are kept but cannot be found by key.
template<typename T>
class KeyedRows
{
public:
    using KeyMember = QString T::*;

    explicit KeyedRows(KeyMember key)
        : m_key(key)
    { }

    qsizetype size() const { return m_rows.size(); }
    const T &at(qsizetype row) const { return m_rows.at(row); }
    const QList<T> &rows() const { return m_rows; }
    void reserve(qsizetype rows)
    {
        m_rows.reserve(rows);
        if (m_indexValid && slotsFor(rows) > m_slots.size())
            grow(slotsFor(rows));
    }

    // The row holding `key`, or -1.
    qsizetype indexOf(const QString &key) const
    {
        if (key.isEmpty())
            return -1;
        ensureIndex();
        return find(key, hashOf(key));
    }

    void clear()
    {
        m_rows.clear();
        m_slots.clear();
        m_indexValid = true;
        m_pageIndexed = false;
    }

    // Prepares `page` for appendRows(): rows whose key is already in the table are taken out
    // and returned with their row, to replace it; a key repeated within the page keeps its
    // last value at its first position. What stays in `page` is new, in order, and already
    // indexed at the rows it will get, so appendRows() must follow.
    QList<std::pair<qsizetype, T>> takeUpdates(QList<T> &page)
    {
        QList<std::pair<qsizetype, T>> updates;
        if (m_pageIndexed) {
            // The rows of the last call never came: their slots must go.
            m_pageIndexed = false;
            m_indexValid = false;
        }
        ensureIndex();
        const qsizetype first = m_rows.size();
        if (slotsFor(first + page.size()) > m_slots.size())
            grow(slotsFor(first + page.size()));
        QList<qsizetype> keptAt; // kept row -> its position in `page`
        keptAt.reserve(page.size());
        QList<qsizetype> dropped; // positions in `page` that do not become new rows
        QList<std::pair<qsizetype, qsizetype>> repeats; // (kept index, page index)
        const std::size_t mask = m_slots.size() - 1;
        for (qsizetype i = 0; i < page.size(); ++i) {
            const QString &key = page.at(i).*m_key;
            if (key.isEmpty()) {
                keptAt.append(i);
                continue;
            }
            const quint32 hash = hashOf(key);
            std::size_t slot = hash & mask;
            qsizetype found = -1;
            for (; m_slots[slot].rowPlusOne != 0; slot = (slot + 1) & mask) {
                if (m_slots[slot].hash != hash)
                    continue;
                const qsizetype row = m_slots[slot].rowPlusOne - 1;
                const QString &other =
                    row < first ? m_rows.at(row).*m_key : page.at(keptAt.at(row - first)).*m_key;
                if (other == key) {
                    found = row;
                    break;
                }
            }
            if (found < 0) {
                // New: indexed now at the row it will get.
                m_slots[slot] = Slot{hash, quint32(first + keptAt.size() + 1)};
                keptAt.append(i);
            } else if (found >= first) {
                // Repeated within this page: the later value wins, the earlier position stays.
                repeats.append({found - first, i});
                dropped.append(i);
            } else {
                updates.append({found, std::move(page[i])});
                dropped.append(i);
            }
        }
        if (!dropped.isEmpty())
            compact(page, dropped, repeats);
        m_pageIndexed = !page.isEmpty();
        return updates;
    }

    // Appends the new rows left in `page` by takeUpdates().
    void appendRows(QList<T> &&page)
    {
        const qsizetype first = m_rows.size();
        if (m_rows.isEmpty() && m_rows.capacity() <= page.size())
            m_rows = std::move(page); // take the page's buffer: no copy of 100 000 rows
        else
            m_rows.append(std::move(page));
        if (m_pageIndexed)
            m_pageIndexed = false; // takeUpdates() indexed them
        else
            indexNewRows(first);
    }

    // Appends one row (its key must not be in the table yet).
    void append(T row)
    {
        m_rows.append(std::move(row));
        indexNewRows(m_rows.size() - 1);
    }

    // Replaces a row; its key may change.
    void replace(qsizetype row, T value)
    {
        if (!(m_rows.at(row).*m_key == value.*m_key))
            m_indexValid = false; // the old key's slot goes with the next rebuild
        m_rows[row] = std::move(value);
    }

    void removeAt(qsizetype row)
    {
        m_rows.removeAt(row);
        m_indexValid = false; // later rows moved up: rebuild on the next look-up
    }

    // Gives mutable access for the model's own bookkeeping (e.g. sharing equal strings); the
    // key must not change through it.
    T &operator[](qsizetype row) { return m_rows[row]; }

private:
    struct Slot
    {
        quint32 hash = 0;
        quint32 rowPlusOne = 0; // 0: empty
    };

    static quint32 hashOf(const QString &key)
    {
        const size_t h = qHash(QStringView(key), 0);
        return quint32(h) ^ quint32(quint64(h) >> 32);
    }

    qsizetype find(const QString &key, quint32 hash) const
    {
        if (m_slots.empty())
            return -1;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.rowPlusOne == 0)
                return -1;
            // Rows indexed by takeUpdates() are past the end until appendRows().
            const qsizetype row = qsizetype(slot.rowPlusOne) - 1;
            if (slot.hash == hash && row < m_rows.size() && m_rows.at(row).*m_key == key)
                return row;
        }
    }

    // A power of two at least twice `keys`, so that the table is at most half full.
    static std::size_t slotsFor(qsizetype keys)
    {
        std::size_t slots = 16;
        while (slots < std::size_t(keys) * 2)
            slots *= 2;
        return slots;
    }

    // Indexes `row`, whose key is not indexed yet; the table has room.
    void insert(qsizetype row) const
    {
        const QString &key = m_rows.at(row).*m_key;
        if (key.isEmpty())
            return;
        const quint32 hash = hashOf(key);
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = hash & mask;
        while (m_slots[i].rowPlusOne != 0)
            i = (i + 1) & mask;
        m_slots[i] = Slot{hash, quint32(row + 1)};
    }

    // Indexes every row afresh, in `slots` slots.
    void rebuild(std::size_t slots) const
    {
        m_slots.assign(slots, Slot{});
        for (qsizetype row = 0; row < m_rows.size(); ++row)
            insert(row);
    }

    // Moves the indexed rows into `slots` slots by their stored hashes (the rows' keys are
    // not read again).
    void grow(std::size_t slots) const
    {
        std::vector<Slot> old(slots, Slot{});
        old.swap(m_slots);
        const std::size_t mask = slots - 1;
        for (const Slot &slot : old) {
            if (slot.rowPlusOne == 0)
                continue;
            std::size_t i = slot.hash & mask;
            while (m_slots[i].rowPlusOne != 0)
                i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }

    // Indexes the rows appended from `first` on (growing the table when it would be more
    // than half full), unless the index waits for a rebuild anyway.
    void indexNewRows(qsizetype first)
    {
        if (!m_indexValid)
            return;
        const std::size_t wanted = slotsFor(m_rows.size());
        if (wanted > m_slots.size())
            grow(wanted);
        for (qsizetype row = first; row < m_rows.size(); ++row)
            insert(row);
    }

    void ensureIndex() const
    {
        if (m_indexValid)
            return;
        rebuild(slotsFor(m_rows.size()));
        m_indexValid = true;
    }

    // Removes the `dropped` positions (ascending) from `page`, after moving the values of
    // keys repeated within the page onto their first position.
    static void compact(QList<T> &page, const QList<qsizetype> &dropped,
                        const QList<std::pair<qsizetype, qsizetype>> &repeats)
    {
        for (const auto &[target, source] : repeats) {
            // `target` counts kept rows; map it back to its position in `page`.
            qsizetype position = target;
            for (qsizetype d : dropped) {
                if (d <= position)
                    ++position;
                else
                    break;
            }
            page[position] = std::move(page[source]);
        }
        QList<T> kept;
        kept.reserve(page.size() - dropped.size());
        qsizetype next = 0;
        for (qsizetype i = 0; i < page.size(); ++i) {
            if (next < dropped.size() && dropped.at(next) == i) {
                ++next;
                continue;
            }
            kept.append(std::move(page[i]));
        }
        page = std::move(kept);
    }

    KeyMember m_key;
    QList<T> m_rows;
    mutable std::vector<Slot> m_slots; // a power of two of them, at most half in use
    mutable bool m_indexValid = true;
    bool m_pageIndexed = false; // takeUpdates() indexed the rows appendRows() appends
};

} // namespace isc
