#include "connection.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace isc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("isc::Connection", text);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

bool isAllowedBaseUrl(const QUrl &url, QString *why)
{
    const auto refuse = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(tr("The API base URL is not a valid URL with a host name."));
    if (!url.userInfo().isEmpty())
        return refuse(tr("The API base URL must not contain a user name or password."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return true;
        return refuse(tr("Plain http:// is only allowed for a local sandbox (localhost or "
                         "127.0.0.1); use https:// for a tenant."));
    }
    return refuse(tr("The API base URL must start with https://."));
}

QUrl normalizedBaseUrl(const QUrl &url)
{
    QUrl out = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QString path = out.path();
    for (const QLatin1String prefix :
         {QLatin1String("/beta"), QLatin1String("/v3"), QLatin1String("/v2024"),
          QLatin1String("/v2025"), QLatin1String("/v2026")}) {
        if (path.endsWith(prefix, Qt::CaseInsensitive)) {
            path.chop(prefix.size());
            break;
        }
    }
    out.setPath(path);
    out.setScheme(out.scheme().toLower());
    out.setHost(out.host().toLower());
    return out;
}

} // namespace isc
