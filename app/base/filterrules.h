#pragma once

#include "filter.h"

#include <QList>
#include <QString>

#include <optional>

namespace isc::filter {

// What one endpoint lets a filter use: fields, their operators, and the kind of value.
struct Rule
{
    enum class ValueKind { String, Number, Boolean, DateTime };

    QString field;
    QList<Op> ops;
    ValueKind valueKind = ValueKind::String;
};

class RuleSet
{
public:
    RuleSet() = default;
    explicit RuleSet(QList<Rule> rules);

    const Rule *find(const QString &field) const; // exact, case-sensitive
    const QList<Rule> &rules() const { return m_rules; }
    // "name sw, type eq, directConnect eq, category eq, features ca"
    QString describe() const;

private:
    QList<Rule> m_rules;
};

// GET /beta/connectors: name sw, type eq, directConnect eq, category eq, features ca.
const RuleSet &connectorFilterRules();

// The first use of a field, operator or value kind the rules do not allow, pointing at the
// offending field, operator or value ("'status' cannot be filtered here; allowed: ...").
std::optional<ParseError> checkAllowed(const Node &tree, const RuleSet &rules);

// parse() then checkAllowed(): what the console runs on a typed filter before sending it.
// nullopt when the filter is fine (or empty).
std::optional<ParseError> validate(QStringView text, const RuleSet &rules);

} // namespace isc::filter
