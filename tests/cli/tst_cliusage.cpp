// The isc-console binary's help, version and usage errors: what is printed where, and the
// exit codes, without any server.
#include "clitestsupport.h"

#include <QtTest>

using namespace isc::test;

namespace {

QStringList L(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *text : texts)
        out << QString::fromUtf8(text);
    return out;
}

} // namespace

class TestCliUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpGoesToStdout_data();
    void helpGoesToStdout();
    void version();
    void usageErrorsGoToStderr_data();
    void usageErrorsGoToStderr();
    void missingCredentialsAreAUsageError();
    void secretIsNeverAnOption();

private:
    CliHarness m_cli;
};

void TestCliUsage::initTestCase()
{
    QVERIFY(QFileInfo::exists(CliHarness::consolePath()));
}

void TestCliUsage::helpGoesToStdout_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    QTest::newRow("tool") << L({"--help"})
                          << QStringLiteral("Usage: isc-console [options] <group> <command>");
    QTest::newRow("group") << L({"instances", "--help"})
                           << QStringLiteral("Usage: isc-console [options] instances <command>");
    for (const char *command :
         {"connectors list", "customizers list", "customizers get", "customizers create",
          "customizers rename", "customizers delete", "customizers upload", "instances list",
          "instances link", "instances unlink"}) {
        const QString words = QString::fromUtf8(command);
        QTest::newRow(command) << (words.split(u' ') + L({"--help"}))
                               << QStringLiteral("Usage: isc-console ") + words + u' ';
    }
}

void TestCliUsage::helpGoesToStdout()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    const CliRun run = m_cli.run(arguments, m_cli.environment());
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.outText().startsWith(usage), run.out.constData());
    QVERIFY2(run.outText().contains(QLatin1String("Exit codes")), run.out.constData());
    QVERIFY(run.err.isEmpty());
}

void TestCliUsage::version()
{
    const CliRun run = m_cli.run({QStringLiteral("--version")}, m_cli.environment());
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.outText(), QStringLiteral("isc-console " ISC_VERSION "\n"));
    QVERIFY(run.err.isEmpty());
}

void TestCliUsage::usageErrorsGoToStderr_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown word") << L({"conectors", "list"});
    QTest::newRow("missing argument") << L({"customizers", "get"});
    QTest::newRow("unknown option") << L({"instances", "list", "--colour"});
    QTest::newRow("bad filter") << L({"connectors", "list", "--filters", "name sw"});
}

void TestCliUsage::usageErrorsGoToStderr()
{
    QFETCH(QStringList, arguments);
    const CliRun run = m_cli.run(arguments, m_cli.environment());
    QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("isc-console: "), run.err.constData());
}

void TestCliUsage::missingCredentialsAreAUsageError()
{
    const CliRun run =
        m_cli.run(L({"--base-url", "https://acme.api.identitynow.com", "customizers", "list"}),
                  m_cli.environment());
    QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(QLatin1String("SAIL_CLIENT_SECRET")), run.err.constData());
}

void TestCliUsage::secretIsNeverAnOption()
{
    // There is no option that takes a secret: argv is visible to every user.
    for (const char *option : {"--client-secret", "--secret", "--password", "--token"}) {
        const CliRun run = m_cli.run(L({"customizers", "list", option, "x"}), m_cli.environment());
        QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
    }
    const CliRun help = m_cli.run(L({"customizers", "list", "--help"}), m_cli.environment());
    QVERIFY(!help.outText().contains(QLatin1String("--client-secret")));
    QVERIFY(!help.outText().contains(QLatin1String("--secret")));
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cliusage.moc"
