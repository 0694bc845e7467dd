#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QCommandLineParser;

namespace isc::cli {

// What the command line knows: its commands (group, name, arguments, which option sets
// they take), the options, and the help texts built from them. ArgumentParser reads it.
class CommandCatalog
{
    Q_DECLARE_TR_FUNCTIONS(isc::cli::CommandCatalog)

public:
    struct Positional
    {
        const char *name; // "ID"
        const char *description; // untranslated (QT_TRANSLATE_NOOP)
    };

    struct Command
    {
        const char *group; // "customizers"
        const char *name; // "rename"
        const char *summary; // untranslated (QT_TRANSLATE_NOOP)
        QList<Positional> positionals;
        bool listOptions = false; // --filters, --locale, --limit, --offset, --all
        bool outputOptions = true; // --format, -o
        bool forceOption = false; // --force (customizers delete)
    };

    static const QList<Command> &commands();
    static const Command *find(const QString &group, const QString &name);
    static QStringList groups(); // "connectors", "customizers", "instances"
    static QStringList commandNames(const QString &group);
    static QString translated(const char *text);
    static QString programName(); // "isc-console"

    // The option sets; options are looked up by their long names.
    static void addCommonOptions(QCommandLineParser &parser); // --help, connection, --verbose
    static void addOutputOptions(QCommandLineParser &parser); // --format, -o
    static void addListOptions(QCommandLineParser &parser); // connectors list
    static void addVersionOption(QCommandLineParser &parser);
    static void addForceOption(QCommandLineParser &parser); // customizers delete

    // Help building blocks.
    static QString commandsText(const QString &group = {}); // every command, or a group's
    static QString environmentText(); // where the connection comes from
    static QString exitCodesText();
    // The help QCommandLineParser writes, with `usage` instead of its first line.
    static QString helpWithUsage(const QCommandLineParser &parser, const QString &usage);
    // `text` broken into lines of at most `width` characters (longer words stay whole);
    // every line but the first starts with `indent` spaces.
    static QString wrap(const QString &text, int indent, int width = 79);
    // Terms padded to the widest, their descriptions wrapped beside them.
    static QString twoColumns(const QList<std::pair<QString, QString>> &rows);
};

} // namespace isc::cli
