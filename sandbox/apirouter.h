#pragma once

#include "connectorcatalogue.h"
#include "httpexchange.h"

#include <optional>

namespace isc::sandbox {

// The API paths behind the Bearer check: picks the handler by method and path and answers
// like the real service (bare arrays, ErrorResponseDto on 400/404, 405 for a known path
// with another method).
class ApiRouter
{
public:
    explicit ApiRouter(const ConnectorCatalogue *catalogue);

    Reply route(const Request &request);

    // offset/limit of a collection call: limit 0..250 (default 250), offset >= 0.
    struct Paging
    {
        qsizetype offset = 0;
        qsizetype limit = 250;
    };
    static std::optional<Reply> parsePaging(const Request &request, Paging &out);

private:
    Reply listConnectors(const Request &request);

    const ConnectorCatalogue *m_catalogue;
};

} // namespace isc::sandbox
