#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace isc {

// One tenant the console can talk to, as the user configured it: everything but the client
// secret, which lives in the SecretStore (the OS keychain) under the profile's id.
//
// Three kinds exist. Tenant profiles are the user's, persisted by the ProfileStore. The
// built-in Sandbox profile runs the local isc-sandbox emulator (its URL and credentials are
// known only once it runs). The Environment profile comes from SAIL_BASE_URL,
// SAIL_CLIENT_ID and SAIL_CLIENT_SECRET (the official SDKs' variables); it is never saved.
struct TenantProfile
{
    enum class Kind { Tenant, Sandbox, Environment };

    QString id; // stable: a UUID for Tenant profiles, sandboxId() / environmentId() otherwise
    Kind kind = Kind::Tenant;
    QString name; // display name, unique among the profiles (case-insensitive)
    QUrl baseUrl; // bare API base, e.g. https://acme.api.identitynow.com; empty for the Sandbox
    QString clientId; // personal access token client id; empty for the Sandbox
    bool readOnly = false; // the service layer refuses every mutating call when set
    QString apiLocale; // an isc::apiLocales() code, or empty: follow the UI language

    bool isBuiltIn() const { return kind != Kind::Tenant; } // not editable, not removable
    bool isPersisted() const { return kind == Kind::Tenant; }

    // The fixed ids of the built-in profiles. They are not UUIDs, so they never collide with
    // a Tenant profile, and `--profile sandbox` works in any UI language.
    static QString sandboxId() { return QStringLiteral("sandbox"); }
    static QString environmentId() { return QStringLiteral("environment"); }

    // The built-in Sandbox profile (translated name "Sandbox").
    static TenantProfile sandbox();

    // isc::normalizedBaseUrl(), and a lone "/" path removed too, so that
    // "https://acme.api.identitynow.com/" and "https://acme.api.identitynow.com" are one URL.
    static QUrl normalizeBaseUrl(const QUrl &url);

    // A new id for a Tenant profile: a UUID without braces.
    static QString createId();

    friend bool operator==(const TenantProfile &a, const TenantProfile &b)
    {
        return a.id == b.id && a.kind == b.kind && a.name == b.name && a.baseUrl == b.baseUrl &&
            a.clientId == b.clientId && a.readOnly == b.readOnly && a.apiLocale == b.apiLocale;
    }
    friend bool operator!=(const TenantProfile &a, const TenantProfile &b) { return !(a == b); }
};

} // namespace isc

Q_DECLARE_METATYPE(isc::TenantProfile)
