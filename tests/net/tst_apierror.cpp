// ApiError: every documented error body shape is read, and describe() gives one clear
// sentence for every kind (with what the server said, never an empty string).
#include "net/apierror.h"

#include <QNetworkReply>
#include <QtTest>

using namespace isc;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsServerBodies_data();
    void readsServerBodies();
    void prefersTheRequestedLocale();
    void describesEveryKind_data();
    void describesEveryKind();
    void writeOutcomeIsSaid();
    void contextPrefixesTheSentence();
};

void TestApiError::readsServerBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detailCode");
    QTest::addColumn<QString>("trackingId");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("serverMessage");

    QTest::newRow("ErrorResponseDto")
        << QByteArray(R"({"detailCode":"400.1 Bad Request Content",
            "trackingId":"e7eab60924f64aa284175b9fa3309599",
            "messages":[{"locale":"en-US","localeOrigin":"DEFAULT","text":"The request was syntactically correct but its content is semantically invalid."}],
            "causes":[{"locale":"en-US","localeOrigin":"DEFAULT","text":"filter field 'x' is not supported"}]})")
        << QStringLiteral("400.1 Bad Request Content")
        << QStringLiteral("e7eab60924f64aa284175b9fa3309599")
        << QStringLiteral(
               "The request was syntactically correct but its content is semantically invalid.")
        << QStringLiteral("filter field 'x' is not supported") << QString();
    QTest::newRow("401 string") << QByteArray(R"({"error":"JWT validation failed: JWT is expired"})")
                                << QString() << QString() << QString() << QString()
                                << QStringLiteral("JWT validation failed: JWT is expired");
    QTest::newRow("401 object")
        << QByteArray(R"({"error":{"message":"JWT validation failed: JWT is expired"}})")
        << QString() << QString() << QString() << QString()
        << QStringLiteral("JWT validation failed: JWT is expired");
    QTest::newRow("429 string") << QByteArray(R"({"message":" Rate Limit Exceeded "})")
                                << QString() << QString() << QString() << QString()
                                << QStringLiteral("Rate Limit Exceeded");
    QTest::newRow("429 object") << QByteArray(R"({"message":{"code":429,"why":"slow down"}})")
                                << QString() << QString() << QString() << QString()
                                << QStringLiteral(R"({"code":429,"why":"slow down"})");
    QTest::newRow("oauth") << QByteArray(R"({"error":"invalid_client","error_description":"Bad credentials"})")
                           << QString() << QString() << QString() << QString()
                           << QStringLiteral("invalid_client: Bad credentials");
    QTest::newRow("text") << QByteArray("  Bad client credentials\n") << QString() << QString()
                          << QString() << QString() << QStringLiteral("Bad client credentials");
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << QString()
                          << QString() << QString() << QString() << QString();
    QTest::newRow("truncated json") << QByteArray(R"({"detailCode":"500.0 Int)") << QString()
                                    << QString() << QString() << QString()
                                    << QStringLiteral(R"({"detailCode":"500.0 Int)");
    QTest::newRow("empty") << QByteArray() << QString() << QString() << QString() << QString()
                           << QString();
}

void TestApiError::readsServerBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detailCode);
    QFETCH(QString, trackingId);
    QFETCH(QString, message);
    QFETCH(QString, cause);
    QFETCH(QString, serverMessage);

    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 400;
    error.readServerBody(body);
    QCOMPARE(error.detailCode, detailCode);
    QCOMPARE(error.trackingId, trackingId);
    QCOMPARE(error.messages.value(0), message);
    QCOMPARE(error.causes.value(0), cause);
    QCOMPARE(error.serverMessage, serverMessage);
    const QString sentence = describe(error);
    QVERIFY(!sentence.isEmpty());
    if (!message.isEmpty())
        QVERIFY(sentence.contains(message));
    if (!serverMessage.isEmpty())
        QVERIFY(sentence.contains(serverMessage));
}

void TestApiError::prefersTheRequestedLocale()
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 404;
    error.readServerBody(R"({"messages":[
        {"locale":"en-US","localeOrigin":"DEFAULT","text":"Not found"},
        {"locale":"de-DE","localeOrigin":"REQUEST","text":"Nicht gefunden"}]})",
                         QStringLiteral("de"));
    QCOMPARE(error.messages, (QStringList{QStringLiteral("Nicht gefunden"),
                                          QStringLiteral("Not found")}));
    QVERIFY(describe(error).contains(QLatin1String("Nicht gefunden")));
}

void TestApiError::describesEveryKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mustContain");
    using K = ApiError::Kind;
    QTest::newRow("cancelled") << int(K::Cancelled) << 0 << QStringLiteral("cancelled");
    QTest::newRow("timeout") << int(K::Timeout) << 0 << QStringLiteral("30");
    QTest::newRow("network") << int(K::Network) << 0 << QStringLiteral("tenant.example");
    QTest::newRow("tls") << int(K::Tls) << 0 << QStringLiteral("self-signed");
    QTest::newRow("redirect") << int(K::Redirect) << 0 << QStringLiteral("base URL");
    QTest::newRow("http 403") << int(K::Http) << 403 << QStringLiteral("403");
    QTest::newRow("http 404") << int(K::Http) << 404 << QStringLiteral("404");
    QTest::newRow("http 500") << int(K::Http) << 500 << QStringLiteral("500");
    QTest::newRow("http 418") << int(K::Http) << 418 << QStringLiteral("418");
    QTest::newRow("unauthorized") << int(K::Unauthorized) << 401 << QStringLiteral("401");
    QTest::newRow("rate limited") << int(K::RateLimited) << 429 << QStringLiteral("12");
    QTest::newRow("invalid reply") << int(K::InvalidReply) << 200 << QStringLiteral("Item 3");
    QTest::newRow("read-only") << int(K::ReadOnly) << 0 << QStringLiteral("read-only");
    QTest::newRow("invalid input") << int(K::InvalidInput) << 0 << QStringLiteral("Item 3");
}

void TestApiError::describesEveryKind()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, mustContain);
    ApiError error;
    error.kind = ApiError::Kind(kind);
    error.httpStatus = status;
    error.url = QUrl(QStringLiteral("https://tenant.example/beta/connectors"));
    error.timeoutSeconds = 30;
    error.retryAfterSeconds = 12;
    error.networkError = QNetworkReply::ConnectionRefusedError;
    error.detail = error.kind == ApiError::Kind::Tls
        ? QStringLiteral("The certificate is self-signed, and untrusted")
        : QStringLiteral("Item 3: field \"name\" should be a string");
    const QString sentence = describe(error);
    QVERIFY2(sentence.contains(mustContain), qPrintable(sentence));
    QVERIFY(sentence.endsWith(u'.'));
    QVERIFY(!kindName(error.kind).isEmpty());
    QVERIFY(describe(ApiError()).isEmpty());
}

void TestApiError::writeOutcomeIsSaid()
{
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.networkError = QNetworkReply::RemoteHostClosedError;
    const QString plain = describe(error);
    error.writeOutcome = ApiError::WriteOutcome::Unknown;
    const QString unknown = describe(error);
    error.writeOutcome = ApiError::WriteOutcome::NotApplied;
    const QString notApplied = describe(error);
    QVERIFY(unknown.startsWith(plain));
    QVERIFY(notApplied.startsWith(plain));
    QVERIFY(unknown != notApplied && unknown != plain && notApplied != plain);
    QVERIFY(notApplied.contains(QLatin1String("safe to try again")));
}

void TestApiError::contextPrefixesTheSentence()
{
    ApiError error = ApiError::cancelled();
    error.context = QStringLiteral("Could not load the connectors");
    QVERIFY(describe(error).startsWith(QLatin1String("Could not load the connectors: ")));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
