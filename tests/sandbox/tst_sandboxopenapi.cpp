// The sandbox against the official OpenAPI text (tests/data/isc-subset.json): every example
// request of the four paths is accepted, and every reply, successes and errors alike,
// matches the schema the text declares for its status, so that a client generated from the
// text works against the sandbox unchanged.
#include "openapischema.h"
#include "sandbox.h"
#include "testsupport.h"
#include "zipbuilder.h"

#include <QtTest>

using namespace isc::test;

class TestSandboxOpenApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkerCatchesWrongTypes_data();
    void checkerCatchesWrongTypes();
    void exampleRequestsAreAccepted_data();
    void exampleRequestsAreAccepted();
    void errorRepliesMatchTheirSchemas_data();
    void errorRepliesMatchTheirSchemas();

private:
    QJsonObject operation(const QString &method, const QString &path) const;
    // The schema of the reply the text declares for `status`; `declared` is false when the
    // operation does not list that status.
    QJsonObject responseSchema(const QJsonObject &operation, int status, bool *declared) const;
    Sandbox::Call exampleCall(const QString &method, const QString &path) const;

    OpenApiSchema m_spec{QJsonObject()};
    Sandbox m_sandbox;
};

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void TestSandboxOpenApi::initTestCase()
{
    m_spec = OpenApiSchema(QJsonDocument::fromJson(readTestData(q("isc-subset.json"))).object());
    QVERIFY(m_spec.isValid());
    QVERIFY(m_sandbox.start({q("--rate-limit"), q("100000")}));
}

QJsonObject TestSandboxOpenApi::operation(const QString &method, const QString &path) const
{
    return m_spec.document()
        .value(QLatin1String("paths"))
        .toObject()
        .value(path)
        .toObject()
        .value(method.toLower())
        .toObject();
}

QJsonObject TestSandboxOpenApi::responseSchema(const QJsonObject &operation, int status,
                                               bool *declared) const
{
    const QJsonObject responses = operation.value(QLatin1String("responses")).toObject();
    *declared = responses.contains(QString::number(status));
    const QJsonObject response =
        m_spec.resolve(responses.value(QString::number(status)).toObject());
    return response.value(QLatin1String("content"))
        .toObject()
        .value(QLatin1String("application/json"))
        .toObject()
        .value(QLatin1String("schema"))
        .toObject();
}

Sandbox::Call TestSandboxOpenApi::exampleCall(const QString &method, const QString &path) const
{
    const QJsonObject op = operation(method, path);
    Sandbox::Call call;
    call.method = method.toLatin1();
    call.path = path;
    for (const QJsonValue &value : op.value(QLatin1String("parameters")).toArray()) {
        const QJsonObject parameter = m_spec.resolve(value.toObject());
        QJsonValue example = parameter.value(QLatin1String("example"));
        if (example.isUndefined())
            example =
                parameter.value(QLatin1String("schema")).toObject().value(QLatin1String("example"));
        if (example.isUndefined())
            continue;
        const QString text = example.isString() ? example.toString()
            : example.isBool()                  ? (example.toBool() ? q("true") : q("false"))
                                                : QString::number(example.toDouble());
        const QString in = parameter.value(QLatin1String("in")).toString();
        const QString name = parameter.value(QLatin1String("name")).toString();
        if (in == QLatin1String("path"))
            call.path.replace(QLatin1Char('{') + name + QLatin1Char('}'), text);
        else if (in == QLatin1String("query"))
            call.query.append({name, text});
    }
    const QJsonObject body = op.value(QLatin1String("requestBody"))
                                 .toObject()
                                 .value(QLatin1String("content"))
                                 .toObject()
                                 .value(QLatin1String("application/json"))
                                 .toObject();
    if (!body.isEmpty()) {
        call.body = QJsonDocument(
                        m_spec.exampleOf(body.value(QLatin1String("schema")).toObject()).toObject())
                        .toJson(QJsonDocument::Compact);
        call.contentType = "application/json";
    } else if (path.endsWith(QLatin1String("/versions"))) {
        // The text declares no body; the real upload is a raw ZIP (see the API contract).
        call.body = makeZip({{q("index.js"), "module.exports = {};"}});
        call.contentType = "application/zip";
    }
    return call;
}

void TestSandboxOpenApi::checkerCatchesWrongTypes_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QJsonObject>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("connector fine")
        << q("V3ConnectorDto")
        << parse(R"({"name":"a","className":null,"features":null,"directConnect":true})") << true;
    QTest::newRow("connector name a number")
        << q("V3ConnectorDto") << parse(R"({"name":5})") << false;
    QTest::newRow("directConnect a string")
        << q("V3ConnectorDto") << parse(R"({"directConnect":"true"})") << false;
    QTest::newRow("features of numbers")
        << q("V3ConnectorDto") << parse(R"({"features":[1]})") << false;
    QTest::newRow("metadata an array")
        << q("V3ConnectorDto") << parse(R"({"connectorMetadata":[]})") << false;
    QTest::newRow("name null") << q("V3ConnectorDto") << parse(R"({"name":null})") << false;
    QTest::newRow("imageVersion fractional")
        << q("ConnectorCustomizersResponse") << parse(R"({"imageVersion":1.5})") << false;
    QTest::newRow("created not a date")
        << q("ConnectorCustomizersResponse") << parse(R"({"created":"yesterday"})") << false;
    QTest::newRow("update response via allOf")
        << q("ConnectorCustomizerUpdateResponse") << parse(R"({"id":"x","imageVersion":"2"})")
        << false;
    QTest::newRow("localeOrigin outside the enum")
        << q("ErrorResponseDto")
        << parse(R"({"messages":[{"locale":"en","localeOrigin":"SOMEWHERE","text":"x"}]})")
        << false;
    QTest::newRow("localeOrigin null")
        << q("ErrorResponseDto")
        << parse(R"({"messages":[{"locale":null,"localeOrigin":null,"text":"x"}]})") << true;
}

void TestSandboxOpenApi::checkerCatchesWrongTypes()
{
    QFETCH(QString, schema);
    QFETCH(QJsonObject, value);
    QFETCH(bool, valid);
    QVERIFY(!m_spec.schema(schema).isEmpty());
    const QStringList violations = m_spec.violations(value, m_spec.schema(schema));
    QVERIFY2(violations.isEmpty() == valid, qPrintable(violations.join(QLatin1String("; "))));
}

void TestSandboxOpenApi::exampleRequestsAreAccepted_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    // Every operation of the text, the delete last (it removes the example customizer).
    QTest::newRow("get-connector-list") << q("GET") << q("/beta/connectors");
    QTest::newRow("list-connector-customizers") << q("GET") << q("/v2024/connector-customizers");
    QTest::newRow("create-connector-customizer") << q("POST") << q("/v2024/connector-customizers");
    QTest::newRow("get-connector-customizer") << q("GET") << q("/v2024/connector-customizers/{id}");
    QTest::newRow("put-connector-customizer") << q("PUT") << q("/v2024/connector-customizers/{id}");
    QTest::newRow("create-connector-customizer-version")
        << q("POST") << q("/v2024/connector-customizers/{id}/versions");
    QTest::newRow("delete-connector-customizer")
        << q("DELETE") << q("/v2024/connector-customizers/{id}");
}

void TestSandboxOpenApi::exampleRequestsAreAccepted()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    const QJsonObject op = operation(method, path);
    QVERIFY2(!op.isEmpty(), "the operation is in the text");
    int expected = 0;
    for (const QString &status : op.value(QLatin1String("responses")).toObject().keys()) {
        if (status.startsWith(QLatin1Char('2')))
            expected = status.toInt();
    }
    QVERIFY(expected != 0);

    const Sandbox::Call call = exampleCall(method, path);
    QVERIFY2(!call.path.contains(QLatin1Char('{')), qPrintable(call.path));
    const HttpResult result = m_sandbox.call(call);
    QVERIFY2(result.status == expected,
             qPrintable(QStringLiteral("%1 %2: HTTP %3 %4")
                            .arg(method, call.path)
                            .arg(result.status)
                            .arg(QString::fromUtf8(result.body))));
    if (expected == 204) {
        QVERIFY(result.body.isEmpty());
        return;
    }
    bool declared = false;
    const QJsonObject schema = responseSchema(op, expected, &declared);
    QVERIFY(!schema.isEmpty());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonValue body =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (document.isArray())
        QVERIFY2(!document.array().isEmpty(), "a list with something to check");
    const QStringList violations = m_spec.violations(body, schema);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1String("\n"))));
}

void TestSandboxOpenApi::errorRepliesMatchTheirSchemas_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("provoke"); // "filter", "token", "unknown id", or a fault status
    QTest::addColumn<int>("status");
    QTest::newRow("400 bad filter") << q("GET") << q("/beta/connectors") << q("filter") << 400;
    QTest::newRow("400 bad body") << q("POST") << q("/v2024/connector-customizers") << q("body")
                                  << 400;
    QTest::newRow("401 no token") << q("GET") << q("/beta/connectors") << q("token") << 401;
    QTest::newRow("401 no token, customizers")
        << q("GET") << q("/v2024/connector-customizers") << q("token") << 401;
    QTest::newRow("404 unknown customizer")
        << q("GET") << q("/v2024/connector-customizers/{id}") << q("unknown id") << 404;
    QTest::newRow("404 unknown customizer, delete")
        << q("DELETE") << q("/v2024/connector-customizers/{id}") << q("unknown id") << 404;
    for (const int status : {403, 429, 500}) {
        QTest::addRow("%d connectors", status)
            << q("GET") << q("/beta/connectors") << q("fault") << status;
        QTest::addRow("%d create", status)
            << q("POST") << q("/v2024/connector-customizers") << q("fault") << status;
        QTest::addRow("%d version", status)
            << q("POST") << q("/v2024/connector-customizers/{id}/versions") << q("fault") << status;
    }
}

void TestSandboxOpenApi::errorRepliesMatchTheirSchemas()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, provoke);
    QFETCH(int, status);
    const QJsonObject op = operation(method, path);
    Sandbox::Call call = exampleCall(method, path);
    if (provoke == QLatin1String("filter")) {
        call.query = {{q("filters"), q("status eq \"RELEASED\"")}};
    } else if (provoke == QLatin1String("body")) {
        call.body = R"({"name": 12})";
    } else if (provoke == QLatin1String("token")) {
        call.authorize = false;
    } else if (provoke == QLatin1String("unknown id")) {
        call.path = path;
        call.path.replace(q("{id}"), q("11111111-2222-3333-4444-555555555555"));
    } else {
        QVERIFY(m_sandbox.addFault({{QLatin1String("method"), method},
                                    {QLatin1String("path"), q("*")},
                                    {QLatin1String("status"), status}}));
    }
    const HttpResult result = m_sandbox.call(call);
    QCOMPARE(result.status, status);
    bool declared = false;
    const QJsonObject schema = responseSchema(op, status, &declared);
    QVERIFY2(declared, "the text lists this status for the operation");
    QVERIFY(!schema.isEmpty());
    const QJsonObject body = result.object();
    QVERIFY(!body.isEmpty());
    const QStringList violations = m_spec.violations(body, schema);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1String("\n"))));
    // The declared fields are there, not merely allowed.
    if (status == 401)
        QVERIFY(body.value(QLatin1String("error")).isString());
    else if (status == 429)
        QVERIFY(body.value(QLatin1String("message")).isString());
    else
        for (const char *field : {"detailCode", "trackingId", "messages"})
            QVERIFY2(body.contains(QLatin1String(field)), field);
}

QTEST_GUILESS_MAIN(TestSandboxOpenApi)
#include "tst_sandboxopenapi.moc"
