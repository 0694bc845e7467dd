#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace isc {

// Calendar arithmetic on msecs since the epoch, without QDateTime's time zone machinery.

struct CivilTime
{
    int year;
    int month; // 1..12
    int day; // 1..31
    int hour;
    int minute;
    int second;
    int msec;
};

// The proleptic Gregorian date and time of `msecs` (no time zone: add an offset first for
// local time).
CivilTime civilFromMSecs(qint64 msecs);

// Appends `msecs` as ISO 8601 UTC with milliseconds, "2024-03-01T09:30:00.000Z" (years
// 0000-9999; others as QDateTime writes them).
void appendIsoUtc(QByteArray &out, qint64 msecs);

} // namespace isc
