#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <cstring>

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

namespace isc::json {

// A strict, forward-only reader of JSON text (RFC 8259) for the decoders' direct paths: it
// reads values straight from the reply's bytes, without building a QJsonDocument first.
//
// It is deliberately narrower than QJsonDocument: whatever it is not sure to read exactly
// as QJsonDocument would (a byte order mark, escaped keys, \u escapes of surrogates,
// numbers with a fraction or an exponent, or of 2^53 and more, control characters or
// bytes that are not UTF-8 inside strings, nesting deeper than 64) makes it fail, and the caller
// then decodes the same bytes through QJsonDocument, which also explains real errors. So on any
// text it accepts, it yields the values QJsonDocument would.
class JsonScanner
{
public:
    explicit JsonScanner(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    { }

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    // Consumes `c` (after white space) when it is next.
    bool take(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    // The next character after white space, or 0 at the end.
    char peek()
    {
        skipSpace();
        return m_p < m_end ? *m_p : '\0';
    }

    // A key and its colon. Keys with escapes are refused (see the class comment).
    bool readKey(QByteArrayView &key)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                key = QByteArrayView(start, m_p - start);
                ++m_p;
                return take(':');
            }
            if (c == '\\' || c < 0x20 || c >= 0x80)
                return false;
            ++m_p;
        }
        return false;
    }

    // A string value; `null` is read as a null QString when `allowNull`. When the value is
    // `*reuse` (often so for a field that every item of a list shares), `out` shares its
    // data instead of allocating its own.
    bool readString(QString &out, bool allowNull = true, const QString *reuse = nullptr)
    {
        skipSpace();
        if (allowNull && takeLiteral("null", 4)) {
            out = QString();
            return true;
        }
        if (!take('"'))
            return false;
        const char *start = m_p;
        bool ascii = true;
        while (m_p < m_end) {
            skipPlainAscii();
            if (m_p == m_end)
                break;
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                const qsizetype size = m_p - start;
                ++m_p;
                if (ascii) {
                    const QLatin1String text(start, size);
                    if (reuse && !reuse->isNull() && *reuse == text)
                        out = *reuse;
                    else
                        out = text;
                    return true;
                }
                if (!isUtf8(start, m_p - 1))
                    return false;
                out = QString::fromUtf8(start, size);
                return true;
            }
            if (c == '\\') {
                m_p = start;
                return readEscapedString(out);
            }
            if (c < 0x20)
                return false;
            ascii = ascii && c < 0x80;
            ++m_p;
        }
        return false;
    }

    // `true` or `false`; `null` reads as false (as the decoders take a null boolean).
    bool readBool(bool &out)
    {
        skipSpace();
        if (takeLiteral("true", 4)) {
            out = true;
            return true;
        }
        if (takeLiteral("false", 5) || takeLiteral("null", 4)) {
            out = false;
            return true;
        }
        return false;
    }

    // `true`, `false` or `null` as a QJsonValue.
    bool readLiteral(QJsonValue &out)
    {
        skipSpace();
        if (takeLiteral("true", 4))
            out = QJsonValue(true);
        else if (takeLiteral("false", 5))
            out = QJsonValue(false);
        else if (takeLiteral("null", 4))
            out = QJsonValue(QJsonValue::Null);
        else
            return false;
        return true;
    }

    enum class Number { Integer, Null, Invalid };
    // An integer of at most 2^53 in magnitude without fraction or exponent, or `null`.
    Number readInteger(qint64 &out)
    {
        skipSpace();
        if (takeLiteral("null", 4))
            return Number::Null;
        const char *p = m_p;
        const bool negative = p < m_end && *p == '-';
        if (negative)
            ++p;
        if (p == m_end || *p < '0' || *p > '9')
            return Number::Invalid;
        if (*p == '0' && p + 1 < m_end && p[1] >= '0' && p[1] <= '9')
            return Number::Invalid; // a leading zero is not JSON
        qint64 value = 0;
        int digits = 0;
        while (p < m_end && *p >= '0' && *p <= '9') {
            if (++digits > 16)
                return Number::Invalid;
            value = value * 10 + (*p - '0');
            ++p;
        }
        if (p < m_end && (*p == '.' || *p == 'e' || *p == 'E'))
            return Number::Invalid;
        if (value >= (qint64(1) << 53))
            return Number::Invalid;
        m_p = p;
        out = negative ? -value : value;
        return Number::Integer;
    }

    // Checks and passes over any one value.
    bool skipValue(int depth = 0)
    {
        if (depth > maxDepth)
            return false;
        switch (peek()) {
        case '"': {
            QString ignored;
            return readString(ignored, false);
        }
        case '{':
            ++m_p;
            if (take('}'))
                return true;
            do {
                QByteArrayView key;
                if (!readKey(key) || !skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take('}');
        case '[':
            ++m_p;
            if (take(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take(']');
        case 't':
            return takeLiteral("true", 4);
        case 'f':
            return takeLiteral("false", 5);
        case 'n':
            return takeLiteral("null", 4);
        default:
            return skipNumber();
        }
    }

private:
    static constexpr int maxDepth = 64;

    // Passes over bytes that need no attention inside a string: printable ASCII other than
    // '"' and '\\', sixteen at a time where SSE2 is there.
    void skipPlainAscii()
    {
#if defined(__SSE2__) && defined(__GNUC__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        const __m128i space = _mm_set1_epi8(0x20);
        while (m_end - m_p >= 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_p));
            // Signed: bytes of 0x80 and above are negative, so this one compare finds both
            // control characters and the bytes of non-ASCII characters.
            const __m128i special = _mm_or_si128(
                _mm_cmplt_epi8(bytes, space),
                _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
            const int mask = _mm_movemask_epi8(special);
            if (mask != 0) {
                m_p += __builtin_ctz(unsigned(mask));
                return;
            }
            m_p += 16;
        }
#endif
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
                return;
            ++m_p;
        }
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool takeLiteral(const char *word, qsizetype size)
    {
        if (m_end - m_p < size || std::memcmp(m_p, word, size_t(size)) != 0)
            return false;
        m_p += size;
        return true;
    }

    // A number whose value is not needed: only integers below 2^53 in magnitude, which
    // QJsonDocument always takes. Fractions and exponents are refused, since QJsonDocument
    // rejects those that overflow or underflow a double (1e400, 1e-400).
    bool skipNumber()
    {
        qint64 ignored = 0;
        return readInteger(ignored) == Number::Integer;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // Well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).
    static bool isUtf8(const char *begin, const char *end)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(begin);
        const auto *e = reinterpret_cast<const unsigned char *>(end);
        while (p < e) {
            const unsigned char c = *p;
            if (c < 0x80) {
                ++p;
                continue;
            }
            int more = 0;
            unsigned char low = 0x80, high = 0xBF; // range of the second byte
            if (c >= 0xC2 && c <= 0xDF) {
                more = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                more = 2;
                if (c == 0xE0)
                    low = 0xA0;
                else if (c == 0xED)
                    high = 0x9F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                more = 3;
                if (c == 0xF0)
                    low = 0x90;
                else if (c == 0xF4)
                    high = 0x8F;
            } else {
                return false;
            }
            if (e - p <= more || p[1] < low || p[1] > high)
                return false;
            for (int i = 2; i <= more; ++i) {
                if ((p[i] & 0xC0) != 0x80)
                    return false;
            }
            p += more + 1;
        }
        return true;
    }

    // The slow way, for strings with escapes; m_p is just past the opening quote.
    bool readEscapedString(QString &out)
    {
        out.clear();
        const char *run = m_p; // start of the bytes not yet copied
        auto flush = [&]() {
            if (m_p > run) {
                if (!isUtf8(run, m_p))
                    return false;
                out += QString::fromUtf8(run, m_p - run);
            }
            return true;
        };
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                if (!flush())
                    return false;
                ++m_p;
                if (out.isNull())
                    out = QLatin1String(""); // an empty string, not a null one
                return true;
            }
            if (c < 0x20)
                return false;
            if (c != '\\') {
                ++m_p;
                continue;
            }
            if (!flush() || m_end - m_p < 2)
                return false;
            const char e = m_p[1];
            m_p += 2;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                out += QLatin1Char(e);
                break;
            case 'b':
                out += u'\b';
                break;
            case 'f':
                out += u'\f';
                break;
            case 'n':
                out += u'\n';
                break;
            case 'r':
                out += u'\r';
                break;
            case 't':
                out += u'\t';
                break;
            case 'u': {
                if (m_end - m_p < 4)
                    return false;
                int unit = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(m_p[i]);
                    if (h < 0)
                        return false;
                    unit = unit * 16 + h;
                }
                if (unit >= 0xD800 && unit <= 0xDFFF)
                    return false; // surrogates: left to QJsonDocument
                out += QChar(char16_t(unit));
                m_p += 4;
                break;
            }
            default:
                return false;
            }
            run = m_p;
        }
        return false;
    }

    const char *m_p;
    const char *m_end;
};

} // namespace isc::json
