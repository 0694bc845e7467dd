#include "connectorfilterfields.h"

namespace isc {

namespace {

using filter::Node;
using filter::Op;
using filter::Value;

std::optional<QString> singleString(const Node &node)
{
    if (node.values.size() != 1 || node.values.first().type != Value::Type::String)
        return std::nullopt;
    return node.values.first().text;
}

// Fills `fields` from one comparison; false when the builder has no field for it or the
// field is set already.
bool take(const Node &node, ConnectorFilterFields &fields, QStringList &seen)
{
    if (node.kind != Node::Kind::Comparison || seen.contains(node.field))
        return false;
    seen.append(node.field);
    if (node.field == QLatin1String("name") && node.op == Op::Sw) {
        const std::optional<QString> text = singleString(node);
        // An empty value would disappear from the fields: keep such a text as it was typed.
        if (!text || text->isEmpty())
            return false;
        fields.nameStartsWith = *text;
        return true;
    }
    if (node.field == QLatin1String("type") && node.op == Op::Eq) {
        const std::optional<QString> text = singleString(node);
        if (!text || text->isEmpty())
            return false;
        fields.type = *text;
        return true;
    }
    if (node.field == QLatin1String("category") && node.op == Op::Eq) {
        const std::optional<QString> text = singleString(node);
        if (!text || text->isEmpty())
            return false;
        fields.category = *text;
        return true;
    }
    if (node.field == QLatin1String("directConnect") && node.op == Op::Eq) {
        if (node.values.size() != 1)
            return false;
        const std::optional<bool> value = node.values.first().asBoolean();
        if (!value)
            return false;
        fields.directConnect = *value;
        return true;
    }
    if (node.field == QLatin1String("features") && node.op == Op::Ca) {
        QStringList features;
        for (const Value &value : node.values) {
            if (value.type != Value::Type::String || value.text.isEmpty() ||
                features.contains(value.text))
                return false;
            features.append(value.text);
        }
        if (features.isEmpty())
            return false;
        fields.features = features;
        return true;
    }
    return false;
}

} // namespace

bool ConnectorFilterFields::isEmpty() const
{
    return nameStartsWith.isEmpty() && type.isEmpty() && category.isEmpty() &&
        !directConnect.has_value() && features.isEmpty();
}

QString ConnectorFilterFields::toFilter() const
{
    QStringList parts;
    if (!nameStartsWith.isEmpty())
        parts.append(QStringLiteral("name sw ") + filter::quoted(nameStartsWith));
    if (!type.isEmpty())
        parts.append(QStringLiteral("type eq ") + filter::quoted(type));
    if (!category.isEmpty())
        parts.append(QStringLiteral("category eq ") + filter::quoted(category));
    if (directConnect) {
        // Quoted, as the API's own example writes it (directConnect eq "true").
        parts.append(
            QStringLiteral("directConnect eq ") +
            filter::quoted(*directConnect ? QStringLiteral("true") : QStringLiteral("false")));
    }
    if (!features.isEmpty()) {
        QStringList quoted;
        for (const QString &feature : features)
            quoted.append(filter::quoted(feature));
        parts.append(QStringLiteral("features ca (") + quoted.join(QLatin1String(", ")) + u')');
    }
    return parts.join(QLatin1String(" and "));
}

std::optional<ConnectorFilterFields> ConnectorFilterFields::fromTree(const filter::Node &tree)
{
    ConnectorFilterFields fields;
    QStringList seen;
    if (tree.kind == Node::Kind::And) {
        for (const Node &child : tree.children) {
            if (!take(child, fields, seen))
                return std::nullopt;
        }
        return fields;
    }
    if (!take(tree, fields, seen))
        return std::nullopt;
    return fields;
}

std::optional<ConnectorFilterFields> ConnectorFilterFields::fromFilter(QStringView text)
{
    const filter::ParseResult result = filter::parse(text);
    if (!result.ok())
        return std::nullopt;
    if (result.isEmpty())
        return ConnectorFilterFields();
    return fromTree(*result.tree);
}

QStringList ConnectorFilterFields::knownFeatures()
{
    // The features V3ConnectorDto documents and the catalogue uses.
    return {
        QStringLiteral("AUTHENTICATE"),
        QStringLiteral("COMPOSITE"),
        QStringLiteral("DIRECT_PERMISSIONS"),
        QStringLiteral("DISCOVER_SCHEMA"),
        QStringLiteral("ENABLE"),
        QStringLiteral("GROUP_PROVISIONING"),
        QStringLiteral("MANAGER_LOOKUP"),
        QStringLiteral("NO_AGGREGATION"),
        QStringLiteral("NO_GROUP_PERMISSIONS_PROVISIONING"),
        QStringLiteral("NO_PERMISSIONS_PROVISIONING"),
        QStringLiteral("NO_RANDOM_ACCESS"),
        QStringLiteral("NO_UNSTRUCTURED_TARGETS_PROVISIONING"),
        QStringLiteral("PASSWORD"),
        QStringLiteral("PROVISIONING"),
        QStringLiteral("SEARCH"),
        QStringLiteral("SYNC_PROVISIONING"),
        QStringLiteral("UNLOCK"),
        QStringLiteral("UNSTRUCTURED_TARGETS"),
        QStringLiteral("USES_UUID"),
    };
}

} // namespace isc
