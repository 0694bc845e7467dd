// ArgumentParser: argv to Invocation, every usage error before any network, help at every
// level, and wantsCommandLine()'s choice between the command line and the desktop.
#include "cli/argumentparser.h"
#include "cli/commandline.h"

#include <QtTest>

#include <vector>

using namespace isc::cli;

Q_DECLARE_METATYPE(isc::cli::Invocation::Format)
Q_DECLARE_METATYPE(isc::cli::Invocation::Target)

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

// Not a QStringList{"..."}: QT_NO_CAST_FROM_ASCII.
QStringList L(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *text : texts)
        out << QString::fromUtf8(text);
    return out;
}

Invocation parse(const QStringList &arguments)
{
    return ArgumentParser::parse(QStringList{QStringLiteral("isc-console")} + arguments);
}

} // namespace

class TestArgumentParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7")); }

    void commands_data();
    void commands();
    void connectorOptions();
    void connectionTargets_data();
    void connectionTargets();
    void usageErrors_data();
    void usageErrors();
    void filterErrorPointsAtTheColumn();
    void help_data();
    void help();
    void version();
    void pointAt();
    void wantsCommandLine_data();
    void wantsCommandLine();
};

void TestArgumentParser::commands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("positionals");
    QTest::addColumn<Invocation::Format>("format");
    QTest::addColumn<QString>("output");

    const QString id = QStringLiteral("0d7c0bd5-7a42-4a4b-8a0e-42c4e0b56bd1");
    QTest::newRow("connectors list") << L({"connectors", "list"}) << S("connectors") << S("list")
                                     << L({}) << Invocation::Format::Table << QString();
    QTest::newRow("options first")
        << L({"--format", "csv", "connectors", "list"}) << S("connectors") << S("list") << L({})
        << Invocation::Format::Csv << QString();
    QTest::newRow("format=json, -o")
        << L({"customizers", "list", "--format=json", "-o", "out.json"}) << S("customizers")
        << S("list") << L({}) << Invocation::Format::Json << S("out.json");
    QTest::newRow("get") << L({"customizers", "get"}) + QStringList{id} << S("customizers")
                         << S("get") << QStringList{id} << Invocation::Format::Table << QString();
    QTest::newRow("create, name after --")
        << L({"customizers", "create", "--", "-dash"}) << S("customizers") << S("create")
        << L({"-dash"}) << Invocation::Format::Table << QString();
    QTest::newRow("rename") << L({"customizers", "rename"}) + QStringList{id, S("New name")}
                            << S("customizers") << S("rename") << QStringList{id, S("New name")}
                            << Invocation::Format::Table << QString();
    QTest::newRow("delete") << L({"customizers", "delete"}) + QStringList{id} << S("customizers")
                            << S("delete") << QStringList{id} << Invocation::Format::Table
                            << QString();
    QTest::newRow("upload") << L({"customizers", "upload"}) + QStringList{id} +
            L({"c.zip", "--format", "JSON"})
                            << S("customizers") << S("upload") << QStringList{id, S("c.zip")}
                            << Invocation::Format::Json << QString();
    QTest::newRow("instances list") << L({"instances", "list"}) << S("instances") << S("list")
                                    << L({}) << Invocation::Format::Table << QString();
    QTest::newRow("link") << L({"instances", "link", "i1", "c1"}) << S("instances") << S("link")
                          << L({"i1", "c1"}) << Invocation::Format::Table << QString();
    QTest::newRow("unlink") << L({"instances", "unlink", "i1"}) << S("instances") << S("unlink")
                            << L({"i1"}) << Invocation::Format::Table << QString();
}

void TestArgumentParser::commands()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, group);
    QFETCH(QString, command);
    QFETCH(QStringList, positionals);
    QFETCH(Invocation::Format, format);
    QFETCH(QString, output);
    const Invocation inv = parse(arguments);
    QVERIFY2(inv.action == Invocation::Action::Run, qPrintable(inv.text));
    QCOMPARE(inv.group, group);
    QCOMPARE(inv.command, command);
    QCOMPARE(inv.arguments, positionals);
    QCOMPARE(inv.format, format);
    QCOMPARE(inv.outputFile, output);
    QCOMPARE(inv.target, Invocation::Target::Default);
    QVERIFY(!inv.verbose);
}

void TestArgumentParser::connectorOptions()
{
    const QString filter = QStringLiteral("name sw \"Active\" and features ca (\"SEARCH\")");
    Invocation inv =
        parse(L({"connectors", "list", "--filters"}) + QStringList{filter} +
              L({"--locale", "zh-TW", "--limit", "50", "--offset", "100", "--verbose"}));
    QVERIFY2(inv.action == Invocation::Action::Run, qPrintable(inv.text));
    QCOMPARE(inv.filters, filter);
    QCOMPARE(inv.locale, QStringLiteral("zh-TW"));
    QCOMPARE(inv.limit, std::optional<int>(50));
    QCOMPARE(inv.offset, std::optional<int>(100));
    QVERIFY(!inv.all);
    QVERIFY(inv.verbose);

    inv = parse(L({"connectors", "list", "--all"}));
    QVERIFY2(inv.action == Invocation::Action::Run, qPrintable(inv.text));
    QVERIFY(inv.all);
    QVERIFY(!inv.limit && !inv.offset);
}

void TestArgumentParser::connectionTargets_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Invocation::Target>("target");
    QTest::addColumn<QString>("value");
    QTest::newRow("none") << L({"instances", "list"}) << Invocation::Target::Default << QString();
    QTest::newRow("profile") << L({"--profile", "Acme", "instances", "list"})
                             << Invocation::Target::Profile << S("Acme");
    QTest::newRow("sandbox") << L({"instances", "list", "--sandbox"}) << Invocation::Target::Sandbox
                             << QString();
    QTest::newRow("https") << L({"--base-url", "https://acme.api.identitynow.com", "instances",
                                 "list"})
                           << Invocation::Target::BaseUrl << S("https://acme.api.identitynow.com");
    QTest::newRow("loopback http")
        << L({"--base-url", "http://127.0.0.1:8080", "instances", "list"})
        << Invocation::Target::BaseUrl << S("http://127.0.0.1:8080");
}

void TestArgumentParser::connectionTargets()
{
    QFETCH(QStringList, arguments);
    QFETCH(Invocation::Target, target);
    QFETCH(QString, value);
    const Invocation inv = parse(arguments);
    QVERIFY2(inv.action == Invocation::Action::Run, qPrintable(inv.text));
    QCOMPARE(inv.target, target);
    if (target == Invocation::Target::Profile)
        QCOMPARE(inv.profile, value);
    if (target == Invocation::Target::BaseUrl)
        QCOMPARE(inv.baseUrl.toString(), value);
}

void TestArgumentParser::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("nothing") << L({}) << S("No command");
    QTest::newRow("unknown group") << L({"sources", "list"}) << S("sources");
    QTest::newRow("group alone") << L({"customizers"}) << S("rename");
    QTest::newRow("unknown command") << L({"instances", "remove", "x"}) << S("remove");
    QTest::newRow("missing id") << L({"customizers", "get"}) << S("ID");
    QTest::newRow("missing name") << L({"customizers", "rename", "x"}) << S("NAME");
    QTest::newRow("extra argument") << L({"customizers", "get", "a", "b"}) << S("\"b\"");
    QTest::newRow("empty id") << L({"customizers", "delete", " "}) << S("ID");
    QTest::newRow("option of another command") << L({"customizers", "list", "--all"}) << S("all");
    QTest::newRow("delete takes no format")
        << L({"customizers", "delete", "x", "--format", "json"}) << S("format");
    QTest::newRow("bad format") << L({"instances", "list", "--format", "yaml"}) << S("yaml");
    QTest::newRow("empty output") << L({"instances", "list", "-o", ""}) << S("--output");
    QTest::newRow("missing option value") << L({"instances", "list", "--profile"}) << S("profile");
    QTest::newRow("two targets") << L({"--sandbox", "--profile", "x", "instances", "list"})
                                 << S("--profile");
    QTest::newRow("plain http") << L({"--base-url", "http://acme.example.com", "instances", "list"})
                                << S("http");
    QTest::newRow("not a url") << L({"--base-url", "::", "instances", "list"}) << S("::");
    QTest::newRow("limit word") << L({"connectors", "list", "--limit", "many"}) << S("many");
    QTest::newRow("limit range") << L({"connectors", "list", "--limit", "251"}) << S("251");
    QTest::newRow("offset negative") << L({"connectors", "list", "--offset", "-5"}) << S("-5");
    QTest::newRow("all and offset")
        << L({"connectors", "list", "--all", "--offset", "5"}) << S("--offset");
    QTest::newRow("locale") << L({"connectors", "list", "--locale", "en-US"}) << S("en-US");
    QTest::newRow("filter") << L({"connectors", "list", "--filters", "name co \"x\""})
                            << S("column 6");
    QTest::newRow("bad name") << L({"customizers", "create", "tab\there"}) << S("control");
    QTest::newRow("long name") << L({"customizers", "rename", "id"}) +
            QStringList{QString(256, u'n')}
                               << S("256");
}

void TestArgumentParser::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Invocation inv = parse(arguments);
    QCOMPARE(inv.action, Invocation::Action::UsageError);
    QVERIFY2(inv.text.contains(mentions), qPrintable(inv.text));
    QVERIFY2(inv.text.contains(QLatin1String("--help")), qPrintable(inv.text));
}

void TestArgumentParser::filterErrorPointsAtTheColumn()
{
    const QString filter = QStringLiteral("type eq \"Web\" or naem sw \"A\"");
    const Invocation inv = parse(L({"connectors", "list", "--filters"}) + QStringList{filter});
    QCOMPARE(inv.action, Invocation::Action::UsageError);
    QVERIFY2(inv.text.contains(QLatin1String("column 18")), qPrintable(inv.text));
    // The filter, then a caret under "naem".
    QVERIFY2(inv.text.contains(QStringLiteral("  ") + filter + QStringLiteral("\n") +
                               QString(2 + 17, u' ') + QStringLiteral("^^^^")),
             qPrintable(inv.text));
}

void TestArgumentParser::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("tool") << L({"--help"})
                          << L({"Usage: isc-console [options] <group>", "connectors list",
                                "customizers upload ID ZIP", "instances link INSTANCE CUSTOMIZER",
                                "--profile", "--base-url", "--sandbox", "SAIL_CLIENT_SECRET",
                                "Exit codes", "5    refused by a read-only profile"});
    QTest::newRow("group") << L({"customizers", "-h"})
                           << L({"customizers rename ID NAME", "customizers delete ID"});
    QTest::newRow("connectors list")
        << L({"connectors", "list", "--help"})
        << L({"Usage: isc-console connectors list [options]", "--filters <filter>", "name sw",
              "--locale <locale>", "zh-TW", "--limit <n>", "--offset <n>", "--all",
              "--format <format>", "-o, --output <file>", "Exit codes"});
    QTest::newRow("upload") << L({"customizers", "upload", "--help"})
                            << L({"Usage: isc-console customizers upload [options] ID ZIP",
                                  "index.js"});
    QTest::newRow("help wins over missing arguments")
        << L({"instances", "link", "--help"})
        << L({"Usage: isc-console instances link [options] INSTANCE CUSTOMIZER"});
}

void TestArgumentParser::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const Invocation inv = parse(arguments);
    QCOMPARE(inv.action, Invocation::Action::Help);
    for (const QString &text : mentions)
        QVERIFY2(inv.text.contains(text), qPrintable(text + QStringLiteral("\n---\n") + inv.text));
}

void TestArgumentParser::version()
{
    const Invocation inv = parse(L({"--version"}));
    QCOMPARE(inv.action, Invocation::Action::Version);
    QCOMPARE(inv.text, QStringLiteral("isc-console 9.8.7\n"));
}

void TestArgumentParser::pointAt()
{
    QCOMPARE(ArgumentParser::pointAt(QStringLiteral("ab\tcd"), 4, 2),
             QStringLiteral("  ab cd\n     ^^"));
    QCOMPARE(ArgumentParser::pointAt(QStringLiteral("name sw"), 8, 0),
             QStringLiteral("  name sw\n         ^"));
}

void TestArgumentParser::wantsCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("wanted");
    QTest::newRow("no arguments") << L({}) << false;
    QTest::newRow("Qt GUI option") << L({"-platform", "offscreen"}) << false;
    QTest::newRow("a command") << L({"connectors", "list"}) << true;
    QTest::newRow("options first") << L({"--sandbox", "customizers", "list"}) << true;
    QTest::newRow("a typo") << L({"conectors", "list"}) << true;
    QTest::newRow("help") << L({"--help"}) << true;
    QTest::newRow("version") << L({"--version"}) << true;
}

void TestArgumentParser::wantsCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, wanted);
    std::vector<QByteArray> storage{QByteArrayLiteral("isc-console")};
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    QCOMPARE(isc::cli::wantsCommandLine(int(storage.size()), argv.data()), wanted);
}

QTEST_GUILESS_MAIN(TestArgumentParser)
#include "tst_argumentparser.moc"
