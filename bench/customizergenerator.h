#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace isc::bench {

// Pages of GET /v2024/connector-customizers as the sandbox sends them (compact JSON arrays
// of ConnectorCustomizersResponse: imageVersion and imageID only once a version exists),
// for a tenant with many customizers. Deterministic for a seed.
//
// The values are shaped like a real tenant's: UUID ids; kebab-case names made of a system
// and a purpose with a number (a few in words with capitals and spaces, a few with
// non-ASCII letters); 80 % with a version (1..40) and a 32-hex image id; one tenant id;
// `created` in RFC 3339 with milliseconds over five years.
class CustomizerGenerator
{
public:
    explicit CustomizerGenerator(quint32 seed = 20261202);

    // The next page of `count` customizers.
    QByteArray nextPage(int count);

    // `total` customizers in pages of `pageSize` (the last one shorter).
    static QList<QByteArray> pages(int total, int pageSize, quint32 seed = 20261202);

private:
    QString uuid();
    QString hex(int digits);

    QRandomGenerator m_random;
    QString m_tenantId;
    int m_serial = 0;
};

} // namespace isc::bench
