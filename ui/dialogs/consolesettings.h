#pragma once

#include "net/pipelineoptions.h"

#include <QMetaType>

class QSettings;

namespace isc {

// The preferences of the Settings dialog besides the languages (which the LanguageManager
// keeps): network timeouts and retries, and the opt-in to a secrets file. A value: the
// dialog edits it, the caller stores it (save()) and applies it (applyTo() for the sessions
// made from then on, SecretStore::setFileFallbackEnabled()).
//
// Keys, in the application's settings: "Network/inactivityTimeoutSeconds",
// "Network/deadlineSeconds", "Network/maxAttempts", "Network/maxRetryAfterSeconds",
// "Secrets/fileFallback". Out-of-range values read back are clamped.
struct ConsoleSettings
{
    int inactivityTimeoutSeconds = PipelineOptions().inactivityTimeoutMs / 1000;
    int deadlineSeconds = PipelineOptions().deadlineMs / 1000;
    int maxAttempts = PipelineOptions().maxAttempts; // including the first
    int maxRetryAfterSeconds = PipelineOptions().maxRetryAfterSeconds;
    bool secretsFileFallback = false;

    // The ranges the dialog offers (and load() clamps to).
    static constexpr int minInactivityTimeoutSeconds = 5;
    static constexpr int maxInactivityTimeoutSeconds = 600;
    static constexpr int minDeadlineSeconds = 10;
    static constexpr int maxDeadlineSeconds = 3600;
    static constexpr int minAttempts = 1;
    static constexpr int maxAttemptsLimit = 10;
    static constexpr int minRetryAfterSeconds = 0;
    static constexpr int maxRetryAfterSecondsLimit = 3600;

    static ConsoleSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // The timeouts and retries into `options` (the rest of it is kept).
    void applyTo(PipelineOptions &options) const;

    friend bool operator==(const ConsoleSettings &a, const ConsoleSettings &b)
    {
        return a.inactivityTimeoutSeconds == b.inactivityTimeoutSeconds &&
            a.deadlineSeconds == b.deadlineSeconds && a.maxAttempts == b.maxAttempts &&
            a.maxRetryAfterSeconds == b.maxRetryAfterSeconds &&
            a.secretsFileFallback == b.secretsFileFallback;
    }
    friend bool operator!=(const ConsoleSettings &a, const ConsoleSettings &b) { return !(a == b); }
};

} // namespace isc

Q_DECLARE_METATYPE(isc::ConsoleSettings)
