#pragma once

#include <QCollatorSortKey>
#include <QVariant>

#include <optional>

class QCollator;

namespace isc {

// A cell's typed value reduced to something cheap to compare many times: numbers, times
// and booleans as numbers, text (and lists, by their text) as a collation key. Values of
// different kinds order by kind: absent < boolean < number < time < text, so a column that
// mixes parsed dates and unparseable date text keeps each group together.
struct SortKey
{
    enum class Kind : quint8 { Unset, Absent, Bool, Number, Time, Text };

    Kind kind = Kind::Unset;
    bool integral = true; // Number: `integer` holds it exactly, else `real`
    qint64 integer = 0; // Bool (0/1), integral Number, Time (msecs since epoch)
    double real = 0;
    std::optional<QCollatorSortKey> text;

    bool isSet() const { return kind != Kind::Unset; }

    static SortKey make(const QVariant &value, const QCollator &collator);
    // <0, 0 or >0.
    static int compare(const SortKey &a, const SortKey &b);
};

// The text a typed value stands for when compared as text: lists joined with ", ",
// JSON values compact, anything else QVariant::toString().
QString comparableText(const QVariant &value);

} // namespace isc
