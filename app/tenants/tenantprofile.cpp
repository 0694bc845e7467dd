#include "tenantprofile.h"

#include "net/connection.h"

#include <QCoreApplication>
#include <QUuid>

namespace isc {

TenantProfile TenantProfile::sandbox()
{
    TenantProfile profile;
    profile.id = sandboxId();
    profile.kind = Kind::Sandbox;
    //: Name of the built-in profile that runs the local API emulator
    profile.name = QCoreApplication::translate("isc::TenantProfile", "Sandbox");
    return profile;
}

QUrl TenantProfile::normalizeBaseUrl(const QUrl &url)
{
    QUrl out = normalizedBaseUrl(url);
    if (out.path() == QLatin1String("/"))
        out.setPath(QString());
    return out;
}

QString TenantProfile::createId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace isc
