// `isc-console connectors list`, the real binary against the real isc-sandbox: one page and
// every page in each format, compared with what the sandbox serves; -o; a failing page; the
// usage errors that must stop before any request.
#include "clitestsupport.h"
#include "sandbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace isc::test;

namespace {

const QString connectorsPath = QStringLiteral("/beta/connectors");

using Query = QList<std::pair<QString, QString>>;

// Every connector the sandbox serves for `query`, with the fixture's plain HTTP calls.
QJsonArray reference(Sandbox &sandbox, const Query &query, int offset = 0, int limit = -1)
{
    QJsonArray out;
    for (int at = offset;; at += 250) {
        Query page = query;
        page.append({QStringLiteral("offset"), QString::number(at)});
        const int size = limit < 0 ? 250 : qMin(250, limit - int(out.size()));
        page.append({QStringLiteral("limit"), QString::number(size)});
        const QJsonArray items = sandbox.get(connectorsPath, page).array();
        for (const QJsonValue &item : items)
            out.append(item);
        if (items.size() < size || (limit >= 0 && out.size() >= limit))
            return out;
    }
}

qint64 lastSequence(Sandbox &sandbox)
{
    const QJsonArray all = sandbox.requestLog();
    return all.isEmpty() ? 0 : all.last().toObject().value(QLatin1String("sequence")).toInteger();
}

// The fields the console writes, from a connector as the sandbox sent it.
QJsonObject expectedRow(const QJsonObject &c)
{
    const QJsonObject metadata = c.value(QLatin1String("connectorMetadata")).toObject();
    QJsonObject row;
    for (const char *field : {"name", "type", "scriptName", "className", "features", "status"})
        row.insert(QLatin1String(field), c.value(QLatin1String(field)));
    row.insert(QStringLiteral("directConnect"),
               c.value(QLatin1String("directConnect")).toBool(false));
    row.insert(QStringLiteral("connectorMetadata.shortDesc"),
               metadata.value(QLatin1String("shortDesc")));
    return row;
}

// The same fields from a row of the console's JSON output.
QJsonObject shownRow(const QJsonObject &row)
{
    QJsonObject out;
    for (const char *field : {"name", "type", "scriptName", "className", "features", "status",
                              "directConnect", "connectorMetadata.shortDesc"})
        out.insert(QLatin1String(field), row.value(QLatin1String(field)));
    return out;
}

} // namespace

class TestCliConnectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void jsonPageMatchesTheSandbox();
    void csvPageMatchesTheSandbox();
    void tableShowsAlignedColumns();
    void filtersAndLocaleAreSent();
    void allLoadsEveryPage();
    void aFailingPageReportsWhatWasLoaded();
    void outputFileHoldsTheResult();
    void outputFileIsUntouchedOnFailure();
    void badFilterStopsBeforeAnyRequest_data();
    void badFilterStopsBeforeAnyRequest();
    void badArgumentsAreUsageErrors_data();
    void badArgumentsAreUsageErrors();
    void wrongSecretIsAnAuthFailure();
    void sandboxOptionStartsItsOwnSandbox();
    void interruptCancelsTheCall();

private:
    Sandbox m_sandbox;
    CliHarness m_cli;
};

void TestCliConnectors::initTestCase()
{
    QVERIFY(QFileInfo::exists(CliHarness::consolePath()));
    QVERIFY(m_sandbox.start({QStringLiteral("--connectors"), QStringLiteral("600"),
                             QStringLiteral("--rate-limit"), QStringLiteral("100000")}));
}

void TestCliConnectors::init()
{
    QVERIFY(m_sandbox.clearFaults());
}

void TestCliConnectors::jsonPageMatchesTheSandbox()
{
    const CliRun run =
        m_cli.runOn(m_sandbox,
                    {QStringLiteral("connectors"), QStringLiteral("list"),
                     QStringLiteral("--limit"), QStringLiteral("30"), QStringLiteral("--offset"),
                     QStringLiteral("10"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    bool ok = false;
    const QJsonArray rows = run.jsonArray(&ok);
    QVERIFY(ok);
    const QJsonArray expected = reference(m_sandbox, {}, 10, 30);
    QCOMPARE(expected.size(), 30);
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(shownRow(rows.at(i).toObject()), expectedRow(expected.at(i).toObject()));
    // The note on stderr says what the page leaves out; stdout holds the JSON alone.
    QVERIFY2(run.errText().contains(QLatin1String("11 to 40 of 600")), run.err.constData());
}

void TestCliConnectors::csvPageMatchesTheSandbox()
{
    const CliRun run = m_cli.runOn(m_sandbox,
                                   {QStringLiteral("connectors"), QStringLiteral("list"),
                                    QStringLiteral("--limit"), QStringLiteral("40"),
                                    QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    bool ok = false;
    const QList<QStringList> records = parseCsv(run.out, &ok);
    QVERIFY(ok);
    const QJsonArray expected = reference(m_sandbox, {}, 0, 40);
    QCOMPARE(records.size(), expected.size() + 1);
    const QStringList header = records.first();
    const qsizetype name = header.indexOf(QStringLiteral("name"));
    const qsizetype script = header.indexOf(QStringLiteral("scriptName"));
    const qsizetype direct = header.indexOf(QStringLiteral("directConnect"));
    const qsizetype features = header.indexOf(QStringLiteral("features"));
    QVERIFY(name >= 0 && script >= 0 && direct >= 0 && features >= 0);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject c = expected.at(i).toObject();
        const QStringList &record = records.at(i + 1);
        QCOMPARE(record.size(), header.size());
        QCOMPARE(record.at(name), c.value(QLatin1String("name")).toString());
        QCOMPARE(record.at(script), c.value(QLatin1String("scriptName")).toString());
        QCOMPARE(record.at(direct),
                 c.value(QLatin1String("directConnect")).toBool() ? QStringLiteral("true")
                                                                  : QStringLiteral("false"));
        QStringList featureList;
        const QJsonArray array = c.value(QLatin1String("features")).toArray();
        for (const QJsonValue &f : array)
            featureList << f.toString();
        QCOMPARE(record.at(features), featureList.join(QLatin1String(", ")));
    }
    QVERIFY(run.out.contains("\r\n")); // RFC 4180 line ends
}

void TestCliConnectors::tableShowsAlignedColumns()
{
    const CliRun run = m_cli.runOn(m_sandbox,
                                   {QStringLiteral("connectors"), QStringLiteral("list"),
                                    QStringLiteral("--limit"), QStringLiteral("8")});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    const QStringList lines = run.outText().split(u'\n', Qt::SkipEmptyParts);
    const QJsonArray expected = reference(m_sandbox, {}, 0, 8);
    QCOMPARE(lines.size(), expected.size() + 1); // the titles, then one line per connector
    QVERIFY2(lines.first().startsWith(QLatin1String("Name")), qPrintable(lines.first()));
    // The second column (type) starts at the same place on every line: after the widest
    // name and two spaces.
    int widest = 4;
    for (const QJsonValue &c : expected)
        widest = qMax(widest, int(c.toObject().value(QLatin1String("name")).toString().size()));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject c = expected.at(i).toObject();
        const QString &line = lines.at(i + 1);
        QVERIFY2(line.startsWith(c.value(QLatin1String("name")).toString()), qPrintable(line));
        QCOMPARE(line.mid(widest, 2), QStringLiteral("  "));
        QVERIFY2(line.mid(widest + 2).startsWith(c.value(QLatin1String("type")).toString()),
                 qPrintable(line));
        QVERIFY(!line.endsWith(u' '));
    }
}

void TestCliConnectors::filtersAndLocaleAreSent()
{
    const QString filter = QStringLiteral("name sw \"A\" and directConnect eq true");
    const qint64 mark = lastSequence(m_sandbox);
    const CliRun run =
        m_cli.runOn(m_sandbox,
                    {QStringLiteral("connectors"), QStringLiteral("list"),
                     QStringLiteral("--filters"), filter, QStringLiteral("--locale"),
                     QStringLiteral("de"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    bool ok = false;
    const QJsonArray rows = run.jsonArray(&ok);
    QVERIFY(ok);
    const QJsonArray expected = reference(
        m_sandbox,
        {{QStringLiteral("filters"), filter}, {QStringLiteral("locale"), QStringLiteral("de")}});
    QVERIFY(!expected.isEmpty());
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(shownRow(rows.at(i).toObject()), expectedRow(expected.at(i).toObject()));
    bool sawFilter = false;
    const QJsonArray log = m_sandbox.requestLog(mark);
    for (const QJsonValue &entry : log) {
        const QJsonObject query = entry.toObject().value(QLatin1String("query")).toObject();
        if (query.value(QLatin1String("filters")).toString() == filter &&
            query.value(QLatin1String("locale")).toString() == QLatin1String("de"))
            sawFilter = true;
    }
    QVERIFY(sawFilter);
}

void TestCliConnectors::allLoadsEveryPage()
{
    const qint64 mark = lastSequence(m_sandbox);
    const CliRun run =
        m_cli.runOn(m_sandbox,
                    {QStringLiteral("connectors"), QStringLiteral("list"), QStringLiteral("--all"),
                     QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    bool ok = false;
    const QJsonArray rows = run.jsonArray(&ok);
    QVERIFY(ok);
    const QJsonArray expected = reference(m_sandbox, {});
    QCOMPARE(expected.size(), 600);
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(shownRow(rows.at(i).toObject()), expectedRow(expected.at(i).toObject()));
    int pages = 0;
    const QJsonArray log = m_sandbox.requestLog(mark);
    for (const QJsonValue &entry : log)
        pages += entry.toObject().value(QLatin1String("path")).toString() == connectorsPath;
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages))); // 600 in pages of 250
}

void TestCliConnectors::aFailingPageReportsWhatWasLoaded()
{
    const QJsonArray expected = reference(m_sandbox, {}, 0, 250);
    // The first page loads; every later one is refused (a 400 is not repeated).
    QVERIFY(m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                {QStringLiteral("path"), connectorsPath},
                                {QStringLiteral("skip"), 1},
                                {QStringLiteral("count"), 50},
                                {QStringLiteral("status"), 400}}));
    const CliRun run =
        m_cli.runOn(m_sandbox,
                    {QStringLiteral("connectors"), QStringLiteral("list"), QStringLiteral("--all"),
                     QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.finished && run.exitCode == 1, run.describe().constData());
    bool ok = false;
    const QJsonArray rows = run.jsonArray(&ok);
    QVERIFY(ok); // what was loaded, still a whole JSON document
    QCOMPARE(rows.size(), 250);
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(shownRow(rows.at(i).toObject()), expectedRow(expected.at(i).toObject()));
    QVERIFY2(run.errText().contains(QLatin1String("250 connector")), run.err.constData());
    QVERIFY2(run.errText().contains(QLatin1String("400")), run.err.constData());
}

void TestCliConnectors::outputFileHoldsTheResult()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("connectors.csv"));
    const QStringList arguments = {QStringLiteral("connectors"), QStringLiteral("list"),
                                   QStringLiteral("--limit"),    QStringLiteral("25"),
                                   QStringLiteral("--format"),   QStringLiteral("csv")};
    const CliRun toFile =
        m_cli.runOn(m_sandbox, arguments + QStringList{QStringLiteral("-o"), file});
    QVERIFY2(toFile.finished && toFile.exitCode == 0, toFile.describe().constData());
    QVERIFY(toFile.out.isEmpty());
    const CliRun toStdout = m_cli.runOn(m_sandbox, arguments);
    QVERIFY2(toStdout.finished && toStdout.exitCode == 0, toStdout.describe().constData());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), toStdout.out.constData());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("connectors.csv")});
}

void TestCliConnectors::outputFileIsUntouchedOnFailure()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("connectors.json"));
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("keep me\n");
    }
    QVERIFY(m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                {QStringLiteral("path"), connectorsPath},
                                {QStringLiteral("skip"), 1},
                                {QStringLiteral("count"), 50},
                                {QStringLiteral("status"), 400}}));
    const CliRun run = m_cli.runOn(m_sandbox,
                                   {QStringLiteral("connectors"), QStringLiteral("list"),
                                    QStringLiteral("--all"), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("-o"), file});
    QVERIFY2(run.finished && run.exitCode == 1, run.describe().constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(QLatin1String("was not written")), run.err.constData());
    QFile kept(file);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep me\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("connectors.json")});
}

void TestCliConnectors::badFilterStopsBeforeAnyRequest_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("column");
    QTest::newRow("operator not allowed")
        << QStringLiteral("name eq \"x\"") << QStringLiteral("column 6");
    QTest::newRow("field not allowed")
        << QStringLiteral("status eq \"RELEASED\"") << QStringLiteral("column 1");
    QTest::newRow("missing value") << QStringLiteral("name sw") << QStringLiteral("column 8");
    QTest::newRow("unclosed string")
        << QStringLiteral("type eq \"Web") << QStringLiteral("column 9");
    QTest::newRow("bad keyword") << QStringLiteral("name sw \"A\" annd type eq \"B\"")
                                 << QStringLiteral("column 13");
}

void TestCliConnectors::badFilterStopsBeforeAnyRequest()
{
    QFETCH(QString, filter);
    QFETCH(QString, column);
    const qint64 mark = lastSequence(m_sandbox);
    const CliRun run = m_cli.runOn(m_sandbox,
                                   {QStringLiteral("connectors"), QStringLiteral("list"),
                                    QStringLiteral("--filters"), filter});
    QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(column), run.err.constData());
    QVERIFY2(run.errText().contains(filter),
             run.err.constData()); // shown with a caret under the fault
    QVERIFY(run.errText().contains(u'^'));
    QCOMPARE(m_sandbox.requestLog(mark).size(), 0); // not even a token request
}

void TestCliConnectors::badArgumentsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QString c = QStringLiteral("connectors");
    const QString l = QStringLiteral("list");
    QTest::newRow("limit not a number")
        << QStringList{c, l, QStringLiteral("--limit"), QStringLiteral("ten")}
        << QStringLiteral("--limit");
    QTest::newRow("limit too large")
        << QStringList{c, l, QStringLiteral("--limit"), QStringLiteral("300")}
        << QStringLiteral("250");
    QTest::newRow("negative offset")
        << QStringList{c, l, QStringLiteral("--offset"), QStringLiteral("-1")}
        << QStringLiteral("offset");
    QTest::newRow("all with limit") << QStringList{c, l, QStringLiteral("--all"),
                                                   QStringLiteral("--limit"), QStringLiteral("5")}
                                    << QStringLiteral("--all");
    QTest::newRow("unknown format")
        << QStringList{c, l, QStringLiteral("--format"), QStringLiteral("xml")}
        << QStringLiteral("xml");
    QTest::newRow("unknown locale")
        << QStringList{c, l, QStringLiteral("--locale"), QStringLiteral("xx")}
        << QStringLiteral("xx");
    QTest::newRow("unknown option")
        << QStringList{c, l, QStringLiteral("--bogus")} << QStringLiteral("bogus");
    QTest::newRow("extra argument")
        << QStringList{c, l, QStringLiteral("extra")} << QStringLiteral("extra");
    QTest::newRow("missing command") << QStringList{c} << QStringLiteral("list");
    QTest::newRow("unknown command")
        << QStringList{c, QStringLiteral("lst")} << QStringLiteral("lst");
    QTest::newRow("two connections")
        << QStringList{QStringLiteral("--sandbox"), c, l} << QStringLiteral("--sandbox");
}

void TestCliConnectors::badArgumentsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const qint64 mark = lastSequence(m_sandbox);
    const CliRun run = m_cli.runOn(m_sandbox, arguments);
    QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(mentions), run.err.constData());
    QVERIFY2(run.errText().contains(QLatin1String("--help")), run.err.constData());
    QCOMPARE(m_sandbox.requestLog(mark).size(), 0);
}

void TestCliConnectors::wrongSecretIsAnAuthFailure()
{
    const QString wrong = QStringLiteral("not-the-secret-0123456789abcdef");
    const CliRun run = m_cli.run({QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(),
                                  QStringLiteral("connectors"), QStringLiteral("list"),
                                  QStringLiteral("--verbose")},
                                 m_cli.environment(m_sandbox, wrong));
    QVERIFY2(run.finished && run.exitCode == 3, run.describe().constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!run.errText().contains(wrong));
    QVERIFY(!run.errText().contains(m_sandbox.clientSecret()));
}

void TestCliConnectors::sandboxOptionStartsItsOwnSandbox()
{
    const CliRun run =
        m_cli.run({QStringLiteral("--sandbox"), QStringLiteral("connectors"),
                   QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3"),
                   QStringLiteral("--format"), QStringLiteral("json")},
                  m_cli.environment());
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    bool ok = false;
    const QJsonArray rows = run.jsonArray(&ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), 3);
    // A sandbox started with no arguments, as --sandbox starts it, serves the same.
    Sandbox plain;
    QVERIFY(plain.start());
    const QJsonArray expected = reference(plain, {}, 0, 3);
    QCOMPARE(expected.size(), 3);
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).toObject().value(QLatin1String("scriptName")),
                 expected.at(i).toObject().value(QLatin1String("scriptName")));
}

void TestCliConnectors::interruptCancelsTheCall()
{
    // Replies take a minute now: a request is in flight when SIGTERM arrives.
    QVERIFY(m_sandbox.configure({{QStringLiteral("latencyMs"), 60000}}));
    const qint64 mark = lastSequence(m_sandbox);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("out.json"));
    QProcess process;
    process.setProcessEnvironment(m_cli.environment(m_sandbox));
    process.start(CliHarness::consolePath(),
                  {QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(),
                   QStringLiteral("connectors"), QStringLiteral("list"), QStringLiteral("--all"),
                   QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), file});
    QVERIFY(process.waitForStarted());
    // The first request (the token, then the page) is in flight once the sandbox logs it.
    QTRY_VERIFY_WITH_TIMEOUT(!m_sandbox.requestLog(mark).isEmpty(), 30000);
    process.terminate();
    const bool ended = process.waitForFinished(30000);
    QVERIFY(m_sandbox.configure({{QStringLiteral("latencyMs"), 0}}));
    QVERIFY(ended);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // it handled the signal
    QCOMPARE(process.exitCode(), 130);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // no temporary file left
}

QTEST_GUILESS_MAIN(TestCliConnectors)
#include "tst_cliconnectors.moc"
