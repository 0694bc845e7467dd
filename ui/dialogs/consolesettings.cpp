#include "consolesettings.h"

#include <QSettings>

namespace isc {

namespace {

const QString inactivityKey = QStringLiteral("Network/inactivityTimeoutSeconds");
const QString deadlineKey = QStringLiteral("Network/deadlineSeconds");
const QString attemptsKey = QStringLiteral("Network/maxAttempts");
const QString retryAfterKey = QStringLiteral("Network/maxRetryAfterSeconds");
const QString fileFallbackKey = QStringLiteral("Secrets/fileFallback");

int readInt(const QSettings &settings, const QString &key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok ? qBound(low, value, high) : fallback;
}

} // namespace

ConsoleSettings ConsoleSettings::load(const QSettings &settings)
{
    ConsoleSettings out;
    out.inactivityTimeoutSeconds =
        readInt(settings, inactivityKey, out.inactivityTimeoutSeconds, minInactivityTimeoutSeconds,
                maxInactivityTimeoutSeconds);
    out.deadlineSeconds =
        readInt(settings, deadlineKey, out.deadlineSeconds, minDeadlineSeconds, maxDeadlineSeconds);
    out.maxAttempts =
        readInt(settings, attemptsKey, out.maxAttempts, minAttempts, maxAttemptsLimit);
    out.maxRetryAfterSeconds = readInt(settings, retryAfterKey, out.maxRetryAfterSeconds,
                                       minRetryAfterSeconds, maxRetryAfterSecondsLimit);
    out.secretsFileFallback = settings.value(fileFallbackKey, false).toBool();
    return out;
}

void ConsoleSettings::save(QSettings &settings) const
{
    settings.setValue(inactivityKey, inactivityTimeoutSeconds);
    settings.setValue(deadlineKey, deadlineSeconds);
    settings.setValue(attemptsKey, maxAttempts);
    settings.setValue(retryAfterKey, maxRetryAfterSeconds);
    settings.setValue(fileFallbackKey, secretsFileFallback);
}

void ConsoleSettings::applyTo(PipelineOptions &options) const
{
    options.inactivityTimeoutMs = inactivityTimeoutSeconds * 1000;
    options.deadlineMs = deadlineSeconds * 1000;
    options.maxAttempts = maxAttempts;
    options.maxRetryAfterSeconds = maxRetryAfterSeconds;
}

} // namespace isc
