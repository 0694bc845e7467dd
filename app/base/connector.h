#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace isc {

// One entry of GET /beta/connectors (V3ConnectorDto). `className` and `features` may be
// null on the wire; a null QString / hasFeatures == false keep that apart from "empty".
struct Connector
{
    QString name;
    QString type;
    QString scriptName;
    QString className; // null when the server sent null or nothing
    QStringList features;
    bool hasFeatures = false; // false when `features` was null or absent
    bool directConnect = false;
    QString status;
    QJsonObject connectorMetadata; // free-form: supportedUI, platform, shortDesc, ...
};

} // namespace isc

// Every member moves by memcpy: a growing QList of connectors is reallocated in place.
Q_DECLARE_TYPEINFO(isc::Connector, Q_RELOCATABLE_TYPE);
