#pragma once

namespace isc::cli {

// True when argv asks for the command line rather than the desktop console: its first
// argument is a word (a command, known or not: a typo gets a usage error, not a window) or
// --help / -h / --version, or a command group appears anywhere (options may come first).
bool wantsCommandLine(int argc, char **argv);

// Runs the command line headless (a QCoreApplication, no display needed) and returns the
// process exit code (see exitcode.h). Results go to standard output, everything else to
// standard error.
int run(int argc, char **argv);

} // namespace isc::cli
