#pragma once

#include <QtGlobal>

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

namespace isc {

// Copies the ASCII UTF-16 units at `s` to `p` as bytes, eight at a time (SSE2), lowering
// A-Z when `Lower`: the usual case of table cells (ids, names, dates). Stops at the first
// block of eight holding anything else, or with fewer than eight units left; the caller
// goes on unit by unit. Advances both pointers. Without SSE2 it copies nothing.
template<bool Lower>
inline void copyAsciiBlocks(const char16_t *&s, const char16_t *end, char *&p)
{
#if defined(__SSE2__) && defined(__GNUC__)
    while (end - s >= 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
        const __m128i high = _mm_and_si128(units, _mm_set1_epi16(short(0xFF80)));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) != 0xFFFF)
            return;
        __m128i bytes = _mm_packus_epi16(units, units);
        if constexpr (Lower) {
            const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8('A' - 1)),
                                                _mm_cmplt_epi8(bytes, _mm_set1_epi8('Z' + 1)));
            bytes = _mm_add_epi8(bytes, _mm_and_si128(upper, _mm_set1_epi8(32)));
        }
        _mm_storel_epi64(reinterpret_cast<__m128i *>(p), bytes);
        s += 8;
        p += 8;
    }
#else
    Q_UNUSED(s);
    Q_UNUSED(end);
    Q_UNUSED(p);
#endif
}

} // namespace isc
