#include "connectorinstanceservice.h"

#include "connectorinstancejob.h"
#include "connectorinstancelistjob.h"
#include "servicesupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace isc {

namespace {

ApiRequest patchRequest(const QString &instanceId, const QByteArray &patch, const QString &context)
{
    ApiRequest request;
    request.method = "PATCH";
    request.path = QStringLiteral("/beta/connector-instances/") + instanceId;
    request.contentType = "application/json-patch+json";
    request.body = patch;
    // Setting a field to a value twice leaves it the same: safe to repeat.
    request.idempotent = true;
    request.context = context;
    return request;
}

} // namespace

ConnectorInstanceService::ConnectorInstanceService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ConnectorInstanceListJob *ConnectorInstanceService::list(QObject *parent)
{
    return new ConnectorInstanceListJob(m_client, QString(), 250, parent ? parent : this);
}

ConnectorInstanceListJob *ConnectorInstanceService::instancesUsing(const QString &customizerId,
                                                                   QObject *parent)
{
    return new ConnectorInstanceListJob(m_client, customizerId, 250, parent ? parent : this);
}

ConnectorInstanceJob *ConnectorInstanceService::link(const QString &instanceId,
                                                     const QString &customizerId, QObject *parent)
{
    QString problem = services::checkId(instanceId, tr("source instance ID"));
    if (problem.isEmpty())
        problem = services::checkId(customizerId, tr("customizer ID"));
    return new ConnectorInstanceJob(m_client,
                                    patchRequest(instanceId, linkPatch(customizerId),
                                                 tr("Could not link the customizer to the source")),
                                    problem, parent ? parent : this);
}

ConnectorInstanceJob *ConnectorInstanceService::unlink(const QString &instanceId, QObject *parent)
{
    return new ConnectorInstanceJob(
        m_client,
        patchRequest(instanceId, unlinkPatch(),
                     tr("Could not unlink the customizer from the source")),
        services::checkId(instanceId, tr("source instance ID")), parent ? parent : this);
}

QByteArray ConnectorInstanceService::linkPatch(const QString &customizerId)
{
    const QJsonArray patch{
        QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                    {QStringLiteral("path"), QStringLiteral("/connectorCustomizerId")},
                    {QStringLiteral("value"), customizerId}}};
    return QJsonDocument(patch).toJson(QJsonDocument::Compact);
}

QByteArray ConnectorInstanceService::unlinkPatch()
{
    const QJsonArray patch{
        QJsonObject{{QStringLiteral("op"), QStringLiteral("remove")},
                    {QStringLiteral("path"), QStringLiteral("/connectorCustomizerId")}}};
    return QJsonDocument(patch).toJson(QJsonDocument::Compact);
}

} // namespace isc
