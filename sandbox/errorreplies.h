#pragma once

#include "httpexchange.h"
#include "messages.h"

namespace isc::sandbox {

// A fresh ErrorResponseDto tracking id: 32 lower-case hex digits.
QString newTrackingId();

// The ErrorResponseDto `detailCode` for a status ("400.1 Bad Request Content", ...).
QString detailCodeFor(int status);

// An ErrorResponseDto reply in the language the request asked for (Accept-Language):
// {detailCode, trackingId, messages: [{locale, localeOrigin, text}], causes: []}.
Reply errorReply(const Request &request, int status, Message message, const QStringList &args = {});

// 401 as the API sends it: {"error": "JWT validation failed: ..."}.
Reply unauthorizedReply(const QString &error);

// 429 as the API sends it: {"message": " Rate Limit Exceeded "} with Retry-After.
Reply rateLimitReply(int retryAfterSeconds);

// The generic message for a status a fault script asks for (404 NotFound, 5xx ...).
Message messageForStatus(int status);

} // namespace isc::sandbox
