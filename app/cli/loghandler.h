#pragma once

#include <QString>

namespace isc::cli {

// The command line's Qt message handler: every log line goes to standard error as
// "category: message", never to standard output, with secrets removed (defence in depth:
// the core never logs them). Without --verbose only warnings and errors of the isc.*
// categories are shown; with it, their debug and info lines too. QT_LOGGING_RULES still
// overrides both.
class LogHandler
{
public:
    static void install(bool verbose);

    // A value never to be shown (the client secret once it is known): replaced by
    // "[redacted]" wherever it appears. Bearer tokens, JWTs and client_secret= parameters
    // are always replaced.
    static void addSecret(const QString &secret);

    // What the handler writes for `message` (exposed for tests).
    static QString redact(const QString &message);
};

} // namespace isc::cli
