#pragma once

#include "httpexchange.h"
#include "sandboxoptions.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace isc::sandbox {

// POST /oauth/token and the Bearer check of every API call. Tokens are JWT-shaped
// (base64url header.payload.signature, HMAC-SHA256 with a key made at start-up) and carry
// exp, iat, tenant_id, pod, org, jti and client_id like the real ones.
class TokenAuthority
{
public:
    struct Check
    {
        bool ok = false;
        QString clientId; // of a valid token
        QString error; // "JWT validation failed: ..." otherwise
    };

    TokenAuthority(QList<ClientCredentials> clients, int lifetimeSeconds, const QString &org);

    // The token endpoint: client credentials as an x-www-form-urlencoded body, as
    // multipart/form-data, as query parameters or as HTTP Basic; 200 with the token,
    // 400/401 with an OAuth error body otherwise.
    Reply handleTokenRequest(const Request &request);

    // The Authorization header of an API call.
    Check check(const QByteArray &authorization) const;

    // Every token issued so far is from now on rejected as expired.
    void expireAll() { ++m_generation; }

    void setLifetimeSeconds(int seconds) { m_lifetimeSeconds = seconds; }
    int lifetimeSeconds() const { return m_lifetimeSeconds; }
    QString tenantId() const { return m_tenantId; }
    QString org() const { return m_org; }
    QString pod() const { return m_pod; }
    int issuedCount() const { return m_issued; }

private:
    QByteArray sign(const QByteArray &headerAndPayload) const;
    struct Issued
    {
        QString token;
        QString jti;
    };
    Issued issue(const QString &clientId);

    QList<ClientCredentials> m_clients;
    int m_lifetimeSeconds;
    QString m_org;
    QString m_pod;
    QString m_tenantId;
    QByteArray m_key;
    int m_generation = 0;
    int m_issued = 0;
};

} // namespace isc::sandbox
