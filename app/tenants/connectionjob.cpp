#include "connectionjob.h"

#include "base/sandboxprocess.h"
#include "connectionresolver.h"
#include "net/logging.h"
#include "profilestore.h"
#include "secretstore.h"

namespace isc {

ConnectionJob::ConnectionJob(ConnectionResolver *resolver, const TenantProfile &profile,
                             const QString &secret, bool secretGiven)
    : QObject(resolver)
    , m_resolver(resolver)
    , m_profile(profile)
    , m_secret(secret)
    , m_secretGiven(secretGiven)
{ }

ConnectionJob::~ConnectionJob() = default;

void ConnectionJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    // Queued, so that finished() never fires inside start().
    QMetaObject::invokeMethod(this, &ConnectionJob::run, Qt::QueuedConnection);
}

void ConnectionJob::cancel()
{
    Result result;
    result.profile = m_profile;
    result.cancelled = true;
    finish(result);
}

void ConnectionJob::run()
{
    if (m_finished)
        return;
    if (!m_resolver) {
        fail(tr("The connection resolver was closed."));
        return;
    }
    if (m_unknown) {
        fail(tr("There is no profile \"%1\".").arg(m_profile.id));
        return;
    }
    if (m_profile.kind == TenantProfile::Kind::Sandbox) {
        resolveSandbox();
        return;
    }

    QString why;
    if (m_profile.baseUrl.isEmpty()) {
        fail(tr("The profile \"%1\" has no API base URL.").arg(m_profile.name));
        return;
    }
    if (!isAllowedBaseUrl(m_profile.baseUrl, &why)) {
        fail(tr("The profile \"%1\" cannot be used: %2").arg(m_profile.name, why));
        return;
    }

    if (m_profile.kind == TenantProfile::Kind::Environment && !m_secretGiven) {
        const SailEnvironment &environment = m_resolver->m_profiles->environment();
        const QString problem = environment.problem();
        if (!problem.isEmpty()) {
            fail(problem);
            return;
        }
        finishWith(environment.clientSecret());
        return;
    }

    if (m_profile.clientId.isEmpty()) {
        fail(tr("The profile \"%1\" has no client ID; enter the client ID of a personal access "
                "token.")
                 .arg(m_profile.name));
        return;
    }
    if (m_secretGiven) {
        if (m_secret.isEmpty()) {
            fail(tr("No client secret was given for \"%1\".").arg(m_profile.name));
            return;
        }
        finishWith(m_secret);
        return;
    }

    SecretJob *job = m_resolver->m_secrets->read(m_profile.id);
    m_secretJob = job;
    connect(job, &SecretJob::finished, this, [this](const SecretJob::Result &result) {
        m_secretJob = nullptr;
        onSecretRead(int(result.status), result.secret,
                     result.storage == SecretStorage::Keychain ? QString() : result.message);
    });
    job->start();
}

void ConnectionJob::resolveSandbox()
{
    SandboxProcess *sandbox = m_resolver->sandbox();
    if (sandbox->isReady()) {
        finishWith(sandbox->clientSecret());
        return;
    }
    // Starting (possibly for another job too): wait for its one outcome.
    m_sandboxReady = connect(sandbox, &SandboxProcess::ready, this,
                             [this, sandbox] { finishWith(sandbox->clientSecret()); });
    m_sandboxFailed = connect(sandbox, &SandboxProcess::failed, this,
                              [this](const QString &message) { fail(message); });
    m_sandboxStopped = connect(m_resolver, &ConnectionResolver::sandboxStopped, this,
                               [this] { fail(tr("The sandbox was stopped.")); });
}

void ConnectionJob::onSecretRead(int status, const QString &secret, const QString &message)
{
    switch (SecretJob::Status(status)) {
    case SecretJob::Status::Ok:
        finishWith(secret, message);
        return;
    case SecretJob::Status::NotFound: {
        QString text = tr("No client secret is stored for the profile \"%1\"; enter it in the "
                          "profile's settings.")
                           .arg(m_profile.name);
        if (!message.isEmpty())
            text += QLatin1Char(' ') + message;
        fail(text);
        return;
    }
    case SecretJob::Status::Failed:
        fail(tr("The client secret of the profile \"%1\" could not be read: %2")
                 .arg(m_profile.name, message));
        return;
    case SecretJob::Status::Cancelled:
        cancel();
        return;
    }
}

void ConnectionJob::finishWith(const QString &secret, const QString &warning)
{
    Result result;
    result.profile = m_profile;
    if (m_profile.kind == TenantProfile::Kind::Sandbox && m_resolver && m_resolver->m_sandbox) {
        const SandboxProcess *sandbox = m_resolver->m_sandbox;
        result.profile.baseUrl = sandbox->baseUrl();
        result.profile.clientId = sandbox->clientId();
    }
    result.connection.displayName = result.profile.name;
    result.connection.baseUrl = TenantProfile::normalizeBaseUrl(result.profile.baseUrl);
    result.connection.clientId = result.profile.clientId;
    result.connection.clientSecret = secret;
    result.connection.readOnly = result.profile.readOnly;
    result.warning = warning;
    finish(result);
}

void ConnectionJob::fail(const QString &message)
{
    Result result;
    result.profile = m_profile;
    result.errorString = message;
    finish(result);
}

void ConnectionJob::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    disconnect(m_sandboxReady);
    disconnect(m_sandboxFailed);
    disconnect(m_sandboxStopped);
    if (m_secretJob) {
        disconnect(m_secretJob, nullptr, this, nullptr);
        m_secretJob->cancel();
    }
    m_secret.clear();
    if (result.ok())
        qCDebug(lcTenants, "resolved profile %s to %s", qUtf8Printable(m_profile.id),
                qUtf8Printable(result.connection.baseUrl.toDisplayString()));
    else if (!result.cancelled)
        qCInfo(lcTenants, "profile %s not resolved: %s", qUtf8Printable(m_profile.id),
               qUtf8Printable(result.errorString));
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace isc
