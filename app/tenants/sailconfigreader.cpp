#include "sailconfigreader.h"

#include "net/connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <yaml-cpp/yaml.h>

namespace isc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("isc::SailConfigReader", text);
}

// A sail configuration is a few kilobytes; anything far larger is not one.
constexpr qint64 maximumFileSize = 1024 * 1024;

QString toQString(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The value of `key` in a map, matching keys ignoring case as viper does; a null node when
// `map` is not a map or has no such key.
YAML::Node child(const YAML::Node &map, const char *key)
{
    if (!map.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    const QString wanted = QString::fromLatin1(key);
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it->first.IsScalar() &&
            toQString(it->first.Scalar()).compare(wanted, Qt::CaseInsensitive) == 0)
            return it->second;
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

// The text of a scalar child, trimmed; empty for anything else (a map, a list, nothing).
QString text(const YAML::Node &map, const char *key)
{
    const YAML::Node node = child(map, key);
    return node.IsDefined() && node.IsScalar() ? toQString(node.Scalar()).trimmed() : QString();
}

// https://acme.identitynow.com -> https://acme.api.identitynow.com (the SailPoint domains
// only: a vanity UI address says nothing about its API address).
QUrl apiUrlFromTenantUrl(const QUrl &tenantUrl)
{
    const QString host = tenantUrl.host().toLower();
    for (const QLatin1String domain :
         {QLatin1String(".identitynow.com"), QLatin1String(".identitynow-demo.com")}) {
        if (!host.endsWith(domain))
            continue;
        const QString tenant = host.left(host.size() - domain.size());
        if (tenant.isEmpty() || tenant.contains(u'.'))
            return {};
        QUrl api;
        api.setScheme(QStringLiteral("https"));
        api.setHost(tenant + QLatin1String(".api") + domain);
        return api;
    }
    return {};
}

} // namespace

QList<TenantProfile> SailConfigReader::Result::profiles() const
{
    QList<TenantProfile> out;
    for (const Environment &environment : environments) {
        TenantProfile profile;
        profile.name = environment.name;
        profile.baseUrl = environment.baseUrl;
        profile.clientId = environment.clientId;
        out.append(profile);
    }
    return out;
}

QString SailConfigReader::defaultPath()
{
    return QDir::homePath() + QLatin1String("/.sailpoint/config.yaml");
}

SailConfigReader::Result SailConfigReader::readFile(const QString &path)
{
    Result result;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("There is no sail CLI configuration at %1.").arg(shown);
        return result;
    }
    if (info.size() > maximumFileSize) {
        result.error = tr("%1 is too large to be a sail CLI configuration.").arg(shown);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1 cannot be read: %2").arg(shown, file.errorString());
        return result;
    }
    return parse(file.read(maximumFileSize), shown);
}

SailConfigReader::Result SailConfigReader::parse(const QByteArray &yaml, const QString &sourceName)
{
    Result result;
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        if (e.mark.is_null()) {
            result.error = tr("%1 is not valid YAML: %2").arg(sourceName, toQString(e.msg));
            return result;
        }
        //: %1 a file, %2 and %3 numbers, %4 the parser's message (English)
        result.error = tr("%1 is not valid YAML (line %2, column %3): %4")
                           .arg(sourceName)
                           .arg(e.mark.line + 1)
                           .arg(e.mark.column + 1)
                           .arg(toQString(e.msg));
        return result;
    } catch (const std::exception &e) {
        result.error = tr("%1 is not valid YAML: %2").arg(sourceName, QString::fromUtf8(e.what()));
        return result;
    }

    // Walking the tree cannot throw as written (every access checks the node type), but a
    // conversion missed here must still not take the console down.
    try {
        if (root.IsNull() || !root.IsDefined()) {
            result.error = tr("%1 is empty.").arg(sourceName);
            return result;
        }
        if (!root.IsMap()) {
            result.error = tr("%1 is not a sail CLI configuration (its top level is not a map).")
                               .arg(sourceName);
            return result;
        }
        result.activeEnvironment = text(root, "activeenvironment");

        const auto addEnvironment = [&result](const QString &name, const YAML::Node &node) {
            Environment environment;
            environment.name = name;
            environment.tenantUrl = QUrl(text(node, "tenanturl"), QUrl::StrictMode);
            QString baseUrlText = text(node, "baseurl");
            if (baseUrlText.isEmpty())
                baseUrlText = text(node, "base_url");
            QUrl baseUrl(baseUrlText, QUrl::StrictMode);
            if (baseUrlText.isEmpty() && environment.tenantUrl.isValid())
                baseUrl = apiUrlFromTenantUrl(environment.tenantUrl);
            if (baseUrl.isEmpty()) {
                result.warnings.append(
                    tr("The environment \"%1\" has no base URL; it was left out.").arg(name));
                return;
            }
            QString why;
            if (!isAllowedBaseUrl(baseUrl, &why)) {
                result.warnings.append(
                    tr("The environment \"%1\" was left out: %2").arg(name, why));
                return;
            }
            environment.baseUrl = TenantProfile::normalizeBaseUrl(baseUrl);
            // Only the client id: `clientsecret` and the cached tokens are never read.
            environment.clientId = text(child(node, "pat"), "clientid");
            if (environment.clientId.isEmpty())
                environment.clientId = text(node, "clientid");
            environment.active = name.compare(result.activeEnvironment, Qt::CaseInsensitive) == 0;
            result.environments.append(environment);
        };

        const YAML::Node environments = child(root, "environments");
        if (environments.IsDefined() && !environments.IsNull()) {
            if (!environments.IsMap()) {
                result.error = tr("In %1, \"environments\" is not a map of named environments.")
                                   .arg(sourceName);
                return result;
            }
            for (auto it = environments.begin(); it != environments.end(); ++it) {
                const QString name =
                    it->first.IsScalar() ? toQString(it->first.Scalar()).trimmed() : QString();
                if (name.isEmpty()) {
                    result.warnings.append(tr("An environment without a name was left out."));
                    continue;
                }
                if (!it->second.IsMap()) {
                    result.warnings.append(
                        tr("The environment \"%1\" is not a map; it was left out.").arg(name));
                    continue;
                }
                addEnvironment(name, it->second);
            }
        } else if (!text(root, "baseurl").isEmpty() || !text(root, "base_url").isEmpty()) {
            // The CLI before named environments kept one tenant at the top level.
            addEnvironment(QStringLiteral("default"), root);
            if (!result.environments.isEmpty())
                result.environments.last().active = true;
        }
    } catch (const std::exception &e) {
        result.environments.clear();
        result.error = tr("%1 could not be read: %2").arg(sourceName, QString::fromUtf8(e.what()));
        return result;
    }

    if (result.environments.isEmpty() && result.error.isEmpty()) {
        result.error = result.warnings.isEmpty()
            ? tr("%1 has no environments.").arg(sourceName)
            : tr("%1 has no usable environment.").arg(sourceName);
    }
    return result;
}

} // namespace isc
