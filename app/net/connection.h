#pragma once

#include <QString>
#include <QUrl>

namespace isc {

// What the request pipeline needs to talk to one tenant. Built from a tenant profile (or
// the Sandbox, or SAIL_* variables) by app/tenants; the secret is only ever held in memory.
struct Connection
{
    QString displayName; // for messages and the journal, never a secret
    QUrl baseUrl; // bare API base, e.g. https://acme.api.identitynow.com (no /beta, /v2024)
    QString clientId;
    QString clientSecret;
    bool readOnly = false; // the service layer refuses every mutating call when set
};

// A base URL the console may send credentials to: https, or http on a loopback host only
// (the sandbox). `why` gets a translated sentence when it is refused.
bool isAllowedBaseUrl(const QUrl &url, QString *why = nullptr);

// The same URL normalized: no trailing slash, no query or fragment, no version prefix.
QUrl normalizedBaseUrl(const QUrl &url);

} // namespace isc
