#pragma once

#include <QByteArray>
#include <QByteArrayMatcher>
#include <QByteArrayView>
#include <QStringView>

#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#define ISC_SIMD_FIND 1
#endif

namespace isc {

// Case-insensitive substring search without per-search conversions: texts are case-folded
// once (simple Unicode case folding, as QString::toCaseFolded()) and kept as UTF-8, half
// the memory of UTF-16 for the mostly ASCII texts of a table. A substring of folded UTF-8
// is exactly a folded substring, since UTF-8 is self-synchronizing.

// The most bytes foldUtf8Into() writes for `units` UTF-16 units (a surrogate pair, 2 units,
// gives 4 bytes; any other unit at most 3).
constexpr qsizetype maxFoldedUtf8Size(qsizetype units)
{
    return units * 3;
}

// Writes `text` case-folded, as UTF-8, at `out`, which must have room for
// maxFoldedUtf8Size(text.size()) bytes; returns the end of what it wrote.
char *foldUtf8Into(char *out, QStringView text);

// Appends `text` case-folded, as UTF-8, to `out`. Lone surrogates become U+FFFD.
void appendFoldedUtf8(QByteArray &out, QStringView text);

// `text` case-folded, as UTF-8.
QByteArray foldedUtf8(QStringView text);

// Looks for one needle in many texts: with SSE2, 16 positions at a time (about twice as fast
// as QByteArrayMatcher on the short needles people type); else QByteArrayMatcher. An empty
// needle is found in every text.
class SubstringFinder
{
public:
    void setPattern(const QByteArray &needle);
    bool foundIn(QByteArrayView text) const;

private:
    QByteArray m_needle;
#ifndef ISC_SIMD_FIND
    QByteArrayMatcher m_matcher;
#endif
};

} // namespace isc
