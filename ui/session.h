#pragma once

#include "net/pipelineoptions.h"
#include "tenants/connectionjob.h"
#include "tenants/tenantprofile.h"

#include <QObject>

class QNetworkAccessManager;

namespace isc {

class ApiClient;
class ConnectorInstanceService;
class ConnectorService;
class CustomizerService;

// What the main window talks to one tenant through: the ApiClient of a resolved connection
// (on the application's one QNetworkAccessManager) and the three services on it. A tenant
// switch makes a new Session; deleting it aborts everything it still runs.
class Session final : public QObject
{
    Q_OBJECT

public:
    Session(QNetworkAccessManager *nam, const ConnectionJob::Result &resolved,
            const PipelineOptions &options, QObject *parent = nullptr);
    ~Session() override;

    const TenantProfile &profile() const { return m_profile; }
    QString displayName() const { return m_profile.name; }
    bool isReadOnly() const;

    ApiClient *client() const { return m_client; }
    ConnectorService *connectors() const { return m_connectors; }
    CustomizerService *customizers() const { return m_customizers; }
    ConnectorInstanceService *instances() const { return m_instances; }

private:
    TenantProfile m_profile;
    ApiClient *m_client;
    ConnectorService *m_connectors;
    CustomizerService *m_customizers;
    ConnectorInstanceService *m_instances;
};

} // namespace isc
