#pragma once

#include "tenantprofile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace isc {

// Reads the environments of the sail CLI (~/.sailpoint/config.yaml) so they can be imported as
// tenant profiles. The file, as the CLI (viper) writes it:
//
//   activeenvironment: acme
//   authtype: pat
//   environments:
//     acme:
//       baseurl: https://acme.api.identitynow.com
//       tenanturl: https://acme.identitynow.com
//       pat:
//         clientid: 2c9180...      # older CLI versions; newer ones keep it in the keyring
//
// Only names, base URLs (from `baseurl`, else derived from `tenanturl`) and PAT client ids are
// read. Secrets and tokens (`clientsecret`, `accesstoken`, ...), which older versions kept in
// this file, are never read: the CLI's secrets live in the OS keyring and stay there. Keys
// are matched ignoring case, as viper does. A file without `environments` but with a top-level
// `baseurl` (the CLI before environments) gives one environment named "default".
class SailConfigReader
{
public:
    struct Environment
    {
        QString name; // as in the file (viper lowercases it)
        QUrl baseUrl; // normalized API base URL
        QUrl tenantUrl; // the UI address, when given
        QString clientId; // the PAT client id, when the file has it
        bool active = false; // it is the `activeenvironment`
    };

    struct Result
    {
        QList<Environment> environments; // in file order
        QString activeEnvironment; // as in the file; may name no environment
        QStringList warnings; // translated, one per environment left out and why
        QString error; // translated; set when the file could not be read at all

        bool ok() const { return error.isEmpty(); }
        // The environments as Tenant profiles (no id yet, named after the environment),
        // ready for ProfileStore::importProfiles().
        QList<TenantProfile> profiles() const;
    };

    // ~/.sailpoint/config.yaml
    static QString defaultPath();

    // A missing file, an unreadable one, malformed YAML or an unexpected structure give a
    // result with `error` set: never an exception, never a crash.
    static Result readFile(const QString &path = defaultPath());
    // `sourceName` names the file in messages.
    static Result parse(const QByteArray &yaml, const QString &sourceName);
};

} // namespace isc
