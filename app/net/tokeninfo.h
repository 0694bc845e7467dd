#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace isc {

// What the token reply says about the tenant, for "Test connection" and the status bar.
// Never holds the token itself.
struct TokenInfo
{
    QString tenantId; // tenant_id
    QString pod; // pod
    QString org; // org
    QString scope; // scope, space separated
    QString tokenType; // token_type, "bearer"
    qint64 expiresInSeconds = 0; // expires_in as received
    QDateTime obtainedAt; // UTC
    QDateTime expiresAt; // UTC, obtainedAt + expires_in

    bool isValid() const { return obtainedAt.isValid(); }
};

} // namespace isc

Q_DECLARE_METATYPE(isc::TokenInfo)
