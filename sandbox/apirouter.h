#pragma once

#include "customizerapi.h"
#include "httpexchange.h"
#include "instanceapi.h"

namespace isc::sandbox {

// The API paths behind the Bearer check: picks the handler by method and path and answers
// like the real service (bare arrays, ErrorResponseDto on 400/404, 405 for a known path
// with another method):
//   GET /beta/connectors
//   /{beta,v2024,v2025,v2026}/connector-customizers[/{id}[/versions]]  (one store)
//   /{beta,v2024,v2025}/connector-instances[/{id}]
class ConnectorCatalogue;
class SandboxStore;

class ApiRouter
{
public:
    ApiRouter(const ConnectorCatalogue *catalogue, SandboxStore *store);

    Reply route(const Request &request);

private:
    Reply listConnectors(const Request &request);

    const ConnectorCatalogue *m_catalogue;
    CustomizerApi m_customizers;
    InstanceApi m_instances;
};

} // namespace isc::sandbox
