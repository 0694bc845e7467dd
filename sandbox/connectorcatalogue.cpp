#include "connectorcatalogue.h"

#include "base/jsondecode.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <numeric>

namespace isc::sandbox {

namespace {

// The column of CatalogueEntry::localizedShortDesc for an API locale, -1 for English.
int localizedColumn(const QString &locale)
{
    static const QStringList columns = {QStringLiteral("de"), QStringLiteral("fr"),
                                        QStringLiteral("es"), QStringLiteral("ja")};
    return int(columns.indexOf(locale));
}

} // namespace

ConnectorCatalogue::ConnectorCatalogue(QList<CatalogueEntry> entries)
    : m_entries(std::move(entries))
    , m_index(&m_entries)
{
    // Stable pages need a stable order: by name, case-insensitively (the index has the
    // folded names already), then by script name. The entries stay where they are.
    QList<qsizetype> order(m_entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        const int byName = m_index.foldedName(a).compare(m_index.foldedName(b));
        if (byName != 0)
            return byName < 0;
        return m_entries.at(a).connector.scriptName < m_entries.at(b).connector.scriptName;
    });
    m_released.reserve(order.size());
    for (const qsizetype i : order) {
        if (m_entries.at(i).connector.status == QLatin1String("RELEASED"))
            m_released.append(i);
    }
    // The English text of every listed connector up front (10 000 take ~100 ms and ~12 MB),
    // so that even the first load of each page costs copying, not serializing; a larger
    // catalogue renders each entry on first use.
    constexpr qsizetype eagerRenderLimit = 50000;
    if (m_released.size() <= eagerRenderLimit) {
        for (const qsizetype i : std::as_const(m_released))
            rendered(i, -1);
    }
}

const QByteArray &ConnectorCatalogue::rendered(qsizetype index, int column) const
{
    if (m_rendered.empty())
        m_rendered.resize(std::size_t(m_entries.size()));
    QByteArray &json = m_rendered[std::size_t(index)][std::size_t(column + 1)];
    if (json.isEmpty()) {
        const CatalogueEntry &entry = m_entries.at(index);
        QJsonObject object = json::toJson(entry.connector);
        if (column >= 0 && !entry.localizedShortDesc.at(column).isEmpty()) {
            QJsonObject metadata = entry.connector.connectorMetadata;
            metadata.insert(QLatin1String("shortDesc"), entry.localizedShortDesc.at(column));
            object.insert(QLatin1String("connectorMetadata"), metadata);
        }
        json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    return json;
}

QByteArray ConnectorCatalogue::render(const QList<qsizetype> &indexes, const QString &locale) const
{
    // What QJsonDocument(array).toJson(Compact) writes: the compact objects, comma-separated.
    const int column = localizedColumn(locale);
    QByteArray out;
    out += '[';
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        if (i > 0)
            out += ',';
        out += rendered(indexes.at(i), column);
    }
    out += ']';
    return out;
}

ConnectorCatalogue::Page ConnectorCatalogue::page(const Query &query) const
{
    Page result;
    QList<qsizetype> pageIndexes;
    if (!query.filter) {
        // No filter: the page is a slice, the total is known.
        const qsizetype begin = qMin(query.offset, m_released.size());
        const qsizetype end = qMin(begin + query.limit, m_released.size());
        pageIndexes = m_released.mid(begin, end - begin);
        if (query.count)
            result.total = m_released.size();
    } else {
        const CatalogueIndex::Predicate matches = m_index.compile(*query.filter);
        qsizetype matched = 0;
        for (const qsizetype index : m_released) {
            if (!matches(index))
                continue;
            if (matched >= query.offset && matched < query.offset + query.limit)
                pageIndexes.append(index);
            ++matched;
            // Without a count, nothing past the page matters.
            if (!query.count && matched >= query.offset + query.limit)
                break;
        }
        if (query.count)
            result.total = matched;
    }
    result.json = render(pageIndexes, query.locale);
    return result;
}

} // namespace isc::sandbox
