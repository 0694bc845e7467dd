// Every request the services send is valid against the official OpenAPI text
// (tests/data/isc-subset.json): path and method, query parameter names, types, ranges and
// the locale enum, content types and JSON bodies. Checked on what reached the sandbox (its
// request log), after a session that makes every kind of call.
#include "pipelinetestsupport.h"
#include "testsupport.h"
#include "ziptestsupport.h"

#include "base/apilocale.h"
#include "services/connectorinstancejob.h"
#include "services/connectorinstancelistjob.h"
#include "services/connectorinstanceservice.h"
#include "services/connectorlistjob.h"
#include "services/connectorpagejob.h"
#include "services/connectorservice.h"
#include "services/createcustomizerjob.h"
#include "services/customizerjob.h"
#include "services/customizerlistjob.h"
#include "services/customizerservice.h"
#include "services/customizerversionjob.h"
#include "services/deletecustomizerjob.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace isc;
using namespace isc::test;

namespace {

// A checker of requests against the OpenAPI text: small, strict, for what the console uses.
class SpecChecker
{
public:
    explicit SpecChecker(const QJsonObject &spec)
        : m_spec(spec)
    { }

    bool loaded() const { return m_spec.value(QLatin1String("paths")).isObject(); }

    // What is wrong with one request; empty when it conforms.
    QStringList check(const QString &method, const QString &path, const QJsonObject &query,
                      const QString &contentType, const QJsonValue &body, qint64 bodySize) const
    {
        QStringList problems;
        const QJsonObject paths = m_spec.value(QLatin1String("paths")).toObject();
        QJsonObject operation;
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            QString pattern = QRegularExpression::escape(it.key());
            pattern.replace(QRegularExpression(QStringLiteral(R"(\\\{[^}]+\\\})")),
                            QStringLiteral("[^/]+"));
            if (QRegularExpression(u'^' + pattern + u'$').match(path).hasMatch())
                operation = it.value().toObject().value(method.toLower()).toObject();
        }
        if (operation.isEmpty())
            return {QStringLiteral("%1 %2 is not in the spec").arg(method, path)};

        QHash<QString, QJsonObject> parameters;
        for (const QJsonValue &value : operation.value(QLatin1String("parameters")).toArray()) {
            const QJsonObject parameter = resolve(value.toObject());
            if (parameter.value(QLatin1String("in")).toString() == QLatin1String("query"))
                parameters.insert(parameter.value(QLatin1String("name")).toString(), parameter);
        }
        for (auto it = query.begin(); it != query.end(); ++it) {
            if (!parameters.contains(it.key())) {
                problems.append(
                    QStringLiteral("%1 %2: unknown parameter '%3'").arg(method, path, it.key()));
                continue;
            }
            const QJsonObject schema =
                resolve(parameters.value(it.key()).value(QLatin1String("schema")).toObject());
            const QString problem = checkParameter(schema, it.value().toString());
            if (!problem.isEmpty())
                problems.append(QStringLiteral("%1 %2: %3=%4: %5")
                                    .arg(method, path, it.key(), it.value().toString(), problem));
        }

        const QString mediaType = contentType.section(u';', 0, 0).trimmed();
        const QJsonObject requestBody = operation.value(QLatin1String("requestBody")).toObject();
        if (requestBody.isEmpty()) {
            // The contract's Decision: a version upload is the raw zip.
            const bool zipUpload = method == QLatin1String("POST") &&
                path.endsWith(QLatin1String("/versions")) &&
                mediaType == QLatin1String("application/zip") && bodySize > 0;
            if (bodySize > 0 && !zipUpload)
                problems.append(
                    QStringLiteral("%1 %2: a body where the spec has none").arg(method, path));
            return problems;
        }
        const QJsonObject content = requestBody.value(QLatin1String("content")).toObject();
        if (!content.contains(mediaType)) {
            problems.append(
                QStringLiteral("%1 %2: content type '%3'").arg(method, path, contentType));
            return problems;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            problems.append(QStringLiteral("%1 %2: body is not JSON").arg(method, path));
            return problems;
        }
        const QJsonObject schema =
            content.value(mediaType).toObject().value(QLatin1String("schema")).toObject();
        const QString problem = checkValue(schema,
                                           document.isObject() ? QJsonValue(document.object())
                                                               : QJsonValue(document.array()));
        if (!problem.isEmpty())
            problems.append(QStringLiteral("%1 %2: body: %3").arg(method, path, problem));
        return problems;
    }

private:
    QJsonObject resolve(QJsonObject object) const
    {
        while (object.contains(QLatin1String("$ref"))) {
            const QStringList parts =
                object.value(QLatin1String("$ref")).toString().mid(2).split(u'/');
            QJsonObject target = m_spec;
            for (const QString &part : parts)
                target = target.value(part).toObject();
            object = target;
        }
        return object;
    }

    // A schema with allOf folded into one object schema.
    QJsonObject flatten(const QJsonObject &schema) const
    {
        QJsonObject out = resolve(schema);
        QJsonObject properties = out.value(QLatin1String("properties")).toObject();
        QJsonArray required = out.value(QLatin1String("required")).toArray();
        for (const QJsonValue &part : out.value(QLatin1String("allOf")).toArray()) {
            const QJsonObject sub = flatten(part.toObject());
            const QJsonObject subProperties = sub.value(QLatin1String("properties")).toObject();
            for (auto it = subProperties.begin(); it != subProperties.end(); ++it)
                properties.insert(it.key(), it.value());
            for (const QJsonValue &name : sub.value(QLatin1String("required")).toArray())
                required.append(name);
            if (out.value(QLatin1String("type")).toString().isEmpty())
                out.insert(QLatin1String("type"), sub.value(QLatin1String("type")));
        }
        out.insert(QLatin1String("properties"), properties);
        out.insert(QLatin1String("required"), required);
        return out;
    }

    QString checkParameter(const QJsonObject &schema, const QString &text) const
    {
        const QString type = schema.value(QLatin1String("type")).toString();
        if (type == QLatin1String("integer")) {
            bool ok = false;
            const qint64 value = text.toLongLong(&ok);
            if (!ok)
                return QStringLiteral("not an integer");
            if (schema.contains(QLatin1String("minimum")) &&
                value < schema.value(QLatin1String("minimum")).toInteger())
                return QStringLiteral("below the minimum");
            if (schema.contains(QLatin1String("maximum")) &&
                value > schema.value(QLatin1String("maximum")).toInteger())
                return QStringLiteral("above the maximum");
        } else if (type == QLatin1String("boolean")) {
            if (text != QLatin1String("true") && text != QLatin1String("false"))
                return QStringLiteral("not a boolean");
        } else if (type == QLatin1String("string")) {
            const QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
            if (!allowed.isEmpty() && !allowed.contains(text))
                return QStringLiteral("not one of the enum");
        }
        return {};
    }

    QString checkValue(const QJsonObject &rawSchema, const QJsonValue &value) const
    {
        const QJsonObject schema = flatten(rawSchema);
        const QString type = schema.value(QLatin1String("type")).toString();
        if (type == QLatin1String("object")) {
            if (!value.isObject())
                return QStringLiteral("not an object");
            const QJsonObject object = value.toObject();
            const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
            for (const QJsonValue &name : schema.value(QLatin1String("required")).toArray()) {
                if (!object.contains(name.toString()))
                    return QStringLiteral("'%1' is required").arg(name.toString());
            }
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!properties.contains(it.key()))
                    return QStringLiteral("'%1' is not a property of the schema").arg(it.key());
                const QJsonObject property = resolve(properties.value(it.key()).toObject());
                if (property.value(QLatin1String("readOnly")).toBool())
                    return QStringLiteral("'%1' is read-only").arg(it.key());
                const QString problem = checkValue(property, it.value());
                if (!problem.isEmpty())
                    return it.key() + QLatin1String(": ") + problem;
            }
            return {};
        }
        if (type == QLatin1String("string") && !value.isString())
            return QStringLiteral("not a string");
        if (type == QLatin1String("integer") &&
            !(value.isDouble() && value.toDouble() == double(value.toInteger())))
            return QStringLiteral("not an integer");
        if (type == QLatin1String("boolean") && !value.isBool())
            return QStringLiteral("not a boolean");
        return {};
    }

    QJsonObject m_spec;
};

// /beta/connector-instances is beyond the spec; the contract gives its JSON Patch.
QStringList checkInstancePatch(const QString &contentType, const QJsonValue &body)
{
    if (contentType != QLatin1String("application/json-patch+json"))
        return {QStringLiteral("PATCH instance: content type '%1'").arg(contentType)};
    const QJsonArray patch = QJsonDocument::fromJson(body.toString().toUtf8()).array();
    if (patch.size() != 1)
        return {QStringLiteral("PATCH instance: not one operation")};
    const QJsonObject op = patch.first().toObject();
    const QString name = op.value(QLatin1String("op")).toString();
    if (op.value(QLatin1String("path")).toString() != QLatin1String("/connectorCustomizerId"))
        return {QStringLiteral("PATCH instance: wrong path")};
    if (name == QLatin1String("replace") && op.value(QLatin1String("value")).isString() &&
        op.size() == 3)
        return {};
    if (name == QLatin1String("remove") && op.size() == 2)
        return {};
    return {QStringLiteral("PATCH instance: bad operation")};
}

} // namespace

class TestRequestConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theCheckerCatchesBadRequests_data();
    void theCheckerCatchesBadRequests();
    void everyRequestConforms();

private:
    QJsonObject m_spec;
};

void TestRequestConformance::initTestCase()
{
    m_spec = QJsonDocument::fromJson(readTestData(QStringLiteral("isc-subset.json"))).object();
    QVERIFY(SpecChecker(m_spec).loaded());
}

void TestRequestConformance::theCheckerCatchesBadRequests_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("query");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("conforms");

    const QString list = QStringLiteral("/beta/connectors");
    const QString customizers = QStringLiteral("/v2024/connector-customizers");
    const QString json = QStringLiteral("application/json");
    auto q = [](const char *name, const char *value) {
        return QJsonObject{{QLatin1String(name), QLatin1String(value)}};
    };
    QTest::newRow("fine") << "GET" << list << q("limit", "250") << QString() << QString() << true;
    QTest::newRow("limit too big")
        << "GET" << list << q("limit", "251") << QString() << QString() << false;
    QTest::newRow("offset negative")
        << "GET" << list << q("offset", "-1") << QString() << QString() << false;
    QTest::newRow("count word") << "GET" << list << q("count", "yes") << QString() << QString()
                                << false;
    QTest::newRow("locale") << "GET" << list << q("locale", "en-US") << QString() << QString()
                            << false;
    QTest::newRow("sorters") << "GET" << list << q("sorters", "name") << QString() << QString()
                             << false;
    QTest::newRow("filters on customizers")
        << "GET" << customizers << q("filters", "x") << QString() << QString() << false;
    QTest::newRow("create fine") << "POST" << customizers << QJsonObject() << json
                                 << QStringLiteral(R"({"name":"x"})") << true;
    QTest::newRow("create number") << "POST" << customizers << QJsonObject() << json
                                   << QStringLiteral(R"({"name":1})") << false;
    QTest::newRow("create extra") << "POST" << customizers << QJsonObject() << json
                                  << QStringLiteral(R"({"name":"x","id":"y"})") << false;
    QTest::newRow("create form") << "POST" << customizers << QJsonObject()
                                 << QStringLiteral("application/x-www-form-urlencoded")
                                 << QStringLiteral("name=x") << false;
    QTest::newRow("unknown path") << "GET" << QStringLiteral("/v3/connectors") << QJsonObject()
                                  << QString() << QString() << false;
    QTest::newRow("get with body") << "GET" << customizers + QStringLiteral("/abc") << QJsonObject()
                                   << json << QStringLiteral("{}") << false;
}

void TestRequestConformance::theCheckerCatchesBadRequests()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, query);
    QFETCH(QString, contentType);
    QFETCH(QString, body);
    QFETCH(bool, conforms);
    const QStringList problems =
        SpecChecker(m_spec).check(method, path, query, contentType, body, body.size());
    QVERIFY2(problems.isEmpty() == conforms, qPrintable(problems.join(u'\n')));
}

void TestRequestConformance::everyRequestConforms()
{
    Sandbox sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--connectors"), QStringLiteral("600")}));
    QNetworkAccessManager nam;
    ApiClient client(&nam, connectionTo(sandbox), fastOptions());
    ConnectorService connectors(&client);
    CustomizerService customizers(&client);
    ConnectorInstanceService instances(&client);

    // Connectors: the edges of every parameter, every locale, the loads of all pages.
    for (const QString &locale : apiLocales()) {
        ConnectorQuery query;
        query.locale = locale;
        query.limit = 1;
        QVERIFY(runJob(connectors.fetchPage(query))->ok());
    }
    for (const int limit : {0, 1, 250}) {
        ConnectorQuery query;
        query.limit = limit;
        query.offset = 0;
        query.count = limit == 0;
        query.filters = QStringLiteral("name sw \"A\" or features ca (\"PROVISIONING\")");
        QVERIFY(runJob(connectors.fetchPage(query))->ok());
    }
    for (const bool count : {true, false}) {
        ConnectorQuery query;
        query.count = count;
        query.locale = QStringLiteral("zh-CN");
        QCOMPARE(runJob(connectors.fetchAll(query))->value.size(), 600);
    }

    // Customizers and instances: every call (once the sandbox serves them).
    const bool writes = sandbox.get(QStringLiteral("/v2024/connector-customizers")).status == 200 &&
        sandbox.get(QStringLiteral("/beta/connector-instances")).status == 200;
    if (writes) {
        // Customizers: every call.
        const auto created = runJob(customizers.create(QStringLiteral("Conformance \"quoted\" ü")));
        QVERIFY2(created && created->ok(),
                 qPrintable(created ? describe(created->error) : QString()));
        const QString id = created->value.id;
        QVERIFY(runJob(customizers.list())->ok());
        QVERIFY(runJob(customizers.get(id))->ok());
        QVERIFY(runJob(customizers.rename(id, QStringLiteral("Conformance renamed")))->ok());
        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("c.zip"));
        QVERIFY(writeCustomizerZip(zip));
        const auto version = runJob(customizers.uploadVersion(id, zip));
        QVERIFY2(version && version->ok(),
                 qPrintable(version ? describe(version->error) : QString()));

        // Instances: list, link, unlink.
        const auto all = runJob(instances.list());
        QVERIFY2(all && all->ok(), qPrintable(all ? describe(all->error) : QString()));
        QVERIFY(!all->value.isEmpty());
        const QString instanceId = all->value.first().id;
        QVERIFY(runJob(instances.link(instanceId, id))->ok());
        QVERIFY(runJob(instances.instancesUsing(id))->ok());
        QVERIFY(runJob(instances.unlink(instanceId))->ok());
        QVERIFY(runJob(customizers.remove(id))->ok());
    }

    const SpecChecker checker(m_spec);
    QStringList problems;
    QSet<QString> seen;
    const QJsonArray log = sandbox.requestLog();
    for (const QJsonValue &value : log) {
        const QJsonObject entry = value.toObject();
        const QString method = entry.value(QLatin1String("method")).toString();
        const QString path = entry.value(QLatin1String("path")).toString();
        const QString contentType = entry.value(QLatin1String("contentType")).toString();
        const QJsonValue body = entry.value(QLatin1String("body"));
        if (path == QLatin1String("/oauth/token"))
            continue;
        seen.insert(method + u' ' + path.section(u'/', 1, 2));
        if (path.startsWith(QLatin1String("/beta/connector-instances"))) {
            if (method == QLatin1String("PATCH"))
                problems += checkInstancePatch(contentType, body);
            continue;
        }
        problems +=
            checker.check(method, path, entry.value(QLatin1String("query")).toObject(), contentType,
                          body, entry.value(QLatin1String("bodySize")).toInteger());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(log.size() > 30);
    QVERIFY(seen.contains(QStringLiteral("GET beta/connectors")));
    if (!writes)
        QSKIP("The sandbox does not serve customizers and instances yet: only the connector "
              "requests were checked.");
    for (const char *expected :
         {"POST v2024/connector-customizers", "PUT v2024/connector-customizers",
          "DELETE v2024/connector-customizers", "GET v2024/connector-customizers",
          "PATCH beta/connector-instances"})
        QVERIFY2(seen.contains(QLatin1String(expected)), expected);
}

QTEST_GUILESS_MAIN(TestRequestConformance)
#include "tst_requestconformance.moc"
