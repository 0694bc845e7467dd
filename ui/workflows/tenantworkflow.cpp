#include "tenantworkflow.h"

#include "workflowsupport.h"

#include "net/apiclient.h"
#include "net/apirequestjob.h"
#include "net/connectiontestjob.h"
#include "tenants/connectionjob.h"
#include "tenants/connectionresolver.h"
#include "ui/dialogs/tenantprofilesdialog.h"

namespace isc {

TenantWorkflow::TenantWorkflow(ProfileStore *profiles, SecretStore *secrets,
                               ConnectionResolver *resolver, QNetworkAccessManager *nam,
                               QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_resolver(resolver)
    , m_nam(nam)
    , m_dialogParent(dialogParent)
{ }

TenantWorkflow::~TenantWorkflow()
{
    cancelTest();
    if (m_dialog)
        delete m_dialog.data();
}

TenantProfilesDialog *TenantWorkflow::currentDialog() const
{
    return m_dialog;
}

bool TenantWorkflow::isTesting() const
{
    return m_resolving || m_call;
}

void TenantWorkflow::openTenantsDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new TenantProfilesDialog(m_profiles, m_secrets, m_dialogParent);
    m_dialog = dialog;
    connect(dialog, &TenantProfilesDialog::testConnectionRequested, this,
            [this](const TenantProfile &profile, const QString &clientSecret) {
                cancelTest();
                if (!m_resolver) {
                    if (m_dialog)
                        m_dialog->showConnectionTestError(workflow::notConnectedMessage());
                    return;
                }
                startTest(profile.name,
                          clientSecret.isEmpty() ? m_resolver->resolve(profile)
                                                 : m_resolver->resolve(profile, clientSecret));
            });
    connect(dialog, &TenantProfilesDialog::testCancelRequested, this, &TenantWorkflow::cancelTest);
    connect(dialog, &TenantProfilesDialog::fileFallbackChanged, this,
            &TenantWorkflow::fileFallbackChanged);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        cancelTest();
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    workflow::openDialog(dialog);
}

void TenantWorkflow::startTest(const QString &profileName, ConnectionJob *job)
{
    m_resolving = job;
    connect(job, &ConnectionJob::finished, this,
            [this, job, profileName](const ConnectionJob::Result &resolved) {
                if (m_resolving != job)
                    return; // cancelled, or replaced by a newer test
                m_resolving = nullptr;
                if (resolved.cancelled)
                    return;
                if (!resolved.ok()) {
                    if (m_dialog)
                        m_dialog->showConnectionTestError(resolved.errorString);
                    return;
                }
                // A client of its own: the test checks the profile as edited, not the connection
                // the window uses; the secret it holds goes with it.
                auto *client = new ApiClient(m_nam, resolved.connection, m_options, this);
                if (!resolved.profile.apiLocale.isEmpty())
                    client->setApiLocale(resolved.profile.apiLocale);
                m_client = client;
                ConnectionTestJob *token = client->testConnection(client);
                m_call = token;
                connect(token, &ConnectionTestJob::finished, this,
                        [this, client, profileName](const ApiResult<TokenInfo> &tested) {
                            if (m_client != client)
                                return;
                            if (!tested.ok()) {
                                m_call = nullptr;
                                m_client = nullptr;
                                client->deleteLater();
                                if (m_dialog && !tested.error.isCancelled())
                                    m_dialog->showConnectionTestError(tested.error);
                                return;
                            }
                            // One call with the token: the credentials may be right while the
                            // token's scopes do not reach the API the console uses.
                            ApiRequest request;
                            request.path = QStringLiteral("/v2024/connector-customizers");
                            request.addQuery(QStringLiteral("limit"), QStringLiteral("1"));
                            request.context =
                                tr("Could not read the customizers of “%1”").arg(profileName);
                            ApiRequestJob *call = client->send(request, client);
                            m_call = call;
                            const TokenInfo info = tested.value;
                            connect(call, &ApiRequestJob::finished, this,
                                    [this, client, info](const ApiResponse &response) {
                                        if (m_client != client)
                                            return;
                                        m_call = nullptr;
                                        m_client = nullptr;
                                        client->deleteLater();
                                        if (!m_dialog)
                                            return;
                                        if (response.ok())
                                            m_dialog->showConnectionTestResult(info);
                                        else if (!response.error.isCancelled())
                                            m_dialog->showConnectionTestError(response.error);
                                    });
                            call->start();
                        });
                token->start();
            });
    job->start();
}

void TenantWorkflow::cancelTest()
{
    if (ConnectionJob *job = m_resolving) {
        m_resolving = nullptr;
        job->cancel();
    }
    m_call = nullptr;
    if (ApiClient *client = m_client) {
        m_client = nullptr;
        // Its jobs are its children: deleting it aborts them without a result.
        client->deleteLater();
    }
}

} // namespace isc
