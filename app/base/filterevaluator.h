#pragma once

#include "filter.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace isc::filter {

// One field of a record as the evaluator sees it. Absent fields are Null.
struct FieldValue
{
    enum class Type { Null, String, Number, Boolean, DateTime, StringList };

    Type type = Type::Null;
    QString string;
    double number = 0;
    bool boolean = false;
    QDateTime dateTime;
    QStringList list;

    static FieldValue null() { return {}; }
    static FieldValue fromString(const QString &value);
    static FieldValue fromNumber(double value);
    static FieldValue fromBool(bool value);
    static FieldValue fromDateTime(const QDateTime &value);
    static FieldValue fromList(const QStringList &value);
};

using FieldLookup = std::function<FieldValue(const QString &field)>;

// Whether a record matches a parsed filter. Strings compare case-insensitively unless an
// endpoint says otherwise. Semantics:
//   eq/ne     equal / not equal (a list field: any element equal; a Null field is ne all)
//   gt ge lt le  numbers, date-times and strings (lexicographic) in order
//   co / sw   contains / starts with (strings; a list field: any element)
//   in        equal to one of the values
//   ca        a list field contains all the values
//   pr        present (not null); isnull: null or absent
// A boolean compares with true/false and with the strings "true"/"false".
bool evaluate(const Node &tree, const FieldLookup &lookup,
              Qt::CaseSensitivity cs = Qt::CaseInsensitive);

// One comparison, for endpoint code that evaluates fields its own way.
bool compare(const FieldValue &field, Op op, const QList<Value> &values,
             Qt::CaseSensitivity cs = Qt::CaseInsensitive);

} // namespace isc::filter
