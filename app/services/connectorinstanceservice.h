#pragma once

#include "net/apiclient.h"
#include <QByteArray>

#include <QObject>
#include <QPointer>
#include <QString>

namespace isc {

class ConnectorInstanceJob;
class ConnectorInstanceListJob;

// Source instances and their customizer links: /beta/connector-instances. Jobs are returned
// not started; connect to their `finished` signal, then start() them. Their parent is
// `parent`, else the service.
class ConnectorInstanceService final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectorInstanceService(ApiClient *client, QObject *parent = nullptr);

    ConnectorInstanceListJob *list(QObject *parent = nullptr); // all pages
    // The instances linked to `customizerId` (what deleting it would orphan).
    ConnectorInstanceListJob *instancesUsing(const QString &customizerId,
                                             QObject *parent = nullptr);

    // PATCH [{"op":"replace","path":"/connectorCustomizerId","value":"<customizerId>"}]
    ConnectorInstanceJob *link(const QString &instanceId, const QString &customizerId,
                               QObject *parent = nullptr);
    // PATCH [{"op":"remove","path":"/connectorCustomizerId"}]
    ConnectorInstanceJob *unlink(const QString &instanceId, QObject *parent = nullptr);

    // The JSON Patch bodies (application/json-patch+json) link() and unlink() send.
    static QByteArray linkPatch(const QString &customizerId);
    static QByteArray unlinkPatch();

    ApiClient *client() const { return m_client; }

private:
    QPointer<ApiClient> m_client;
};

} // namespace isc
