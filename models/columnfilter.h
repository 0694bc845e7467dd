#pragma once

#include <QByteArray>
#include <QByteArrayMatcher>
#include <QRegularExpression>
#include <QString>
#include <QVariant>

class QCollator;

namespace isc {

// One per-column filter expression, in the spirit of DB Browser for SQLite's filter row:
//
//   (empty)        no filter
//   text           the cell's text contains `text` (case-insensitive)
//   "text"         the same, literally: keeps spaces and a leading operator character
//   =x   <>x  !=x  equal / not equal
//   <x   >x   <=x  >=x   less / greater (or equal)
//   =    <>   !=   (nothing after the operator) empty / not empty
//   /regex/        the cell's text matches the regular expression (case-insensitive;
//                  start it with (?-i) to make it case-sensitive)
//
// An operand may be quoted ("=" "a b "). Comparisons follow the cell's typed value
// (RawValueRole): numbers numerically, dates by time (a date without a time stands for the
// whole day, so `=2024-03-01` matches every time of that day and `>2024-03-01` starts on
// the next day; ISO 8601 and the user's short date format are accepted), booleans as
// yes/no/true/false/1/0, lists by their items for = and <> (and by their text otherwise),
// text case-insensitively with the user's locale collation. An operand that is not of the
// cell's type matches nothing for = < > <= >= and everything for <>. Absent values and
// empty text are "empty": they match "=" and <>x, nothing else.
//
// "Text" is what the cell shows (DisplayRole). An invalid regular expression leaves the
// filter matching nothing, with error() saying why.
class ColumnFilter
{
public:
    enum class Operator {
        None,
        Contains,
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Empty,
        NotEmpty,
        RegularExpression
    };

    ColumnFilter() = default;
    // Parses `expression`; numbers and dates in the operand are read in QLocale() as well
    // as in the C locale and ISO 8601.
    explicit ColumnFilter(const QString &expression);

    const QString &expression() const { return m_expression; }
    Operator op() const { return m_op; }
    // The operand, unquoted and trimmed.
    const QString &operand() const { return m_operand; }
    bool isActive() const { return m_op != Operator::None; }
    // A translated sentence when the expression cannot be used (an invalid regular
    // expression); empty otherwise.
    const QString &error() const { return m_error; }

    // What matches() reads: the case-folded text (Contains), the text (RegularExpression) or
    // the raw value (every other operator). The caller may leave the others empty.
    bool needsFoldedText() const { return m_op == Operator::Contains; }
    bool needsText() const { return m_op == Operator::RegularExpression; }
    bool needsRawValue() const;

    // Whether a cell matches. `raw` is the typed value (RawValueRole; for a column without
    // typed values, pass the text); `text` what the cell shows; `foldedText` the same
    // case-folded as UTF-8 (textfold.h). `collator` orders text for < and >.
    bool matches(const QVariant &raw, const QString &text, const QByteArray &foldedText,
                 const QCollator &collator) const;

private:
    struct TimeRange
    {
        qint64 begin = 0; // msecs since epoch, inclusive
        qint64 end = 0; // exclusive
        bool valid = false;
    };

    void parse();
    bool matchesTyped(const QVariant &raw, const QCollator &collator) const;
    bool compareResult(int comparison) const;
    bool mismatchResult() const { return m_op == Operator::NotEqual; }
    static TimeRange parseTimeRange(const QString &text);
    static bool parseBool(const QString &text, bool *value);

    QString m_expression;
    Operator m_op = Operator::None;
    QString m_operand;
    QByteArrayMatcher m_foldedOperand;
    QString m_error;
    QRegularExpression m_regex;
    // The operand read as each type, when it can be.
    double m_number = 0;
    bool m_isNumber = false;
    bool m_bool = false;
    bool m_isBool = false;
    TimeRange m_time;
};

} // namespace isc
