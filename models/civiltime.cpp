#include "civiltime.h"

#include <QDateTime>

namespace isc {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

void appendDigits(QByteArray &out, int value, int width)
{
    char digits[4];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

} // namespace

CivilTime civilFromMSecs(qint64 msecs)
{
    // Days -> date: H. Hinnant's civil_from_days.
    qint64 z = floorDiv(msecs, 86400000);
    const qint64 msOfDay = msecs - z * 86400000;
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    CivilTime t;
    t.day = int(doy - (153 * mp + 2) / 5 + 1);
    t.month = int(mp < 10 ? mp + 3 : mp - 9);
    t.year = int(yoe + era * 400 + (t.month <= 2));
    t.hour = int(msOfDay / 3600000);
    t.minute = int(msOfDay / 60000 % 60);
    t.second = int(msOfDay / 1000 % 60);
    t.msec = int(msOfDay % 1000);
    return t;
}

void appendIsoUtc(QByteArray &out, qint64 msecs)
{
    const CivilTime t = civilFromMSecs(msecs);
    if (t.year < 0 || t.year > 9999) {
        out += QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
        return;
    }
    appendDigits(out, t.year, 4);
    out += '-';
    appendDigits(out, t.month, 2);
    out += '-';
    appendDigits(out, t.day, 2);
    out += 'T';
    appendDigits(out, t.hour, 2);
    out += ':';
    appendDigits(out, t.minute, 2);
    out += ':';
    appendDigits(out, t.second, 2);
    out += '.';
    appendDigits(out, t.msec, 3);
    out += 'Z';
}

} // namespace isc
