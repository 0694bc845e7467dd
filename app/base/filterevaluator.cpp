#include "filterevaluator.h"

#include <algorithm>
#include <optional>

namespace isc::filter {

namespace {

bool stringEquals(const QString &field, const Value &value, Qt::CaseSensitivity cs)
{
    switch (value.type) {
    case Value::Type::String:
    case Value::Type::Number:
    case Value::Type::DateTime:
        return field.compare(value.text, cs) == 0;
    case Value::Type::Boolean:
        return field.compare(value.text, Qt::CaseInsensitive) == 0;
    }
    return false;
}

std::optional<double> numberOf(const Value &value)
{
    if (value.type == Value::Type::Number)
        return value.number;
    if (value.type == Value::Type::String) {
        bool ok = false;
        const double number = value.text.toDouble(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

QDateTime dateTimeOf(const Value &value)
{
    if (value.type == Value::Type::DateTime)
        return value.dateTime;
    if (value.type == Value::Type::String)
        return QDateTime::fromString(value.text, Qt::ISODateWithMs);
    return {};
}

// <0, 0, >0 like compare(); nullopt when the two cannot be ordered.
std::optional<int> order(const FieldValue &field, const Value &value, Qt::CaseSensitivity cs)
{
    switch (field.type) {
    case FieldValue::Type::String:
        return field.string.compare(value.text, cs);
    case FieldValue::Type::Number:
        if (const std::optional<double> number = numberOf(value))
            return field.number < *number ? -1 : (field.number > *number ? 1 : 0);
        return std::nullopt;
    case FieldValue::Type::DateTime: {
        const QDateTime other = dateTimeOf(value);
        if (!other.isValid() || !field.dateTime.isValid())
            return std::nullopt;
        return field.dateTime < other ? -1 : (field.dateTime > other ? 1 : 0);
    }
    case FieldValue::Type::Boolean:
        if (const std::optional<bool> b = value.asBoolean())
            return int(field.boolean) - int(*b);
        return std::nullopt;
    case FieldValue::Type::Null:
    case FieldValue::Type::StringList:
        break;
    }
    return std::nullopt;
}

bool scalarMatches(const FieldValue &field, Op op, const Value &value, Qt::CaseSensitivity cs)
{
    switch (op) {
    case Op::Eq:
    case Op::In:
    case Op::Ca:
        if (field.type == FieldValue::Type::String)
            return stringEquals(field.string, value, cs);
        return order(field, value, cs) == 0;
    case Op::Gt:
    case Op::Ge:
    case Op::Lt:
    case Op::Le: {
        if (field.type == FieldValue::Type::Boolean)
            return false;
        const std::optional<int> o = order(field, value, cs);
        if (!o)
            return false;
        return op == Op::Gt ? *o > 0 : op == Op::Ge ? *o >= 0 : op == Op::Lt ? *o < 0 : *o <= 0;
    }
    case Op::Co:
        return field.type == FieldValue::Type::String && field.string.contains(value.text, cs);
    case Op::Sw:
        return field.type == FieldValue::Type::String && field.string.startsWith(value.text, cs);
    case Op::Ne:
    case Op::Pr:
    case Op::IsNull:
        break;
    }
    return false;
}

// A list field: the comparison holds for any of its elements.
bool anyElement(const FieldValue &field, Op op, const Value &value, Qt::CaseSensitivity cs)
{
    return std::any_of(field.list.cbegin(), field.list.cend(), [&](const QString &element) {
        return scalarMatches(FieldValue::fromString(element), op, value, cs);
    });
}

bool matchesOne(const FieldValue &field, Op op, const Value &value, Qt::CaseSensitivity cs)
{
    if (field.type == FieldValue::Type::StringList)
        return anyElement(field, op, value, cs);
    return scalarMatches(field, op, value, cs);
}

} // namespace

FieldValue FieldValue::fromString(const QString &value)
{
    FieldValue field;
    field.type = Type::String;
    field.string = value;
    return field;
}

FieldValue FieldValue::fromNumber(double value)
{
    FieldValue field;
    field.type = Type::Number;
    field.number = value;
    return field;
}

FieldValue FieldValue::fromBool(bool value)
{
    FieldValue field;
    field.type = Type::Boolean;
    field.boolean = value;
    return field;
}

FieldValue FieldValue::fromDateTime(const QDateTime &value)
{
    FieldValue field;
    field.type = Type::DateTime;
    field.dateTime = value;
    return field;
}

FieldValue FieldValue::fromList(const QStringList &value)
{
    FieldValue field;
    field.type = Type::StringList;
    field.list = value;
    return field;
}

bool compare(const FieldValue &field, Op op, const QList<Value> &values, Qt::CaseSensitivity cs)
{
    switch (op) {
    case Op::Pr:
        return field.type != FieldValue::Type::Null;
    case Op::IsNull:
        return field.type == FieldValue::Type::Null;
    case Op::Ne:
        return field.type == FieldValue::Type::Null || values.isEmpty() ||
            !matchesOne(field, Op::Eq, values.first(), cs);
    case Op::In:
        return std::any_of(values.cbegin(), values.cend(), [&](const Value &value) {
            return matchesOne(field, Op::Eq, value, cs);
        });
    case Op::Ca:
        // Every value is one of the elements (a scalar field is a list of one).
        return !values.isEmpty() && field.type != FieldValue::Type::Null &&
            std::all_of(values.cbegin(), values.cend(),
                        [&](const Value &value) { return matchesOne(field, Op::Eq, value, cs); });
    default:
        return field.type != FieldValue::Type::Null && !values.isEmpty() &&
            matchesOne(field, op, values.first(), cs);
    }
}

bool evaluate(const Node &tree, const FieldLookup &lookup, Qt::CaseSensitivity cs)
{
    switch (tree.kind) {
    case Node::Kind::Comparison:
        return compare(lookup(tree.field), tree.op, tree.values, cs);
    case Node::Kind::Not:
        return !evaluate(tree.children.front(), lookup, cs);
    case Node::Kind::And:
        return std::all_of(tree.children.cbegin(), tree.children.cend(),
                           [&](const Node &child) { return evaluate(child, lookup, cs); });
    case Node::Kind::Or:
        return std::any_of(tree.children.cbegin(), tree.children.cend(),
                           [&](const Node &child) { return evaluate(child, lookup, cs); });
    }
    return false;
}

} // namespace isc::filter
