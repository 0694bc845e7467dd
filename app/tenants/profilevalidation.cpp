#include "profilevalidation.h"

#include "base/apilocale.h"
#include "net/connection.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace isc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("isc::ProfileValidation", text);
}

// The names a Tenant profile may not take: those of the built-ins, in English and in the
// current language, so `--profile Sandbox` can never be ambiguous.
bool isReservedName(const QString &name)
{
    const QString sandboxName = TenantProfile::sandbox().name;
    const QString environmentName =
        QCoreApplication::translate("isc::SailEnvironment", "Environment");
    for (const QString &reserved :
         {QStringLiteral("Sandbox"), QStringLiteral("Environment"), sandboxName, environmentName}) {
        if (name.compare(reserved, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

bool ProfileValidation::isValid() const
{
    for (const Issue &issue : issues) {
        if (issue.severity == Severity::Error)
            return false;
    }
    return true;
}

bool ProfileValidation::hasIssue(Field field, Severity severity) const
{
    for (const Issue &issue : issues) {
        if (issue.field == field && issue.severity == severity)
            return true;
    }
    return false;
}

QStringList ProfileValidation::errors() const
{
    QStringList out;
    for (const Issue &issue : issues) {
        if (issue.severity == Severity::Error)
            out.append(issue.message);
    }
    return out;
}

QStringList ProfileValidation::warnings() const
{
    QStringList out;
    for (const Issue &issue : issues) {
        if (issue.severity == Severity::Warning)
            out.append(issue.message);
    }
    return out;
}

QString ProfileValidation::firstError() const
{
    const QStringList all = errors();
    return all.isEmpty() ? QString() : all.constFirst();
}

bool ProfileValidation::isGuidLike(const QString &clientId)
{
    static const QRegularExpression plain(QStringLiteral("^[0-9A-Fa-f]{32}$"));
    static const QRegularExpression dashed(QStringLiteral(
        "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    return plain.match(clientId).hasMatch() || dashed.match(clientId).hasMatch();
}

ProfileValidation ProfileValidation::validate(const TenantProfile &profile,
                                              const QList<TenantProfile> &existing)
{
    ProfileValidation out;
    const auto add = [&out](Field field, Severity severity, const QString &message) {
        out.issues.append(Issue{field, severity, message});
    };

    const QString name = profile.name.trimmed();
    if (name.isEmpty()) {
        add(Field::Name, Severity::Error, tr("Enter a name for the profile."));
    } else if (isReservedName(name)) {
        add(Field::Name, Severity::Error,
            tr("The name \"%1\" is reserved for a built-in profile; choose another one.")
                .arg(name));
    } else {
        for (const TenantProfile &other : existing) {
            if (other.id != profile.id &&
                other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                add(Field::Name, Severity::Error,
                    tr("A profile named \"%1\" already exists; choose another name.").arg(name));
                break;
            }
        }
    }

    if (profile.baseUrl.isEmpty()) {
        add(Field::BaseUrl, Severity::Error,
            tr("Enter the API base URL, e.g. https://acme.api.identitynow.com."));
    } else {
        QString why;
        if (!isAllowedBaseUrl(profile.baseUrl, &why)) {
            add(Field::BaseUrl, Severity::Error, why);
        } else {
            const QString host = profile.baseUrl.host().toLower();
            const QLatin1String uiDomain(".identitynow.com");
            if (host.endsWith(uiDomain) && !host.endsWith(QLatin1String(".api.identitynow.com"))) {
                const QString tenant = host.left(host.size() - uiDomain.size());
                add(Field::BaseUrl, Severity::Warning,
                    tr("This looks like the address of the web interface; the API of this "
                       "tenant is usually https://%1.api.identitynow.com.")
                        .arg(tenant));
            }
        }
    }

    const QString clientId = profile.clientId.trimmed();
    if (clientId.isEmpty()) {
        // Allowed so that an import (the sail CLI keeps client ids in its keyring) can be
        // completed later; the resolver refuses to connect without one.
        add(Field::ClientId, Severity::Warning,
            tr("Enter the client ID of a personal access token; the profile cannot connect "
               "without one."));
    } else if (!isGuidLike(clientId)) {
        add(Field::ClientId, Severity::Warning,
            tr("This does not look like the client ID of a personal access token (32 "
               "hexadecimal digits, or 36 characters with dashes); check that it is not the "
               "secret."));
    }

    if (!profile.apiLocale.isEmpty() && !isApiLocale(profile.apiLocale)) {
        add(Field::ApiLocale, Severity::Error,
            tr("\"%1\" is not a language the API offers; choose one of: %2.")
                .arg(profile.apiLocale, apiLocales().join(QLatin1String(", "))));
    }
    return out;
}

} // namespace isc
