// GET /beta/connectors of the sandbox over real HTTP: paging edges, count, locale, order,
// only RELEASED connectors.
#include "sandbox.h"

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

private:
    Sandbox m_seed; // the seed catalogue
    Sandbox m_big; // --connectors 500: an exact multiple of 250
};

namespace {

using Query = QList<std::pair<QString, QString>>;

QString q(const char *text)
{
    return QString::fromLatin1(text);
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
    QVERIFY(m_seed.start());
    QVERIFY(m_big.start({q("--connectors"), q("500")}));
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

QTEST_GUILESS_MAIN(TestSandboxConnectors)
#include "tst_sandboxconnectors.moc"
