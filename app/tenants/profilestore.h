#pragma once

#include "profilevalidation.h"
#include "sailenvironment.h"
#include "tenantprofile.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QSettings;

namespace isc {

class SecretStore;

// The tenant profiles: the user's Tenant profiles (persisted), the built-in Sandbox profile
// and, when SAIL_BASE_URL is set, the implicit Environment profile; one of them is active.
//
// Persistence: the group "Tenants" of the QSettings object given to the constructor (the
// application's settings, see openDefaultSettings()): an array "profiles" of {id, name,
// baseUrl, clientId, readOnly, apiLocale} and the key "activeProfile". The client secret is
// never written there: it belongs to the SecretStore. Entries that cannot be read back (no
// id, a refused URL, a duplicate id) are skipped with a warning in isc.tenants, never fatal.
//
// The active profile, when none was chosen or the chosen one is gone: the Environment
// profile when SAIL_BASE_URL is set, else the first Tenant profile, else the Sandbox.
class ProfileStore final : public QObject
{
    Q_OBJECT

public:
    // `settings` must outlive the store; the store reads it now and writes it on each change.
    // The process environment is read for the SAIL_* variables (see setEnvironment()).
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    ~ProfileStore() override;

    // The application's settings: organization and application "isc-console", native format,
    // user scope. On Linux ~/.config/isc-console/isc-console.conf ($XDG_CONFIG_HOME), on
    // Windows the registry key HKEY_CURRENT_USER\Software\isc-console\isc-console, on macOS
    // ~/Library/Preferences/com.isc-console.isc-console.plist.
    static std::unique_ptr<QSettings> openDefaultSettings();

    // Replaces the SAIL_* variables (tests; the constructor reads the process environment).
    // Adds, updates or removes the Environment profile accordingly.
    void setEnvironment(const SailEnvironment &environment);
    const SailEnvironment &environment() const { return m_environment; }

    // Removing or duplicating a profile also deletes or copies its secret when a secret
    // store is set (not owned; may be null).
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }

    // Every profile, in display order: the Tenant profiles as the user ordered them, then the
    // Environment profile (if any), then the Sandbox.
    QList<TenantProfile> profiles() const;
    QList<TenantProfile> tenantProfiles() const { return m_profiles; } // the persisted ones
    std::optional<TenantProfile> profile(const QString &id) const;
    // By id, else by name ignoring case; built-ins also answer to their untranslated names
    // ("Sandbox", "Environment"). For `--profile NAME`.
    std::optional<TenantProfile> find(const QString &idOrName) const;
    bool contains(const QString &id) const { return profile(id).has_value(); }

    // The user's choice while that profile exists, else the default (see above).
    QString activeProfileId() const;
    TenantProfile activeProfile() const;
    // False (and no change) when no profile has this id.
    bool setActiveProfile(const QString &id);

    // Validates `profile` against the others (see ProfileValidation::validate).
    ProfileValidation validate(const TenantProfile &profile) const;

    // Adds a Tenant profile: a new id is assigned (the given one is ignored), the URL is
    // normalized. Returns the stored profile, or nothing when validation or saving failed,
    // with the translated reason in `error`.
    std::optional<TenantProfile> add(const TenantProfile &profile, QString *error = nullptr);
    // Replaces the Tenant profile with the same id. Built-ins cannot be edited.
    bool update(const TenantProfile &profile, QString *error = nullptr);
    // Removes a Tenant profile and deletes its secret. If it was active, the default profile
    // becomes active. Built-ins cannot be removed.
    bool remove(const QString &id, QString *error = nullptr);
    // A copy of a Tenant profile under a new id and a free name ("Acme (copy)",
    // "Acme (copy 2)", ...), inserted after it; its secret is copied in the background.
    std::optional<TenantProfile> duplicate(const QString &id, QString *error = nullptr);
    // Moves a Tenant profile to `index` among the Tenant profiles.
    bool move(const QString &id, int index);

    // Adds profiles made elsewhere (the sail CLI import): one whose base URL and client id
    // match an existing Tenant profile is skipped; a name already taken gets a " (2)", " (3)"
    // ... suffix. Returns the profiles added; `skipped` receives a translated sentence per
    // profile left out.
    QList<TenantProfile> importProfiles(const QList<TenantProfile> &profiles,
                                        QStringList *skipped = nullptr);

Q_SIGNALS:
    void profileAdded(const QString &id);
    void profileChanged(const QString &id);
    void profileRemoved(const QString &id);
    void activeProfileChanged(const QString &id);
    // After any of the above, and after a move or a change of the Environment profile.
    void profilesChanged();

private:
    void load();
    bool save(QString *error);
    QString defaultActiveId() const;
    // `wanted` if free, else `pattern` (%1 base, %2 a number from 2) with the first free number.
    QString freeName(const QString &wanted, const QString &pattern, const QString &base) const;
    int indexOf(const QString &id) const;

    QSettings *m_settings;
    SecretStore *m_secrets = nullptr;
    SailEnvironment m_environment;
    QList<TenantProfile> m_profiles;
    QString m_activeId; // the user's choice; may name a profile that is gone (see activeProfileId)
};

} // namespace isc
