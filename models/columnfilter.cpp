#include "columnfilter.h"

#include "sortkey.h"
#include "tablemodel.h"
#include "textfold.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QStringList>

namespace isc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("isc::ColumnFilter", text);
}

bool isQuoted(const QString &s)
{
    return s.size() >= 2 && s.startsWith(QLatin1Char('"')) && s.endsWith(QLatin1Char('"'));
}

template<typename T>
int threeWay(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

bool isEmptyValue(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return true;
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isEmpty();
    case QMetaType::QStringList:
        return static_cast<const QStringList *>(value.constData())->isEmpty();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    case QMetaType::QJsonValue: {
        const QJsonValue json = value.toJsonValue();
        return json.isNull() || json.isUndefined() ||
            (json.isString() && json.toString().isEmpty()) ||
            (json.isArray() && json.toArray().isEmpty()) ||
            (json.isObject() && json.toObject().isEmpty());
    }
    default:
        return false;
    }
}

bool isNumberType(int type)
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
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

} // namespace

ColumnFilter::ColumnFilter(const QString &expression)
    : m_expression(expression)
{
    parse();
}

void ColumnFilter::parse()
{
    const QString t = m_expression.trimmed();
    if (t.isEmpty())
        return;

    if (t.size() >= 2 && t.startsWith(QLatin1Char('/')) && t.endsWith(QLatin1Char('/'))) {
        m_op = Operator::RegularExpression;
        m_operand = t.mid(1, t.size() - 2);
        m_regex.setPattern(m_operand);
        m_regex.setPatternOptions(QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
        if (!m_regex.isValid()) {
            //: %1 is the regular expression engine's message, %2 a position in the pattern
            m_error = tr("Invalid regular expression: %1 (at character %2).")
                          .arg(m_regex.errorString())
                          .arg(m_regex.patternErrorOffset() + 1);
        }
        return;
    }

    static const struct
    {
        const char *text;
        Operator op;
    } operators[] = {
        {"<>", Operator::NotEqual},       {"!=", Operator::NotEqual}, {"<=", Operator::LessOrEqual},
        {">=", Operator::GreaterOrEqual}, {"=", Operator::Equal},     {"<", Operator::Less},
        {">", Operator::Greater},
    };
    for (const auto &candidate : operators) {
        const QLatin1String text(candidate.text);
        if (!t.startsWith(text))
            continue;
        QString operand = t.mid(text.size()).trimmed();
        if (isQuoted(operand))
            operand = operand.mid(1, operand.size() - 2);
        if (operand.isEmpty()) {
            // "=" alone means empty, "<>" alone not empty; "<" alone is still being typed.
            if (candidate.op == Operator::Equal)
                m_op = Operator::Empty;
            else if (candidate.op == Operator::NotEqual)
                m_op = Operator::NotEmpty;
            return;
        }
        m_op = candidate.op;
        m_operand = operand;
        break;
    }
    if (m_op == Operator::None) {
        m_op = Operator::Contains;
        m_operand = isQuoted(t) ? t.mid(1, t.size() - 2) : t;
        if (m_operand.isEmpty()) {
            m_op = Operator::None;
            return;
        }
    }

    m_foldedOperand.setPattern(foldedUtf8(m_operand));
    m_number = QLocale::c().toDouble(m_operand, &m_isNumber);
    if (!m_isNumber)
        m_number = QLocale().toDouble(m_operand, &m_isNumber);
    m_isBool = parseBool(m_operand, &m_bool);
    m_time = parseTimeRange(m_operand);
}

bool ColumnFilter::parseBool(const QString &text, bool *value)
{
    const QString t = text.trimmed();
    for (const char *yes : {"true", "yes", "y", "1"}) {
        if (t.compare(QLatin1String(yes), Qt::CaseInsensitive) == 0) {
            *value = true;
            return true;
        }
    }
    for (const char *no : {"false", "no", "n", "0"}) {
        if (t.compare(QLatin1String(no), Qt::CaseInsensitive) == 0) {
            *value = false;
            return true;
        }
    }
    // What the table shows, in the user's language.
    if (t.compare(TableModel::yesNo(true), Qt::CaseInsensitive) == 0) {
        *value = true;
        return true;
    }
    if (t.compare(TableModel::yesNo(false), Qt::CaseInsensitive) == 0) {
        *value = false;
        return true;
    }
    return false;
}

ColumnFilter::TimeRange ColumnFilter::parseTimeRange(const QString &text)
{
    TimeRange range;
    // ISO 8601, as precise as typed: 2024, 2024-03, 2024-03-01, 2024-03-01T09:30[:15[.250]]
    // with an optional Z or offset (else local time).
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[T "
                       "](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,3}))?"
                       ")?)?)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = iso.match(text);
    QDateTime begin;
    QDateTime end;
    if (m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const bool hasMonth = m.hasCaptured(2);
        const bool hasDay = m.hasCaptured(3);
        const bool hasMinute = m.hasCaptured(4);
        const bool hasSecond = m.hasCaptured(6);
        const bool hasMillis = m.hasCaptured(7);
        const QDate date(year, hasMonth ? m.captured(2).toInt() : 1,
                         hasDay ? m.captured(3).toInt() : 1);
        QTime time(0, 0);
        if (hasMinute) {
            QString millis = m.captured(7);
            while (millis.size() < 3)
                millis += QLatin1Char('0');
            time = QTime(m.captured(4).toInt(), m.captured(5).toInt(),
                         hasSecond ? m.captured(6).toInt() : 0, hasMillis ? millis.toInt() : 0);
        }
        if (!date.isValid() || !time.isValid())
            return range;
        if (m.hasCaptured(8)) {
            const QString zone = m.captured(8);
            int offset = 0;
            if (zone.compare(QLatin1String("Z"), Qt::CaseInsensitive) != 0) {
                const QString digits = QString(zone).remove(QLatin1Char(':'));
                offset = (digits.mid(1, 2).toInt() * 60 + digits.mid(3, 2).toInt()) * 60;
                if (digits.startsWith(QLatin1Char('-')))
                    offset = -offset;
            }
            begin = QDateTime(date, time, Qt::OffsetFromUTC, offset);
        } else {
            begin = QDateTime(date, time, Qt::LocalTime);
        }
        if (hasMillis)
            end = begin.addMSecs(1);
        else if (hasSecond)
            end = begin.addSecs(1);
        else if (hasMinute)
            end = begin.addSecs(60);
        else if (hasDay)
            end = begin.addDays(1);
        else if (hasMonth)
            end = begin.addMonths(1);
        else
            end = begin.addYears(1);
    } else {
        // The user's own short formats, as the table shows dates.
        const QLocale locale;
        const QString dateTimeFormat = locale.dateTimeFormat(QLocale::ShortFormat);
        const QString dateFormat = locale.dateFormat(QLocale::ShortFormat);
        auto fixCentury = [](QDate d, const QString &format) {
            // QLocale reads a two-digit year as 19xx.
            if (d.isValid() && !format.contains(QLatin1String("yyyy")) && d.year() < 1950)
                d = d.addYears(100);
            return d;
        };
        QDateTime dt = locale.toDateTime(text, dateTimeFormat);
        if (dt.isValid()) {
            dt.setDate(fixCentury(dt.date(), dateTimeFormat));
            begin = dt;
            end = dateTimeFormat.contains(QLatin1Char('s')) ? begin.addSecs(1) : begin.addSecs(60);
        } else {
            const QDate d = fixCentury(locale.toDate(text, dateFormat), dateFormat);
            if (!d.isValid())
                return range;
            begin = QDateTime(d, QTime(0, 0), Qt::LocalTime);
            end = begin.addDays(1);
        }
    }
    if (!begin.isValid() || !end.isValid())
        return range;
    range.begin = begin.toMSecsSinceEpoch();
    range.end = end.toMSecsSinceEpoch();
    range.valid = range.end > range.begin;
    return range;
}

bool ColumnFilter::needsRawValue() const
{
    switch (m_op) {
    case Operator::None:
    case Operator::Contains:
    case Operator::RegularExpression:
        return false;
    default:
        return true;
    }
}

bool ColumnFilter::compareResult(int comparison) const
{
    switch (m_op) {
    case Operator::Equal:
        return comparison == 0;
    case Operator::NotEqual:
        return comparison != 0;
    case Operator::Less:
        return comparison < 0;
    case Operator::LessOrEqual:
        return comparison <= 0;
    case Operator::Greater:
        return comparison > 0;
    case Operator::GreaterOrEqual:
        return comparison >= 0;
    default:
        return false;
    }
}

bool ColumnFilter::matches(const QVariant &raw, const QString &text, const QByteArray &foldedText,
                           const QCollator &collator) const
{
    switch (m_op) {
    case Operator::None:
        return true;
    case Operator::Contains:
        return m_foldedOperand.indexIn(foldedText) >= 0;
    case Operator::RegularExpression:
        return m_error.isEmpty() && m_regex.match(text).hasMatch();
    case Operator::Empty:
        return isEmptyValue(raw);
    case Operator::NotEmpty:
        return !isEmptyValue(raw);
    default:
        return matchesTyped(raw, collator);
    }
}

bool ColumnFilter::matchesTyped(const QVariant &raw, const QCollator &collator) const
{
    const int type = raw.metaType().id();
    if (isEmptyValue(raw))
        return mismatchResult(); // absent or empty: only <> matches
    if (type == QMetaType::Bool) {
        if (!m_isBool)
            return mismatchResult();
        return compareResult(threeWay(int(raw.toBool()), int(m_bool)));
    }
    if (isNumberType(type)) {
        if (!m_isNumber)
            return mismatchResult();
        return compareResult(threeWay(raw.toDouble(), m_number));
    }
    if (type == QMetaType::QDateTime) {
        if (!m_time.valid)
            return mismatchResult();
        const qint64 t = raw.toDateTime().toMSecsSinceEpoch();
        const bool inside = t >= m_time.begin && t < m_time.end;
        switch (m_op) {
        case Operator::Equal:
            return inside;
        case Operator::NotEqual:
            return !inside;
        case Operator::Less:
            return t < m_time.begin;
        case Operator::LessOrEqual:
            return t < m_time.end;
        case Operator::Greater:
            return t >= m_time.end;
        case Operator::GreaterOrEqual:
            return t >= m_time.begin;
        default:
            return false;
        }
    }
    if (type == QMetaType::QStringList && (m_op == Operator::Equal || m_op == Operator::NotEqual)) {
        const QStringList &items = *static_cast<const QStringList *>(raw.constData());
        const bool found = items.contains(m_operand, Qt::CaseInsensitive);
        return m_op == Operator::Equal ? found : !found;
    }
    const QString text = comparableText(raw);
    if (m_op == Operator::Equal || m_op == Operator::NotEqual)
        return compareResult(text.compare(m_operand, Qt::CaseInsensitive));
    return compareResult(collator.compare(text, m_operand));
}

} // namespace isc
