#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "isc.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "isc.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTenants, "isc.tenants", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "isc.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "isc.cli", QtInfoMsg)
