#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace isc::test {

// A small checker for the subset of OpenAPI 3 the ISC specs use: $ref (any JSON pointer in
// the document), allOf, type (string, integer, number, boolean, array, object), nullable,
// enum, items, properties, format date-time (RFC 3339) and int32/int64. Properties not in
// the schema are allowed, as the specs do not forbid them.
class OpenApiSchema
{
public:
    explicit OpenApiSchema(const QJsonObject &document);

    bool isValid() const { return !m_document.isEmpty(); }
    const QJsonObject &document() const { return m_document; }

    // Follows $ref until an object without one ("#/components/schemas/X").
    QJsonObject resolve(const QJsonObject &schemaOrRef) const;
    QJsonObject schema(const QString &name) const; // components/schemas/<name>

    // Every way `value` breaks `schema`, as "$.items[3].name: expected string, got number";
    // empty when it conforms.
    QStringList violations(const QJsonValue &value, const QJsonObject &schema,
                           const QString &where = QStringLiteral("$")) const;

    // An example of a schema from its properties' `example`s (allOf merged), as the OpenAPI
    // tools and SDK generators build one.
    QJsonValue exampleOf(const QJsonObject &schema) const;

private:
    QJsonObject m_document;
};

} // namespace isc::test
