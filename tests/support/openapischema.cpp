#include "openapischema.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace isc::test {

namespace {

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool isRfc3339(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    return pattern.match(text).hasMatch();
}

} // namespace

OpenApiSchema::OpenApiSchema(const QJsonObject &document)
    : m_document(document)
{ }

QJsonObject OpenApiSchema::resolve(const QJsonObject &schemaOrRef) const
{
    QJsonObject schema = schemaOrRef;
    for (int depth = 0; depth < 32 && schema.contains(QLatin1String("$ref")); ++depth) {
        const QString ref = schema.value(QLatin1String("$ref")).toString();
        if (!ref.startsWith(QLatin1String("#/")))
            return {};
        QJsonValue node = m_document;
        for (const QString &part : ref.mid(2).split(QLatin1Char('/')))
            node = node.toObject().value(part);
        schema = node.toObject();
    }
    return schema;
}

QJsonObject OpenApiSchema::schema(const QString &name) const
{
    return m_document.value(QLatin1String("components"))
        .toObject()
        .value(QLatin1String("schemas"))
        .toObject()
        .value(name)
        .toObject();
}

QStringList OpenApiSchema::violations(const QJsonValue &value, const QJsonObject &schemaOrRef,
                                      const QString &where) const
{
    const QJsonObject schema = resolve(schemaOrRef);
    QStringList out;
    for (const QJsonValue &part : schema.value(QLatin1String("allOf")).toArray())
        out += violations(value, part.toObject(), where);

    const QJsonArray enumeration = schema.value(QLatin1String("enum")).toArray();
    const bool nullable = schema.value(QLatin1String("nullable")).toBool() ||
        enumeration.contains(QJsonValue(QJsonValue::Null));
    if (value.isNull()) {
        if (!nullable && schema.contains(QLatin1String("type")))
            out.append(where + QStringLiteral(": null, but the schema is not nullable"));
        return out;
    }
    if (!enumeration.isEmpty() && !enumeration.contains(value))
        out.append(where +
                   QStringLiteral(": %1 is not one of the enum values")
                       .arg(value.isString() ? value.toString() : typeOf(value)));

    const QString type = schema.value(QLatin1String("type")).toString();
    const QString format = schema.value(QLatin1String("format")).toString();
    const QString actual = typeOf(value);
    if (type == QLatin1String("integer")) {
        if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
            out.append(where + QStringLiteral(": expected integer, got %1").arg(actual));
        else if (format == QLatin1String("int32") &&
                 (value.toDouble() > 2147483647.0 || value.toDouble() < -2147483648.0))
            out.append(where + QStringLiteral(": out of int32 range"));
    } else if (type == QLatin1String("number")) {
        if (!value.isDouble())
            out.append(where + QStringLiteral(": expected number, got %1").arg(actual));
    } else if (!type.isEmpty() && type != actual) {
        out.append(where + QStringLiteral(": expected %1, got %2").arg(type, actual));
        return out;
    }
    if (type == QLatin1String("string") && format == QLatin1String("date-time") &&
        !isRfc3339(value.toString()))
        out.append(where +
                   QStringLiteral(": '%1' is not an RFC 3339 date-time").arg(value.toString()));
    if (value.isArray() && schema.contains(QLatin1String("items"))) {
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            out += violations(array.at(i), items, where + QStringLiteral("[%1]").arg(i));
    }
    if (value.isObject()) {
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        const QJsonObject object = value.toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (object.contains(it.key()))
                out += violations(object.value(it.key()), it.value().toObject(),
                                  where + QLatin1Char('.') + it.key());
        }
        for (const QJsonValue &required : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(required.toString()))
                out.append(where + QStringLiteral(": '%1' is required").arg(required.toString()));
        }
    }
    return out;
}

QJsonValue OpenApiSchema::exampleOf(const QJsonObject &schemaOrRef) const
{
    const QJsonObject schema = resolve(schemaOrRef);
    if (schema.contains(QLatin1String("example")))
        return schema.value(QLatin1String("example"));
    QJsonObject out;
    for (const QJsonValue &part : schema.value(QLatin1String("allOf")).toArray()) {
        const QJsonObject sub = exampleOf(part.toObject()).toObject();
        for (auto it = sub.begin(); it != sub.end(); ++it)
            out.insert(it.key(), it.value());
    }
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonValue example = exampleOf(it.value().toObject());
        if (!example.isUndefined() && !(example.isObject() && example.toObject().isEmpty()))
            out.insert(it.key(), example);
    }
    return out;
}

} // namespace isc::test
