#include "connectorcatalogue.h"

#include "base/jsondecode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

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
{
    std::stable_sort(
        m_entries.begin(), m_entries.end(), [](const CatalogueEntry &a, const CatalogueEntry &b) {
            const int byName = a.connector.name.compare(b.connector.name, Qt::CaseInsensitive);
            if (byName != 0)
                return byName < 0;
            return a.connector.scriptName < b.connector.scriptName;
        });
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).connector.status == QLatin1String("RELEASED"))
            m_released.append(i);
    }
}

bool ConnectorCatalogue::matches(const CatalogueEntry &, const filter::Node *filter) const
{
    return filter == nullptr;
}

ConnectorCatalogue::Page ConnectorCatalogue::page(const Query &query) const
{
    Page result;
    const int column = localizedColumn(query.locale);
    QJsonArray items;
    qsizetype matched = 0;
    for (const qsizetype index : m_released) {
        const CatalogueEntry &entry = m_entries.at(index);
        if (query.filter && !matches(entry, query.filter))
            continue;
        if (matched >= query.offset && matched < query.offset + query.limit) {
            QJsonObject object = json::toJson(entry.connector);
            if (column >= 0 && !entry.localizedShortDesc.at(column).isEmpty()) {
                QJsonObject metadata = entry.connector.connectorMetadata;
                metadata.insert(QLatin1String("shortDesc"), entry.localizedShortDesc.at(column));
                object.insert(QLatin1String("connectorMetadata"), metadata);
            }
            items.append(object);
        }
        ++matched;
        // Without a count, nothing past the page matters.
        if (!query.count && matched >= query.offset + query.limit)
            break;
    }
    result.json = QJsonDocument(items).toJson(QJsonDocument::Compact);
    if (query.count)
        result.total = matched;
    return result;
}

} // namespace isc::sandbox
