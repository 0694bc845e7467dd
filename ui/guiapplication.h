#pragma once

namespace isc {

// The desktop console: QApplication, settings, languages, tenant profiles and secrets, the
// connection resolver (with the built-in Sandbox profile), one QNetworkAccessManager, and
// the main window. Returns the process exit code.
//
// A hidden option `--screenshots DIR` starts the console on a fresh sandbox with settings
// of its own (the user's profiles, secrets and choices are not touched), opens each tab
// and the main dialogs, saves them as PNG files into DIR and exits (0 when all were saved).
int runGui(int argc, char *argv[]);

} // namespace isc
