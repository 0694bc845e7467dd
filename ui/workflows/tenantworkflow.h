#pragma once

#include "net/pipelineoptions.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QWidget;

namespace isc {

class ApiClient;
class ApiJob;
class ConnectionJob;
class ConnectionResolver;
class ProfileStore;
class SecretStore;
class TenantProfilesDialog;

// "Tenants…": opens the TenantProfilesDialog (window-modal, deleted when closed) and runs
// its "Test Connection": the profile as edited is resolved into a connection (the secret
// typed, else the stored one; the Sandbox profile starts the sandbox), then a fresh token is
// fetched (ApiClient::testConnection) and one API call made with it (the first customizer),
// so both the credentials and the token's access are checked. The result or the error
// (server message, status, trackingId) goes back to the dialog; its Cancel aborts the test.
class TenantWorkflow final : public QObject
{
    Q_OBJECT

public:
    // None is owned; all must outlive the workflow.
    TenantWorkflow(ProfileStore *profiles, SecretStore *secrets, ConnectionResolver *resolver,
                   QNetworkAccessManager *nam, QWidget *dialogParent, QObject *parent = nullptr);
    ~TenantWorkflow() override;

    // The timeouts and retries of the connection test (the console's settings).
    void setPipelineOptions(const PipelineOptions &options) { m_options = options; }

    void openTenantsDialog();

    // The dialog open now (for tests); null when none is.
    TenantProfilesDialog *currentDialog() const;
    bool isTesting() const;

Q_SIGNALS:
    // The user opted in or out of the secrets file: persist the choice.
    void fileFallbackChanged(bool enabled);

private:
    void startTest(const QString &profileName, ConnectionJob *job);
    void cancelTest();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    ConnectionResolver *m_resolver;
    QNetworkAccessManager *m_nam;
    QPointer<QWidget> m_dialogParent;
    PipelineOptions m_options;
    QPointer<TenantProfilesDialog> m_dialog;
    // The test running: first the resolution, then the token and the call.
    QPointer<ConnectionJob> m_resolving;
    QPointer<ApiJob> m_call;
    QPointer<ApiClient> m_client;
};

} // namespace isc
