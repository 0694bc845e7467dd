#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace isc {

// A `created` value as the API sent it: both RFC 3339 and Go's "2009-11-10 23:00:00 +0000
// UTC" parse; anything else keeps its raw text and an invalid `value` (the row is never
// dropped).
struct ApiTimestamp
{
    QDateTime value; // UTC; invalid when absent or unparseable
    QString raw; // the text as received (empty when absent)

    bool isValid() const { return value.isValid(); }
    friend bool operator==(const ApiTimestamp &a, const ApiTimestamp &b)
    {
        return a.raw == b.raw && a.value == b.value;
    }
};

// ConnectorCustomizersResponse (list and get), also filled from the create and update
// replies, which carry a subset of its fields.
struct Customizer
{
    QString id;
    QString name;
    std::optional<qint64> imageVersion; // absent or null before the first version
    QString imageId; // wire name `imageID`
    QString tenantId; // wire name `tenantID`
    ApiTimestamp created;

    friend bool operator==(const Customizer &a, const Customizer &b)
    {
        return a.id == b.id && a.name == b.name && a.imageVersion == b.imageVersion &&
            a.imageId == b.imageId && a.tenantId == b.tenantId && a.created == b.created;
    }
};

// ConnectorCustomizerVersionCreateResponse. The spec says customizerID/imageID; the sail
// CLI reads connectorCustomizerId/imageId: both are accepted.
struct CustomizerVersion
{
    QString customizerId;
    QString imageId;
    qint64 version = 0;
    ApiTimestamp created;
};

} // namespace isc

// QDateTime, QString and std::optional<qint64> move by memcpy: so do these, and a growing
// QList of 100 000 customizers is reallocated in place instead of moved row by row.
Q_DECLARE_TYPEINFO(isc::ApiTimestamp, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(isc::Customizer, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(isc::CustomizerVersion, Q_RELOCATABLE_TYPE);
