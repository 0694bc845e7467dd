// The isc-sandbox command line, started by hand (plain QProcess, not SandboxProcess): the
// exact "listening on" line, --help, argument errors, demo and environment clients, and
// --data persistence across restarts.
#include "httpclient.h"
#include "sandbox.h"
#include "testsupport.h"
#include "zipbuilder.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace isc::test;

class TestSandboxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void version();
    void listeningLineIsExact();
    void fixedPort();
    void portInUseFails();
    void demoClientWhenNoneIsGiven();
    void clientsFromTheEnvironment();
    void badArguments_data();
    void badArguments();
    void dataPersistsAcrossRestarts();
    void unreadableDataIsNotOverwritten();

private:
    struct Child
    {
        std::unique_ptr<QProcess> process;
        QStringList lines; // stdout up to the listening line
        QUrl baseUrl;
    };
    // Starts isc-sandbox and reads stdout up to the listening line.
    static Child launch(const QStringList &arguments, const QString &clients);
    static QString tokenFor(const QUrl &baseUrl, const QString &id, const QString &secret);
};

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

const QRegularExpression
    ListeningLine(q("^ISC sandbox listening on http://127\\.0\\.0\\.1:(\\d+)$"));

} // namespace

TestSandboxCli::Child TestSandboxCli::launch(const QStringList &arguments, const QString &clients)
{
    Child child;
    child.process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(q("ISC_SANDBOX_CLIENTS"));
    if (!clients.isNull())
        environment.insert(q("ISC_SANDBOX_CLIENTS"), clients);
    child.process->setProcessEnvironment(environment);
    child.process->start(sandboxProgram(), arguments);
    if (!child.process->waitForStarted(30000))
        return child;
    QByteArray buffer;
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (!buffer.contains('\n') &&
            !child.process->waitForReadyRead(int(deadline.remainingTime())))
            break;
        buffer += child.process->readAllStandardOutput();
        qsizetype newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(buffer.left(newline));
            buffer.remove(0, newline + 1);
            child.lines.append(line);
            const QRegularExpressionMatch match = ListeningLine.match(line);
            if (match.hasMatch()) {
                child.baseUrl = QUrl(line.section(QLatin1Char(' '), -1));
                return child;
            }
        }
    }
    return child;
}

QString TestSandboxCli::tokenFor(const QUrl &baseUrl, const QString &id, const QString &secret)
{
    QNetworkAccessManager network;
    QUrl url = baseUrl;
    url.setPath(q("/oauth/token"));
    url.setQuery(encodeQuery({{q("grant_type"), q("client_credentials")},
                              {q("client_id"), id},
                              {q("client_secret"), secret}}),
                 QUrl::StrictMode);
    const HttpResult result = sendRequest(network, QNetworkRequest(url), "POST", QByteArray(""));
    return result.object().value(QLatin1String("access_token")).toString();
}

void TestSandboxCli::help()
{
    QProcess process;
    process.start(sandboxProgram(), {q("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *option : {"--listen", "--port", "--client", "--connectors", "--latency",
                               "--jitter", "--fail-rate", "--token-lifetime", "--rate-limit",
                               "--data", "--help", "ISC_SANDBOX_CLIENTS", "/__sandbox/faults"})
        QVERIFY2(text.contains(QLatin1String(option)), option);
}

void TestSandboxCli::version()
{
    QProcess process;
    process.start(sandboxProgram(), {q("--version")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("isc-sandbox "));
}

void TestSandboxCli::listeningLineIsExact()
{
    const Child child = launch({}, q("one:secret-one"));
    QVERIFY2(child.baseUrl.isValid(), qPrintable(child.lines.join(QLatin1Char('\n'))));
    // With a client given, the listening line is the only output.
    QCOMPARE(child.lines.size(), 1);
    QVERIFY(ListeningLine.match(child.lines.first()).hasMatch());
    QVERIFY(!tokenFor(child.baseUrl, q("one"), q("secret-one")).isEmpty());
}

void TestSandboxCli::fixedPort()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed again: the sandbox may take it (a small race with other programs)
    const Child child = launch({q("--port"), QString::number(port)}, q("a:b"));
    QVERIFY2(child.baseUrl.isValid(), qPrintable(child.lines.join(QLatin1Char('\n'))));
    QCOMPARE(child.baseUrl.port(), int(port));
}

void TestSandboxCli::portInUseFails()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    QProcess process;
    process.start(sandboxProgram(), {q("--port"), QString::number(occupant.serverPort())});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("cannot listen"));
    QVERIFY(!process.readAllStandardOutput().contains("listening on"));
}

void TestSandboxCli::demoClientWhenNoneIsGiven()
{
    const Child child = launch({}, QString());
    QVERIFY2(child.baseUrl.isValid(), qPrintable(child.lines.join(QLatin1Char('\n'))));
    QCOMPARE(child.lines.size(), 3);
    const QRegularExpression idLine(q("^Demo client id: ([0-9a-f]{32})$"));
    const QRegularExpression secretLine(q("^Demo client secret: ([0-9a-f]{64})$"));
    const QRegularExpressionMatch id = idLine.match(child.lines.at(0));
    const QRegularExpressionMatch secret = secretLine.match(child.lines.at(1));
    QVERIFY(id.hasMatch());
    QVERIFY(secret.hasMatch());
    QVERIFY(!tokenFor(child.baseUrl, id.captured(1), secret.captured(1)).isEmpty());
    QVERIFY(tokenFor(child.baseUrl, id.captured(1), q("wrong")).isEmpty());
}

void TestSandboxCli::clientsFromTheEnvironment()
{
    const Child child =
        launch({q("--client"), q("argv-client:argv-secret")}, q("first:secret-1,second:secret-2"));
    QVERIFY(child.baseUrl.isValid());
    QVERIFY(!tokenFor(child.baseUrl, q("first"), q("secret-1")).isEmpty());
    QVERIFY(!tokenFor(child.baseUrl, q("second"), q("secret-2")).isEmpty());
    QVERIFY(!tokenFor(child.baseUrl, q("argv-client"), q("argv-secret")).isEmpty());
    QVERIFY(tokenFor(child.baseUrl, q("first"), q("secret-2")).isEmpty());
}

void TestSandboxCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("clients");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown option")
        << QStringList{q("--frobnicate")} << q("a:b") << q("frobnicate");
    QTest::newRow("fail rate above 1")
        << QStringList{q("--fail-rate"), q("2")} << q("a:b") << q("--fail-rate");
    QTest::newRow("negative connectors")
        << QStringList{q("--connectors"), q("-5")} << q("a:b") << q("--connectors");
    QTest::newRow("port too large")
        << QStringList{q("--port"), q("70000")} << q("a:b") << q("--port");
    QTest::newRow("zero lifetime")
        << QStringList{q("--token-lifetime"), q("0")} << q("a:b") << q("--token-lifetime");
    QTest::newRow("bad listen address")
        << QStringList{q("--listen"), q("not-an-ip")} << q("a:b") << q("--listen");
    QTest::newRow("client without secret")
        << QStringList{q("--client"), q("lonely")} << q("a:b") << q("--client");
    QTest::newRow("bad environment clients")
        << QStringList() << q("no-colon-here") << q("ISC_SANDBOX_CLIENTS");
    QTest::newRow("positional argument") << QStringList{q("extra")} << q("a:b") << q("extra");
}

void TestSandboxCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, clients);
    QFETCH(QString, fragment);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(q("ISC_SANDBOX_CLIENTS"), clients);
    process.setProcessEnvironment(environment);
    process.start(sandboxProgram(), arguments);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(fragment), qPrintable(error));
    QVERIFY(!error.contains(q("secret")));
}

void TestSandboxCli::dataPersistsAcrossRestarts()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString dataFile = directory.filePath(q("sandbox.json"));
    QString customizerId;
    {
        Sandbox first;
        QVERIFY(first.start({q("--data"), dataFile}));
        QVERIFY(QFile::exists(dataFile)); // the seed is written at once
        const HttpResult created =
            first.sendJson("POST", q("/v2024/connector-customizers"),
                           QJsonDocument(QJsonObject{{QLatin1String("name"), q("survivor")}}));
        QCOMPARE(created.status, 201);
        customizerId = created.object().value(QLatin1String("id")).toString();
        Sandbox::Call upload;
        upload.method = "POST";
        upload.path = q("/v2024/connector-customizers/") + customizerId + q("/versions");
        upload.body = makeZip({{q("index.js"), "x"}});
        upload.contentType = "application/zip";
        QCOMPARE(first.call(upload).status, 200);
        Sandbox::Call link;
        link.method = "PATCH";
        link.path = q("/beta/connector-instances/2c9180835d2e5168015d32f890ca1585");
        link.contentType = "application/json-patch+json";
        link.body = QJsonDocument(
                        QJsonArray{QJsonObject{{QLatin1String("op"), q("replace")},
                                               {QLatin1String("path"), q("/connectorCustomizerId")},
                                               {QLatin1String("value"), customizerId}}})
                        .toJson();
        QCOMPARE(first.call(link).status, 200);
        // A seeded customizer goes away for good.
        QCOMPARE(first.del(q("/v2024/connector-customizers/e4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8"))
                     .status,
                 204);
        QFile file(dataFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(QJsonDocument::fromJson(content).isObject());
        QVERIFY(!content.contains(first.clientSecret().toLatin1()));
    }
    Sandbox second;
    QVERIFY(second.start({q("--data"), dataFile}));
    const QJsonObject customizer =
        second.get(q("/v2024/connector-customizers/") + customizerId).object();
    QCOMPARE(customizer.value(QLatin1String("name")).toString(), q("survivor"));
    QCOMPARE(customizer.value(QLatin1String("imageVersion")).toInt(), 1);
    const QJsonObject instance =
        second.get(q("/beta/connector-instances/2c9180835d2e5168015d32f890ca1585")).object();
    QCOMPARE(instance.value(QLatin1String("connectorCustomizerId")).toString(), customizerId);
    QCOMPARE(
        second.get(q("/v2024/connector-customizers/e4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8")).status,
        404);
}

void TestSandboxCli::unreadableDataIsNotOverwritten()
{
    QTemporaryDir directory;
    const QString dataFile = directory.filePath(q("broken.json"));
    QFile file(dataFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ this is not JSON");
    file.close();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(q("ISC_SANDBOX_CLIENTS"), q("a:b"));
    process.setProcessEnvironment(environment);
    process.start(sandboxProgram(), {q("--data"), dataFile});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("broken.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{ this is not JSON"));
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
