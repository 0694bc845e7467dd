#pragma once

#include "exitcode.h"
#include "invocation.h"

#include "net/connection.h"

#include <QObject>

#include <memory>

class QSettings;

namespace isc {
class ConnectionResolver;
class ProfileStore;
class SecretStore;
} // namespace isc

namespace isc::cli {

class JobRunner;

// Turns the connection options of an Invocation into an isc::Connection through the same
// app/tenants classes the desktop console uses: --profile (the saved profiles, secret from
// the keychain), --base-url (credentials from SAIL_CLIENT_ID / SAIL_CLIENT_SECRET), --sandbox
// (an isc-sandbox child), else SAIL_BASE_URL or the active profile. Keeps a sandbox it
// started running until it is destroyed.
class ConnectionSetup final : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        Connection connection; // holds the secret: never print it
        QString profileName; // for messages
        QString error; // translated; empty on success
        QString warning; // translated, not fatal (e.g. the keychain fallback)
        ExitCode code = ExitCode::Ok;

        bool ok() const { return error.isEmpty(); }
    };

    explicit ConnectionSetup(QObject *parent = nullptr);
    ~ConnectionSetup() override;

    Outcome resolve(const Invocation &invocation, JobRunner &runner);

private:
    Outcome failure(const QString &error, ExitCode code) const;

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectionResolver> m_resolver;
};

} // namespace isc::cli
