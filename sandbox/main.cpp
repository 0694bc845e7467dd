// isc-sandbox: the local emulator of the ISC API paths the console uses. See --help.
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

namespace {

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("isc-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ISC_VERSION));

    isc::sandbox::ParsedOptions parsed = isc::sandbox::parseOptions(
        QCoreApplication::arguments(), qEnvironmentVariable("ISC_SANDBOX_CLIENTS"));
    if (parsed.helpRequested) {
        printLine(stdout, isc::sandbox::helpText());
        return 0;
    }
    if (parsed.versionRequested) {
        printLine(stdout, QStringLiteral("isc-sandbox %1").arg(QStringLiteral(ISC_VERSION)));
        return 0;
    }
    if (!parsed.error.isEmpty()) {
        printLine(stderr,
                  QStringLiteral("isc-sandbox: %1\nTry 'isc-sandbox --help'.").arg(parsed.error));
        return 2;
    }

    isc::sandbox::SandboxOptions &options = parsed.options;
    if (options.clients.isEmpty()) {
        // Someone started it by hand: make a client and tell them.
        options.clients.append({randomHex(16), randomHex(32)});
        printLine(stdout, QStringLiteral("Demo client id: %1").arg(options.clients.first().id));
        printLine(stdout,
                  QStringLiteral("Demo client secret: %1").arg(options.clients.first().secret));
    }

    isc::sandbox::SandboxServer server(options);
    if (server.start() == 0) {
        printLine(stderr,
                  QStringLiteral("isc-sandbox: cannot listen on %1 port %2: %3")
                      .arg(options.listenAddress.toString())
                      .arg(options.port)
                      .arg(server.errorString()));
        return 1;
    }
    printLine(stdout,
              QStringLiteral("ISC sandbox listening on %1")
                  .arg(server.baseUrl().toString(QUrl::FullyEncoded)));
    return app.exec();
}
