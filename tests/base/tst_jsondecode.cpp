// The decoders: tolerant exactly where the contract says, strict everywhere else, and every
// example reply of the official OpenAPI text parses.
#include "base/jsondecode.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace isc;
using namespace isc::json;

namespace {

QByteArray j(const char *text)
{
    return QByteArray(text);
}

// Builds an example object of a schema from its properties' `example`s, following allOf,
// the way the OpenAPI tools and SDK generators do.
QJsonObject exampleOf(const QJsonObject &schemas, const QJsonObject &schema)
{
    QJsonObject out;
    if (schema.contains(QLatin1String("$ref"))) {
        const QString name = schema.value(QLatin1String("$ref")).toString().section(u'/', -1);
        return exampleOf(schemas, schemas.value(name).toObject());
    }
    for (const QJsonValue &part : schema.value(QLatin1String("allOf")).toArray()) {
        const QJsonObject sub = exampleOf(schemas, part.toObject());
        for (auto it = sub.begin(); it != sub.end(); ++it)
            out.insert(it.key(), it.value());
    }
    const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QJsonObject prop = it.value().toObject();
        if (prop.contains(QLatin1String("example")))
            out.insert(it.key(), prop.value(QLatin1String("example")));
    }
    return out;
}

} // namespace

class TestJsonDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectorsTolerateNulls();
    void connectorsRejectWrongTypes_data();
    void connectorsRejectWrongTypes();
    void malformedBodies_data();
    void malformedBodies();
    void customizerImageVersion_data();
    void customizerImageVersion();
    void customizerNeedsId();
    void timestamps_data();
    void timestamps();
    void versionReplyBothSpellings();
    void instances();
    void roundTrip();
    void openApiExamplesParse();
};

void TestJsonDecode::connectorsTolerateNulls()
{
    const auto r = decodeConnectors(j(R"([
        {"name":"Workday","type":"Workday","scriptName":"workday","className":null,
         "features":null,"directConnect":true,"status":"RELEASED",
         "connectorMetadata":{"shortDesc":"HR","platform":"ccg"},"somethingNew":42},
        {"name":"Bare","scriptName":"bare"}
    ])"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value.size(), 2);
    const Connector &w = r.value.at(0);
    QCOMPARE(w.name, QStringLiteral("Workday"));
    QVERIFY(w.className.isNull());
    QVERIFY(!w.hasFeatures);
    QVERIFY(w.directConnect);
    QCOMPARE(w.connectorMetadata.value(QLatin1String("platform")).toString(),
             QStringLiteral("ccg"));
    const Connector &b = r.value.at(1);
    QVERIFY(!b.directConnect); // default false when absent
    QVERIFY(b.status.isEmpty());
    QVERIFY(b.connectorMetadata.isEmpty());
}

void TestJsonDecode::connectorsRejectWrongTypes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("name number") << j(R"([{"name":5}])") << QStringLiteral("name");
    QTest::newRow("features string")
        << j(R"([{"features":"SEARCH"}])") << QStringLiteral("features");
    QTest::newRow("features item number")
        << j(R"([{"features":["SEARCH",3]}])") << QStringLiteral("features");
    QTest::newRow("directConnect object")
        << j(R"([{"directConnect":{}}])") << QStringLiteral("directConnect");
    QTest::newRow("metadata array")
        << j(R"([{"connectorMetadata":[]}])") << QStringLiteral("connectorMetadata");
    QTest::newRow("item not object") << j(R"([{"name":"a"}, 7])") << QStringLiteral("Item 2");
}

void TestJsonDecode::connectorsRejectWrongTypes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const auto r = decodeConnectors(body);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    QVERIFY(r.value.isEmpty()); // never a partial list that looks complete
}

void TestJsonDecode::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << j("<html><body>Bad Gateway</body></html>");
    QTest::newRow("truncated") << j(R"([{"name":"Workday","type":"Wo)");
    QTest::newRow("object not array") << j(R"({"name":"Workday"})");
    QTest::newRow("number") << j("42");
}

void TestJsonDecode::malformedBodies()
{
    QFETCH(QByteArray, body);
    const auto connectors = decodeConnectors(body);
    QVERIFY(!connectors.ok());
    QVERIFY(connectors.value.isEmpty());
    const auto customizers = decodeCustomizers(body);
    QVERIFY(!customizers.ok());
    if (!body.startsWith('{')) {
        QVERIFY(!decodeCustomizer(body).ok());
        QVERIFY(!decodeCustomizerVersion(body).ok());
    }
}

void TestJsonDecode::customizerImageVersion_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("version");
    QTest::newRow("absent") << j(R"({"id":"a"})") << true << false << qint64(0);
    QTest::newRow("null") << j(R"({"id":"a","imageVersion":null})") << true << false << qint64(0);
    QTest::newRow("number") << j(R"({"id":"a","imageVersion":7})") << true << true << qint64(7);
    QTest::newRow("big") << j(R"({"id":"a","imageVersion":4294967296})") << true << true
                         << qint64(4294967296LL);
    QTest::newRow("string digits")
        << j(R"({"id":"a","imageVersion":"12"})") << true << true << qint64(12);
    QTest::newRow("fraction") << j(R"({"id":"a","imageVersion":1.5})") << false << false
                              << qint64(0);
    QTest::newRow("bool") << j(R"({"id":"a","imageVersion":true})") << false << false << qint64(0);
}

void TestJsonDecode::customizerImageVersion()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(bool, present);
    QFETCH(qint64, version);
    const auto r = decodeCustomizer(body);
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QVERIFY(r.error.contains(QLatin1String("imageVersion")));
        return;
    }
    QCOMPARE(r.value.imageVersion.has_value(), present);
    if (present)
        QCOMPARE(*r.value.imageVersion, version);
}

void TestJsonDecode::customizerNeedsId()
{
    QVERIFY(!decodeCustomizer(j(R"({"name":"x"})")).ok());
    QVERIFY(!decodeCustomizer(j(R"({"id":"","name":"x"})")).ok());
    QVERIFY(!decodeCustomizers(j(R"([{"id":"a"},{"name":"x"}])")).ok());
}

void TestJsonDecode::timestamps_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QDateTime>("expected"); // invalid: unparseable, raw kept
    const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
    };
    QTest::newRow("rfc3339 ms Z") << QStringLiteral("2022-02-08T14:50:03.827Z")
                                  << utc(2022, 2, 8, 14, 50, 3, 827);
    QTest::newRow("rfc3339 no fraction")
        << QStringLiteral("2022-02-08T14:50:03Z") << utc(2022, 2, 8, 14, 50, 3, 0);
    QTest::newRow("rfc3339 micro")
        << QStringLiteral("2022-02-08T14:50:03.123456Z") << utc(2022, 2, 8, 14, 50, 3, 123);
    QTest::newRow("rfc3339 offset")
        << QStringLiteral("2022-02-08T16:50:03+02:00") << utc(2022, 2, 8, 14, 50, 3, 0);
    QTest::newRow("rfc3339 negative offset")
        << QStringLiteral("2022-02-08T09:50:03-05:00") << utc(2022, 2, 8, 14, 50, 3, 0);
    QTest::newRow("go utc") << QStringLiteral("2009-11-10 23:00:00 +0000 UTC")
                            << utc(2009, 11, 10, 23, 0, 0, 0);
    QTest::newRow("go fraction cet")
        << QStringLiteral("2009-11-10 23:00:00.5 +0100 CET") << utc(2009, 11, 10, 22, 0, 0, 500);
    QTest::newRow("go monotonic") << QStringLiteral("2009-11-10 23:00:00 +0000 UTC m=+0.000000001")
                                  << utc(2009, 11, 10, 23, 0, 0, 0);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00Z")
                              << utc(2024, 2, 29, 0, 0, 0, 0);
    QTest::newRow("pre-epoch") << QStringLiteral("1969-12-31T23:59:59Z")
                               << utc(1969, 12, 31, 23, 59, 59, 0);
    QTest::newRow("garbage") << QStringLiteral("last tuesday") << QDateTime();
    QTest::newRow("month 13") << QStringLiteral("2022-13-08T14:50:03Z") << QDateTime();
    QTest::newRow("trailing junk") << QStringLiteral("2022-02-08T14:50:03Zjunk") << QDateTime();
}

void TestJsonDecode::timestamps()
{
    QFETCH(QString, raw);
    QFETCH(QDateTime, expected);
    const ApiTimestamp ts = parseTimestamp(raw);
    QCOMPARE(ts.raw, raw);
    QCOMPARE(ts.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(ts.value.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());

    // Inside a reply an unparseable date never drops the row.
    const QByteArray body =
        QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                                             {QStringLiteral("created"), raw}}})
            .toJson();
    const auto r = decodeCustomizers(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value.size(), 1);
    QCOMPARE(r.value.first().created.raw, raw);
}

void TestJsonDecode::versionReplyBothSpellings()
{
    const auto spec = decodeCustomizerVersion(j(
        R"({"customizerID":"c1","imageID":"i1","version":3,"created":"2022-02-08T14:50:03.827Z"})"));
    QVERIFY2(spec.ok(), qPrintable(spec.error));
    QCOMPARE(spec.value.customizerId, QStringLiteral("c1"));
    QCOMPARE(spec.value.imageId, QStringLiteral("i1"));
    QCOMPARE(spec.value.version, qint64(3));
    QVERIFY(spec.value.created.isValid());

    const auto cli =
        decodeCustomizerVersion(j(R"({"connectorCustomizerId":"c2","imageId":"i2","version":4})"));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    QCOMPARE(cli.value.customizerId, QStringLiteral("c2"));
    QCOMPARE(cli.value.imageId, QStringLiteral("i2"));
    QCOMPARE(cli.value.version, qint64(4));
}

void TestJsonDecode::instances()
{
    const auto r = decodeConnectorInstances(j(R"([
        {"id":"s1","name":"HR","type":"Workday","connectorCustomizerId":"c1","owner":"amy"},
        {"id":"s2","name":"AD","connectorCustomizerId":null}
    ])"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value.size(), 2);
    QVERIFY(r.value.at(0).isLinked());
    QCOMPARE(r.value.at(0).extra.value(QLatin1String("owner")).toString(), QStringLiteral("amy"));
    QVERIFY(!r.value.at(0).extra.contains(QLatin1String("id")));
    QVERIFY(!r.value.at(1).isLinked());
    QVERIFY(!decodeConnectorInstances(j(R"([{"name":"no id"}])")).ok());
}

void TestJsonDecode::roundTrip()
{
    const auto connectors = decodeConnectors(j(R"([{"name":"n","type":"t","scriptName":"s",
        "className":null,"features":["A","B"],"directConnect":true,"status":"RELEASED",
        "connectorMetadata":{"k":"v"}}])"));
    QVERIFY(connectors.ok());
    const QByteArray again = QJsonDocument(QJsonArray{toJson(connectors.value.first())}).toJson();
    const auto back = decodeConnectors(again);
    QVERIFY(back.ok());
    QCOMPARE(back.value.first().features, connectors.value.first().features);
    QVERIFY(back.value.first().className.isNull());

    const auto c = decodeCustomizer(j(R"({"id":"a","name":"n","imageVersion":2,"imageID":"i",
        "tenantID":"t","created":"2009-11-10 23:00:00 +0000 UTC"})"));
    QVERIFY(c.ok());
    const auto c2 = decodeCustomizer(QJsonDocument(toJson(c.value)).toJson());
    QVERIFY(c2.ok());
    QCOMPARE(c2.value, c.value);
}

void TestJsonDecode::openApiExamplesParse()
{
    const QJsonObject spec =
        QJsonDocument::fromJson(test::readTestData(QStringLiteral("isc-subset.json"))).object();
    const QJsonObject schemas = spec.value(QLatin1String("components"))
                                    .toObject()
                                    .value(QLatin1String("schemas"))
                                    .toObject();
    QVERIFY(!schemas.isEmpty());
    const auto ex = [&](const char *name) {
        return QJsonDocument(exampleOf(schemas, schemas.value(QLatin1String(name)).toObject()))
            .toJson();
    };
    const QByteArray connector = ex("V3ConnectorDto");
    const auto connectors = decodeConnectors("[" + connector + "]");
    QVERIFY2(connectors.ok(), qPrintable(connectors.error));
    QCOMPARE(connectors.value.first().type, QStringLiteral("ServiceNow"));
    QCOMPARE(connectors.value.first().features.size(), 4);

    for (const char *name : {"ConnectorCustomizersResponse", "ConnectorCustomizerCreateResponse",
                             "ConnectorCustomizerUpdateResponse"}) {
        const auto r = decodeCustomizer(ex(name));
        QVERIFY2(r.ok(), qPrintable(QLatin1String(name) + u": " + r.error));
        QCOMPARE(r.value.id, QStringLiteral("b07dc46a-1498-4de8-bfbb-259a68e70c8a"));
        QVERIFY2(r.value.created.isValid(), name); // the spec's Go-style date parses
    }
    const auto update = decodeCustomizer(ex("ConnectorCustomizerUpdateResponse"));
    QCOMPARE(update.value.imageVersion.value_or(-1), qint64(1));

    const auto version = decodeCustomizerVersion(ex("ConnectorCustomizerVersionCreateResponse"));
    QVERIFY2(version.ok(), qPrintable(version.error));
    QCOMPARE(version.value.version, qint64(1));
    QVERIFY(version.value.created.isValid());
}

QTEST_GUILESS_MAIN(TestJsonDecode)
#include "tst_jsondecode.moc"
