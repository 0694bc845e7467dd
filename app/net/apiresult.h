#pragma once

#include "apierror.h"

namespace isc {

// The one result a typed job hands over in its `finished` signal: the value, or the error,
// or (for a list cut short) what was loaded plus the error that stopped it.
template<typename T>
struct ApiResult
{
    T value{}; // valid when ok(); for lists, also what was loaded before an error
    ApiError error; // null on success

    // A write whose reply was lost (dropped connection, timeout, 5xx), yet a lookup showed
    // that it took effect: `value` is what the lookup found, `recoveredFrom` the failure.
    // The UI may say "it was created after all". Null otherwise.
    ApiError recoveredFrom;

    bool ok() const { return error.isNull(); }
    bool wasRecovered() const { return !recoveredFrom.isNull(); }
};

} // namespace isc
