#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QHash>
#include <QMetaType>

namespace isc {

// What one call through the pipeline produced: the final HTTP reply (after any repeats)
// or the error. The body is kept only for a successful reply.
struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    ApiError error; // null on success (2xx)
    int attempts = 0; // times the request was sent (repeats after 401/429/5xx included)

    bool ok() const { return error.isNull(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

} // namespace isc

Q_DECLARE_METATYPE(isc::ApiResponse)
