#pragma once

#include "base/filter.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace isc {

// What the connectors filter builder can represent: the five filters GET /beta/connectors
// takes, each at most once, joined with `and`. Empty fields are left out.
struct ConnectorFilterFields
{
    QString nameStartsWith; // name sw "..."
    QString type; // type eq "..."
    QString category; // category eq "..."
    std::optional<bool> directConnect; // directConnect eq "true" / "false"; nullopt: any
    QStringList features; // features ca ("...", ...): has all of them

    bool isEmpty() const;

    // The `filters` text, values quoted with the grammar's quoting, in the order above;
    // empty when no field is set.
    QString toFilter() const;

    // The fields of a parsed filter, or nullopt when the builder cannot show it (an `or`, a
    // `not`, a field twice, another operator or field, a value of the wrong kind). An
    // empty filter gives empty fields.
    static std::optional<ConnectorFilterFields> fromTree(const filter::Node &tree);
    static std::optional<ConnectorFilterFields> fromFilter(QStringView text);

    // The feature names the API documents, for the multi-select.
    static QStringList knownFeatures();

    friend bool operator==(const ConnectorFilterFields &a, const ConnectorFilterFields &b)
    {
        return a.nameStartsWith == b.nameStartsWith && a.type == b.type &&
            a.category == b.category && a.directConnect == b.directConnect &&
            a.features == b.features;
    }
};

} // namespace isc
