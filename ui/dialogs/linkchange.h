#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace isc {

// One change of the customizer linked to a source instance, as the link dialogs hand it to
// the caller: link (ConnectorInstanceService::link) when customizerId is set, unlink
// (ConnectorInstanceService::unlink) when it is empty.
struct LinkChange
{
    QString instanceId;
    QString instanceName; // for messages
    QString customizerId; // empty: unlink

    bool isUnlink() const { return customizerId.isEmpty(); }

    friend bool operator==(const LinkChange &a, const LinkChange &b)
    {
        return a.instanceId == b.instanceId && a.instanceName == b.instanceName &&
            a.customizerId == b.customizerId;
    }
};

} // namespace isc

Q_DECLARE_METATYPE(isc::LinkChange)
