#include "exitcode.h"

#include "net/apierror.h"

namespace isc::cli {

ExitCode exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return ExitCode::Ok;
    case ApiError::Kind::Cancelled:
        return ExitCode::Interrupted;
    case ApiError::Kind::Unauthorized:
        return ExitCode::AuthFailed;
    case ApiError::Kind::ReadOnly:
        return ExitCode::ReadOnly;
    case ApiError::Kind::InvalidInput:
        return ExitCode::Usage;
    case ApiError::Kind::Http:
        if (error.httpStatus == 404)
            return ExitCode::NotFound;
        if (error.httpStatus == 401 || error.httpStatus == 403)
            return ExitCode::AuthFailed;
        return ExitCode::Failure;
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Redirect:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::InvalidReply:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

} // namespace isc::cli
