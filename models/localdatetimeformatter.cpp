#include "localdatetimeformatter.h"

#include "civiltime.h"

#include <algorithm>

namespace isc {

namespace {

// Whether a QLocale format shows AM/PM (an a or A outside 'quoted text'), which makes h a
// 12-hour clock.
bool showsAmPm(const QString &format)
{
    bool quoted = false;
    for (QChar c : format) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('a') || c == QLatin1Char('A')))
            return true;
    }
    return false;
}

} // namespace

LocalDateTimeFormatter::LocalDateTimeFormatter(const QLocale &locale, QLocale::FormatType type)
    : m_locale(locale)
    , m_format(locale.dateTimeFormat(type))
    , m_zone(QTimeZone::systemTimeZone())
{
    const QString zero = m_locale.zeroDigit();
    m_fast = zero.size() == 1 && parseFormat() && m_zone.isValid();
    if (!m_fast)
        return;
    m_zeroDigit = zero.at(0).unicode();
    for (int m = 0; m < 12; ++m) {
        m_monthNames[0][m] = m_locale.monthName(m + 1, QLocale::ShortFormat);
        m_monthNames[1][m] = m_locale.monthName(m + 1, QLocale::LongFormat);
    }
    m_amPm[0][0] = m_locale.amText().toUpper();
    m_amPm[0][1] = m_locale.pmText().toUpper();
    m_amPm[1][0] = m_locale.amText().toLower();
    m_amPm[1][1] = m_locale.pmText().toLower();

    // The offsets of 1900..2200 from the zone's transitions; outside, ask the zone.
    const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC);
    m_knownFrom = from.toMSecsSinceEpoch();
    m_knownTo = to.toMSecsSinceEpoch();
    if (!m_zone.hasTransitions()) {
        // Zones without a transition table (UTC, fixed offsets) have one offset; anything
        // else would need the zone for every value.
        m_fixedOffset = m_zone.offsetFromUtc(from) == m_zone.offsetFromUtc(to) &&
            m_zone.offsetFromUtc(from) == m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
        m_offsetBefore = m_zone.offsetFromUtc(from);
        if (!m_fixedOffset)
            m_knownTo = m_knownFrom; // nothing known: every value asks the zone
        return;
    }
    m_offsetBefore = m_zone.offsetFromUtc(from);
    const QTimeZone::OffsetDataList transitions = m_zone.transitions(from, to);
    m_transitions.reserve(transitions.size());
    for (const QTimeZone::OffsetData &t : transitions)
        m_transitions.push_back({t.atUtc.toMSecsSinceEpoch(), t.offsetFromUtc});
    // Qt 6.4's transitions() stops where the zone file's table ends (2037) although the zone
    // goes on changing by its rule; nextTransition() follows the rule: continue with it. (It
    // finds nothing when asked exactly at the table's last transition: ask a moment later.)
    QDateTime after = transitions.isEmpty() ? from : transitions.last().atUtc.addMSecs(1);
    while (true) {
        const QTimeZone::OffsetData next = m_zone.nextTransition(after);
        if (!next.atUtc.isValid() || next.atUtc >= to || next.atUtc < after)
            break;
        m_transitions.push_back({next.atUtc.toMSecsSinceEpoch(), next.offsetFromUtc});
        after = next.atUtc;
    }
}

bool LocalDateTimeFormatter::parseFormat()
{
    const QString &f = m_format;
    const bool twelveHour = showsAmPm(f);
    QString literal;
    auto flushLiteral = [&] {
        if (!literal.isEmpty()) {
            m_tokens.append({Field::Literal, literal});
            literal.clear();
        }
    };
    auto add = [&](Field field) {
        flushLiteral();
        m_tokens.append({field, {}});
    };
    qsizetype i = 0;
    while (i < f.size()) {
        const QChar c = f.at(i);
        if (c == QLatin1Char('\'')) {
            // 'quoted text'; '' is a quote.
            if (i + 1 < f.size() && f.at(i + 1) == QLatin1Char('\'')) {
                literal += QLatin1Char('\'');
                i += 2;
                continue;
            }
            const qsizetype close = f.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0)
                return false;
            literal += f.mid(i + 1, close - i - 1);
            i = close + 1;
            continue;
        }
        if (!c.isLetter()) {
            literal += c;
            ++i;
            continue;
        }
        qsizetype repeat = 1;
        while (i + repeat < f.size() && f.at(i + repeat) == c)
            ++repeat;
        switch (c.unicode()) {
        case u'd':
            if (repeat > 2)
                return false; // day names
            add(repeat == 2 ? Field::Day2 : Field::Day);
            break;
        case u'M':
            repeat = std::min<qsizetype>(repeat, 4);
            add(repeat == 4       ? Field::MonthLongName
                    : repeat == 3 ? Field::MonthShortName
                    : repeat == 2 ? Field::Month2
                                  : Field::Month);
            break;
        case u'y':
            if (repeat >= 4) {
                repeat = 4;
                add(Field::Year4);
            } else if (repeat >= 2) {
                repeat = 2;
                add(Field::Year2);
            } else {
                return false; // a lone y is a literal in QLocale; leave it to QLocale
            }
            break;
        case u'h':
            repeat = std::min<qsizetype>(repeat, 2);
            if (twelveHour)
                add(repeat == 2 ? Field::Hour12_2 : Field::Hour12);
            else
                add(repeat == 2 ? Field::Hour2 : Field::Hour);
            break;
        case u'H':
            repeat = std::min<qsizetype>(repeat, 2);
            add(repeat == 2 ? Field::Hour2 : Field::Hour);
            break;
        case u'm':
            repeat = std::min<qsizetype>(repeat, 2);
            add(repeat == 2 ? Field::Minute2 : Field::Minute);
            break;
        case u's':
            repeat = std::min<qsizetype>(repeat, 2);
            add(repeat == 2 ? Field::Second2 : Field::Second);
            break;
        case u'A':
        case u'a': {
            // AP / A: upper case; ap / a: lower case; mixed case is left to QLocale.
            const bool upper = c == QLatin1Char('A');
            repeat = 1;
            if (i + 1 < f.size() && f.at(i + 1).toLower() == QLatin1Char('p')) {
                if ((f.at(i + 1) == QLatin1Char('P')) != upper)
                    return false;
                repeat = 2;
            }
            add(upper ? Field::AmPmUpper : Field::AmPmLower);
            break;
        }
        default:
            return false; // time zone, milliseconds, unknown letters
        }
        i += repeat;
    }
    flushLiteral();
    return true;
}

int LocalDateTimeFormatter::offsetAt(qint64 msecs, bool *known) const
{
    *known = true;
    if (msecs < m_knownFrom || msecs >= m_knownTo) {
        *known = false;
        return 0;
    }
    if (m_fixedOffset)
        return m_offsetBefore;
    const auto it =
        std::upper_bound(m_transitions.begin(), m_transitions.end(), msecs,
                         [](qint64 value, const Transition &t) { return value < t.atMsecs; });
    if (it == m_transitions.begin())
        return m_offsetBefore;
    return std::prev(it)->offsetSeconds;
}

QString LocalDateTimeFormatter::format(const QDateTime &dateTime) const
{
    QString out;
    appendTo(out, dateTime);
    return out;
}

void LocalDateTimeFormatter::appendTo(QString &out, const QDateTime &dateTime) const
{
    if (!dateTime.isValid())
        return;
    const qint64 utc = dateTime.toMSecsSinceEpoch();
    bool known = false;
    const int offset = m_fast ? offsetAt(utc, &known) : 0;
    if (!known) {
        out += m_locale.toString(dateTime.toLocalTime(), m_format);
        return;
    }
    const CivilTime c = civilFromMSecs(utc + qint64(offset) * 1000);
    if (c.year < 1 || c.year > 9999) {
        out += m_locale.toString(dateTime.toLocalTime(), m_format);
        return;
    }
    const int year = c.year, month = c.month, day = c.day;
    const int hour = c.hour, minute = c.minute, second = c.second;
    const int hour12 = hour % 12 == 0 ? 12 : hour % 12;
    // Built on the stack, then appended at once: QString::append() per part would cost more
    // than the parts.
    constexpr qsizetype capacity = 64;
    char16_t text[capacity];
    qsizetype size = 0; // may pass `capacity`: then the text is QLocale's after all
    const char16_t zero = m_zeroDigit;
    auto appendNumber = [&](int value, int width) {
        char16_t digits[8];
        int n = 0;
        do {
            digits[7 - n++] = char16_t(zero + value % 10);
            value /= 10;
        } while (value > 0 && n < 8);
        while (n < width && n < 8)
            digits[7 - n++] = zero;
        if (size + n <= capacity)
            std::copy(digits + 8 - n, digits + 8, text + size);
        size += n;
    };
    auto appendText = [&](const QString &part) {
        if (size + part.size() <= capacity)
            std::copy(part.utf16(), part.utf16() + part.size(), text + size);
        size += part.size();
    };
    for (const Token &t : m_tokens) {
        switch (t.field) {
        case Field::Literal:
            appendText(t.literal);
            break;
        case Field::Day:
            appendNumber(day, 1);
            break;
        case Field::Day2:
            appendNumber(day, 2);
            break;
        case Field::Month:
            appendNumber(month, 1);
            break;
        case Field::Month2:
            appendNumber(month, 2);
            break;
        case Field::MonthShortName:
            appendText(m_monthNames[0][month - 1]);
            break;
        case Field::MonthLongName:
            appendText(m_monthNames[1][month - 1]);
            break;
        case Field::Year2:
            appendNumber(year % 100, 2);
            break;
        case Field::Year4:
            appendNumber(year, 4);
            break;
        case Field::Hour:
            appendNumber(hour, 1);
            break;
        case Field::Hour2:
            appendNumber(hour, 2);
            break;
        case Field::Hour12:
            appendNumber(hour12, 1);
            break;
        case Field::Hour12_2:
            appendNumber(hour12, 2);
            break;
        case Field::Minute:
            appendNumber(minute, 1);
            break;
        case Field::Minute2:
            appendNumber(minute, 2);
            break;
        case Field::Second:
            appendNumber(second, 1);
            break;
        case Field::Second2:
            appendNumber(second, 2);
            break;
        case Field::AmPmUpper:
            appendText(m_amPm[0][hour >= 12]);
            break;
        case Field::AmPmLower:
            appendText(m_amPm[1][hour >= 12]);
            break;
        }
    }
    if (size > capacity)
        out += m_locale.toString(dateTime.toLocalTime(), m_format);
    else
        out.append(reinterpret_cast<const QChar *>(text), size);
}

} // namespace isc
