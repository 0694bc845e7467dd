#include "sailenvironment.h"

#include "net/connection.h"

#include <QCoreApplication>

namespace isc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("isc::SailEnvironment", text);
}

// Strict: "acme.api.identitynow.com" without a scheme stays scheme-less and is refused, rather
// than guessed into http:// as QUrl::fromUserInput() would.
QUrl parseBaseUrl(const QString &text)
{
    return QUrl(text, QUrl::StrictMode);
}
} // namespace

SailEnvironment SailEnvironment::fromProcessEnvironment(const QProcessEnvironment &environment)
{
    SailEnvironment out;
    out.m_baseUrlText = environment.value(baseUrlVariable()).trimmed();
    out.m_clientId = environment.value(clientIdVariable()).trimmed();
    // A secret is taken as given: only surrounding line breaks (a `$(cat file)` leftover) go.
    out.m_clientSecret = environment.value(clientSecretVariable());
    while (out.m_clientSecret.endsWith(u'\n') || out.m_clientSecret.endsWith(u'\r'))
        out.m_clientSecret.chop(1);
    return out;
}

TenantProfile SailEnvironment::profile() const
{
    TenantProfile profile;
    profile.id = TenantProfile::environmentId();
    profile.kind = TenantProfile::Kind::Environment;
    //: Name of the implicit profile made of the SAIL_BASE_URL, SAIL_CLIENT_ID and
    //: SAIL_CLIENT_SECRET environment variables
    profile.name = tr("Environment");
    const QUrl url = parseBaseUrl(m_baseUrlText);
    profile.baseUrl = url.isValid() ? TenantProfile::normalizeBaseUrl(url) : url;
    profile.clientId = m_clientId;
    return profile;
}

QString SailEnvironment::problem() const
{
    if (!isSet())
        return tr("The environment variable SAIL_BASE_URL is not set.");
    QString why;
    const QUrl url = parseBaseUrl(m_baseUrlText);
    if (url.scheme().isEmpty())
        return tr("SAIL_BASE_URL must be a full URL such as https://acme.api.identitynow.com.");
    if (!isAllowedBaseUrl(url, &why))
        return tr("SAIL_BASE_URL is refused: %1").arg(why);
    if (m_clientId.isEmpty())
        return tr("SAIL_BASE_URL is set but SAIL_CLIENT_ID is not.");
    if (m_clientSecret.isEmpty())
        return tr("SAIL_BASE_URL is set but SAIL_CLIENT_SECRET is not.");
    return {};
}

} // namespace isc
