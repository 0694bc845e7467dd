#pragma once

namespace isc {

// The tunables of the request pipeline. The defaults suit a real tenant; tests shorten the
// timeouts and backoffs so that every fault path runs in seconds.
struct PipelineOptions
{
    // Timeouts, in milliseconds.
    int inactivityTimeoutMs = 30000; // no byte sent or received for this long: timeout
    int deadlineMs = 120000; // a call (with its repeats and waits) takes at most this long
    int uploadDeadlineMs = -1; // version uploads: none (large zips on slow links)

    // Repeats of idempotent calls after a 5xx, a dropped connection or an inactivity
    // timeout: exponential backoff (base * 2^n, capped) with full jitter.
    int maxAttempts = 4; // including the first
    int backoffBaseMs = 500;
    int backoffMaxMs = 8000;

    // 429: wait as Retry-After says (or a backoff when it is absent), at most this many
    // times, and never longer than this per wait (a longer wait fails with RateLimited).
    int maxRateLimitRetries = 4;
    int maxRetryAfterSeconds = 120;
    int countdownTickMs = 1000; // the rateLimited(secondsLeft) tick

    // Token: refreshed this long before `expires_in` runs out (capped at a tenth of it).
    int tokenRefreshMarginSeconds = 60;

    // Client-side limiter, shared by every service of one ApiClient: at most
    // `rateLimitRequests` sends per `rateLimitWindowMs` per API version (a sliding window;
    // ISC allows 100 per 10 s, the margin absorbs clock and transit jitter) and at most
    // `maxInFlight` requests in flight (QNAM opens 6 connections per host).
    int rateLimitRequests = 90;
    int rateLimitWindowMs = 10000;
    int maxInFlight = 6;

    // Paged loads: at most this many pages requested concurrently by one job: as many as
    // QNAM has connections per host, since a load of all pages is bound by the latency
    // (bench/ measures it). Other calls still get the next free place: the limiter grants
    // in order of request.
    int maxConcurrentPages = 6;

    // After an ambiguous create, a customizer of that name created no earlier than this
    // before the attempt counts as ours (allows for clock skew with the server).
    int createLookupSkewSeconds = 120;
};

} // namespace isc
