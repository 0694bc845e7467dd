#include "catalogueindex.h"

#include "base/filter.h"
#include "base/filterevaluator.h"
#include "connectorcatalogue.h"

#include <QHash>
#include <QJsonValue>

#include <algorithm>

namespace isc::sandbox {

namespace {

using filter::Node;
using filter::Op;
using filter::Value;

// The generic evaluator's view of an entry: every DTO field plus `category`.
filter::FieldValue fieldOf(const CatalogueEntry &entry, const QString &field)
{
    using filter::FieldValue;
    const Connector &c = entry.connector;
    if (field == QLatin1String("name"))
        return FieldValue::fromString(c.name);
    if (field == QLatin1String("type"))
        return FieldValue::fromString(c.type);
    if (field == QLatin1String("directConnect"))
        return FieldValue::fromBool(c.directConnect);
    if (field == QLatin1String("category"))
        return FieldValue::fromString(entry.category);
    if (field == QLatin1String("features"))
        return c.hasFeatures ? FieldValue::fromList(c.features) : FieldValue::null();
    if (field == QLatin1String("scriptName"))
        return FieldValue::fromString(c.scriptName);
    if (field == QLatin1String("className"))
        return c.className.isNull() ? FieldValue::null() : FieldValue::fromString(c.className);
    if (field == QLatin1String("status"))
        return FieldValue::fromString(c.status);
    if (field.startsWith(QLatin1String("connectorMetadata."))) {
        const QJsonValue value = c.connectorMetadata.value(field.mid(18));
        return value.isString() ? FieldValue::fromString(value.toString()) : FieldValue::null();
    }
    return FieldValue::null();
}

// A string comparison on pre-folded text; nullptr when there is no fast path.
CatalogueIndex::Predicate stringPredicate(Op op, const QList<Value> &values,
                                          std::function<const QString &(qsizetype)> key)
{
    QStringList folded;
    for (const Value &value : values) {
        if (value.type != Value::Type::String)
            return nullptr; // numbers against strings etc.: the generic path decides
        folded.append(value.text.toCaseFolded());
    }
    if (folded.isEmpty())
        return nullptr;
    const QString first = folded.first();
    switch (op) {
    case Op::Eq:
        return [key, first](qsizetype i) { return key(i) == first; };
    case Op::Ne:
        return [key, first](qsizetype i) { return key(i) != first; };
    case Op::Sw:
        return [key, first](qsizetype i) { return key(i).startsWith(first); };
    case Op::Co:
        return [key, first](qsizetype i) { return key(i).contains(first); };
    case Op::In:
        return [key, folded](qsizetype i) { return folded.contains(key(i)); };
    default:
        return nullptr;
    }
}

} // namespace

CatalogueIndex::CatalogueIndex(const QList<CatalogueEntry> *entries)
    : m_entries(entries)
{
    m_keys.reserve(entries->size());
    // Types and categories repeat: fold each distinct one once and share the result.
    QHash<QString, QString> folded;
    auto fold = [&folded](const QString &text) {
        auto it = folded.constFind(text);
        if (it == folded.cend())
            it = folded.insert(text, text.toCaseFolded());
        return *it;
    };
    for (const CatalogueEntry &entry : *entries) {
        Keys keys;
        keys.name = entry.connector.name.toCaseFolded();
        keys.type = fold(entry.connector.type);
        keys.category = fold(entry.category);
        keys.hasFeatures = entry.connector.hasFeatures;
        keys.directConnect = entry.connector.directConnect;
        for (const QString &feature : entry.connector.features) {
            const QString foldedFeature = fold(feature);
            qsizetype bit = m_featureNames.indexOf(foldedFeature);
            if (bit < 0) {
                bit = m_featureNames.size();
                m_featureNames.append(foldedFeature);
            }
            if (bit < 64)
                keys.features |= quint64(1) << bit;
            else
                m_featuresFit = false;
        }
        m_keys.append(std::move(keys));
    }
}

CatalogueIndex::Predicate CatalogueIndex::generic(const Node &node) const
{
    return [this, node](qsizetype i) {
        const CatalogueEntry &entry = m_entries->at(i);
        return filter::evaluate(node,
                                [&entry](const QString &field) { return fieldOf(entry, field); });
    };
}

CatalogueIndex::Predicate CatalogueIndex::compileComparison(const Node &node) const
{
    const QList<Keys> *keys = &m_keys;
    Predicate fast;
    if (node.field == QLatin1String("name"))
        fast = stringPredicate(node.op, node.values,
                               [keys](qsizetype i) -> const QString & { return keys->at(i).name; });
    else if (node.field == QLatin1String("type"))
        fast = stringPredicate(node.op, node.values,
                               [keys](qsizetype i) -> const QString & { return keys->at(i).type; });
    else if (node.field == QLatin1String("category"))
        fast = stringPredicate(node.op, node.values, [keys](qsizetype i) -> const QString & {
            return keys->at(i).category;
        });
    else if (node.field == QLatin1String("directConnect") && node.op == Op::Eq &&
             node.values.size() == 1 && node.values.first().asBoolean()) {
        const bool wanted = *node.values.first().asBoolean();
        fast = [keys, wanted](qsizetype i) { return keys->at(i).directConnect == wanted; };
    } else if (node.field == QLatin1String("features") && node.op == Op::Ca && m_featuresFit) {
        quint64 required = 0;
        bool known = !node.values.isEmpty();
        for (const Value &value : node.values) {
            const qsizetype bit = value.type == Value::Type::String
                ? m_featureNames.indexOf(value.text.toCaseFolded())
                : -1;
            if (bit < 0)
                known = false; // no connector has it: nothing matches
            else
                required |= quint64(1) << bit;
        }
        if (!known)
            fast = [](qsizetype) { return false; };
        else
            fast = [keys, required](qsizetype i) {
                const Keys &k = keys->at(i);
                return k.hasFeatures && (k.features & required) == required;
            };
    }
    return fast ? fast : generic(node);
}

CatalogueIndex::Predicate CatalogueIndex::compile(const Node &node) const
{
    switch (node.kind) {
    case Node::Kind::Comparison:
        return compileComparison(node);
    case Node::Kind::Not: {
        Predicate operand = compile(node.children.front());
        return [operand](qsizetype i) { return !operand(i); };
    }
    case Node::Kind::And:
    case Node::Kind::Or: {
        std::vector<Predicate> operands;
        for (const Node &child : node.children)
            operands.push_back(compile(child));
        if (node.kind == Node::Kind::And)
            return [operands](qsizetype i) {
                return std::all_of(operands.cbegin(), operands.cend(),
                                   [i](const Predicate &p) { return p(i); });
            };
        return [operands](qsizetype i) {
            return std::any_of(operands.cbegin(), operands.cend(),
                               [i](const Predicate &p) { return p(i); });
        };
    }
    }
    return [](qsizetype) { return false; };
}

} // namespace isc::sandbox
