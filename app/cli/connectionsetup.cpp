#include "connectionsetup.h"

#include "jobrunner.h"

#include "net/logging.h"
#include "tenants/connectionjob.h"
#include "tenants/connectionresolver.h"
#include "tenants/profilestore.h"
#include "tenants/sailenvironment.h"
#include "tenants/secretstore.h"

#include <QProcessEnvironment>
#include <QSettings>

namespace isc::cli {

ConnectionSetup::ConnectionSetup(QObject *parent)
    : QObject(parent)
{ }

ConnectionSetup::~ConnectionSetup()
{
    m_resolver.reset(); // stops a sandbox child before the stores go
}

ConnectionSetup::Outcome ConnectionSetup::failure(const QString &error, ExitCode code) const
{
    Outcome outcome;
    outcome.error = error;
    outcome.code = code;
    return outcome;
}

ConnectionSetup::Outcome ConnectionSetup::resolve(const Invocation &invocation, JobRunner &runner)
{
    m_settings = ProfileStore::openDefaultSettings();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<SecretStore>();
    m_profiles->setSecretStore(m_secrets.get());
    m_resolver = std::make_unique<ConnectionResolver>(m_profiles.get(), m_secrets.get());

    ConnectionJob *job = nullptr;
    QString note;
    switch (invocation.target) {
    case Invocation::Target::Sandbox:
        job = m_resolver->resolve(TenantProfile::sandbox());
        break;
    case Invocation::Target::Profile: {
        const auto profile = m_profiles->find(invocation.profile);
        if (!profile) {
            QStringList names;
            const QList<TenantProfile> profiles = m_profiles->profiles();
            for (const TenantProfile &p : profiles)
                names << p.name;
            return failure(tr("There is no profile \"%1\"; the profiles are: %2.")
                               .arg(invocation.profile, names.join(QLatin1String(", "))),
                           ExitCode::Usage);
        }
        job = m_resolver->resolve(profile->id);
        break;
    }
    case Invocation::Target::BaseUrl: {
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString clientId = environment.value(SailEnvironment::clientIdVariable()).trimmed();
        const QString secret = environment.value(SailEnvironment::clientSecretVariable());
        if (clientId.isEmpty() || secret.isEmpty())
            return failure(tr("--base-url needs the client id in %1 and the client secret in "
                              "%2 (never on the command line, where other users can see it).")
                               .arg(SailEnvironment::clientIdVariable(),
                                    SailEnvironment::clientSecretVariable()),
                           ExitCode::Usage);
        TenantProfile profile;
        profile.id = TenantProfile::createId();
        profile.name = invocation.baseUrl.host();
        profile.baseUrl = invocation.baseUrl;
        profile.clientId = clientId;
        job = m_resolver->resolve(profile, secret);
        break;
    }
    case Invocation::Target::Default:
        if (m_profiles->environment().isSet()) {
            if (const QString problem = m_profiles->environment().problem(); !problem.isEmpty())
                return failure(problem, ExitCode::Usage);
            job = m_resolver->resolve(TenantProfile::environmentId());
        } else {
            const TenantProfile active = m_profiles->activeProfile();
            note = tr("Using the profile \"%1\" (choose with --profile, --base-url or "
                      "--sandbox).")
                       .arg(active.name);
            job = m_resolver->resolve(active.id);
        }
        break;
    }

    const ConnectionJob::Result result = runner.run(job, &ConnectionJob::finished);
    if (result.cancelled)
        return failure(tr("Interrupted."), ExitCode::Interrupted);
    if (!result.ok())
        return failure(result.errorString, ExitCode::Failure);
    Outcome outcome;
    outcome.connection = result.connection;
    outcome.profileName = result.profile.name;
    outcome.warning = result.warning;
    if (!note.isEmpty())
        outcome.warning = outcome.warning.isEmpty() ? note : note + u'\n' + outcome.warning;
    qCInfo(lcCli, "connected through profile \"%s\" to %s%s", qUtf8Printable(outcome.profileName),
           qUtf8Printable(outcome.connection.baseUrl.toDisplayString()),
           outcome.connection.readOnly ? " (read-only)" : "");
    return outcome;
}

} // namespace isc::cli
