#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace isc::sandbox {

struct ClientCredentials
{
    QString id;
    QString secret;
};

// Everything the command line of isc-sandbox sets (see helpText()).
struct SandboxOptions
{
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: a free port
    QList<ClientCredentials> clients; // empty: one demo client is generated and printed
    int connectorCount = -1; // -1: the seed catalogue as is; N: exactly N released connectors
    int latencyMs = 0;
    int jitterMs = 0;
    double failRate = 0; // probability of a random 500/503 on an API path
    int tokenLifetimeSeconds = 43199;
    int rateLimit = 100; // requests per client id per API version per window
    int rateWindowSeconds = 10;
    QString dataFile; // customizers and instances persist here when set
    QString org = QStringLiteral("sandbox"); // the tenant name put into tokens
    quint32 randomSeed = 0; // 0: random; else latency jitter and random faults repeat
};

struct ParsedOptions
{
    SandboxOptions options;
    bool helpRequested = false;
    bool versionRequested = false;
    QString error; // empty when the arguments are fine
};

// Parses the arguments (argv[0] first) and the ISC_SANDBOX_CLIENTS value
// ("ID:SECRET[,ID:SECRET...]"); clients from both are used.
ParsedOptions parseOptions(const QStringList &arguments, const QString &clientsEnvironment);

// The text of --help.
QString helpText();

} // namespace isc::sandbox
