#pragma once

#include "tenantprofile.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace isc {

class ConnectionJob;
class ProfileStore;
class SandboxProcess;
class SecretStore;

// Turns "the active profile" (or any profile) into an isc::Connection, asynchronously, one
// ConnectionJob per request. Owns the sandbox child of the built-in Sandbox profile: it
// starts it on the first resolve of that profile, shares it between jobs, stops it when
// another profile becomes active, and stops it when the resolver is destroyed (at exit).
//
//   auto *job = resolver->resolveActive();
//   connect(job, &ConnectionJob::finished, this, [](const ConnectionJob::Result &r) {
//       if (!r.ok()) showError(r.errorString); else use(r.connection);
//   });
//   job->start();
class ConnectionResolver final : public QObject
{
    Q_OBJECT

public:
    // Neither is owned; both must outlive the resolver.
    ConnectionResolver(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);
    ~ConnectionResolver() override; // stops the sandbox child

    // The isc-sandbox executable (empty: SandboxProcess::locateProgram(), that is
    // $ISC_SANDBOX_PATH, next to the console, or on PATH) and extra arguments for it.
    void setSandboxProgram(const QString &program) { m_sandboxProgram = program; }
    void setSandboxArguments(const QStringList &arguments) { m_sandboxArguments = arguments; }

    // Jobs, not started; each is a child of the resolver and deletes itself after finishing.
    ConnectionJob *resolveActive();
    // A profile of the store by id; an unknown id gives a job that fails with a message.
    ConnectionJob *resolve(const QString &profileId);
    // A profile that need not be stored (the command line's --base-url): Tenant profiles read
    // their secret by id from the SecretStore.
    ConnectionJob *resolve(const TenantProfile &profile);
    // A profile with a secret the caller already has (from stdin or the environment): no
    // keychain lookup; only the URL and the presence of id and secret are checked.
    ConnectionJob *resolve(const TenantProfile &profile, const QString &clientSecret);

    bool isSandboxRunning() const; // ready and serving
    QUrl sandboxBaseUrl() const; // empty unless running
    void stopSandbox();

Q_SIGNALS:
    // The sandbox child failed to start, or exited while in use. Translated.
    void sandboxFailed(const QString &message);
    void sandboxStarted(const QUrl &baseUrl);
    void sandboxStopped();

private:
    friend class ConnectionJob;
    ConnectionJob *makeJob(const TenantProfile &profile, const QString &secret, bool given);
    SandboxProcess *sandbox(); // started when not running
    void onActiveProfileChanged(const QString &id);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    SandboxProcess *m_sandbox = nullptr;
    QString m_sandboxProgram;
    QStringList m_sandboxArguments;
};

} // namespace isc
