#include "connectorservice.h"

#include "connectorlistjob.h"
#include "connectorpagejob.h"

#include "base/apilocale.h"
#include "net/apiclient.h"

#include <QCoreApplication>

namespace isc {

ConnectorService::ConnectorService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ConnectorPageJob *ConnectorService::fetchPage(const ConnectorQuery &query, QObject *parent)
{
    return new ConnectorPageJob(m_client, query, parent ? parent : this);
}

ConnectorListJob *ConnectorService::fetchAll(const ConnectorQuery &query, QObject *parent)
{
    return new ConnectorListJob(m_client, query, parent ? parent : this);
}

QString ConnectorService::validate(const ConnectorQuery &query, bool forAllPages)
{
    if (query.limit) {
        const int minimum = forAllPages ? 1 : 0;
        if (*query.limit < minimum || *query.limit > 250)
            return tr("The page size must be between %1 and 250; it is %2.")
                .arg(minimum)
                .arg(*query.limit);
    }
    if (query.offset && *query.offset < 0)
        return tr("The offset cannot be negative; it is %1.").arg(*query.offset);
    if (!query.locale.isEmpty() && !isApiLocale(query.locale))
        return tr("\"%1\" is not a locale the API knows; use one of: %2.")
            .arg(query.locale, apiLocales().join(QLatin1String(", ")));
    // TODO(services): check `filters` with the shared parser of base/filter.h once the
    // sandbox branch provides it; until then the server's 400 reports a bad filter.
    return {};
}

} // namespace isc
