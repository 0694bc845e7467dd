#pragma once

#include "base/connector.h"
#include "catalogueindex.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <vector>

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
// listed by name (case-insensitively, then scriptName) so pages are stable, serving only
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
    Q_DISABLE_COPY_MOVE(ConnectorCatalogue) // the index points into m_entries

    Page page(const Query &query) const;

    qsizetype releasedCount() const { return m_released.size(); }
    qsizetype size() const { return m_entries.size(); }

private:
    QByteArray render(const QList<qsizetype> &indexes, const QString &locale) const;

    // One entry as compact JSON in one locale column (0 English, then de, fr, es, ja), made
    // on first use and kept: the catalogue never changes, and serializing 250 connectors
    // anew for every page made the sandbox, not the latency, the limit of a concurrent load.
    const QByteArray &rendered(qsizetype index, int column) const;

    QList<CatalogueEntry> m_entries; // every status, in seed order
    mutable std::vector<std::array<QByteArray, 5>> m_rendered; // per entry, per locale column
    QList<qsizetype> m_released; // the RELEASED ones, in listing order
    CatalogueIndex m_index;
};

} // namespace isc::sandbox
