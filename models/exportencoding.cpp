#include "exportencoding.h"

#include "asciiblocks.h"

#include "civiltime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QStringList>

#include <cmath>

#if defined(__SSE2__) && defined(__GNUC__)
#define ISC_SSE2 1
#include <emmintrin.h>
#endif

namespace isc {

namespace {

// Encodes one code point at `p`; returns the position after it.
inline char *putUtf8(char *p, char32_t c)
{
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
    return p;
}

// Reads one code point from [s, end); lone surrogates give U+FFFD.
inline char32_t nextCodePoint(const char16_t *&s, const char16_t *end)
{
    const char16_t c = *s++;
    if (QChar::isHighSurrogate(c)) {
        if (s < end && QChar::isLowSurrogate(*s))
            return QChar::surrogateToUcs4(c, *s++);
        return 0xFFFD;
    }
    if (QChar::isLowSurrogate(c))
        return 0xFFFD;
    return c;
}

// Whether a CSV field must be quoted: it holds the delimiter, a double quote, CR or LF.
bool needsQuotes(QStringView text, char16_t delimiter)
{
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
#ifdef ISC_SSE2
    const __m128i d = _mm_set1_epi16(short(delimiter));
    const __m128i quote = _mm_set1_epi16(short(u'"'));
    const __m128i cr = _mm_set1_epi16(short(u'\r'));
    const __m128i lf = _mm_set1_epi16(short(u'\n'));
    for (; end - s >= 8; s += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
        const __m128i hit =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(units, d), _mm_cmpeq_epi16(units, quote)),
                         _mm_or_si128(_mm_cmpeq_epi16(units, cr), _mm_cmpeq_epi16(units, lf)));
        if (_mm_movemask_epi8(hit) != 0)
            return true;
    }
#endif
    for (; s < end; ++s) {
        const char16_t u = *s;
        if (u == delimiter || u == u'"' || u == u'\r' || u == u'\n')
            return true;
    }
    return false;
}

bool isIntegerType(int type)
{
    switch (type) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

void appendDouble(QByteArray &out, double d)
{
    if (!std::isfinite(d)) {
        out += "null";
        return;
    }
    out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

void appendJson(QByteArray &out, const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += json.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        appendDouble(out, json.toDouble());
        break;
    case QJsonValue::String:
        appendJsonString(out, json.toString());
        break;
    case QJsonValue::Array:
        out += QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact);
        break;
    case QJsonValue::Object:
        out += QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
        break;
    }
}

} // namespace

void appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * 3);
    char *p = out.data() + start;
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
    while (s < end) {
        copyAsciiBlocks<false>(s, end, p);
        if (s == end)
            break;
        if (*s < 0x80) {
            *p++ = char(*s++);
            continue;
        }
        p = putUtf8(p, nextCodePoint(s, end));
    }
    out.truncate(p - out.constData());
}

CsvRowWriter::CsvRowWriter(QByteArray &out, QChar delimiter, bool formulaGuard, bool crlf)
    : m_out(out)
    , m_delimiter(delimiter.unicode())
    , m_guard(formulaGuard)
    , m_crlf(crlf)
{ }

bool CsvRowWriter::startsLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

void CsvRowWriter::addCell(QStringView text, bool number)
{
    if (!m_firstCell)
        m_out += char(m_delimiter);
    m_firstCell = false;
    const bool quote = needsQuotes(text, m_delimiter);
    const bool guard = m_guard && !number && startsLikeFormula(text);
    if (!quote && !guard) {
        appendUtf8(m_out, text);
        return;
    }
    if (quote)
        m_out += '"';
    if (guard)
        m_out += '\'';
    if (quote) {
        qsizetype from = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'"') {
                appendUtf8(m_out, text.mid(from, i - from + 1));
                m_out += '"';
                from = i + 1;
            }
        }
        appendUtf8(m_out, text.mid(from));
        m_out += '"';
    } else {
        appendUtf8(m_out, text);
    }
}

bool CsvRowWriter::addPlainValue(const QVariant &value)
{
    // ISO 8601 dates and integers hold digits, '-', ':', '.', 'T' and 'Z' only: never a
    // delimiter, a quote or a line break, and a number is never guarded.
    const int type = value.metaType().id();
    if (type == QMetaType::QDateTime) {
        const QDateTime *dt = static_cast<const QDateTime *>(value.constData());
        if (!dt->isValid())
            return false;
        if (!m_firstCell)
            m_out += char(m_delimiter);
        m_firstCell = false;
        appendIsoUtc(m_out, dt->toMSecsSinceEpoch());
        return true;
    }
    if (type == QMetaType::LongLong || type == QMetaType::Int) {
        if (!m_firstCell)
            m_out += char(m_delimiter);
        m_firstCell = false;
        // Digits written right to left into a small buffer: no QByteArray per number.
        const qlonglong n = value.toLongLong();
        qulonglong magnitude = n < 0 ? 0 - qulonglong(n) : qulonglong(n);
        char digits[24];
        char *p = digits + sizeof digits;
        do {
            *--p = char('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        if (n < 0)
            *--p = '-';
        m_out.append(p, digits + sizeof digits - p);
        return true;
    }
    return false;
}

void CsvRowWriter::endRow()
{
    m_out += m_crlf ? QByteArrayView("\r\n") : QByteArrayView("\n");
    m_firstCell = true;
}

bool isNumber(const QVariant &value)
{
    const int type = value.metaType().id();
    return isIntegerType(type) || type == QMetaType::Double || type == QMetaType::Float;
}

QStringView plainText(const QVariant &value, QString &scratch)
{
    scratch.truncate(0);
    const int type = value.metaType().id();
    switch (type) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return {};
    case QMetaType::QString:
        return *static_cast<const QString *>(value.constData());
    case QMetaType::Bool:
        return value.toBool() ? QStringView(u"true") : QStringView(u"false");
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isfinite(d))
            scratch = QString::number(d, 'g', QLocale::FloatingPointShortest);
        return scratch;
    }
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        if (!dt.isValid())
            return {};
        QByteArray iso;
        appendIsoUtc(iso, dt.toMSecsSinceEpoch());
        scratch = QString::fromLatin1(iso);
        return scratch;
    }
    case QMetaType::QStringList:
        scratch = static_cast<const QStringList *>(value.constData())->join(QLatin1String(", "));
        return scratch;
    case QMetaType::QJsonValue: {
        const QJsonValue json = value.toJsonValue();
        if (json.isString())
            scratch = json.toString();
        else if (json.isBool())
            scratch = json.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (json.isDouble())
            return plainText(QVariant(json.toDouble()), scratch);
        else if (!json.isNull() && !json.isUndefined()) {
            QByteArray compact;
            appendJson(compact, json);
            scratch = QString::fromUtf8(compact);
        }
        return scratch;
    }
    case QMetaType::QVariantList: {
        const QVariantList items = value.toList();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                scratch += QLatin1String(", ");
            QString itemScratch;
            scratch += plainText(items.at(i), itemScratch);
        }
        return scratch;
    }
    default:
        if (isIntegerType(type)) {
            scratch = type == QMetaType::ULongLong ? QString::number(value.toULongLong())
                                                   : QString::number(value.toLongLong());
            return scratch;
        }
        scratch = value.toString();
        return scratch;
    }
}

void appendJsonString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const qsizetype start = out.size();
    // Worst case: every unit becomes \u00XX (6 bytes).
    out.resize(start + text.size() * 6 + 1);
    char *p = out.data() + start;
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
    while (s < end) {
        const char16_t c = *s;
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
            *p++ = char(c);
            ++s;
            continue;
        }
        if (c < 0x80) {
            ++s;
            *p++ = '\\';
            switch (c) {
            case u'"':
                *p++ = '"';
                break;
            case u'\\':
                *p++ = '\\';
                break;
            case u'\b':
                *p++ = 'b';
                break;
            case u'\f':
                *p++ = 'f';
                break;
            case u'\n':
                *p++ = 'n';
                break;
            case u'\r':
                *p++ = 'r';
                break;
            case u'\t':
                *p++ = 't';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[(c >> 4) & 0xF];
                *p++ = hex[c & 0xF];
            }
            continue;
        }
        const char32_t cp = nextCodePoint(s, end);
        if (cp == 0x2028 || cp == 0x2029) {
            // Valid JSON, but not valid JavaScript before ES2019: escape them.
            *p++ = '\\';
            *p++ = 'u';
            *p++ = '2';
            *p++ = '0';
            *p++ = '2';
            *p++ = cp == 0x2028 ? '8' : '9';
            continue;
        }
        p = putUtf8(p, cp);
    }
    out.truncate(p - out.constData());
    out += '"';
}

void appendJsonValue(QByteArray &out, const QVariant &value)
{
    const int type = value.metaType().id();
    switch (type) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        out += "null";
        return;
    case QMetaType::QString:
        appendJsonString(out, *static_cast<const QString *>(value.constData()));
        return;
    case QMetaType::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        appendDouble(out, value.toDouble());
        return;
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        if (!dt.isValid()) {
            out += "null";
            return;
        }
        out += '"';
        appendIsoUtc(out, dt.toMSecsSinceEpoch());
        out += '"';
        return;
    }
    case QMetaType::QStringList: {
        out += '[';
        const QStringList &items = *static_cast<const QStringList *>(value.constData());
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                out += ',';
            appendJsonString(out, items.at(i));
        }
        out += ']';
        return;
    }
    case QMetaType::QVariantList: {
        out += '[';
        const QVariantList items = value.toList();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                out += ',';
            appendJsonValue(out, items.at(i));
        }
        out += ']';
        return;
    }
    case QMetaType::QJsonValue:
        appendJson(out, value.toJsonValue());
        return;
    case QMetaType::QJsonObject:
        out += QJsonDocument(value.toJsonObject()).toJson(QJsonDocument::Compact);
        return;
    case QMetaType::QJsonArray:
        out += QJsonDocument(value.toJsonArray()).toJson(QJsonDocument::Compact);
        return;
    default:
        if (isIntegerType(type)) {
            out += type == QMetaType::ULongLong ? QByteArray::number(value.toULongLong())
                                                : QByteArray::number(value.toLongLong());
            return;
        }
        appendJsonString(out, value.toString());
    }
}

} // namespace isc
