#pragma once

#include "net/connection.h"
#include "tenantprofile.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>

namespace isc {

class ConnectionResolver;
class SecretJob;

// Turns one tenant profile into an isc::Connection: reads its secret from the SecretStore,
// takes SAIL_CLIENT_SECRET for the Environment profile, or starts the sandbox for the Sandbox
// profile. Made by ConnectionResolver; connect to finished(), then start(). finished() is
// emitted exactly once, always after start() returned, and the job deletes itself later.
class ConnectionJob final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        Connection connection; // valid when ok(); holds the secret: never log it
        TenantProfile profile; // the profile resolved (the Sandbox one with its live URL)
        QString errorString; // translated, e.g. "No client secret is stored for ..."
        QString warning; // translated, shown but not fatal (the keychain fallback)
        bool cancelled = false;

        bool ok() const { return errorString.isEmpty() && !cancelled; }
    };

    ~ConnectionJob() override;

    TenantProfile profile() const { return m_profile; }

    void start();
    void cancel(); // finished() with cancelled set follows; a starting sandbox keeps starting

Q_SIGNALS:
    void finished(const isc::ConnectionJob::Result &result);

private:
    friend class ConnectionResolver;
    ConnectionJob(ConnectionResolver *resolver, const TenantProfile &profile, const QString &secret,
                  bool secretGiven);

    void run();
    void resolveSandbox();
    void onSecretRead(int status, const QString &secret, const QString &message);
    void finishWith(const QString &secret, const QString &warning = {});
    void fail(const QString &message);
    void finish(Result result);

    QPointer<ConnectionResolver> m_resolver;
    TenantProfile m_profile;
    QString m_secret;
    bool m_secretGiven;
    QPointer<SecretJob> m_secretJob;
    QMetaObject::Connection m_sandboxReady;
    QMetaObject::Connection m_sandboxFailed;
    QMetaObject::Connection m_sandboxStopped;
    bool m_unknown = false; // resolve(id) with an id the store does not know
    bool m_started = false;
    bool m_finished = false;
};

} // namespace isc

Q_DECLARE_METATYPE(isc::ConnectionJob::Result)
