// The AST helpers of the filter grammar: operator names, values, quoting and the canonical
// text. The parser is in filterparser.cpp.
#include "filter.h"

#include <QStringList>

namespace isc::filter {

namespace {

struct OpSpelling
{
    Op op;
    const char *name;
};

constexpr OpSpelling opSpellings[] = {
    {Op::Eq, "eq"}, {Op::Ne, "ne"}, {Op::Gt, "gt"}, {Op::Ge, "ge"},
    {Op::Lt, "lt"}, {Op::Le, "le"}, {Op::Co, "co"}, {Op::Sw, "sw"},
    {Op::In, "in"}, {Op::Ca, "ca"}, {Op::Pr, "pr"}, {Op::IsNull, "isnull"},
};

// Binding strength for toString(): or < and < not < comparison.
int strength(const Node &node)
{
    switch (node.kind) {
    case Node::Kind::Or:
        return 1;
    case Node::Kind::And:
        return 2;
    case Node::Kind::Not:
        return 3;
    case Node::Kind::Comparison:
        break;
    }
    return 4;
}

QString valueText(const Value &value)
{
    switch (value.type) {
    case Value::Type::String:
        return quoted(value.text);
    case Value::Type::Boolean:
        return value.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Value::Type::Number:
    case Value::Type::DateTime:
        break;
    }
    return value.text;
}

} // namespace

QString opName(Op op)
{
    for (const OpSpelling &spelling : opSpellings) {
        if (spelling.op == op)
            return QLatin1String(spelling.name);
    }
    return {};
}

std::optional<Op> opFromName(QStringView name)
{
    for (const OpSpelling &spelling : opSpellings) {
        if (name == QLatin1String(spelling.name))
            return spelling.op;
    }
    return std::nullopt;
}

std::optional<bool> Value::asBoolean() const
{
    if (type == Type::Boolean)
        return boolean;
    if (type == Type::String) {
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

Value Value::string(const QString &text)
{
    Value value;
    value.type = Type::String;
    value.text = text;
    return value;
}

Value Value::fromBool(bool b)
{
    Value value;
    value.type = Type::Boolean;
    value.boolean = b;
    value.text = b ? QStringLiteral("true") : QStringLiteral("false");
    return value;
}

Value Value::fromNumber(double number)
{
    Value value;
    value.type = Type::Number;
    value.number = number;
    value.text = QString::number(number, 'g', 17);
    return value;
}

Node Node::comparison(const QString &field, Op op, QList<Value> values)
{
    Node node;
    node.kind = Kind::Comparison;
    node.field = field;
    node.op = op;
    node.values = std::move(values);
    return node;
}

Node Node::composite(Kind kind, std::vector<Node> children)
{
    Node node;
    node.kind = kind;
    node.column = children.empty() ? 0 : children.front().column;
    node.children = std::move(children);
    return node;
}

QString quoted(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QString toString(const Node &tree)
{
    switch (tree.kind) {
    case Node::Kind::Comparison: {
        if (tree.op == Op::Pr)
            return QStringLiteral("pr ") + tree.field;
        if (tree.op == Op::IsNull)
            return tree.field + QStringLiteral(" isnull");
        QString out = tree.field + QLatin1Char(' ') + opName(tree.op) + QLatin1Char(' ');
        if (tree.op == Op::In || tree.op == Op::Ca) {
            QStringList items;
            for (const Value &value : tree.values)
                items.append(valueText(value));
            return out + QLatin1Char('(') + items.join(QLatin1String(", ")) + QLatin1Char(')');
        }
        return out + (tree.values.isEmpty() ? QString() : valueText(tree.values.first()));
    }
    case Node::Kind::Not: {
        const Node &operand = tree.children.front();
        const QString inner = toString(operand);
        return QStringLiteral("not ") +
            (strength(operand) < strength(tree) ? QLatin1Char('(') + inner + QLatin1Char(')')
                                                : inner);
    }
    case Node::Kind::And:
    case Node::Kind::Or: {
        QStringList parts;
        for (const Node &child : tree.children) {
            const QString inner = toString(child);
            // Equal strength needs parentheses too: a nested chain is a separate group.
            parts.append(strength(child) <= strength(tree)
                             ? QLatin1Char('(') + inner + QLatin1Char(')')
                             : inner);
        }
        return parts.join(tree.kind == Node::Kind::And ? QLatin1String(" and ")
                                                       : QLatin1String(" or "));
    }
    }
    return {};
}

} // namespace isc::filter
