#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

// The filter grammar of the ISC standard collection parameters (`filters=`), shared by the
// sandbox (which evaluates it) and the console (which checks a typed filter before sending
// it and points at the error):
//
//   filter     := or
//   or         := and ('or' and)*
//   and        := unary ('and' unary)*
//   unary      := 'not' unary | primary
//   primary    := '(' or ')' | 'pr' FIELD | FIELD 'isnull'
//               | FIELD ('eq'|'ne'|'gt'|'ge'|'lt'|'le'|'co'|'sw') value
//               | FIELD ('in'|'ca') '(' value (',' value)* ')'
//   value      := "string" | number | true | false | date-time
//   FIELD      := [A-Za-z_][A-Za-z0-9_.]*
//
// Operators and keywords are lowercase. Strings are in double quotes with \" and \\ as the
// only escapes; numbers, true/false and ISO 8601 date-times are bare. An empty or blank
// filter means "no filter".
namespace isc::filter {

enum class Op { Eq, Ne, Gt, Ge, Lt, Le, Co, Sw, In, Ca, Pr, IsNull };

QString opName(Op op); // "eq", "isnull", ...
std::optional<Op> opFromName(QStringView name); // exact, lowercase only

struct Value
{
    enum class Type { String, Number, Boolean, DateTime };

    Type type = Type::String;
    QString text; // a string unescaped; a number or date-time as written; "true"/"false"
    double number = 0;
    bool boolean = false;
    QDateTime dateTime; // UTC
    int column = 0; // 1-based position in the filter text (UTF-16 units)
    int length = 0; // as written, quotes included

    // A boolean, or a string that says true/false ("true" is how the API's own example
    // writes it); nullopt otherwise.
    std::optional<bool> asBoolean() const;

    static Value string(const QString &text);
    static Value fromBool(bool value);
    static Value fromNumber(double value);
};

struct Node
{
    enum class Kind { Comparison, And, Or, Not };

    Kind kind = Kind::Comparison;

    // Comparison
    QString field;
    Op op = Op::Eq;
    QList<Value> values; // one for binary operators, 1+ for in/ca, none for pr/isnull
    int fieldColumn = 0;
    int fieldLength = 0;
    int opColumn = 0;
    int opLength = 0;

    // And/Or: two or more operands (a chain is one node); Not: one.
    std::vector<Node> children;

    int column = 0; // where the node starts

    static Node comparison(const QString &field, Op op, QList<Value> values = {});
    static Node composite(Kind kind, std::vector<Node> children);
};

// What is wrong with a filter and where: a translated sentence, the 1-based column of the
// offending text (its length may be 0 at the end of the text).
struct ParseError
{
    QString message;
    int column = 0;
    int length = 0;
};

struct ParseResult
{
    std::optional<Node> tree; // none for an empty filter or on error
    std::optional<ParseError> error;

    bool ok() const { return !error.has_value(); }
    bool isEmpty() const { return ok() && !tree.has_value(); } // "no filter"
};

ParseResult parse(QStringView text);

// A string value as the grammar writes it: in double quotes, with \" and \\ escaped. For
// code that builds filters: QStringLiteral("name sw ") + quoted(userText).
QString quoted(const QString &value);

// The canonical text of a tree (lowercase operators, minimal parentheses, quoted strings);
// parse(toString(tree)) gives the same tree again.
QString toString(const Node &tree);

} // namespace isc::filter
