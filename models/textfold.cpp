#include "textfold.h"

#include <QChar>

namespace isc {

void appendFoldedUtf8(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    // At most 3 bytes per UTF-16 unit (a surrogate pair, 2 units, gives 4 bytes).
    out.resize(start + text.size() * 3);
    char *p = out.data() + start;
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
    while (s < end) {
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
    out.truncate(p - out.constData());
}

QByteArray foldedUtf8(QStringView text)
{
    QByteArray out;
    appendFoldedUtf8(out, text);
    return out;
}

} // namespace isc
