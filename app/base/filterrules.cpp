#include "filterrules.h"

#include <QCoreApplication>

namespace isc::filter {

namespace {

// Free functions have no tr(): this gives lupdate and the run time the same context.
struct FilterText
{
    Q_DECLARE_TR_FUNCTIONS(isc::filter)
};

QString ruleText(const Rule &rule)
{
    QStringList ops;
    for (const Op op : rule.ops)
        ops.append(opName(op));
    return rule.field + QLatin1Char(' ') + ops.join(QLatin1Char('/'));
}

std::optional<ParseError> checkValue(const Node &node, const Rule &rule, const Value &value)
{
    bool fits = false;
    QString expected;
    switch (rule.valueKind) {
    case Rule::ValueKind::String:
        fits = value.type == Value::Type::String;
        expected = FilterText::tr("'%1' takes a string in double quotes, not %2");
        break;
    case Rule::ValueKind::Boolean:
        fits = value.asBoolean().has_value();
        expected = FilterText::tr("'%1' takes true or false, not %2");
        break;
    case Rule::ValueKind::Number:
        fits = value.type == Value::Type::Number;
        expected = FilterText::tr("'%1' takes a number, not %2");
        break;
    case Rule::ValueKind::DateTime:
        fits = value.type == Value::Type::DateTime;
        expected = FilterText::tr("'%1' takes an ISO 8601 date-time, not %2");
        break;
    }
    if (fits)
        return std::nullopt;
    const QString written = value.type == Value::Type::String ? quoted(value.text) : value.text;
    return ParseError{expected.arg(node.field, written), value.column, value.length};
}

} // namespace

RuleSet::RuleSet(QList<Rule> rules)
    : m_rules(std::move(rules))
{ }

const Rule *RuleSet::find(const QString &field) const
{
    for (const Rule &rule : m_rules) {
        if (rule.field == field)
            return &rule;
    }
    return nullptr;
}

QString RuleSet::describe() const
{
    QStringList parts;
    for (const Rule &rule : m_rules)
        parts.append(ruleText(rule));
    return parts.join(QLatin1String(", "));
}

const RuleSet &connectorFilterRules()
{
    static const RuleSet rules({
        {QStringLiteral("name"), {Op::Sw}, Rule::ValueKind::String},
        {QStringLiteral("type"), {Op::Eq}, Rule::ValueKind::String},
        {QStringLiteral("directConnect"), {Op::Eq}, Rule::ValueKind::Boolean},
        {QStringLiteral("category"), {Op::Eq}, Rule::ValueKind::String},
        {QStringLiteral("features"), {Op::Ca}, Rule::ValueKind::String},
    });
    return rules;
}

std::optional<ParseError> checkAllowed(const Node &tree, const RuleSet &rules)
{
    if (tree.kind != Node::Kind::Comparison) {
        for (const Node &child : tree.children) {
            if (std::optional<ParseError> error = checkAllowed(child, rules))
                return error;
        }
        return std::nullopt;
    }
    const Rule *rule = rules.find(tree.field);
    if (!rule) {
        return ParseError{
            rules.rules().isEmpty()
                ? FilterText::tr("'%1' cannot be filtered here; this list takes no filters")
                      .arg(tree.field)
                : FilterText::tr("'%1' cannot be filtered here; allowed: %2")
                      .arg(tree.field, rules.describe()),
            tree.fieldColumn, tree.fieldLength};
    }
    if (!rule->ops.contains(tree.op)) {
        return ParseError{FilterText::tr("'%1' cannot be filtered with '%2' here; allowed: %3")
                              .arg(tree.field, opName(tree.op), ruleText(*rule)),
                          tree.opColumn, tree.opLength};
    }
    for (const Value &value : tree.values) {
        if (std::optional<ParseError> error = checkValue(tree, *rule, value))
            return error;
    }
    return std::nullopt;
}

std::optional<ParseError> validate(QStringView text, const RuleSet &rules)
{
    const ParseResult result = parse(text);
    if (!result.ok())
        return result.error;
    if (result.isEmpty())
        return std::nullopt;
    return checkAllowed(*result.tree, rules);
}

} // namespace isc::filter
