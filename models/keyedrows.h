#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace isc {

// The rows of a table model and an index key -> row kept in sync with them, so that finding
// a row by id is O(1). After a removal in the middle the index is rebuilt lazily, once, on
// the next look-up. Rows with an empty key are kept but cannot be found by key.
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
    void reserve(qsizetype rows) { m_rows.reserve(rows); }

    // The row holding `key`, or -1.
    qsizetype indexOf(const QString &key) const
    {
        if (key.isEmpty())
            return -1;
        ensureIndex();
        const auto it = m_index.constFind(key);
        return it == m_index.cend() ? -1 : *it - 1;
    }

    void clear()
    {
        m_rows.clear();
        m_index.clear();
        m_indexValid = true;
    }

    // Prepares `page` for appendRows(): rows whose key is already in the table are taken out
    // and returned with their row, to replace it; a key repeated within the page keeps its
    // last value. What stays in `page` is new, in order, and already indexed at the rows it
    // will get, so appendRows() must follow.
    QList<std::pair<qsizetype, T>> takeUpdates(QList<T> &page)
    {
        QList<std::pair<qsizetype, T>> updates;
        ensureIndex();
        const qsizetype first = m_rows.size();
        m_index.reserve(first + page.size());
        QList<qsizetype> dropped; // positions in `page` that do not become new rows
        QList<std::pair<qsizetype, qsizetype>> repeats; // (kept index, page index)
        qsizetype kept = 0;
        for (qsizetype i = 0; i < page.size(); ++i) {
            const QString &key = page.at(i).*m_key;
            if (key.isEmpty()) {
                ++kept;
                continue;
            }
            qsizetype &slot = m_index[key]; // stores row + 1, so 0 means "just inserted"
            if (slot == 0) {
                slot = first + kept + 1;
                ++kept;
            } else if (slot > first) {
                // Repeated within this page: the later value wins, the earlier position stays.
                dropped.append(i);
                repeats.append({slot - 1 - first, i});
            } else {
                updates.append({slot - 1, std::move(page[i])});
                dropped.append(i);
            }
        }
        if (!dropped.isEmpty())
            compact(page, dropped, repeats);
        return updates;
    }

    // Appends the new rows left in `page` by takeUpdates().
    void appendRows(QList<T> &&page)
    {
        if (m_rows.isEmpty())
            m_rows = std::move(page);
        else
            m_rows.append(std::move(page));
    }

    // Appends one row (its key must not be in the table yet).
    void append(T row)
    {
        const QString key = row.*m_key;
        m_rows.append(std::move(row));
        if (m_indexValid && !key.isEmpty())
            m_index.insert(key, m_rows.size());
    }

    // Replaces a row; its key may change.
    void replace(qsizetype row, T value)
    {
        if (!(m_rows.at(row).*m_key == value.*m_key)) {
            m_index.remove(m_rows.at(row).*m_key);
            if (m_indexValid && !(value.*m_key).isEmpty())
                m_index.insert(value.*m_key, row + 1);
        }
        m_rows[row] = std::move(value);
    }

    void removeAt(qsizetype row)
    {
        m_index.remove(m_rows.at(row).*m_key);
        m_rows.removeAt(row);
        if (row != m_rows.size())
            m_indexValid = false; // later rows moved up: rebuild on the next look-up
    }

    // Gives mutable access for the model's own bookkeeping (e.g. sharing equal strings).
    T &operator[](qsizetype row) { return m_rows[row]; }

private:
    void ensureIndex() const
    {
        if (m_indexValid)
            return;
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const QString &key = m_rows.at(i).*m_key;
            if (!key.isEmpty())
                m_index.insert(key, i + 1);
        }
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
    mutable QHash<QString, qsizetype> m_index; // key -> row + 1
    mutable bool m_indexValid = true;
};

} // namespace isc
