#pragma once

#include "base/connector.h"
#include "net/pagedlistjob.h"

#include <QList>
#include <QMetaType>

namespace isc {

// One page of GET /beta/connectors.
struct ConnectorPage
{
    QList<Connector> connectors;
    PageInfo page; // offset, limit, and the total (X-Total-Count) when count=true
};

} // namespace isc

Q_DECLARE_METATYPE(isc::ConnectorPage)
