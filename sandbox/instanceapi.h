#pragma once

#include "base/connectorinstance.h"
#include "httpexchange.h"

#include <QJsonObject>

namespace isc::sandbox {

class SandboxStore;

// /{version}/connector-instances[/{id}]: list, get, and PATCH with a JSON Patch that links
// (replace or add /connectorCustomizerId) or unlinks (remove /connectorCustomizerId) a
// connector customizer. Other operations and paths are a 400; the patch applies whole or
// not at all.
class InstanceApi
{
public:
    explicit InstanceApi(SandboxStore *store);

    // `rest`: the path segments after "connector-instances".
    Reply handle(const Request &request, const QStringList &rest);

private:
    Reply list(const Request &request);
    Reply patch(const Request &request, const QString &id);

    SandboxStore *m_store;
};

// A connector instance as the API shows it: no connectorCustomizerId when unlinked.
QJsonObject instanceJson(const ConnectorInstance &instance);

} // namespace isc::sandbox
