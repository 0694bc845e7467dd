#pragma once

#include <QLoggingCategory>

// One category per subsystem; enable with QT_LOGGING_RULES="isc.*.debug=true".
// Nothing logged under them may contain a token or a client secret.
Q_DECLARE_LOGGING_CATEGORY(lcApi) // isc.api: requests, replies, retries
Q_DECLARE_LOGGING_CATEGORY(lcAuth) // isc.auth: tokens (never their value)
Q_DECLARE_LOGGING_CATEGORY(lcTenants) // isc.tenants: profiles, keychain
Q_DECLARE_LOGGING_CATEGORY(lcSandbox) // isc.sandbox: the child isc-sandbox process
Q_DECLARE_LOGGING_CATEGORY(lcCli) // isc.cli: the command line
