// When the pipeline repeats a call and how long it waits: Retry-After in both forms, the
// classification of Qt's network errors, and the jittered exponential backoff.
#include "net/journalentry.h"
#include "net/retrypolicy.h"

#include <QLocale>
#include <QtTest>

using namespace isc;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfter_data();
    void retryAfter();
    void classifiesNetworkErrors();
    void backoffGrowsWithinBounds();
    void curlQuotesForAShell();
};

void TestRetryPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    QTest::newRow("seconds") << QByteArray("12") << 12;
    QTest::newRow("spaces") << QByteArray(" 3 ") << 3;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("negative") << QByteArray("-4") << 0;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("imf-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << 30;
    QTest::newRow("rfc2822 offset") << QByteArray("Wed, 21 Oct 2015 09:29:00 +0200") << 60;
    QTest::newRow("past date") << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << 0;
    QTest::newRow("huge") << QByteArray("999999999") << 24 * 3600;
}

void TestRetryPolicy::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
    QCOMPARE(retry::parseRetryAfter(value, now), seconds);
}

void TestRetryPolicy::classifiesNetworkErrors()
{
    QVERIFY(retry::isNetworkLevel(QNetworkReply::RemoteHostClosedError));
    QVERIFY(retry::isNetworkLevel(QNetworkReply::ProxyConnectionClosedError));
    QVERIFY(!retry::isNetworkLevel(QNetworkReply::NoError));
    QVERIFY(!retry::isNetworkLevel(QNetworkReply::ContentNotFoundError));
    QVERIFY(!retry::isNetworkLevel(QNetworkReply::InternalServerError));

    QVERIFY(retry::isTransient(QNetworkReply::RemoteHostClosedError));
    QVERIFY(retry::isTransient(QNetworkReply::ContentReSendError));
    QVERIFY(!retry::isTransient(QNetworkReply::SslHandshakeFailedError)); // never retried
    QVERIFY(!retry::isTransient(QNetworkReply::HostNotFoundError));

    QVERIFY(retry::nothingWasSent(QNetworkReply::ConnectionRefusedError));
    QVERIFY(!retry::nothingWasSent(QNetworkReply::RemoteHostClosedError));
    QVERIFY(!retry::nothingWasSent(QNetworkReply::ContentReSendError));
}

void TestRetryPolicy::backoffGrowsWithinBounds()
{
    QSet<int> seen;
    for (int retry = 0; retry < 8; ++retry) {
        const int step = qMin(8000, 500 << retry);
        for (int i = 0; i < 50; ++i) {
            const int delay = retry::backoffDelayMs(retry, 500, 8000);
            QVERIFY2(delay >= step / 2 && delay <= step, qPrintable(QString::number(delay)));
            seen.insert(delay);
        }
    }
    QVERIFY(seen.size() > 20); // jittered, not a fixed schedule
    QVERIFY(retry::backoffDelayMs(100, 500, 8000) <= 8000); // no overflow
}

void TestRetryPolicy::curlQuotesForAShell()
{
    JournalEntry entry;
    entry.method = "POST";
    entry.url =
        QUrl(QStringLiteral("https://acme.api.identitynow.com/v2024/connector-customizers"));
    entry.contentType = "application/json";
    entry.acceptLanguage = "de";
    entry.requestBody = R"({"name":"it's $HOME `x`"})";
    const QString curl = toCurl(entry);
    QVERIFY(curl.startsWith(QLatin1String(
        "curl -sS -X POST 'https://acme.api.identitynow.com/v2024/connector-customizers'")));
    QVERIFY(curl.contains(QLatin1String("-H \"Authorization: Bearer $ISC_ACCESS_TOKEN\"")));
    QVERIFY(curl.contains(QLatin1String("-H 'Accept-Language: de'")));
    // Single quotes: nothing in the body is expanded by the shell.
    QVERIFY(curl.contains(QLatin1String(R"(--data-raw '{"name":"it'\''s $HOME `x`"}')")));

    JournalEntry token;
    token.method = "POST";
    token.url = QUrl(QStringLiteral("https://acme.api.identitynow.com/oauth/token"));
    token.authenticated = false;
    token.contentType = "application/x-www-form-urlencoded";
    token.requestBody =
        "grant_type=client_credentials&client_id=a$b&client_secret=$SAIL_CLIENT_SECRET";
    const QString tokenCurl = toCurl(token);
    QVERIFY(!tokenCurl.contains(QLatin1String("Authorization")));
    // Double quotes expand exactly the placeholder, and nothing else.
    QVERIFY2(
        tokenCurl.contains(QLatin1String(
            "--data-raw "
            "\"grant_type=client_credentials&client_id=a\\$b&client_secret=$SAIL_CLIENT_SECRET\"")),
        qPrintable(tokenCurl));

    JournalEntry upload;
    upload.method = "POST";
    upload.url = QUrl(QStringLiteral("https://x.example/v2024/connector-customizers/1/versions"));
    upload.contentType = "application/zip";
    upload.uploadFile = QStringLiteral("/tmp/my connector.zip");
    QVERIFY(toCurl(upload).contains(QLatin1String("--data-binary @'/tmp/my connector.zip'")));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
