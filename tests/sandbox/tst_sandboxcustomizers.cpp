// Connector customizers and connector instances in the sandbox, over real HTTP: the whole
// lifecycle, bad bodies, version uploads, links, and the same store under every version.
#include "sandbox.h"
#include "zipbuilder.h"

#include <QRegularExpression>
#include <QtTest>

using namespace isc::test;

class TestSandboxCustomizers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seededCustomizers();
    void lifecycle();
    void sameStoreUnderEveryVersion_data();
    void sameStoreUnderEveryVersion();
    void badBodies_data();
    void badBodies();
    void unknownIdsAre404_data();
    void unknownIdsAre404();
    void listPaging();
    void versionUploads_data();
    void versionUploads();
    void versionsCount();
    void instancesList();
    void linkAndUnlink();
    void badPatches_data();
    void badPatches();
    void deletingALinkedCustomizerUnlinks();
    void wrongMethodsAre405();
    void statusFaultDoesNotCreate();
    void droppedReplyStillCreates();

private:
    QString create(const QString &name);
    HttpResult patchInstance(const QString &id, const QByteArray &body,
                             const QByteArray &contentType = "application/json-patch+json");
    HttpResult upload(const QString &id, const QByteArray &zip,
                      const QByteArray &contentType = "application/zip");

    Sandbox m_sandbox;
};

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

const QString Customizers = QStringLiteral("/v2024/connector-customizers");
const QString Instances = QStringLiteral("/beta/connector-instances");
const QString UnlinkedInstance = QStringLiteral("2c9180835d2e5168015d32f890ca1584");

bool isRfc3339(const QString &text)
{
    static const QRegularExpression pattern(
        q("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    return pattern.match(text).hasMatch();
}

QJsonObject findById(const QJsonArray &array, const QString &id)
{
    for (const QJsonValue &value : array) {
        if (value.toObject().value(QLatin1String("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

QByteArray validZip()
{
    return makeZip({{q("index.js"), "module.exports = { connector: {} };\n"},
                    {q("connector-spec.json"), R"({"name": "test"})"}});
}

} // namespace

void TestSandboxCustomizers::initTestCase()
{
    // Many calls in a few seconds: the rate limit is tested elsewhere.
    QVERIFY(m_sandbox.start({q("--rate-limit"), q("100000")}));
}

QString TestSandboxCustomizers::create(const QString &name)
{
    const HttpResult result = m_sandbox.sendJson(
        "POST", Customizers, QJsonDocument(QJsonObject{{QLatin1String("name"), name}}));
    if (result.status != 201)
        qWarning("create failed: %d %s", result.status, result.body.constData());
    return result.object().value(QLatin1String("id")).toString();
}

HttpResult TestSandboxCustomizers::patchInstance(const QString &id, const QByteArray &body,
                                                 const QByteArray &contentType)
{
    Sandbox::Call call;
    call.method = "PATCH";
    call.path = Instances + QLatin1Char('/') + id;
    call.body = body;
    call.contentType = contentType;
    return m_sandbox.call(call);
}

HttpResult TestSandboxCustomizers::upload(const QString &id, const QByteArray &zip,
                                          const QByteArray &contentType)
{
    Sandbox::Call call;
    call.method = "POST";
    call.path = Customizers + QLatin1Char('/') + id + QStringLiteral("/versions");
    call.body = zip;
    call.contentType = contentType;
    return m_sandbox.call(call);
}

void TestSandboxCustomizers::seededCustomizers()
{
    const HttpResult list = m_sandbox.get(Customizers);
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.array();
    QVERIFY(items.size() >= 3);
    int withVersion = 0;
    int withoutVersion = 0;
    for (const QJsonValue &value : items) {
        const QJsonObject customizer = value.toObject();
        QCOMPARE(QUuid::fromString(customizer.value(QLatin1String("id")).toString()).isNull(),
                 false);
        QVERIFY(isRfc3339(customizer.value(QLatin1String("created")).toString()));
        QVERIFY(!customizer.value(QLatin1String("tenantID")).toString().isEmpty());
        if (customizer.contains(QLatin1String("imageVersion"))) {
            ++withVersion;
            QVERIFY(customizer.value(QLatin1String("imageVersion")).toInt() >= 1);
            QVERIFY(!customizer.value(QLatin1String("imageID")).toString().isEmpty());
        } else {
            ++withoutVersion;
            QVERIFY(!customizer.contains(QLatin1String("imageID")));
        }
    }
    QVERIFY(withVersion > 0);
    QVERIFY(withoutVersion > 0);
}

void TestSandboxCustomizers::lifecycle()
{
    // Create: 201 with exactly the create response's fields.
    const HttpResult created = m_sandbox.sendJson(
        "POST", Customizers, QJsonDocument(QJsonObject{{QLatin1String("name"), q("lifecycle")}}));
    QCOMPARE(created.status, 201);
    const QJsonObject body = created.object();
    QStringList keys = body.keys();
    keys.sort();
    QCOMPARE(keys, QStringList({q("created"), q("id"), q("name"), q("tenantID")}));
    const QString id = body.value(QLatin1String("id")).toString();
    QCOMPARE(body.value(QLatin1String("name")).toString(), q("lifecycle"));
    QVERIFY(isRfc3339(body.value(QLatin1String("created")).toString()));
    QCOMPARE(body.value(QLatin1String("tenantID")).toString(),
             m_sandbox.state().value(QLatin1String("tenantId")).toString());

    // Get: no version yet.
    const HttpResult got = m_sandbox.get(Customizers + QLatin1Char('/') + id);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.object().value(QLatin1String("name")).toString(), q("lifecycle"));
    QVERIFY(!got.object().contains(QLatin1String("imageVersion")));

    // Rename.
    const HttpResult renamed = m_sandbox.sendJson(
        "PUT", Customizers + QLatin1Char('/') + id,
        QJsonDocument(QJsonObject{{QLatin1String("name"), q("lifecycle renamed")}}));
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.object().value(QLatin1String("name")).toString(), q("lifecycle renamed"));
    QCOMPARE(renamed.object().value(QLatin1String("id")).toString(), id);
    QCOMPARE(renamed.object().value(QLatin1String("created")),
             body.value(QLatin1String("created")));
    QCOMPARE(
        findById(m_sandbox.get(Customizers).array(), id).value(QLatin1String("name")).toString(),
        q("lifecycle renamed"));

    // Delete: 204 without a body, then 404.
    const HttpResult deleted = m_sandbox.del(Customizers + QLatin1Char('/') + id);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(m_sandbox.get(Customizers + QLatin1Char('/') + id).status, 404);
    QVERIFY(findById(m_sandbox.get(Customizers).array(), id).isEmpty());
}

void TestSandboxCustomizers::sameStoreUnderEveryVersion_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("beta") << q("/beta");
    QTest::newRow("v2025") << q("/v2025");
    QTest::newRow("v2026") << q("/v2026");
}

void TestSandboxCustomizers::sameStoreUnderEveryVersion()
{
    QFETCH(QString, prefix);
    const QString id = create(q("shared ") + prefix);
    QVERIFY(!id.isEmpty());
    const HttpResult other = m_sandbox.get(prefix + q("/connector-customizers/") + id);
    QCOMPARE(other.status, 200);
    QCOMPARE(other.object().value(QLatin1String("name")).toString(), q("shared ") + prefix);
    QCOMPARE(m_sandbox.del(prefix + q("/connector-customizers/") + id).status, 204);
}

void TestSandboxCustomizers::badBodies_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fragment");
    for (const char *method : {"POST", "PUT"}) {
        const QByteArray m(method);
        QTest::addRow("%s missing name", method)
            << m << QByteArray("{}") << QByteArray("application/json") << 400
            << q("'name' is required");
        QTest::addRow("%s null name", method)
            << m << QByteArray(R"({"name": null})") << QByteArray("application/json") << 400
            << q("required");
        QTest::addRow("%s empty name", method)
            << m << QByteArray(R"({"name": ""})") << QByteArray("application/json") << 400
            << q("required");
        QTest::addRow("%s blank name", method)
            << m << QByteArray(R"({"name": "   "})") << QByteArray("application/json") << 400
            << q("required");
        QTest::addRow("%s number name", method)
            << m << QByteArray(R"({"name": 42})") << QByteArray("application/json") << 400
            << q("must be a string");
        QTest::addRow("%s array name", method)
            << m << QByteArray(R"({"name": ["a"]})") << QByteArray("application/json") << 400
            << q("must be a string");
        QTest::addRow("%s not JSON", method)
            << m << QByteArray("{name: 'x'}") << QByteArray("application/json") << 400
            << q("not valid JSON");
        QTest::addRow("%s truncated JSON", method)
            << m << QByteArray(R"({"name": "x")") << QByteArray("application/json") << 400
            << q("not valid JSON");
        QTest::addRow("%s an array", method)
            << m << QByteArray(R"(["x"])") << QByteArray("application/json") << 400
            << q("must be a JSON object");
        QTest::addRow("%s a string", method)
            << m << QByteArray(R"("x")") << QByteArray("application/json") << 400 << q("JSON");
        QTest::addRow("%s empty body", method)
            << m << QByteArray("") << QByteArray("application/json") << 400 << q("empty");
        QTest::addRow("%s text/plain", method)
            << m << QByteArray(R"({"name": "x"})") << QByteArray("text/plain") << 415
            << q("text/plain");
    }
}

void TestSandboxCustomizers::badBodies()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, fragment);
    const QString existing = create(q("bad bodies target"));
    const int before = m_sandbox.get(Customizers).array().size();
    Sandbox::Call call;
    call.method = method;
    call.path = method == "POST" ? Customizers : Customizers + QLatin1Char('/') + existing;
    call.body = body;
    call.contentType = contentType;
    const HttpResult result = m_sandbox.call(call);
    QCOMPARE(result.status, status);
    const QJsonObject error = result.object();
    QCOMPARE(error.value(QLatin1String("trackingId")).toString().size(), 32);
    const QString text = error.value(QLatin1String("messages"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QLatin1String("text"))
                             .toString();
    QVERIFY2(text.contains(fragment), qPrintable(text));
    // Nothing was created or renamed.
    const QJsonArray after = m_sandbox.get(Customizers).array();
    QCOMPARE(after.size(), before);
    QCOMPARE(findById(after, existing).value(QLatin1String("name")).toString(),
             q("bad bodies target"));
    QCOMPARE(m_sandbox.del(Customizers + QLatin1Char('/') + existing).status, 204);
}

void TestSandboxCustomizers::unknownIdsAre404_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("get") << QByteArray("GET") << QString();
    QTest::newRow("put") << QByteArray("PUT") << QString();
    QTest::newRow("delete") << QByteArray("DELETE") << QString();
    QTest::newRow("version") << QByteArray("POST") << q("/versions");
}

void TestSandboxCustomizers::unknownIdsAre404()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, suffix);
    Sandbox::Call call;
    call.method = method;
    call.path = Customizers + q("/00000000-0000-0000-0000-000000000000") + suffix;
    if (method == "PUT") {
        call.body = R"({"name": "x"})";
        call.contentType = "application/json";
    } else if (method == "POST") {
        call.body = validZip();
        call.contentType = "application/zip";
    }
    const HttpResult result = m_sandbox.call(call);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.object().value(QLatin1String("detailCode")).toString(), q("404 Not found"));
    QCOMPARE(result.object().value(QLatin1String("trackingId")).toString().size(), 32);
}

void TestSandboxCustomizers::listPaging()
{
    const int total = m_sandbox.get(Customizers).array().size();
    QVERIFY(total >= 2);
    QCOMPARE(m_sandbox.get(Customizers, {{q("limit"), q("1")}}).array().size(), 1);
    const QJsonArray second =
        m_sandbox.get(Customizers, {{q("offset"), q("1")}, {q("limit"), q("1")}}).array();
    QCOMPARE(second.first(), m_sandbox.get(Customizers).array().at(1));
    QCOMPARE(m_sandbox.get(Customizers, {{q("offset"), QString::number(total)}}).array().size(), 0);
    QCOMPARE(m_sandbox.get(Customizers, {{q("limit"), q("0")}}).array().size(), 0);
    QCOMPARE(m_sandbox.get(Customizers, {{q("limit"), q("251")}}).status, 400);
    QCOMPARE(m_sandbox.get(Customizers, {{q("offset"), q("-1")}}).status, 400);
}

void TestSandboxCustomizers::versionUploads_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("valid") << validZip() << QByteArray("application/zip") << 200 << QString();
    QTest::newRow("index.js alone")
        << makeZip({{q("index.js"), "x"}}) << QByteArray("application/zip") << 200 << QString();
    QTest::newRow("octet-stream") << validZip() << QByteArray("application/octet-stream") << 200
                                  << QString();
    QTest::newRow("not a zip") << QByteArray("PK? this is not a zip archive at all")
                               << QByteArray("application/zip") << 400 << q("not a ZIP archive");
    QTest::newRow("a JSON body") << QByteArray(R"({"name": "x"})") << QByteArray("application/zip")
                                 << 400 << q("not a ZIP archive");
    QTest::newRow("no index.js") << makeZip({{q("connector-spec.json"), "{}"}})
                                 << QByteArray("application/zip") << 400 << q("index.js");
    QTest::newRow("index.js only in a folder")
        << makeZip({{q("dist/index.js"), "x"}}) << QByteArray("application/zip") << 400
        << q("index.js");
    QTest::newRow("empty body") << QByteArray("") << QByteArray("application/zip") << 400
                                << q("empty");
    QTest::newRow("multipart") << validZip() << QByteArray("multipart/form-data; boundary=x") << 415
                               << q("application/zip");
}

void TestSandboxCustomizers::versionUploads()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, fragment);
    QVERIFY(!validZip().isEmpty());
    const QString id = create(q("uploads"));
    const HttpResult result = upload(id, body, contentType);
    QCOMPARE(result.status, status);
    const QJsonObject customizer = m_sandbox.get(Customizers + QLatin1Char('/') + id).object();
    if (status == 200) {
        const QJsonObject version = result.object();
        QCOMPARE(version.value(QLatin1String("customizerID")).toString(), id);
        QCOMPARE(version.value(QLatin1String("version")).toInt(), 1);
        QVERIFY(isRfc3339(version.value(QLatin1String("created")).toString()));
        QCOMPARE(customizer.value(QLatin1String("imageVersion")).toInt(), 1);
        QCOMPARE(customizer.value(QLatin1String("imageID")),
                 version.value(QLatin1String("imageID")));
    } else {
        const QString text = result.object()
                                 .value(QLatin1String("messages"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QLatin1String("text"))
                                 .toString();
        QVERIFY2(text.contains(fragment), qPrintable(text));
        QVERIFY(!customizer.contains(QLatin1String("imageVersion")));
    }
    QCOMPARE(m_sandbox.del(Customizers + QLatin1Char('/') + id).status, 204);
}

void TestSandboxCustomizers::versionsCount()
{
    const QString id = create(q("three versions"));
    QStringList imageIds;
    for (int expected = 1; expected <= 3; ++expected) {
        const HttpResult result = upload(id, validZip());
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object().value(QLatin1String("version")).toInt(), expected);
        imageIds.append(result.object().value(QLatin1String("imageID")).toString());
    }
    QCOMPARE(QSet<QString>(imageIds.cbegin(), imageIds.cend()).size(), 3); // a new image each time
    const QJsonObject customizer = m_sandbox.get(Customizers + QLatin1Char('/') + id).object();
    QCOMPARE(customizer.value(QLatin1String("imageVersion")).toInt(), 3);
    QCOMPARE(customizer.value(QLatin1String("imageID")).toString(), imageIds.last());
    QCOMPARE(m_sandbox.del(Customizers + QLatin1Char('/') + id).status, 204);
}

void TestSandboxCustomizers::instancesList()
{
    const HttpResult list = m_sandbox.get(Instances);
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.array();
    QVERIFY(items.size() >= 4);
    int linked = 0;
    for (const QJsonValue &value : items) {
        const QJsonObject instance = value.toObject();
        QVERIFY(!instance.value(QLatin1String("id")).toString().isEmpty());
        QVERIFY(!instance.value(QLatin1String("name")).toString().isEmpty());
        QVERIFY(instance.value(QLatin1String("type")).isString());
        if (instance.contains(QLatin1String("connectorCustomizerId"))) {
            ++linked;
            const QString customizer =
                instance.value(QLatin1String("connectorCustomizerId")).toString();
            QCOMPARE(m_sandbox.get(Customizers + QLatin1Char('/') + customizer).status, 200);
        }
    }
    QVERIFY(linked > 0);
    QVERIFY(linked < items.size());
    QCOMPARE(m_sandbox.get(Instances, {{q("limit"), q("2")}}).array().size(), 2);
    QCOMPARE(
        m_sandbox.get(Instances, {{q("offset"), q("2")}, {q("limit"), q("1")}}).array().first(),
        items.at(2));
}

void TestSandboxCustomizers::linkAndUnlink()
{
    const QString customizer = create(q("link target"));
    const QByteArray link =
        QJsonDocument(QJsonArray{QJsonObject{{QLatin1String("op"), q("replace")},
                                             {QLatin1String("path"), q("/connectorCustomizerId")},
                                             {QLatin1String("value"), customizer}}})
            .toJson();
    const HttpResult linked = patchInstance(UnlinkedInstance, link);
    QCOMPARE(linked.status, 200);
    QCOMPARE(linked.object().value(QLatin1String("id")).toString(), UnlinkedInstance);
    QCOMPARE(linked.object().value(QLatin1String("connectorCustomizerId")).toString(), customizer);
    QCOMPARE(findById(m_sandbox.get(Instances).array(), UnlinkedInstance)
                 .value(QLatin1String("connectorCustomizerId"))
                 .toString(),
             customizer);

    // Plain application/json is accepted too.
    const HttpResult unlinked =
        patchInstance(UnlinkedInstance, R"([{"op": "remove", "path": "/connectorCustomizerId"}])",
                      "application/json");
    QCOMPARE(unlinked.status, 200);
    QVERIFY(!unlinked.object().contains(QLatin1String("connectorCustomizerId")));
    QVERIFY(!findById(m_sandbox.get(Instances).array(), UnlinkedInstance)
                 .contains(QLatin1String("connectorCustomizerId")));
    QCOMPARE(m_sandbox.del(Customizers + QLatin1Char('/') + customizer).status, 204);
}

void TestSandboxCustomizers::badPatches_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fragment");
    const QByteArray patch = "application/json-patch+json";
    QTest::newRow("unknown customizer")
        << UnlinkedInstance
        << QByteArray(R"([{"op":"replace","path":"/connectorCustomizerId","value":"nope"}])")
        << patch << 400 << q("'nope' does not exist");
    QTest::newRow("other path") << UnlinkedInstance
                                << QByteArray(R"([{"op":"replace","path":"/name","value":"x"}])")
                                << patch << 400 << q("/name cannot be changed");
    QTest::newRow("unsupported op")
        << UnlinkedInstance
        << QByteArray(R"([{"op":"move","from":"/a","path":"/connectorCustomizerId"}])") << patch
        << 400 << q("'move' is not supported");
    QTest::newRow("value not a string")
        << UnlinkedInstance
        << QByteArray(R"([{"op":"replace","path":"/connectorCustomizerId","value":7}])") << patch
        << 400 << q("\"value\"");
    QTest::newRow("an object, not an array")
        << UnlinkedInstance << QByteArray(R"({"op":"remove","path":"/connectorCustomizerId"})")
        << patch << 400 << q("JSON array");
    QTest::newRow("missing op") << UnlinkedInstance
                                << QByteArray(R"([{"path":"/connectorCustomizerId"}])") << patch
                                << 400 << q("\"op\"");
    QTest::newRow("not JSON") << UnlinkedInstance << QByteArray("[{") << patch << 400
                              << q("not valid JSON");
    QTest::newRow("wrong content type")
        << UnlinkedInstance << QByteArray(R"([{"op":"remove","path":"/connectorCustomizerId"}])")
        << QByteArray("text/plain") << 415 << q("text/plain");
    QTest::newRow("unknown instance")
        << q("ffffffffffffffffffffffffffffffff")
        << QByteArray(R"([{"op":"remove","path":"/connectorCustomizerId"}])") << patch << 404
        << q("does not exist");
    QTest::newRow("second operation bad: nothing applied")
        << UnlinkedInstance
        << QByteArray(
               R"([{"op":"replace","path":"/connectorCustomizerId","value":"b07dc46a-1498-4de8-bfbb-259a68e70c8a"},{"op":"copy","path":"/connectorCustomizerId"}])")
        << patch << 400 << q("operation 2");
}

void TestSandboxCustomizers::badPatches()
{
    QFETCH(QString, instance);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, fragment);
    const QJsonObject before = findById(m_sandbox.get(Instances).array(), UnlinkedInstance);
    const HttpResult result = patchInstance(instance, body, contentType);
    QCOMPARE(result.status, status);
    const QString text = result.object()
                             .value(QLatin1String("messages"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QLatin1String("text"))
                             .toString();
    QVERIFY2(text.contains(fragment), qPrintable(text));
    QCOMPARE(findById(m_sandbox.get(Instances).array(), UnlinkedInstance), before);
}

void TestSandboxCustomizers::deletingALinkedCustomizerUnlinks()
{
    const QString customizer = create(q("linked then deleted"));
    const QByteArray link =
        QJsonDocument(QJsonArray{QJsonObject{{QLatin1String("op"), q("replace")},
                                             {QLatin1String("path"), q("/connectorCustomizerId")},
                                             {QLatin1String("value"), customizer}}})
            .toJson();
    QCOMPARE(patchInstance(UnlinkedInstance, link).status, 200);
    QCOMPARE(m_sandbox.del(Customizers + QLatin1Char('/') + customizer).status, 204);
    QVERIFY(!findById(m_sandbox.get(Instances).array(), UnlinkedInstance)
                 .contains(QLatin1String("connectorCustomizerId")));
}

void TestSandboxCustomizers::wrongMethodsAre405()
{
    Sandbox::Call call;
    call.method = "DELETE";
    call.path = Customizers;
    HttpResult result = m_sandbox.call(call);
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("Allow"), QByteArray("GET, POST"));
    call.method = "POST";
    call.path = Instances;
    call.body = "[]";
    call.contentType = "application/json";
    QCOMPARE(m_sandbox.call(call).status, 405);
    call.path = q("/beta/connectors");
    QCOMPARE(m_sandbox.call(call).status, 405);
}

void TestSandboxCustomizers::statusFaultDoesNotCreate()
{
    const int before = m_sandbox.get(Customizers).array().size();
    QVERIFY(m_sandbox.addFault({{QLatin1String("method"), q("POST")},
                                {QLatin1String("path"), Customizers},
                                {QLatin1String("status"), 503}}));
    const HttpResult result = m_sandbox.sendJson(
        "POST", Customizers, QJsonDocument(QJsonObject{{QLatin1String("name"), q("refused")}}));
    QCOMPARE(result.status, 503);
    QCOMPARE(m_sandbox.get(Customizers).array().size(), before);
}

void TestSandboxCustomizers::droppedReplyStillCreates()
{
    // The case the console must never retry blindly: the create happened, the reply was lost.
    const int before = m_sandbox.get(Customizers).array().size();
    QVERIFY(m_sandbox.addFault({{QLatin1String("method"), q("POST")},
                                {QLatin1String("path"), Customizers},
                                {QLatin1String("body"), q("drop")},
                                {QLatin1String("count"), 2}}));
    const HttpResult result = m_sandbox.sendJson(
        "POST", Customizers, QJsonDocument(QJsonObject{{QLatin1String("name"), q("ghost")}}));
    QCOMPARE(result.status, 0);
    QVERIFY(result.error != QNetworkReply::NoError);
    QVERIFY(m_sandbox.clearFaults());
    const QJsonArray after = m_sandbox.get(Customizers).array();
    QVERIFY(after.size() > before);
    QCOMPARE(after.last().toObject().value(QLatin1String("name")).toString(), q("ghost"));
}

QTEST_GUILESS_MAIN(TestSandboxCustomizers)
#include "tst_sandboxcustomizers.moc"
