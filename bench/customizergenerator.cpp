#include "customizergenerator.h"

#include "base/customizer.h"
#include "base/jsondecode.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace isc::bench {

namespace {

const char *const systems[] = {
    "okta",       "workday",    "servicenow", "azure-ad", "active-directory",
    "salesforce", "github",     "ldap",       "sap-hr",   "oracle",
    "jira",       "slack",      "google",     "aws-iam",  "successfactors",
    "zendesk",    "box",        "dropbox",    "netsuite", "coupa",
    "concur",     "peoplesoft", "epic",       "cerner"};
const char *const purposes[] = {
    "user-enrichment",  "hire-date-fixer",  "ticket-tagger",   "group-sync",
    "attribute-mapper", "manager-lookup",   "account-cleanup", "entitlement-filter",
    "email-normalizer", "department-codes", "leaver-disable",  "license-trimmer",
    "role-mapper",      "location-fixer",   "mfa-flags",       "cost-center-sync"};
// A few names as people type them, some with letters outside ASCII.
const char *const wordNames[] = {"Okta User Enrichment", "Zürich AD cleanup",
                                 "Ürün grupları sync",   "Legacy LDAP cleanup",
                                 "São Paulo HR mapper",  "Köln Workday fixer"};

} // namespace

CustomizerGenerator::CustomizerGenerator(quint32 seed)
    : m_random(seed)
{
    m_tenantId = uuid();
}

QString CustomizerGenerator::hex(int digits)
{
    static const char alphabet[] = "0123456789abcdef";
    QString text(digits, Qt::Uninitialized);
    for (int i = 0; i < digits; ++i)
        text[i] = QLatin1Char(alphabet[m_random.bounded(16)]);
    return text;
}

QString CustomizerGenerator::uuid()
{
    // Version 4 layout: xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx
    static const char variants[] = "89ab";
    return hex(8) + u'-' + hex(4) + u"-4" + hex(3) + u'-' +
        QLatin1Char(variants[m_random.bounded(4)]) + hex(3) + u'-' + hex(12);
}

QByteArray CustomizerGenerator::nextPage(int count)
{
    // 2021-01-01 .. 2026-01-01, UTC
    constexpr qint64 start = 1609459200000LL;
    constexpr qint64 span = 5LL * 365 * 24 * 3600 * 1000;
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        ++m_serial;
        Customizer c;
        c.id = uuid();
        const quint32 pick = m_random.bounded(100u);
        if (pick < 3) {
            c.name = QString::fromUtf8(wordNames[m_random.bounded(int(std::size(wordNames)))]) +
                u' ' + QString::number(m_serial);
        } else {
            c.name = QLatin1String(systems[m_random.bounded(int(std::size(systems)))]) + u'-' +
                QLatin1String(purposes[m_random.bounded(int(std::size(purposes)))]) + u'-' +
                QString::number(m_serial);
        }
        c.tenantId = m_tenantId;
        const qint64 created = start + qint64(m_random.bounded(quint64(span)));
        c.created = json::parseTimestamp(
            QDateTime::fromMSecsSinceEpoch(created, Qt::UTC).toString(Qt::ISODateWithMs));
        QJsonObject object;
        if (m_random.bounded(100u) < 80) {
            c.imageVersion = 1 + m_random.bounded(40);
            c.imageId = hex(32);
            object = json::toJson(c);
        } else {
            object = json::toJson(c);
            // As the sandbox and the API: no imageVersion/imageID before the first version.
            object.remove(QLatin1String("imageVersion"));
            object.remove(QLatin1String("imageID"));
        }
        items.append(object);
    }
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

QList<QByteArray> CustomizerGenerator::pages(int total, int pageSize, quint32 seed)
{
    CustomizerGenerator generator(seed);
    QList<QByteArray> result;
    for (int done = 0; done < total; done += pageSize)
        result.append(generator.nextPage(qMin(pageSize, total - done)));
    return result;
}

} // namespace isc::bench
