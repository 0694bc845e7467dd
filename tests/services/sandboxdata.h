#pragma once

// A --data file for isc-sandbox with many customizers and instances, so that paging is
// tested without hundreds of create calls.

#include "base/jsondecode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace isc::test {

struct SandboxData
{
    QList<Customizer> customizers;
    QList<ConnectorInstance> instances;

    // `count` customizers named "bulk-0001".., created on consecutive days of 2023.
    void addCustomizers(int count)
    {
        for (int i = 0; i < count; ++i) {
            Customizer customizer;
            customizer.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            customizer.name = QStringLiteral("bulk-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            customizer.tenantId = QStringLiteral("sandbox-tenant");
            customizer.created = json::parseTimestamp(
                QDateTime(QDate(2023, 1, 1).addDays(i % 365), QTime(12, 0), Qt::UTC)
                    .toString(Qt::ISODateWithMs));
            customizers.append(customizer);
        }
    }

    void addInstances(int count, const QString &linkedTo = {}, int linkEvery = 0)
    {
        for (int i = 0; i < count; ++i) {
            ConnectorInstance instance;
            instance.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            instance.name = QStringLiteral("source-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            instance.type = QStringLiteral("Web Services");
            if (linkEvery > 0 && i % linkEvery == 0)
                instance.connectorCustomizerId = linkedTo;
            instances.append(instance);
        }
    }

    bool write(const QString &path) const
    {
        QJsonArray c;
        for (const Customizer &customizer : customizers)
            c.append(json::toJson(customizer));
        QJsonArray i;
        for (const ConnectorInstance &instance : instances)
            i.append(json::toJson(instance));
        const QJsonObject root{{QStringLiteral("format"), 1},
                               {QStringLiteral("tenantId"), QStringLiteral("sandbox-tenant")},
                               {QStringLiteral("customizers"), c},
                               {QStringLiteral("instances"), i}};
        QSaveFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) > 0 &&
            file.commit();
    }
};

} // namespace isc::test
