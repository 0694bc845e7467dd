#pragma once

#include <QJsonObject>
#include <QString>

namespace isc {

// An entry of GET /beta/connector-instances: a source instance of a connector, optionally
// linked to a connector customizer. Fields beyond the contract stay in `extra`.
struct ConnectorInstance
{
    QString id;
    QString name;
    QString type; // the connector type, e.g. "Workday" (may be empty)
    QString connectorCustomizerId; // null when not linked
    QJsonObject extra; // every other field, for the details pane

    bool isLinked() const { return !connectorCustomizerId.isEmpty(); }
};

} // namespace isc
