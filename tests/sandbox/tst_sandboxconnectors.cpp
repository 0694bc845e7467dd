// GET /beta/connectors of the sandbox over real HTTP: paging edges, count, locale, order,
// only RELEASED connectors.
#include "sandbox.h"

#include <QNetworkRequest>

#include <QSet>
#include <QtTest>

using namespace isc::test;

class TestSandboxConnectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultPageHoldsTheWholeSeed();
    void pagingOverAnExactMultiple_data();
    void pagingOverAnExactMultiple();
    void pagesConcatenateWithoutGapsOrRepeats();
    void countHeaderOnlyWhenAsked();
    void badPagingIsRefused_data();
    void badPagingIsRefused();
    void localeChangesShortDesc_data();
    void localeChangesShortDesc();
    void onlyReleasedConnectorsAppear();
    void needsAToken();
    void filterByName();
    void filterByBooleanBareOrQuoted();
    void filterByFeaturesContainsAll();
    void filterByCategoryWhichIsNotAField();
    void filterCompositesFollowPrecedence();
    void filterTotalsMatchAClientSideCount();
    void emptyFilterMeansEverything();
    void plusInTheQueryIsASpace();
    void badFiltersAreRefusedWithTheirColumn_data();
    void badFiltersAreRefusedWithTheirColumn();
    void errorLanguageFollowsAcceptLanguage_data();
    void errorLanguageFollowsAcceptLanguage();

private:
    Sandbox m_seed; // the seed catalogue
    Sandbox m_big; // --connectors 500: an exact multiple of 250
};

namespace {

using Query = QList<std::pair<QString, QString>>;

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList names(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &value : array)
        out.append(value.toObject().value(QLatin1String("name")).toString());
    return out;
}

} // namespace

void TestSandboxConnectors::initTestCase()
{
    // Many calls in a few seconds: the rate limit is tested elsewhere.
    QVERIFY(m_seed.start({q("--rate-limit"), q("100000")}));
    QVERIFY(m_big.start({q("--connectors"), q("500"), q("--rate-limit"), q("100000")}));
}

void TestSandboxConnectors::defaultPageHoldsTheWholeSeed()
{
    const HttpResult page = m_seed.get(q("/beta/connectors"), {{q("count"), q("true")}});
    QCOMPARE(page.status, 200);
    const QJsonArray items = page.array();
    QVERIFY2(items.size() >= 150, "the seed catalogue has at least 150 released connectors");
    QVERIFY(items.size() <= 250);
    QCOMPARE(page.header("X-Total-Count").toLongLong(), qlonglong(items.size()));
    QVERIFY(page.header("Content-Type").startsWith("application/json"));

    // Real names are there, and the order is by name.
    const QStringList list = names(items);
    for (const char *expected : {"Active Directory", "Workday", "ServiceNow", "Salesforce", "Okta",
                                 "Google Workspace", "Slack", "GitHub", "JDBC", "LDAP"})
        QVERIFY2(list.contains(q(expected)), expected);
    QStringList sorted = list;
    std::stable_sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    QCOMPARE(list, sorted);
}

void TestSandboxConnectors::pagingOverAnExactMultiple_data()
{
    QTest::addColumn<QString>("offset");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("expected");
    QTest::newRow("first page") << q("0") << q("250") << 250;
    QTest::newRow("second page") << q("250") << q("250") << 250;
    QTest::newRow("the empty page after a full last page") << q("500") << q("250") << 0;
    QTest::newRow("offset far past the end") << q("100000") << q("250") << 0;
    QTest::newRow("straddling the end") << q("400") << q("250") << 100;
    QTest::newRow("limit 0") << q("0") << q("0") << 0;
    QTest::newRow("limit 1") << q("499") << q("1") << 1;
    QTest::newRow("no limit means 250") << q("100") << QString() << 250;
}

void TestSandboxConnectors::pagingOverAnExactMultiple()
{
    QFETCH(QString, offset);
    QFETCH(QString, limit);
    QFETCH(int, expected);
    Query query = {{q("offset"), offset}, {q("count"), q("true")}};
    if (!limit.isNull())
        query.append({q("limit"), limit});
    const HttpResult page = m_big.get(q("/beta/connectors"), query);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.array().size(), expected);
    QCOMPARE(page.header("X-Total-Count"), QByteArray("500"));
}

void TestSandboxConnectors::pagesConcatenateWithoutGapsOrRepeats()
{
    QStringList all;
    for (int offset = 0;; offset += 100) {
        const HttpResult page =
            m_big.get(q("/beta/connectors"),
                      {{q("offset"), QString::number(offset)}, {q("limit"), q("100")}});
        QCOMPARE(page.status, 200);
        all += names(page.array());
        if (page.array().size() < 100)
            break;
    }
    QCOMPARE(all.size(), 500);
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 500);
    // The same as one request for the first 250 (stable order).
    const HttpResult first = m_big.get(q("/beta/connectors"), {{q("limit"), q("250")}});
    QCOMPARE(names(first.array()), all.mid(0, 250));
}

void TestSandboxConnectors::countHeaderOnlyWhenAsked()
{
    const HttpResult without = m_seed.get(q("/beta/connectors"), {{q("limit"), q("5")}});
    QCOMPARE(without.status, 200);
    QVERIFY(without.header("X-Total-Count").isNull());
    const HttpResult off =
        m_seed.get(q("/beta/connectors"), {{q("limit"), q("5")}, {q("count"), q("false")}});
    QCOMPARE(off.status, 200);
    QVERIFY(off.header("X-Total-Count").isNull());
    const HttpResult on =
        m_seed.get(q("/beta/connectors"), {{q("limit"), q("5")}, {q("count"), q("true")}});
    QCOMPARE(on.array().size(), 5);
    QVERIFY(on.header("X-Total-Count").toInt() > 5);
}

void TestSandboxConnectors::badPagingIsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("limit 251") << q("limit") << q("251");
    QTest::newRow("limit -1") << q("limit") << q("-1");
    QTest::newRow("limit not a number") << q("limit") << q("ten");
    QTest::newRow("limit empty") << q("limit") << QString(q(""));
    QTest::newRow("offset -1") << q("offset") << q("-1");
    QTest::newRow("offset 1.5") << q("offset") << q("1.5");
    QTest::newRow("count yes") << q("count") << q("yes");
}

void TestSandboxConnectors::badPagingIsRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    // Korean is not a language the sandbox's messages speak: en-US, DEFAULT.
    const HttpResult result =
        m_seed.get(q("/beta/connectors"), {{name, value}}, {{"Accept-Language", "ko-KR"}});
    QCOMPARE(result.status, 400);
    const QJsonObject error = result.object();
    QCOMPARE(error.value(QLatin1String("detailCode")).toString(), q("400.1 Bad Request Content"));
    QCOMPARE(error.value(QLatin1String("trackingId")).toString().size(), 32);
    const QJsonObject message = error.value(QLatin1String("messages")).toArray().first().toObject();
    QCOMPARE(message.value(QLatin1String("locale")).toString(), q("en-US"));
    QCOMPARE(message.value(QLatin1String("localeOrigin")).toString(), q("DEFAULT"));
    QVERIFY2(message.value(QLatin1String("text")).toString().contains(name),
             qPrintable(message.value(QLatin1String("text")).toString()));
}

void TestSandboxConnectors::localeChangesShortDesc_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << q("en") << q("Manage users, groups and passwords in Active Directory.");
    QTest::newRow("de") << q("de")
                        << QString::fromUtf8("Verwaltet Benutzer, Gruppen und Passwörter in "
                                             "Active Directory.");
    QTest::newRow("fr") << q("fr")
                        << QString::fromUtf8("Gère les utilisateurs, les groupes et les mots de "
                                             "passe dans Active Directory.");
    QTest::newRow("es") << q("es")
                        << QString::fromUtf8("Administra usuarios, grupos y contraseñas en Active "
                                             "Directory.");
    QTest::newRow("ja") << q("ja")
                        << QString::fromUtf8(
                               "Active Directory のユーザー、グループ、パスワードを管理"
                               "します。");
    QTest::newRow("listed but untranslated falls back") << q("ko")
                                                        << q("Manage users, groups and "
                                                             "passwords in Active "
                                                             "Directory.");
    QTest::newRow("unknown falls back to en") << q("xx-YY")
                                              << q("Manage users, groups and "
                                                   "passwords in Active Directory.");
}

void TestSandboxConnectors::localeChangesShortDesc()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    const HttpResult page =
        m_seed.get(q("/beta/connectors"), {{q("limit"), q("1")}, {q("locale"), locale}});
    QCOMPARE(page.status, 200);
    const QJsonObject first = page.array().first().toObject();
    QCOMPARE(first.value(QLatin1String("name")).toString(), q("Active Directory"));
    QCOMPARE(first.value(QLatin1String("connectorMetadata"))
                 .toObject()
                 .value(QLatin1String("shortDesc"))
                 .toString(),
             expected);
}

void TestSandboxConnectors::onlyReleasedConnectorsAppear()
{
    const HttpResult page = m_seed.get(q("/beta/connectors"));
    QCOMPARE(page.status, 200);
    for (const QJsonValue &value : page.array())
        QCOMPARE(value.toObject().value(QLatin1String("status")).toString(), q("RELEASED"));
    // Seeded DEPRECATED/DEVELOPMENT connectors exist but never appear.
    const QStringList list = names(page.array());
    QVERIFY(!list.contains(q("Novell eDirectory")));
    QVERIFY(!list.contains(q("G Suite")));
}

void TestSandboxConnectors::needsAToken()
{
    Sandbox::Call call;
    call.path = q("/beta/connectors");
    call.authorize = false;
    const HttpResult result = m_seed.call(call);
    QCOMPARE(result.status, 401);
    QVERIFY(result.object()
                .value(QLatin1String("error"))
                .toString()
                .startsWith(q("JWT validation failed")));
}

namespace {

QList<QJsonObject> objects(const QJsonArray &array)
{
    QList<QJsonObject> out;
    for (const QJsonValue &value : array)
        out.append(value.toObject());
    return out;
}

QStringList featuresOf(const QJsonObject &connector)
{
    QStringList out;
    for (const QJsonValue &value : connector.value(QLatin1String("features")).toArray())
        out.append(value.toString());
    return out;
}

} // namespace

void TestSandboxConnectors::filterByName()
{
    const HttpResult page = m_seed.get(
        q("/beta/connectors"), {{q("filters"), q("name sw \"work\"")}, {q("count"), q("true")}});
    QCOMPARE(page.status, 200);
    const QStringList list = names(page.array());
    QVERIFY(list.contains(q("Workday")));
    QVERIFY(list.contains(q("Workday Accounts")));
    for (const QString &name : list)
        QVERIFY2(name.startsWith(q("work"), Qt::CaseInsensitive), qPrintable(name));
    QCOMPARE(page.header("X-Total-Count").toInt(), list.size());
}

void TestSandboxConnectors::filterByBooleanBareOrQuoted()
{
    const HttpResult all = m_seed.get(q("/beta/connectors"));
    const HttpResult bare =
        m_seed.get(q("/beta/connectors"), {{q("filters"), q("directConnect eq true")}});
    const HttpResult quoted =
        m_seed.get(q("/beta/connectors"), {{q("filters"), q("directConnect eq \"true\"")}});
    const HttpResult negative =
        m_seed.get(q("/beta/connectors"), {{q("filters"), q("directConnect eq false")}});
    QCOMPARE(bare.status, 200);
    QCOMPARE(quoted.status, 200);
    QCOMPARE(bare.array(), quoted.array());
    for (const QJsonObject &connector : objects(bare.array()))
        QCOMPARE(connector.value(QLatin1String("directConnect")).toBool(), true);
    for (const QJsonObject &connector : objects(negative.array()))
        QCOMPARE(connector.value(QLatin1String("directConnect")).toBool(), false);
    QVERIFY(!negative.array().isEmpty());
    QCOMPARE(bare.array().size() + negative.array().size(), all.array().size());
}

void TestSandboxConnectors::filterByFeaturesContainsAll()
{
    const HttpResult page = m_seed.get(
        q("/beta/connectors"), {{q("filters"), q("features ca (\"PROVISIONING\", \"password\")")}});
    QCOMPARE(page.status, 200);
    const QStringList list = names(page.array());
    QVERIFY(list.contains(q("Active Directory")));
    QVERIFY(!list.contains(q("Workday"))); // an HR source: no provisioning
    for (const QJsonObject &connector : objects(page.array())) {
        const QStringList features = featuresOf(connector);
        QVERIFY(features.contains(q("PROVISIONING")));
        QVERIFY(features.contains(q("PASSWORD")));
    }
}

void TestSandboxConnectors::filterByCategoryWhichIsNotAField()
{
    const HttpResult page =
        m_seed.get(q("/beta/connectors"), {{q("filters"), q("category eq \"HR\"")}});
    QCOMPARE(page.status, 200);
    const QStringList list = names(page.array());
    QVERIFY(list.contains(q("Workday")));
    QVERIFY(list.contains(q("SAP SuccessFactors")));
    QVERIFY(!list.contains(q("Active Directory")));
    for (const QJsonObject &connector : objects(page.array()))
        QVERIFY(!connector.contains(QLatin1String("category")));
}

void TestSandboxConnectors::filterCompositesFollowPrecedence()
{
    // not > and > or: Workday, or (Active Directory and direct connect).
    const HttpResult loose = m_seed.get(
        q("/beta/connectors"),
        {{q("filters"), q("type eq \"workday\" or name sw \"Active\" and directConnect eq true")}});
    QCOMPARE(loose.status, 200);
    QCOMPARE(names(loose.array()), QStringList({q("Active Directory"), q("Workday")}));
    // Parentheses: (Workday or Active...) and not direct connect: nothing here.
    const HttpResult grouped = m_seed.get(
        q("/beta/connectors"),
        {{q("filters"),
          q("(type eq \"workday\" or name sw \"Active\") and not directConnect eq true")}});
    QCOMPARE(grouped.status, 200);
    QCOMPARE(grouped.array().size(), 0);
}

void TestSandboxConnectors::filterTotalsMatchAClientSideCount()
{
    // Over the 500-connector catalogue: the server's filtered total equals a count made here
    // from the unfiltered pages, and the filtered pages hold exactly those connectors.
    QStringList expected;
    for (int offset = 0; offset < 500; offset += 250) {
        const HttpResult page =
            m_big.get(q("/beta/connectors"),
                      {{q("offset"), QString::number(offset)}, {q("limit"), q("250")}});
        for (const QJsonObject &connector : objects(page.array())) {
            if (connector.value(QLatin1String("name"))
                    .toString()
                    .startsWith(q("s"), Qt::CaseInsensitive) &&
                featuresOf(connector).contains(q("SEARCH")))
                expected.append(connector.value(QLatin1String("name")).toString());
        }
    }
    QVERIFY(expected.size() > 10);
    QStringList actual;
    QByteArray total;
    for (int offset = 0;; offset += 7) {
        const HttpResult page =
            m_big.get(q("/beta/connectors"),
                      {{q("filters"), q("name sw \"S\" and features ca (\"SEARCH\")")},
                       {q("offset"), QString::number(offset)},
                       {q("limit"), q("7")},
                       {q("count"), q("true")}});
        QCOMPARE(page.status, 200);
        total = page.header("X-Total-Count");
        actual += names(page.array());
        if (page.array().size() < 7)
            break;
    }
    QCOMPARE(total.toInt(), expected.size());
    QCOMPARE(actual, expected);
}

void TestSandboxConnectors::emptyFilterMeansEverything()
{
    const HttpResult all = m_seed.get(q("/beta/connectors"), {{q("count"), q("true")}});
    const HttpResult blank =
        m_seed.get(q("/beta/connectors"), {{q("filters"), q("  ")}, {q("count"), q("true")}});
    QCOMPARE(blank.status, 200);
    QCOMPARE(blank.header("X-Total-Count"), all.header("X-Total-Count"));
}

void TestSandboxConnectors::plusInTheQueryIsASpace()
{
    // Form-style encoding, as many HTTP clients write queries.
    QUrl url = m_seed.url(q("/beta/connectors"));
    url.setQuery(q("filters=name+sw+%22Work%22&limit=250"), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_seed.token().toLatin1());
    const HttpResult page = sendRequest(m_seed.network(), request, "GET");
    QCOMPARE(page.status, 200);
    QVERIFY(names(page.array()).contains(q("Workday")));
}

void TestSandboxConnectors::badFiltersAreRefusedWithTheirColumn_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected"); // the start of the message
    QTest::newRow("uppercase operator")
        << q("name EQ \"x\"") << q("en")
        << q("The filter is invalid at column 6: unknown operator 'EQ' (operators are lowercase)");
    QTest::newRow("missing value")
        << q("name sw") << q("en")
        << q("The filter is invalid at column 8: expected a value after 'sw'");
    QTest::newRow("unterminated string")
        << q("name sw \"Wor") << q("en")
        << q("The filter is invalid at column 9: unterminated string");
    QTest::newRow("missing paren")
        << q("(name sw \"a\"") << q("en") << q("The filter is invalid at column 13: missing ')'");
    QTest::newRow("field not allowed") << q("status eq \"RELEASED\"") << q("en")
                                       << q("The filter is invalid at column 1: 'status' cannot be "
                                            "filtered here; allowed: name sw, type eq, "
                                            "directConnect eq, category eq, features ca");
    QTest::newRow("operator not allowed")
        << q("name co \"day\"") << q("en")
        << q("The filter is invalid at column 6: 'name' cannot be "
             "filtered with 'co' here");
    QTest::newRow("wrong value kind")
        << q("directConnect eq 1") << q("en")
        << q("The filter is invalid at column 18: 'directConnect' takes "
             "true or false");
    QTest::newRow("German") << q("name EQ \"x\"") << q("de-DE")
                            << q("Der Filter ist in Spalte 6 ungültig:");
    QTest::newRow("French") << q("name EQ \"x\"") << q("fr")
                            << q("Le filtre est invalide à la colonne 6 :");
}

void TestSandboxConnectors::badFiltersAreRefusedWithTheirColumn()
{
    QFETCH(QString, filter);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const HttpResult result = m_seed.get(q("/beta/connectors"), {{q("filters"), filter}},
                                         {{"Accept-Language", language.toLatin1()}});
    QCOMPARE(result.status, 400);
    const QJsonObject error = result.object();
    QCOMPARE(error.value(QLatin1String("detailCode")).toString(), q("400.1 Bad Request Content"));
    const QJsonObject message = error.value(QLatin1String("messages")).toArray().first().toObject();
    const QString text = message.value(QLatin1String("text")).toString();
    QVERIFY2(text.startsWith(expected), qPrintable(text));
    QCOMPARE(message.value(QLatin1String("locale")).toString(), language);
    QCOMPARE(message.value(QLatin1String("localeOrigin")).toString(), q("REQUEST"));
}

void TestSandboxConnectors::errorLanguageFollowsAcceptLanguage_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("start");
    QTest::newRow("German") << QByteArray("de") << q("de") << q("REQUEST") << q("Das Limit");
    QTest::newRow("French region")
        << QByteArray("fr-CA") << q("fr-CA") << q("REQUEST") << q("La limite");
    QTest::newRow("Spanish") << QByteArray("es-ES,es;q=0.9") << q("es-ES") << q("REQUEST")
                             << q("El límite");
    QTest::newRow("first spoken one by q")
        << QByteArray("ko;q=1, fr;q=0.4, de;q=0.8") << q("de") << q("REQUEST") << q("Das Limit");
    QTest::newRow("English asked for")
        << QByteArray("en-GB") << q("en-GB") << q("REQUEST") << q("The limit");
    QTest::newRow("nothing spoken")
        << QByteArray("ko, ja") << q("en-US") << q("DEFAULT") << q("The limit");
    QTest::newRow("wildcard only")
        << QByteArray("*") << q("en-US") << q("DEFAULT") << q("The limit");
}

void TestSandboxConnectors::errorLanguageFollowsAcceptLanguage()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QString, locale);
    QFETCH(QString, origin);
    QFETCH(QString, start);
    const HttpResult result = m_seed.get(q("/beta/connectors"), {{q("limit"), q("999")}},
                                         {{"Accept-Language", acceptLanguage}});
    QCOMPARE(result.status, 400);
    const QJsonObject message =
        result.object().value(QLatin1String("messages")).toArray().first().toObject();
    QCOMPARE(message.value(QLatin1String("locale")).toString(), locale);
    QCOMPARE(message.value(QLatin1String("localeOrigin")).toString(), origin);
    QVERIFY2(message.value(QLatin1String("text")).toString().startsWith(start),
             qPrintable(message.value(QLatin1String("text")).toString()));
}

QTEST_GUILESS_MAIN(TestSandboxConnectors)
#include "tst_sandboxconnectors.moc"
