#pragma once

#include "tenantprofile.h"

#include <QProcessEnvironment>
#include <QString>

namespace isc {

// The SAIL_BASE_URL, SAIL_CLIENT_ID and SAIL_CLIENT_SECRET variables the official SDKs and
// the sail CLI read. When SAIL_BASE_URL is set they make the implicit "Environment" profile:
// listed with the others, usable from the command line (`--profile environment`), never
// persisted; the secret stays in memory, in this value only.
class SailEnvironment
{
public:
    SailEnvironment() = default; // no variables: isSet() is false

    static SailEnvironment fromProcessEnvironment(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    static QString baseUrlVariable() { return QStringLiteral("SAIL_BASE_URL"); }
    static QString clientIdVariable() { return QStringLiteral("SAIL_CLIENT_ID"); }
    static QString clientSecretVariable() { return QStringLiteral("SAIL_CLIENT_SECRET"); }

    // SAIL_BASE_URL is set (to anything non-blank). Without it the other two variables are
    // ignored: there is no profile to attach them to.
    bool isSet() const { return !m_baseUrlText.isEmpty(); }

    // The Environment profile (id TenantProfile::environmentId(), translated name
    // "Environment", base URL normalized). Meaningful only when isSet().
    TenantProfile profile() const;

    QString clientSecret() const { return m_clientSecret; }

    // Empty when the variables make a usable profile; otherwise a translated sentence naming
    // the variable at fault (URL refused, client id or secret missing).
    QString problem() const;

private:
    QString m_baseUrlText;
    QString m_clientId;
    QString m_clientSecret;
};

} // namespace isc
