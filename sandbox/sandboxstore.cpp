#include "sandboxstore.h"

#include "base/jsondecode.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUuid>

namespace isc::sandbox {

namespace {

constexpr int DataFormat = 1;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString randomImageId()
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

// Stored as the API shows them: no imageVersion/imageID before the first version, no
// connectorCustomizerId when unlinked.
QJsonObject storedJson(const Customizer &customizer)
{
    QJsonObject o = json::toJson(customizer);
    if (!customizer.imageVersion)
        o.remove(QLatin1String("imageVersion"));
    if (customizer.imageId.isEmpty())
        o.remove(QLatin1String("imageID"));
    return o;
}

QJsonObject storedJson(const ConnectorInstance &instance)
{
    QJsonObject o = json::toJson(instance);
    if (!instance.isLinked())
        o.remove(QLatin1String("connectorCustomizerId"));
    return o;
}

} // namespace

SandboxStore::SandboxStore(const QString &tenantId, const QString &dataFile)
    : m_tenantId(tenantId)
    , m_dataFile(dataFile)
{ }

bool SandboxStore::load(QString *error)
{
    if (m_dataFile.isEmpty() || !QFile::exists(m_dataFile)) {
        seed();
        save();
        return true;
    }
    QFile file(m_dataFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(m_dataFile, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error =
            QStringLiteral("%1 is not sandbox data: %2").arg(m_dataFile, parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    for (const QJsonValue &value : root.value(QLatin1String("customizers")).toArray()) {
        Customizer customizer;
        QString why;
        if (!json::decode(value.toObject(), customizer, &why)) {
            *error = QStringLiteral("%1: a customizer does not read: %2").arg(m_dataFile, why);
            return false;
        }
        m_customizers.append(customizer);
    }
    for (const QJsonValue &value : root.value(QLatin1String("instances")).toArray()) {
        ConnectorInstance instance;
        QString why;
        if (!json::decode(value.toObject(), instance, &why)) {
            *error = QStringLiteral("%1: an instance does not read: %2").arg(m_dataFile, why);
            return false;
        }
        m_instances.append(instance);
    }
    return true;
}

void SandboxStore::save()
{
    if (m_dataFile.isEmpty())
        return;
    QJsonArray customizers;
    for (const Customizer &customizer : std::as_const(m_customizers))
        customizers.append(storedJson(customizer));
    QJsonArray instances;
    for (const ConnectorInstance &instance : std::as_const(m_instances))
        instances.append(storedJson(instance));
    const QJsonObject root{{QLatin1String("format"), DataFormat},
                           {QLatin1String("tenantId"), m_tenantId},
                           {QLatin1String("customizers"), customizers},
                           {QLatin1String("instances"), instances}};
    // Atomic: a crash mid-write leaves the previous file, never half of one.
    QSaveFile file(m_dataFile);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        m_saveError = QStringLiteral("cannot write %1: %2").arg(m_dataFile, file.errorString());
        qWarning("isc-sandbox: %s", qPrintable(m_saveError));
        return;
    }
    m_saveError.clear();
}

const Customizer *SandboxStore::customizer(const QString &id) const
{
    for (const Customizer &customizer : m_customizers) {
        if (customizer.id == id)
            return &customizer;
    }
    return nullptr;
}

Customizer SandboxStore::createCustomizer(const QString &name)
{
    Customizer customizer;
    customizer.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    customizer.name = name;
    customizer.tenantId = m_tenantId;
    customizer.created = json::parseTimestamp(now());
    m_customizers.append(customizer);
    save();
    return customizer;
}

const Customizer *SandboxStore::renameCustomizer(const QString &id, const QString &name)
{
    for (Customizer &customizer : m_customizers) {
        if (customizer.id == id) {
            customizer.name = name;
            save();
            return &customizer;
        }
    }
    return nullptr;
}

bool SandboxStore::deleteCustomizer(const QString &id, int *unlinked)
{
    const qsizetype removed =
        m_customizers.removeIf([&id](const Customizer &customizer) { return customizer.id == id; });
    if (removed == 0)
        return false;
    int count = 0;
    for (ConnectorInstance &instance : m_instances) {
        if (instance.connectorCustomizerId == id) {
            instance.connectorCustomizerId.clear();
            ++count;
        }
    }
    if (unlinked)
        *unlinked = count;
    save();
    return true;
}

std::optional<CustomizerVersion> SandboxStore::addVersion(const QString &customizerId)
{
    for (Customizer &customizer : m_customizers) {
        if (customizer.id != customizerId)
            continue;
        customizer.imageVersion = customizer.imageVersion.value_or(0) + 1;
        customizer.imageId = randomImageId();
        CustomizerVersion version;
        version.customizerId = customizer.id;
        version.imageId = customizer.imageId;
        version.version = *customizer.imageVersion;
        version.created = json::parseTimestamp(now());
        save();
        return version;
    }
    return std::nullopt;
}

const ConnectorInstance *SandboxStore::instance(const QString &id) const
{
    for (const ConnectorInstance &instance : m_instances) {
        if (instance.id == id)
            return &instance;
    }
    return nullptr;
}

const ConnectorInstance *SandboxStore::setLink(const QString &instanceId,
                                               const QString &customizerId)
{
    for (ConnectorInstance &instance : m_instances) {
        if (instance.id == instanceId) {
            instance.connectorCustomizerId = customizerId.isEmpty() ? QString() : customizerId;
            instance.extra.insert(QLatin1String("modified"), now());
            save();
            return &instance;
        }
    }
    return nullptr;
}

void SandboxStore::seed()
{
    struct SeedCustomizer
    {
        const char *id;
        const char *name;
        int versions;
        const char *created;
    };
    // Fixed ids, so that documentation and manual runs can name them.
    static const SeedCustomizer customizers[] = {
        {"b07dc46a-1498-4de8-bfbb-259a68e70c8a", "okta-user-enrichment", 3,
         "2024-02-08T14:50:03.827Z"},
        {"5f0e7a62-3c5d-4a0f-9a43-0d2b7d1c9e11", "workday-hire-date-fixer", 1,
         "2024-06-19T09:12:44.105Z"},
        {"9c1d2e3f-4a5b-4c6d-8e7f-a1b2c3d4e5f6", "servicenow-ticket-tagger", 0,
         "2025-01-07T16:03:27.000Z"},
        {"e4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8", "legacy-ldap-cleanup", 0,
         "2025-03-30T11:45:00.512Z"},
    };
    for (const SeedCustomizer &seed : customizers) {
        Customizer customizer;
        customizer.id = QString::fromLatin1(seed.id);
        customizer.name = QString::fromLatin1(seed.name);
        customizer.tenantId = m_tenantId;
        customizer.created = json::parseTimestamp(QString::fromLatin1(seed.created));
        if (seed.versions > 0) {
            customizer.imageVersion = seed.versions;
            customizer.imageId =
                QString::fromLatin1(QByteArray(seed.id).replace('-', "").left(24) +
                                    QByteArray::number(seed.versions).rightJustified(8, '0'));
        }
        m_customizers.append(customizer);
    }

    struct SeedInstance
    {
        const char *id;
        const char *name;
        const char *type;
        const char *scriptName;
        const char *customizerId; // null: not linked
        const char *description;
    };
    static const SeedInstance instances[] = {
        {"2c9180835d2e5168015d32f890ca1581", "Okta Production", "Okta", "okta",
         "b07dc46a-1498-4de8-bfbb-259a68e70c8a", "Workforce Okta org"},
        {"2c9180835d2e5168015d32f890ca1582", "Okta Preview", "Okta", "okta",
         "b07dc46a-1498-4de8-bfbb-259a68e70c8a", "Okta preview org for testing"},
        {"2c9180835d2e5168015d32f890ca1583", "Workday HR", "Workday", "workday",
         "5f0e7a62-3c5d-4a0f-9a43-0d2b7d1c9e11", "Authoritative source for employees"},
        {"2c9180835d2e5168015d32f890ca1584", "Corporate Active Directory",
         "Active Directory - Direct", "active-directory", nullptr, "corp.example.com"},
        {"2c9180835d2e5168015d32f890ca1585", "ServiceNow ITSM", "ServiceNow", "servicenow", nullptr,
         "Service desk"},
        {"2c9180835d2e5168015d32f890ca1586", "Salesforce Sales Cloud", "Salesforce", "salesforce",
         nullptr, "CRM for sales"},
        {"2c9180835d2e5168015d32f890ca1587", "GitHub Enterprise", "GitHub", "github", nullptr,
         "Source code organizations"},
        {"2c9180835d2e5168015d32f890ca1588", "Contractors (CSV)", "DelimitedFile", "delimited-file",
         nullptr, "Weekly contractor feed"},
    };
    for (const SeedInstance &seed : instances) {
        ConnectorInstance instance;
        instance.id = QString::fromLatin1(seed.id);
        instance.name = QString::fromLatin1(seed.name);
        instance.type = QString::fromLatin1(seed.type);
        if (seed.customizerId)
            instance.connectorCustomizerId = QString::fromLatin1(seed.customizerId);
        instance.extra = {
            {QLatin1String("description"), QString::fromLatin1(seed.description)},
            {QLatin1String("connectorScriptName"), QString::fromLatin1(seed.scriptName)},
            {QLatin1String("status"), QLatin1String("SOURCE_STATE_HEALTHY")},
            {QLatin1String("authoritative"), seed.scriptName == QByteArrayView("workday")},
            {QLatin1String("created"), QLatin1String("2024-01-10T08:00:00.000Z")},
            {QLatin1String("modified"), QLatin1String("2025-04-02T13:37:00.000Z")}};
        m_instances.append(instance);
    }
}

} // namespace isc::sandbox
