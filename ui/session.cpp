#include "session.h"

#include "net/apiclient.h"
#include "services/connectorinstanceservice.h"
#include "services/connectorservice.h"
#include "services/customizerservice.h"

namespace isc {

Session::Session(QNetworkAccessManager *nam, const ConnectionJob::Result &resolved,
                 const PipelineOptions &options, QObject *parent)
    : QObject(parent)
    , m_profile(resolved.profile)
    , m_client(new ApiClient(nam, resolved.connection, options, this))
    , m_connectors(new ConnectorService(m_client, this))
    , m_customizers(new CustomizerService(m_client, this))
    , m_instances(new ConnectorInstanceService(m_client, this))
{ }

Session::~Session()
{
    // Jobs are children of the pages or the services; the services go before the client.
    delete m_instances;
    delete m_customizers;
    delete m_connectors;
    delete m_client;
}

bool Session::isReadOnly() const
{
    return m_client->isReadOnly() || m_profile.readOnly;
}

} // namespace isc
