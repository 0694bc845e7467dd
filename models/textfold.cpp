#include "textfold.h"

#include "asciiblocks.h"

#include <QChar>

#include <cstring>

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

namespace isc {

char *foldUtf8Into(char *p, QStringView text)
{
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
    while (s < end) {
        copyAsciiBlocks<true>(s, end, p);
        if (s == end)
            break;
        char32_t c = *s++;
        if (c < 0x80) {
            *p++ = char(c >= u'A' && c <= u'Z' ? c + 32 : c);
            continue;
        }
        if (QChar::isHighSurrogate(c)) {
            if (s < end && QChar::isLowSurrogate(*s))
                c = QChar::surrogateToUcs4(char16_t(c), *s++);
            else
                c = 0xFFFD;
        } else if (QChar::isLowSurrogate(c)) {
            c = 0xFFFD;
        }
        c = QChar::toCaseFolded(c);
        if (c < 0x80) {
            *p++ = char(c);
        } else if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        } else {
            *p++ = char(0xF0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3F));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        }
    }
    return p;
}

void appendFoldedUtf8(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + maxFoldedUtf8Size(text.size()));
    char *end = foldUtf8Into(out.data() + start, text);
    out.truncate(end - out.constData());
}

QByteArray foldedUtf8(QStringView text)
{
    QByteArray out;
    appendFoldedUtf8(out, text);
    return out;
}

void SubstringFinder::setPattern(const QByteArray &needle)
{
    m_needle = needle;
#ifndef ISC_SIMD_FIND
    m_matcher.setPattern(needle);
#endif
}

bool SubstringFinder::foundIn(QByteArrayView text) const
{
#ifdef ISC_SIMD_FIND
    // Compares the needle's first and last bytes at 16 positions at once and checks the rest
    // only where both match (W. Mula's "generic SIMD" substring search).
    const char *s = text.data();
    const qsizetype n = text.size();
    const char *needle = m_needle.constData();
    const qsizetype k = m_needle.size();
    if (k == 0)
        return true;
    if (n < k)
        return false;
    if (k == 1)
        return std::memchr(s, needle[0], size_t(n)) != nullptr;
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i last = _mm_set1_epi8(needle[k - 1]);
    qsizetype i = 0;
    for (; i + k - 1 + 16 <= n; i += 16) {
        const __m128i atFirst = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const __m128i atLast = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i + k - 1));
        unsigned mask = unsigned(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi8(atFirst, first), _mm_cmpeq_epi8(atLast, last))));
        while (mask != 0) {
            const int bit = __builtin_ctz(mask);
            if (std::memcmp(s + i + bit + 1, needle + 1, size_t(k - 2)) == 0)
                return true;
            mask &= mask - 1;
        }
    }
    for (; i + k <= n; ++i) {
        if (s[i] == needle[0] && std::memcmp(s + i, needle, size_t(k)) == 0)
            return true;
    }
    return false;
#else
    return m_matcher.indexIn(text) >= 0;
#endif
}

} // namespace isc
