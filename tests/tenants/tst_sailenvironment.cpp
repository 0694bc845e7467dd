// SAIL_BASE_URL, SAIL_CLIENT_ID and SAIL_CLIENT_SECRET, the official SDKs' variables: when they
// make a profile, how it looks, and what is said when they do not.
#include "tenants/sailenvironment.h"

#include <QtTest>

using namespace isc;

class tst_SailEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variables_data();
    void variables();
    void emptyByDefault();
};

void tst_SailEnvironment::variables_data()
{
    QTest::addColumn<QString>("baseUrl"); // "<unset>" leaves the variable out
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("isSet");
    QTest::addColumn<QString>("profileUrl");
    QTest::addColumn<QString>("expectedSecret");
    QTest::addColumn<QString>("problemMentions"); // empty: no problem

    const QString id = QStringLiteral("2c9180835d2e5168015d32f890ca1581");
    QTest::newRow("complete") << "https://acme.api.identitynow.com" << id << "s3cret" << true
                              << "https://acme.api.identitynow.com"
                              << "s3cret" << QString();
    QTest::newRow("normalized") << "  https://ACME.api.identitynow.com/v3/  " << id << "s" << true
                                << "https://acme.api.identitynow.com"
                                << "s" << QString();
    QTest::newRow("secret keeps spaces, loses the newline")
        << "https://acme.api.identitynow.com" << id << " a b \n"
        << true << "https://acme.api.identitynow.com"
        << " a b " << QString();
    QTest::newRow("loopback sandbox")
        << "http://127.0.0.1:7100" << id << "s" << true << "http://127.0.0.1:7100"
        << "s" << QString();
    QTest::newRow("no base url") << "<unset>" << id << "s" << false << QString() << "s"
                                 << "SAIL_BASE_URL";
    QTest::newRow("blank base url") << "   " << id << "s" << false << QString() << "s"
                                    << "SAIL_BASE_URL";
    QTest::newRow("no scheme") << "acme.api.identitynow.com" << id << "s" << true << QString()
                               << "s"
                               << "SAIL_BASE_URL";
    QTest::newRow("plain http") << "http://acme.api.identitynow.com" << id << "s" << true
                                << "http://acme.api.identitynow.com"
                                << "s"
                                << "SAIL_BASE_URL";
    QTest::newRow("no client id") << "https://acme.api.identitynow.com"
                                  << ""
                                  << "s" << true << "https://acme.api.identitynow.com"
                                  << "s"
                                  << "SAIL_CLIENT_ID";
    QTest::newRow("no secret") << "https://acme.api.identitynow.com" << id << "" << true
                               << "https://acme.api.identitynow.com"
                               << ""
                               << "SAIL_CLIENT_SECRET";
}

void tst_SailEnvironment::variables()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(bool, isSet);
    QFETCH(QString, profileUrl);
    QFETCH(QString, expectedSecret);
    QFETCH(QString, problemMentions);

    QProcessEnvironment environment;
    if (baseUrl != QLatin1String("<unset>"))
        environment.insert(SailEnvironment::baseUrlVariable(), baseUrl);
    environment.insert(SailEnvironment::clientIdVariable(), clientId);
    environment.insert(SailEnvironment::clientSecretVariable(), secret);
    const SailEnvironment sail = SailEnvironment::fromProcessEnvironment(environment);

    QCOMPARE(sail.isSet(), isSet);
    QCOMPARE(sail.clientSecret(), expectedSecret);
    if (problemMentions.isEmpty()) {
        QVERIFY2(sail.problem().isEmpty(), qPrintable(sail.problem()));
    } else {
        QVERIFY2(sail.problem().contains(problemMentions), qPrintable(sail.problem()));
    }
    if (isSet) {
        const TenantProfile profile = sail.profile();
        QCOMPARE(profile.id, TenantProfile::environmentId());
        QCOMPARE(profile.kind, TenantProfile::Kind::Environment);
        QVERIFY(!profile.isPersisted());
        QVERIFY(!profile.name.isEmpty());
        QCOMPARE(profile.clientId, clientId);
        if (!profileUrl.isEmpty())
            QCOMPARE(profile.baseUrl, QUrl(profileUrl));
    }
}

void tst_SailEnvironment::emptyByDefault()
{
    const SailEnvironment none;
    QVERIFY(!none.isSet());
    QVERIFY(!none.problem().isEmpty());
    QVERIFY(!SailEnvironment::fromProcessEnvironment(QProcessEnvironment()).isSet());
}

QTEST_GUILESS_MAIN(tst_SailEnvironment)
#include "tst_sailenvironment.moc"
