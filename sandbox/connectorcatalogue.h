#pragma once

#include "base/connector.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>

namespace isc::filter {
struct Node;
}

namespace isc::sandbox {

// One connector of the catalogue, with what the DTO does not carry.
struct CatalogueEntry
{
    Connector connector; // as served for "en"; connectorMetadata holds the English shortDesc
    QString category; // filterable (`category eq`), not a field of V3ConnectorDto
    std::array<QString, 4> localizedShortDesc; // de, fr, es, ja; empty falls back to English
};

// The connector catalogue behind GET /beta/connectors: immutable after construction,
// ordered by name (case-insensitively, then scriptName) so pages are stable, serving only
// RELEASED connectors.
class ConnectorCatalogue
{
public:
    struct Query
    {
        const filter::Node *filter = nullptr; // null: everything
        qsizetype offset = 0;
        qsizetype limit = 250;
        bool count = false; // compute the total after filters
        QString locale; // one of the API locales; anything else means en
    };
    struct Page
    {
        QByteArray json; // a JSON array of V3ConnectorDto
        qsizetype total = -1; // after filters; -1 unless Query::count
    };

    explicit ConnectorCatalogue(QList<CatalogueEntry> entries);

    Page page(const Query &query) const;

    qsizetype releasedCount() const { return m_released.size(); }
    qsizetype size() const { return m_entries.size(); }
    const CatalogueEntry &entry(qsizetype index) const { return m_entries.at(index); }

private:
    bool matches(const CatalogueEntry &entry, const filter::Node *filter) const;

    QList<CatalogueEntry> m_entries; // sorted, every status
    QList<qsizetype> m_released; // indexes into m_entries
};

} // namespace isc::sandbox
