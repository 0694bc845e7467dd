#include "connectionresolver.h"

#include "base/sandboxprocess.h"
#include "connectionjob.h"
#include "net/logging.h"
#include "profilestore.h"
#include "secretstore.h"

namespace isc {

ConnectionResolver::ConnectionResolver(ProfileStore *profiles, SecretStore *secrets,
                                       QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    connect(m_profiles, &ProfileStore::activeProfileChanged, this,
            &ConnectionResolver::onActiveProfileChanged);
}

ConnectionResolver::~ConnectionResolver()
{
    if (m_sandbox)
        m_sandbox->stop(); // at exit: the child never outlives the console
}

ConnectionJob *ConnectionResolver::makeJob(const TenantProfile &profile, const QString &secret,
                                           bool given)
{
    return new ConnectionJob(this, profile, secret, given);
}

ConnectionJob *ConnectionResolver::resolveActive()
{
    return makeJob(m_profiles->activeProfile(), QString(), false);
}

ConnectionJob *ConnectionResolver::resolve(const QString &profileId)
{
    if (const auto profile = m_profiles->profile(profileId))
        return makeJob(*profile, QString(), false);
    // A job all the same, so the caller has one way to hear the outcome.
    TenantProfile unknown;
    unknown.id = profileId;
    unknown.name = profileId;
    auto *job = makeJob(unknown, QString(), false);
    job->m_unknown = true;
    return job;
}

ConnectionJob *ConnectionResolver::resolve(const TenantProfile &profile)
{
    return makeJob(profile, QString(), false);
}

ConnectionJob *ConnectionResolver::resolve(const TenantProfile &profile,
                                           const QString &clientSecret)
{
    return makeJob(profile, clientSecret, true);
}

bool ConnectionResolver::isSandboxRunning() const
{
    return m_sandbox && m_sandbox->isReady();
}

QUrl ConnectionResolver::sandboxBaseUrl() const
{
    return isSandboxRunning() ? m_sandbox->baseUrl() : QUrl();
}

void ConnectionResolver::stopSandbox()
{
    if (!m_sandbox || m_sandbox->state() == SandboxProcess::State::NotRunning)
        return;
    qCInfo(lcTenants, "stopping the sandbox");
    m_sandbox->stop();
    Q_EMIT sandboxStopped();
}

SandboxProcess *ConnectionResolver::sandbox()
{
    if (!m_sandbox) {
        m_sandbox = new SandboxProcess(this);
        connect(m_sandbox, &SandboxProcess::ready, this, &ConnectionResolver::sandboxStarted);
        connect(m_sandbox, &SandboxProcess::failed, this, &ConnectionResolver::sandboxFailed);
    }
    if (m_sandbox->state() == SandboxProcess::State::NotRunning) {
        SandboxProcess::Options options;
        options.program = m_sandboxProgram;
        options.arguments = m_sandboxArguments;
        qCInfo(lcTenants, "starting the sandbox");
        m_sandbox->start(options);
    }
    return m_sandbox;
}

void ConnectionResolver::onActiveProfileChanged(const QString &id)
{
    if (id != TenantProfile::sandboxId())
        stopSandbox();
}

} // namespace isc
