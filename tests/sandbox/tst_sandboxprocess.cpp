// SandboxProcess, the launcher the console and the tests share: it learns the address from
// the "listening on" line, keeps the secret off the command line, reports failures and
// never leaves a child behind.
#include "base/sandboxprocess.h"
#include "httpclient.h"
#include "testsupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QtTest>

#include <csignal>

using namespace isc;

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAndAnnouncesItsAddress();
    void secretStaysOffTheCommandLine();
    void fixedCredentialsAreUsed();
    void readySignalWithoutBlocking();
    void badArgumentsFail();
    void missingProgramFails();
    void stopEndsTheChild();
    void unexpectedExitIsReported();
    void locateProgramHonoursTheEnvironment();
};

namespace {

SandboxProcess::Options optionsWith(const QStringList &arguments)
{
    SandboxProcess::Options options;
    options.program = test::sandboxProgram();
    options.arguments = arguments;
    return options;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && QFile::exists(QStringLiteral("/proc/%1").arg(pid));
}

} // namespace

void TestSandboxProcess::startsAndAnnouncesItsAddress()
{
    SandboxProcess process;
    process.start(optionsWith({}));
    QVERIFY2(process.waitForReady(60000), qPrintable(process.errorString()));
    QCOMPARE(process.state(), SandboxProcess::State::Ready);
    QCOMPARE(process.baseUrl().scheme(), QStringLiteral("http"));
    QCOMPARE(process.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(process.baseUrl().port() > 0);
    QCOMPARE(process.clientId().size(), 32);
    QCOMPARE(process.clientSecret().size(), 64);

    // The announced address serves, and the generated credentials are accepted.
    QNetworkAccessManager network;
    QUrl tokenUrl = process.baseUrl();
    tokenUrl.setPath(QStringLiteral("/oauth/token"));
    QNetworkRequest request(tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
    const test::HttpResult result = test::sendRequest(
        network, request, "POST",
        test::encodeQuery({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                           {QStringLiteral("client_id"), process.clientId()},
                           {QStringLiteral("client_secret"), process.clientSecret()}})
            .toLatin1());
    QCOMPARE(result.status, 200);
    QVERIFY(!result.object().value(QLatin1String("access_token")).toString().isEmpty());
}

void TestSandboxProcess::secretStaysOffTheCommandLine()
{
    SandboxProcess process;
    process.start(optionsWith({QStringLiteral("--latency"), QStringLiteral("0")}));
    QVERIFY2(process.waitForReady(60000), qPrintable(process.errorString()));
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process.processId()));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    const QByteArray arguments = cmdline.readAll();
    QVERIFY(arguments.contains("--latency"));
    QVERIFY(!arguments.contains(process.clientSecret().toLatin1()));
    QVERIFY(!arguments.contains(process.clientId().toLatin1()));
}

void TestSandboxProcess::fixedCredentialsAreUsed()
{
    SandboxProcess::Options options = optionsWith({});
    options.clientId = QStringLiteral("fixed-client");
    options.clientSecret = QStringLiteral("fixed-secret");
    SandboxProcess process;
    process.start(options);
    QVERIFY2(process.waitForReady(60000), qPrintable(process.errorString()));
    QCOMPARE(process.clientId(), QStringLiteral("fixed-client"));
    QCOMPARE(process.clientSecret(), QStringLiteral("fixed-secret"));
}

void TestSandboxProcess::readySignalWithoutBlocking()
{
    SandboxProcess process;
    QSignalSpy ready(&process, &SandboxProcess::ready);
    QSignalSpy failed(&process, &SandboxProcess::failed);
    process.start(optionsWith({}));
    QCOMPARE(process.state(), SandboxProcess::State::Starting);
    QVERIFY(ready.wait(60000));
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.first().first().toUrl(), process.baseUrl());
    QCOMPARE(failed.count(), 0);
}

void TestSandboxProcess::badArgumentsFail()
{
    SandboxProcess process;
    QSignalSpy failed(&process, &SandboxProcess::failed);
    process.start(optionsWith({QStringLiteral("--rate-limit"), QStringLiteral("lots")}));
    QVERIFY(!process.waitForReady(60000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(process.state(), SandboxProcess::State::NotRunning);
    // The sandbox's own complaint reaches the message.
    QVERIFY2(process.errorString().contains(QLatin1String("--rate-limit")),
             qPrintable(process.errorString()));
    QVERIFY(process.errorString().contains(QLatin1String("2")));
}

void TestSandboxProcess::missingProgramFails()
{
    SandboxProcess::Options options;
    options.program = QStringLiteral("/nonexistent/isc-sandbox");
    SandboxProcess process;
    QSignalSpy failed(&process, &SandboxProcess::failed);
    process.start(options);
    QVERIFY(!process.waitForReady(10000));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(!process.errorString().isEmpty());
}

void TestSandboxProcess::stopEndsTheChild()
{
    qint64 pid = 0;
    {
        SandboxProcess process;
        process.start(optionsWith({}));
        QVERIFY2(process.waitForReady(60000), qPrintable(process.errorString()));
        pid = process.processId();
        QVERIFY(processAlive(pid));
        process.stop();
        QCOMPARE(process.state(), SandboxProcess::State::NotRunning);
        QVERIFY(!processAlive(pid));

        // A second start after a stop works and gives a new child.
        process.start(optionsWith({}));
        QVERIFY2(process.waitForReady(60000), qPrintable(process.errorString()));
        pid = process.processId();
        QVERIFY(processAlive(pid));
    } // the destructor stops it
    QVERIFY(!processAlive(pid));
}

void TestSandboxProcess::unexpectedExitIsReported()
{
    SandboxProcess process;
    QSignalSpy failed(&process, &SandboxProcess::failed);
    process.start(optionsWith({}));
    QVERIFY2(process.waitForReady(60000), qPrintable(process.errorString()));
    QVERIFY(::kill(pid_t(process.processId()), SIGKILL) == 0);
    QVERIFY(failed.wait(10000));
    QCOMPARE(process.state(), SandboxProcess::State::NotRunning);
    QVERIFY(!process.errorString().isEmpty());
}

void TestSandboxProcess::locateProgramHonoursTheEnvironment()
{
    const QByteArray saved = qgetenv("ISC_SANDBOX_PATH");
    qputenv("ISC_SANDBOX_PATH", test::sandboxProgram().toLocal8Bit());
    QCOMPARE(SandboxProcess::locateProgram(), test::sandboxProgram());
    qputenv("ISC_SANDBOX_PATH", "/nonexistent/isc-sandbox");
    QVERIFY(SandboxProcess::locateProgram() != QLatin1String("/nonexistent/isc-sandbox"));
    qputenv("ISC_SANDBOX_PATH", saved);
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
