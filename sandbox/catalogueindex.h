#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace isc::filter {
struct Node;
}

namespace isc::sandbox {

struct CatalogueEntry;

// Pre-folded keys of the catalogue, so that a filter over 100 000 connectors takes
// milliseconds: strings case-folded once, features as a bit mask. compile() turns a parsed
// filter into a predicate over entry indexes; fields it has no fast path for fall back to
// the generic isc::filter::evaluate().
class CatalogueIndex
{
public:
    using Predicate = std::function<bool(qsizetype entryIndex)>;

    explicit CatalogueIndex(const QList<CatalogueEntry> *entries);

    Predicate compile(const filter::Node &node) const;

    // The case-folded name of an entry (for sorting).
    const QString &foldedName(qsizetype entryIndex) const { return m_keys.at(entryIndex).name; }

private:
    struct Keys
    {
        QString name;
        QString type;
        QString category;
        quint64 features = 0;
        bool hasFeatures = false;
        bool directConnect = false;
    };

    Predicate compileComparison(const filter::Node &node) const;
    Predicate generic(const filter::Node &node) const;

    const QList<CatalogueEntry> *m_entries;
    QList<Keys> m_keys; // parallel to *m_entries
    QStringList m_featureNames; // case-folded; bit i of Keys::features
    bool m_featuresFit = true; // at most 64 distinct features
};

} // namespace isc::sandbox
