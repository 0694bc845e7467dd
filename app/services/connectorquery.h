#pragma once

#include <QString>

#include <optional>

namespace isc {

// The query parameters of GET /beta/connectors, each sent only when set.
struct ConnectorQuery
{
    // The filter expression (`name sw "Act" and directConnect eq true`); empty: none. The
    // whole value is percent-encoded. Checked locally before sending.
    QString filters;
    std::optional<int> limit; // 0..250; for a load of all pages: the page size (default 250)
    std::optional<int> offset; // >= 0; for a load of all pages: where to begin (default 0)
    // true: the reply carries X-Total-Count. For a load of all pages: unset or true loads
    // the pages after the first concurrently; false loads them one after the other.
    std::optional<bool> count;
    QString locale; // one of apiLocales(); empty: not sent (the server uses "en")
};

} // namespace isc
