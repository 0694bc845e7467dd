#include "civiltime.h"

#include <QDateTime>

namespace isc {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// Writes `value` as `width` digits at `at`.
void putDigits(char *at, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
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
    // Written in place, then appended once: an export writes one per row.
    char text[] = "YYYY-MM-DDTHH:MM:SS.mmmZ";
    putDigits(text, t.year, 4);
    putDigits(text + 5, t.month, 2);
    putDigits(text + 8, t.day, 2);
    putDigits(text + 11, t.hour, 2);
    putDigits(text + 14, t.minute, 2);
    putDigits(text + 17, t.second, 2);
    putDigits(text + 20, t.msec, 3);
    out.append(text, qsizetype(sizeof text) - 1);
}

} // namespace isc
