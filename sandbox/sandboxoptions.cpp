#include "sandboxoptions.h"

#include <QCommandLineParser>

#include <limits>

namespace isc::sandbox {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption listen{QStringLiteral("listen"),
                              QStringLiteral("Address to listen on (default 127.0.0.1; the "
                                             "control routes still only answer loopback peers)."),
                              QStringLiteral("ADDR")};
    QCommandLineOption port{QStringLiteral("port"),
                            QStringLiteral("Port to listen on; 0 picks a free one (default)."),
                            QStringLiteral("N")};
    QCommandLineOption client{
        QStringLiteral("client"),
        QStringLiteral("A client allowed to get tokens (repeatable). Prefer the environment "
                       "variable ISC_SANDBOX_CLIENTS=ID:SECRET[,ID:SECRET]: a command line is "
                       "visible to every user. Without any, a demo client is generated and "
                       "printed."),
        QStringLiteral("ID:SECRET")};
    QCommandLineOption connectors{
        QStringLiteral("connectors"),
        QStringLiteral("Serve exactly N released connectors: the seed catalogue, extended "
                       "deterministically when N is larger (default: the seed as is)."),
        QStringLiteral("N")};
    QCommandLineOption latency{QStringLiteral("latency"),
                               QStringLiteral("Delay every reply by MS milliseconds."),
                               QStringLiteral("MS")};
    QCommandLineOption jitter{QStringLiteral("jitter"),
                              QStringLiteral("Add a random 0..MS milliseconds to every reply."),
                              QStringLiteral("MS")};
    QCommandLineOption failRate{
        QStringLiteral("fail-rate"),
        QStringLiteral("Answer this fraction (0..1) of API calls with a random 500 or 503."),
        QStringLiteral("P")};
    QCommandLineOption tokenLifetime{QStringLiteral("token-lifetime"),
                                     QStringLiteral("Token lifetime in seconds (default 43199)."),
                                     QStringLiteral("S")};
    QCommandLineOption rateLimit{
        QStringLiteral("rate-limit"),
        QStringLiteral("Requests per client id per API version per 10 s (default 100)."),
        QStringLiteral("N")};
    QCommandLineOption data{QStringLiteral("data"),
                            QStringLiteral("Keep customizers and instances in FILE across "
                                           "restarts (written atomically)."),
                            QStringLiteral("FILE")};
    QCommandLineOption org{QStringLiteral("org"),
                           QStringLiteral("Tenant name put into tokens (default sandbox)."),
                           QStringLiteral("NAME")};
    QCommandLineOption seed{
        QStringLiteral("seed"),
        QStringLiteral("Seed of the random jitter and faults, to repeat a run (default: random)."),
        QStringLiteral("N")};
    QCommandLineOption help = QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                                 QStringLiteral("Show this help."));
    QCommandLineOption version = QCommandLineOption(
        {QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version."));

    Parser()
    {
        parser.setApplicationDescription(QStringLiteral(
            "isc-sandbox: a local emulator of the SailPoint Identity Security Cloud API paths the "
            "ISC Connector Console uses (OAuth client credentials, /beta/connectors, connector "
            "customizers and instances), with scripted faults for testing.\n\n"
            "Control routes (loopback peers only): GET/POST/DELETE /__sandbox/faults, "
            "POST /__sandbox/tokens/expire, GET/DELETE /__sandbox/requests, "
            "GET /__sandbox/state."));
        parser.addOptions({listen, port, client, connectors, latency, jitter, failRate,
                           tokenLifetime, rateLimit, data, org, seed, help, version});
    }
};

bool parseClient(const QString &text, QList<ClientCredentials> &out)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1)
        return false;
    out.append({text.left(colon).trimmed(), text.mid(colon + 1).trimmed()});
    return !out.last().id.isEmpty() && !out.last().secret.isEmpty();
}

bool parseInt(const QString &text, int minimum, int maximum, int &out)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return false;
    out = int(value);
    return true;
}

} // namespace

QString helpText()
{
    Parser p;
    return p.parser.helpText();
}

ParsedOptions parseOptions(const QStringList &arguments, const QString &clientsEnvironment)
{
    ParsedOptions result;
    Parser p;
    if (!p.parser.parse(arguments)) {
        result.error = p.parser.errorText();
        return result;
    }
    if (p.parser.isSet(p.help)) {
        result.helpRequested = true;
        return result;
    }
    if (p.parser.isSet(p.version)) {
        result.versionRequested = true;
        return result;
    }
    if (!p.parser.positionalArguments().isEmpty()) {
        result.error =
            QStringLiteral("unexpected argument '%1'").arg(p.parser.positionalArguments().first());
        return result;
    }

    SandboxOptions &o = result.options;
    auto intOption = [&](const QCommandLineOption &option, int minimum, int maximum, int &out) {
        if (!p.parser.isSet(option) || !result.error.isEmpty())
            return;
        const QString value = p.parser.value(option);
        if (!parseInt(value, minimum, maximum, out))
            result.error = QStringLiteral("--%1 takes an integer from %2 to %3, not '%4'")
                               .arg(option.names().constFirst())
                               .arg(minimum)
                               .arg(maximum)
                               .arg(value);
    };
    int port = 0;
    intOption(p.port, 0, 65535, port);
    o.port = quint16(port);
    intOption(p.connectors, 0, 10'000'000, o.connectorCount);
    intOption(p.latency, 0, 600'000, o.latencyMs);
    intOption(p.jitter, 0, 600'000, o.jitterMs);
    intOption(p.tokenLifetime, 1, 10'000'000, o.tokenLifetimeSeconds);
    intOption(p.rateLimit, 1, 100'000'000, o.rateLimit);
    int seed = 0;
    intOption(p.seed, 0, std::numeric_limits<int>::max(), seed);
    o.randomSeed = quint32(seed);
    if (!result.error.isEmpty())
        return result;

    if (p.parser.isSet(p.failRate)) {
        bool ok = false;
        o.failRate = p.parser.value(p.failRate).toDouble(&ok);
        if (!ok || o.failRate < 0 || o.failRate > 1) {
            result.error = QStringLiteral("--fail-rate takes a number from 0 to 1, not '%1'")
                               .arg(p.parser.value(p.failRate));
            return result;
        }
    }
    if (p.parser.isSet(p.listen)) {
        const QString address = p.parser.value(p.listen);
        if (address == QLatin1String("localhost"))
            o.listenAddress = QHostAddress(QHostAddress::LocalHost);
        else if (!o.listenAddress.setAddress(address)) {
            result.error = QStringLiteral("--listen takes an IP address, not '%1'").arg(address);
            return result;
        }
    }
    if (p.parser.isSet(p.data))
        o.dataFile = p.parser.value(p.data);
    if (p.parser.isSet(p.org) && !p.parser.value(p.org).trimmed().isEmpty())
        o.org = p.parser.value(p.org).trimmed();

    for (const QString &client : p.parser.values(p.client)) {
        if (!parseClient(client, o.clients)) {
            result.error = QStringLiteral("--client takes ID:SECRET");
            return result;
        }
    }
    for (const QString &client : clientsEnvironment.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!parseClient(client, o.clients)) {
            result.error = QStringLiteral("ISC_SANDBOX_CLIENTS holds ID:SECRET[,ID:SECRET]");
            return result;
        }
    }
    return result;
}

} // namespace isc::sandbox
