// The two ways decodeCustomizers() and decodeConnectors() read a list (straight from the
// bytes with JsonScanner, or through QJsonDocument) never disagree: whatever the direct way
// accepts, the QJsonDocument way reads to the same values, null strings included; whatever
// it declines, the result and the error are QJsonDocument's.
#include "base/jsondecode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using namespace isc;
using namespace isc::json;

namespace {

QByteArray j(const char *text)
{
    return QByteArray(text);
}

// Equal values and equal null-ness of every string (toJson() writes a null string as null,
// an empty one as "").
bool same(const QList<Customizer> &a, const QList<Customizer> &b, QString *why)
{
    if (a.size() != b.size()) {
        *why = QStringLiteral("%1 items, not %2").arg(a.size()).arg(b.size());
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Customizer &x = a.at(i);
        const Customizer &y = b.at(i);
        const std::pair<const QString *, const QString *> strings[] = {
            {&x.id, &y.id},
            {&x.name, &y.name},
            {&x.imageId, &y.imageId},
            {&x.tenantId, &y.tenantId},
            {&x.created.raw, &y.created.raw}};
        bool nullsAgree = true;
        for (const auto &[s, t] : strings)
            nullsAgree = nullsAgree && s->isNull() == t->isNull();
        if (!(x == y) || !nullsAgree) {
            *why = QStringLiteral("item %1 differs: %2 / %3")
                       .arg(i)
                       .arg(QString::fromUtf8(QJsonDocument(toJson(x)).toJson()),
                            QString::fromUtf8(QJsonDocument(toJson(y)).toJson()));
            return false;
        }
    }
    return true;
}

bool same(const QList<Connector> &a, const QList<Connector> &b, QString *why)
{
    if (a.size() != b.size()) {
        *why = QStringLiteral("%1 items, not %2").arg(a.size()).arg(b.size());
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Connector &x = a.at(i);
        const Connector &y = b.at(i);
        const std::pair<const QString *, const QString *> strings[] = {
            {&x.name, &y.name},
            {&x.type, &y.type},
            {&x.scriptName, &y.scriptName},
            {&x.className, &y.className},
            {&x.status, &y.status}};
        bool equal = x.features == y.features && x.hasFeatures == y.hasFeatures &&
            x.directConnect == y.directConnect && x.connectorMetadata == y.connectorMetadata;
        for (const auto &[s, t] : strings)
            equal = equal && *s == *t && s->isNull() == t->isNull();
        if (!equal) {
            *why = QStringLiteral("connector %1 differs: %2 / %3")
                       .arg(i)
                       .arg(QString::fromUtf8(QJsonDocument(toJson(x)).toJson()),
                            QString::fromUtf8(QJsonDocument(toJson(y)).toJson()));
            return false;
        }
    }
    return true;
}

// Connectors as the sandbox's catalogue sends them, with the contract's nulls.
QByteArray connectorPage(QRandomGenerator &random, int count)
{
    QJsonArray items;
    const char *const types[] = {"Active Directory", "Workday", "SaaS Connector", "Web Services"};
    for (int i = 0; i < count; ++i) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), QStringLiteral("Connector %1 ü").arg(i));
        o.insert(QStringLiteral("type"), QString::fromUtf8(types[random.bounded(4)]));
        o.insert(QStringLiteral("scriptName"), QStringLiteral("script-%1").arg(i));
        if (random.bounded(3) == 0)
            o.insert(QStringLiteral("className"), QJsonValue::Null);
        else
            o.insert(QStringLiteral("className"), QStringLiteral("sailpoint.connector.X%1").arg(i));
        switch (random.bounded(3)) {
        case 0:
            o.insert(
                QStringLiteral("features"),
                QJsonArray{QStringLiteral("PROVISIONING"), QStringLiteral("SYNC_PROVISIONING")});
            break;
        case 1:
            o.insert(QStringLiteral("features"), QJsonValue::Null);
            break;
        default:
            o.insert(QStringLiteral("features"), QJsonArray());
            break;
        }
        o.insert(QStringLiteral("directConnect"), random.bounded(2) == 0);
        o.insert(QStringLiteral("status"), QStringLiteral("RELEASED"));
        QJsonObject metadata{{QStringLiteral("supportedUI"), QStringLiteral("ANGULAR")},
                             {QStringLiteral("platform"), QStringLiteral("saas")},
                             {QStringLiteral("shortDesc"), QStringLiteral("Gère \"les\" comptes")}};
        if (random.bounded(4) == 0)
            metadata.insert(QStringLiteral("beta"), true);
        o.insert(QStringLiteral("connectorMetadata"), metadata);
        items.append(o);
    }
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

// A page as the sandbox sends it: compact JSON, every shape of the contract.
QByteArray typicalPage(QRandomGenerator &random, int count)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        QJsonObject o;
        o.insert(QStringLiteral("id"),
                 QStringLiteral("b07dc46a-1498-4ea5-8b4f-%1")
                     .arg(random.bounded(1000000000), 12, 10, QChar(u'0')));
        const char *const names[] = {"okta-user-enrichment",
                                     "Zürich AD cleanup",
                                     "São Paulo",
                                     "quote \" and backslash \\",
                                     "tab\tnew\nline",
                                     "日本語",
                                     ""};
        o.insert(QStringLiteral("name"),
                 QString::fromUtf8(names[random.bounded(int(std::size(names)))]));
        switch (random.bounded(3)) {
        case 0:
            o.insert(QStringLiteral("imageVersion"), qint64(random.bounded(1000)));
            o.insert(QStringLiteral("imageID"), QStringLiteral("2a8c4e0f-%1").arg(i));
            break;
        case 1:
            o.insert(QStringLiteral("imageVersion"), QJsonValue::Null);
            o.insert(QStringLiteral("imageID"), QJsonValue::Null);
            break;
        default:
            break; // absent
        }
        o.insert(QStringLiteral("tenantID"), QStringLiteral("2c9180835d2e5168015d32f890ca1581"));
        o.insert(
            QStringLiteral("created"),
            QDateTime::fromMSecsSinceEpoch(1609459200000LL + random.bounded(1000000000), Qt::UTC)
                .toString(Qt::ISODateWithMs));
        items.append(o);
    }
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

// Thousands of damaged copies of a real page (cut short, a byte changed, inserted or
// dropped): whenever the direct way accepts one, QJsonDocument reads the same values; the
// combined decoder succeeds exactly when QJsonDocument does. Both ways must be exercised.
template<typename T, typename Direct, typename ViaDocument, typename Combined>
void checkDamagedPages(const QByteArray &page, QRandomGenerator &random, Direct direct,
                       ViaDocument viaDocument, Combined combined)
{
    const QByteArray interesting =
        QByteArrayLiteral("\"\\{}[],: -01239eE.nultrfa\x01\x7f\x80\xc3\xff");
    int accepted = 0;
    int declined = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray body = page;
        const int edits = 1 + random.bounded(3);
        for (int e = 0; e < edits && !body.isEmpty(); ++e) {
            const int at = random.bounded(int(body.size()));
            const char c = interesting.at(random.bounded(int(interesting.size())));
            switch (random.bounded(4)) {
            case 0:
                body.truncate(at);
                break;
            case 1:
                body[at] = c;
                break;
            case 2:
                body.insert(at, c);
                break;
            default:
                body.remove(at, 1);
                break;
            }
        }
        QList<T> read;
        const bool directOk = direct(body, read);
        const auto document = viaDocument(body);
        if (directOk) {
            ++accepted;
            QVERIFY2(document.ok(), body.constData());
            QString why;
            QVERIFY2(same(read, document.value, &why),
                     qPrintable(why + QLatin1String(" in ") + QString::fromUtf8(body)));
        } else {
            ++declined;
        }
        QCOMPARE(combined(body).ok(), document.ok());
    }
    QVERIFY2(accepted > 100, qPrintable(QString::number(accepted)));
    QVERIFY2(declined > 100, qPrintable(QString::number(declined)));
}

} // namespace

class TestDirectDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void directReadsWhatTheDocumentReads_data();
    void directReadsWhatTheDocumentReads();
    void directDeclines_data();
    void directDeclines();
    void mutatedPagesNeverDisagree();
    void connectorsDirectReadsWhatTheDocumentReads_data();
    void connectorsDirectReadsWhatTheDocumentReads();
    void connectorsDirectDeclines_data();
    void connectorsDirectDeclines();
    void mutatedConnectorPagesNeverDisagree();
};

void TestDirectDecoding::directReadsWhatTheDocumentReads_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty list") << j("[]");
    QTest::newRow("empty list, spaces") << j(" \r\n\t[ \n ] \n");
    QTest::newRow("minimal") << j(R"([{"id":"a"}])");
    QTest::newRow("all fields") << j(R"([{"id":"a","name":"n","imageVersion":3,"imageID":"i",
        "tenantID":"t","created":"2022-02-08T14:50:03.827Z"}])");
    QTest::newRow("nulls") << j(R"([{"id":"a","name":null,"imageVersion":null,"imageID":null,
        "tenantID":null,"created":null}])");
    QTest::newRow("empty strings")
        << j(R"([{"id":"a","name":"","imageID":"","tenantID":"","created":""}])");
    QTest::newRow("white space everywhere")
        << j(" [ { \"id\" : \"a\" , \"name\"\t:\n\"b\" } ,\r\n{ \"id\":\"c\" } ] ");
    QTest::newRow("escapes") << j(
        R"([{"id":"a\"b","name":"x\\y\/z\b\f\n\r\t\u00e9\u20ac\u0000"}])");
    QTest::newRow("escaped empty") << j(R"([{"id":"a","name":"\u0041"},{"id":"b","name":""}])");
    QTest::newRow("utf-8") << j(
        "[{\"id\":\"a\",\"name\":\"Z\xc3\xbcrich \xe6\x97\xa5 \xf0\x9f\x98\x80\"}]");
    QTest::newRow("negative zero") << j(R"([{"id":"a","imageVersion":-0}])");
    QTest::newRow("negative") << j(R"([{"id":"a","imageVersion":-12}])");
    QTest::newRow("largest exact") << j(R"([{"id":"a","imageVersion":9007199254740991}])");
    QTest::newRow("unknown fields") << j(R"([{"id":"a","x":{"y":[1,-2,true,false,null,"s",{}]},
        "z":[],"w":{},"n":null,"b":true,"f":false,"num":123}])");
    QTest::newRow("go timestamp") << j(R"([{"id":"a","created":"2009-11-10 23:00:00 +0000 UTC"}])");
    QTest::newRow("unparseable timestamp") << j(R"([{"id":"a","created":"last tuesday"}])");
    QTest::newRow("shared tenant, then another")
        << j(R"([{"id":"a","tenantID":"t1"},{"id":"b","tenantID":"t1"},{"id":"c","tenantID":"t2"},
        {"id":"d","tenantID":""},{"id":"e","tenantID":null},{"id":"f","tenantID":"t2"}])");
    QRandomGenerator random(7);
    QTest::newRow("typical page") << typicalPage(random, 250);
}

void TestDirectDecoding::directReadsWhatTheDocumentReads()
{
    QFETCH(QByteArray, body);
    QList<Customizer> direct;
    QVERIFY2(readCustomizersDirect(body, direct), "the direct way declined a plain body");
    const auto document = decodeCustomizersViaDocument(body);
    QVERIFY2(document.ok(), qPrintable(document.error));
    QString why;
    QVERIFY2(same(direct, document.value, &why), qPrintable(why));
    const auto combined = decodeCustomizers(body);
    QVERIFY(combined.ok());
    QVERIFY2(same(combined.value, document.value, &why), qPrintable(why));
}

void TestDirectDecoding::directDeclines_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("documentAccepts");
    QTest::newRow("byte order mark") << j("\xef\xbb\xbf[{\"id\":\"a\"}]") << true;
    QTest::newRow("escaped key") << j(R"([{"\u0069d":"a"}])") << true;
    QTest::newRow("surrogate pair") << j(R"([{"id":"a","name":"\ud83d\ude00"}])") << true;
    QTest::newRow("lone surrogate") << j(R"([{"id":"a","name":"\ud800"}])") << true;
    QTest::newRow("version with fraction") << j(R"([{"id":"a","imageVersion":2.0}])") << true;
    QTest::newRow("version with exponent") << j(R"([{"id":"a","imageVersion":1e2}])") << true;
    QTest::newRow("version as string") << j(R"([{"id":"a","imageVersion":"12"}])") << true;
    QTest::newRow("version of 2^53")
        << j(R"([{"id":"a","imageVersion":9007199254740992}])") << false;
    QTest::newRow("repeated key") << j(R"([{"id":"a","name":"x","name":"y"}])") << true;
    QTest::newRow("control character") << j("[{\"id\":\"a\x01\"}]") << true;
    QTest::newRow("huge number elsewhere") << j(R"([{"id":"a","x":1e400}])") << false;
    QTest::newRow("tiny number elsewhere") << j(R"([{"id":"a","x":1e-400}])") << false;
    QTest::newRow("deep nesting") << QByteArray(R"([{"id":"a","x":)") + QByteArray(100, '[') +
            QByteArray(100, ']') +
            "}]" << true;
    QTest::newRow("bad utf-8") << j("[{\"id\":\"a\xff\"}]") << false;
    QTest::newRow("overlong utf-8") << j("[{\"id\":\"a\xc0\xaf\"}]") << false;
    QTest::newRow("encoded surrogate") << j("[{\"id\":\"a\xed\xa0\x80\"}]") << false;
    QTest::newRow("past U+10FFFF") << j("[{\"id\":\"a\xf4\x90\x80\x80\"}]") << false;
    QTest::newRow("leading zero") << j(R"([{"id":"a","imageVersion":01}])") << false;
    QTest::newRow("trailing comma") << j(R"([{"id":"a"},])") << false;
    QTest::newRow("trailing garbage") << j(R"([{"id":"a"}] x)") << false;
    QTest::newRow("truncated") << j(R"([{"id":"a"},{"id":"b)") << false;
    QTest::newRow("missing id") << j(R"([{"id":"a"},{"name":"b"}])") << false;
    QTest::newRow("empty id") << j(R"([{"id":""}])") << false;
    QTest::newRow("number as name") << j(R"([{"id":"a","name":7}])") << false;
    QTest::newRow("item not object") << j(R"([{"id":"a"},7])") << false;
    QTest::newRow("object, not list") << j(R"({"id":"a"})") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestDirectDecoding::directDeclines()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, documentAccepts);
    QList<Customizer> direct;
    QVERIFY(!readCustomizersDirect(body, direct));
    const auto document = decodeCustomizersViaDocument(body);
    QCOMPARE(document.ok(), documentAccepts);
    const auto combined = decodeCustomizers(body);
    QCOMPARE(combined.error, document.error);
    QString why;
    QVERIFY2(same(combined.value, document.value, &why), qPrintable(why));
}

void TestDirectDecoding::mutatedPagesNeverDisagree()
{
    QRandomGenerator random(20261203);
    checkDamagedPages<Customizer>(typicalPage(random, 20), random, readCustomizersDirect,
                                  decodeCustomizersViaDocument, decodeCustomizers);
}

void TestDirectDecoding::connectorsDirectReadsWhatTheDocumentReads_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty list") << j(" [ ] ");
    QTest::newRow("empty object") << j("[{}]");
    QTest::newRow("nulls") << j(R"([{"name":null,"type":null,"scriptName":null,"className":null,
        "features":null,"directConnect":null,"status":null,"connectorMetadata":null}])");
    QTest::newRow("empty features and metadata")
        << j(R"([{"name":"a","features":[],"connectorMetadata":{}}])");
    QTest::newRow("metadata literals")
        << j(R"([{"name":"a","connectorMetadata":{"x":true,"y":false,"z":null,"w":"s"}}])");
    QTest::newRow("metadata repeated key")
        << j(R"([{"name":"a","connectorMetadata":{"x":"1","x":"2"}}])");
    QTest::newRow("escapes in metadata")
        << j(R"([{"name":"a","connectorMetadata":{"shortDesc":"G\u00e8re \"les\" comptes\n"}}])");
    QTest::newRow("unknown fields") << j(R"([{"name":"a","id":"x","extra":{"n":[1,{"m":null}]}}])");
    QTest::newRow("shared type and status") << j(R"([{"type":"T","status":"RELEASED"},
        {"type":"T","status":"RELEASED"},{"type":"U","status":""},{"type":"","status":null}])");
    QRandomGenerator random(11);
    QTest::newRow("sandbox page") << connectorPage(random, 250);
}

void TestDirectDecoding::connectorsDirectReadsWhatTheDocumentReads()
{
    QFETCH(QByteArray, body);
    QList<Connector> direct;
    QVERIFY2(readConnectorsDirect(body, direct), "the direct way declined a plain body");
    const auto document = decodeConnectorsViaDocument(body);
    QVERIFY2(document.ok(), qPrintable(document.error));
    QString why;
    QVERIFY2(same(direct, document.value, &why), qPrintable(why));
    const auto combined = decodeConnectors(body);
    QVERIFY(combined.ok());
    QVERIFY2(same(combined.value, document.value, &why), qPrintable(why));
}

void TestDirectDecoding::connectorsDirectDeclines_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("documentAccepts");
    QTest::newRow("boolean as text") << j(R"([{"directConnect":"true"}])") << true;
    QTest::newRow("nested metadata") << j(R"([{"connectorMetadata":{"a":{"b":1}}}])") << true;
    QTest::newRow("number in metadata") << j(R"([{"connectorMetadata":{"a":1}}])") << true;
    QTest::newRow("escaped metadata key") << j(R"([{"connectorMetadata":{"\u0061":"x"}}])") << true;
    QTest::newRow("repeated field") << j(R"([{"name":"a","name":"b"}])") << true;
    QTest::newRow("metadata array") << j(R"([{"connectorMetadata":[]}])") << false;
    QTest::newRow("feature not text") << j(R"([{"features":[1]}])") << false;
    QTest::newRow("features object") << j(R"([{"features":{}}])") << false;
    QTest::newRow("name number") << j(R"([{"name":3}])") << false;
    QTest::newRow("direct connect number") << j(R"([{"directConnect":1}])") << false;
    QTest::newRow("truncated") << j(R"([{"name":"a","features":["X")") << false;
    QTest::newRow("not a list") << j(R"({"name":"a"})") << false;
}

void TestDirectDecoding::connectorsDirectDeclines()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, documentAccepts);
    QList<Connector> direct;
    QVERIFY(!readConnectorsDirect(body, direct));
    const auto document = decodeConnectorsViaDocument(body);
    QCOMPARE(document.ok(), documentAccepts);
    const auto combined = decodeConnectors(body);
    QCOMPARE(combined.error, document.error);
    QString why;
    QVERIFY2(same(combined.value, document.value, &why), qPrintable(why));
}

void TestDirectDecoding::mutatedConnectorPagesNeverDisagree()
{
    QRandomGenerator random(4242);
    checkDamagedPages<Connector>(connectorPage(random, 12), random, readConnectorsDirect,
                                 decodeConnectorsViaDocument, decodeConnectors);
}

QTEST_GUILESS_MAIN(TestDirectDecoding)
#include "tst_directdecoding.moc"
