// Validation of a tenant profile as the dialog edits it: which field is wrong, whether it is
// an error (refused) or a warning (accepted), and the GUID-like client id check.
#include "tenants/profilevalidation.h"

#include <QtTest>

using namespace isc;

using Field = ProfileValidation::Field;
using Severity = ProfileValidation::Severity;

Q_DECLARE_METATYPE(ProfileValidation::Field)

namespace {

const QString goodId = QStringLiteral("2c9180835d2e5168015d32f890ca1581");

TenantProfile makeProfile(const QString &name, const QString &url, const QString &clientId,
                          const QString &locale = {})
{
    TenantProfile profile;
    profile.id = QStringLiteral("edited");
    profile.name = name;
    profile.baseUrl = QUrl(url);
    profile.clientId = clientId;
    profile.apiLocale = locale;
    return profile;
}

} // namespace

class tst_ProfileValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void uniqueNameIgnoresTheProfileItself();
    void isGuidLike_data();
    void isGuidLike();
};

void tst_ProfileValidation::validate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<Field>>("errorFields");
    QTest::addColumn<QList<Field>>("warningFields");

    const QString acme = QStringLiteral("https://acme.api.identitynow.com");
    QTest::newRow("complete") << "Acme" << acme << goodId << QString() << true << QList<Field>()
                              << QList<Field>();
    QTest::newRow("dashed guid, locale")
        << "Acme EU" << acme << "2c918083-5d2e-5168-015d-32f890ca1581"
        << "de" << true << QList<Field>() << QList<Field>();
    QTest::newRow("vanity https") << "Vanity"
                                  << "https://iam.example.com" << goodId << QString() << true
                                  << QList<Field>() << QList<Field>();
    QTest::newRow("loopback http") << "Local"
                                   << "http://127.0.0.1:8080" << goodId << QString() << true
                                   << QList<Field>() << QList<Field>();
    QTest::newRow("localhost http") << "Local"
                                    << "http://localhost:8080" << goodId << QString() << true
                                    << QList<Field>() << QList<Field>();
    QTest::newRow("empty name") << "" << acme << goodId << QString() << false
                                << QList<Field>{Field::Name} << QList<Field>();
    QTest::newRow("blank name") << "   " << acme << goodId << QString() << false
                                << QList<Field>{Field::Name} << QList<Field>();
    QTest::newRow("duplicate name, other case") << "PROD" << acme << goodId << QString() << false
                                                << QList<Field>{Field::Name} << QList<Field>();
    QTest::newRow("duplicate name, spaces") << " Prod " << acme << goodId << QString() << false
                                            << QList<Field>{Field::Name} << QList<Field>();
    QTest::newRow("reserved Sandbox") << "sandbox" << acme << goodId << QString() << false
                                      << QList<Field>{Field::Name} << QList<Field>();
    QTest::newRow("reserved Environment") << "Environment" << acme << goodId << QString() << false
                                          << QList<Field>{Field::Name} << QList<Field>();
    QTest::newRow("no url") << "Acme"
                            << "" << goodId << QString() << false << QList<Field>{Field::BaseUrl}
                            << QList<Field>();
    QTest::newRow("plain http") << "Acme"
                                << "http://acme.api.identitynow.com" << goodId << QString() << false
                                << QList<Field>{Field::BaseUrl} << QList<Field>();
    QTest::newRow("ftp") << "Acme"
                         << "ftp://acme.api.identitynow.com" << goodId << QString() << false
                         << QList<Field>{Field::BaseUrl} << QList<Field>();
    QTest::newRow("no host") << "Acme"
                             << "https://" << goodId << QString() << false
                             << QList<Field>{Field::BaseUrl} << QList<Field>();
    QTest::newRow("user info") << "Acme"
                               << "https://me:pw@acme.api.identitynow.com" << goodId << QString()
                               << false << QList<Field>{Field::BaseUrl} << QList<Field>();
    QTest::newRow("ui host warns") << "Acme"
                                   << "https://acme.identitynow.com" << goodId << QString() << true
                                   << QList<Field>() << QList<Field>{Field::BaseUrl};
    QTest::newRow("client id not guid warns") << "Acme" << acme << "my-client" << QString() << true
                                              << QList<Field>() << QList<Field>{Field::ClientId};
    QTest::newRow("client id 31 hex warns")
        << "Acme" << acme << goodId.left(31) << QString() << true << QList<Field>()
        << QList<Field>{Field::ClientId};
    QTest::newRow("secret-like client id warns")
        << "Acme" << acme << QString(64, u'a') << QString() << true << QList<Field>()
        << QList<Field>{Field::ClientId};
    QTest::newRow("no client id warns") << "Acme" << acme << "" << QString() << true
                                        << QList<Field>() << QList<Field>{Field::ClientId};
    QTest::newRow("unknown locale") << "Acme" << acme << goodId << "xx" << false
                                    << QList<Field>{Field::ApiLocale} << QList<Field>();
    QTest::newRow("zh-TW locale") << "Acme" << acme << goodId << "zh-TW" << true << QList<Field>()
                                  << QList<Field>();
    QTest::newRow("everything wrong")
        << ""
        << "http://example.com"
        << "x"
        << "klingon" << false << QList<Field>{Field::Name, Field::BaseUrl, Field::ApiLocale}
        << QList<Field>{Field::ClientId};
}

void tst_ProfileValidation::validate()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, clientId);
    QFETCH(QString, locale);
    QFETCH(bool, valid);
    QFETCH(QList<Field>, errorFields);
    QFETCH(QList<Field>, warningFields);

    TenantProfile existing = makeProfile(
        QStringLiteral("Prod"), QStringLiteral("https://prod.api.identitynow.com"), goodId);
    existing.id = QStringLiteral("other");
    const ProfileValidation result =
        ProfileValidation::validate(makeProfile(name, url, clientId, locale), {existing});

    QCOMPARE(result.isValid(), valid);
    QList<Field> errors;
    QList<Field> warnings;
    for (const ProfileValidation::Issue &issue : result.issues) {
        QVERIFY2(!issue.message.trimmed().isEmpty(), "every issue has a sentence");
        (issue.severity == Severity::Error ? errors : warnings).append(issue.field);
    }
    QCOMPARE(errors, errorFields);
    QCOMPARE(warnings, warningFields);
    QCOMPARE(result.errors().size(), errorFields.size());
    QCOMPARE(result.warnings().size(), warningFields.size());
    QCOMPARE(result.firstError().isEmpty(), valid);
}

void tst_ProfileValidation::uniqueNameIgnoresTheProfileItself()
{
    TenantProfile self = makeProfile(QStringLiteral("Prod"),
                                     QStringLiteral("https://prod.api.identitynow.com"), goodId);
    QVERIFY(ProfileValidation::validate(self, {self}).isValid());
    TenantProfile other = self;
    other.id = QStringLiteral("another");
    const ProfileValidation clash = ProfileValidation::validate(self, {other});
    QVERIFY(!clash.isValid());
    QVERIFY(clash.hasIssue(Field::Name, Severity::Error));
    QVERIFY(clash.firstError().contains(QLatin1String("Prod")));
}

void tst_ProfileValidation::isGuidLike_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<bool>("expected");
    QTest::newRow("32 hex") << goodId << true;
    QTest::newRow("32 hex upper") << goodId.toUpper() << true;
    QTest::newRow("36 dashed") << "2c918083-5d2e-5168-015d-32f890ca1581" << true;
    QTest::newRow("36 dashes misplaced") << "2c9180835-d2e-5168-015d-32f890ca1581" << false;
    QTest::newRow("33 hex") << (goodId + QLatin1Char('0')) << false;
    QTest::newRow("non hex") << "zc9180835d2e5168015d32f890ca1581" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("braced") << "{2c918083-5d2e-5168-015d-32f890ca1581}" << false;
}

void tst_ProfileValidation::isGuidLike()
{
    QFETCH(QString, clientId);
    QFETCH(bool, expected);
    QCOMPARE(ProfileValidation::isGuidLike(clientId), expected);
}

QTEST_GUILESS_MAIN(tst_ProfileValidation)
#include "tst_profilevalidation.moc"
