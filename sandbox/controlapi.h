#pragma once

#include "httpexchange.h"

#include <functional>

namespace isc::sandbox {

class FaultScript;
class RateLimiter;
class RequestLog;
class TokenAuthority;
struct SandboxOptions;

// The /__sandbox/... routes tests and benchmarks use to steer the sandbox. They answer
// loopback peers only (403 otherwise), are never logged, delayed or faulted, and need no
// token. Bodies are JSON; errors are {"error": "..."}.
//
//   GET    /__sandbox/faults              the scripted faults still pending
//   POST   /__sandbox/faults              add one rule (object) or several (array); 201
//   DELETE /__sandbox/faults              drop them all; 204
//   POST   /__sandbox/tokens/expire       every token issued so far now fails as expired
//   GET    /__sandbox/requests?after=N    the request log (entries after sequence N)
//   DELETE /__sandbox/requests            clear the log; 204
//   GET    /__sandbox/config              latencyMs, jitterMs, failRate, rateLimit,
//   PATCH  /__sandbox/config              tokenLifetimeSeconds: read / change at run time
//   GET    /__sandbox/state               counts (connectors, customizers, ...)
class ControlApi
{
public:
    struct Context
    {
        FaultScript *faults = nullptr;
        RequestLog *log = nullptr;
        TokenAuthority *tokens = nullptr;
        RateLimiter *rateLimiter = nullptr;
        SandboxOptions *options = nullptr;
        std::function<QJsonObject()> state; // extra fields for GET /__sandbox/state
    };

    explicit ControlApi(Context context);

    static bool isControlPath(const QString &path)
    {
        return path == QLatin1String("/__sandbox") || path.startsWith(QLatin1String("/__sandbox/"));
    }

    Reply handle(const Request &request);

private:
    Reply faults(const Request &request);
    Reply config(const Request &request);
    QJsonObject configJson() const;

    Context m_context;
};

} // namespace isc::sandbox
