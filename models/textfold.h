#pragma once

#include <QByteArray>
#include <QStringView>

namespace isc {

// Case-insensitive substring search without per-search conversions: texts are case-folded
// once (simple Unicode case folding, as QString::toCaseFolded()) and kept as UTF-8, half
// the memory of UTF-16 for the mostly ASCII texts of a table. A substring of folded UTF-8
// is exactly a folded substring, since UTF-8 is self-synchronizing.

// Appends `text` case-folded, as UTF-8, to `out`. Lone surrogates become U+FFFD.
void appendFoldedUtf8(QByteArray &out, QStringView text);

// `text` case-folded, as UTF-8.
QByteArray foldedUtf8(QStringView text);

} // namespace isc
