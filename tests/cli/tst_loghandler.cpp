// LogHandler::redact(): the last line of defence that keeps secrets and tokens out of the
// command line's log on stderr.
#include "cli/loghandler.h"

#include <QtTest>

using isc::cli::LogHandler;

class TestLogHandler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redacts_data();
    void redacts();
    void registeredSecretsAreRemoved();
};

void TestLogHandler::redacts_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("secret"); // must be gone
    QTest::addColumn<QString>("kept"); // must stay
    QTest::newRow("bearer header")
        << QStringLiteral("sending Authorization: Bearer abc.def-ghi to /beta")
        << QStringLiteral("abc.def-ghi") << QStringLiteral("to /beta");
    QTest::newRow("jwt anywhere")
        << QStringLiteral("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig_nature-x expired")
        << QStringLiteral("eyJhbGciOiJIUzI1NiJ9") << QStringLiteral("expired");
    QTest::newRow("form body") << QStringLiteral("body grant_type=client_credentials&client_id=me&"
                                                 "client_secret=s3cr3t-value&x=1")
                               << QStringLiteral("s3cr3t-value") << QStringLiteral("client_id=me");
    QTest::newRow("json field") << QStringLiteral(R"({"access_token": "opaque-token-1", "a": 1})")
                                << QStringLiteral("opaque-token-1") << QStringLiteral("\"a\": 1");
    QTest::newRow("nothing secret") << QStringLiteral("GET /beta/connectors -> 200 in 12 ms")
                                    << QString() << QStringLiteral("GET /beta/connectors -> 200");
}

void TestLogHandler::redacts()
{
    QFETCH(QString, message);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString shown = LogHandler::redact(message);
    if (!secret.isEmpty()) {
        QVERIFY2(!shown.contains(secret), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("[redacted")), qPrintable(shown));
    } else {
        QCOMPARE(shown, message);
    }
    QVERIFY2(shown.contains(kept), qPrintable(shown));
}

void TestLogHandler::registeredSecretsAreRemoved()
{
    const QString secret = QStringLiteral("f00dfeedcafe4b1d");
    const QString message = QStringLiteral("echo of %1 in an error text").arg(secret);
    QVERIFY(LogHandler::redact(message).contains(secret)); // unknown yet
    LogHandler::addSecret(secret);
    QCOMPARE(LogHandler::redact(message), QStringLiteral("echo of [redacted] in an error text"));
}

QTEST_GUILESS_MAIN(TestLogHandler)
#include "tst_loghandler.moc"
