#pragma once

#include <QString>

namespace isc {
struct ApiError;
}

namespace isc::cli {

// The exit status of every command-line run. Stable: scripts test them, and the README
// documents them.
enum class ExitCode : int {
    Ok = 0,
    Failure = 1, // anything else: network, server error, rate limit, bad reply, write error
    Usage = 2, // bad arguments, or input refused before any request (filter, name, zip)
    AuthFailed = 3, // credentials refused (400/401 from the token endpoint, 401, 403)
    NotFound = 4, // the server answered 404 (unknown id)
    ReadOnly = 5, // a write refused by a read-only profile, before anything was sent
    Interrupted = 130, // SIGINT/SIGTERM: the call was cancelled
};

// The exit code of a failed call (ExitCode::Ok for a null error).
ExitCode exitCodeFor(const ApiError &error);

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace isc::cli
