#pragma once

#include "invocation.h"

#include <QCoreApplication>
#include <QStringList>

namespace isc::cli {

// Turns argv into an Invocation: finds the command (`connectors list`, `customizers rename`,
// ...), parses its options with QCommandLineParser, and checks everything that can be
// checked without the network (option combinations, numbers, the locale, the filter with
// the shared grammar, customizer names). Every problem is a usage error naming what to fix;
// `--help` at any level gives the help of that level.
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(isc::cli::ArgumentParser)

public:
    // `arguments` as QCoreApplication::arguments() gives them: the program first.
    static Invocation parse(const QStringList &arguments);

    // The command groups: "connectors", "customizers", "instances".
    static QStringList groups();
    static bool isGroup(const QString &word) { return groups().contains(word); }

    // A filter problem shown under the filter: the text, then a caret line under the
    // offending characters (column is 1-based, length may be 0).
    static QString pointAt(const QString &text, int column, int length);
};

} // namespace isc::cli
