// `isc-console customizers ...`, the real binary against the real isc-sandbox: every
// command's output compared with what the sandbox holds, uploads (a zip and a non-zip),
// 404, a wrong secret, -o on failure, and no secret on either stream.
#include "clitestsupport.h"
#include "sandbox.h"
#include "zipbuilder.h"

#include "base/jsondecode.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace isc::test;

namespace {

const QString customizersPath = QStringLiteral("/v2024/connector-customizers");
const QString customizers = QStringLiteral("customizers");
const QString formatJson = QStringLiteral("--format=json");

qint64 lastSequence(Sandbox &sandbox)
{
    const QJsonArray all = sandbox.requestLog();
    return all.isEmpty() ? 0 : all.last().toObject().value(QLatin1String("sequence")).toInteger();
}

// A customizer of the console's JSON output against the sandbox's own JSON of it.
void compareCustomizer(const QJsonObject &shown, const QJsonObject &stored)
{
    for (const char *field : {"id", "name", "imageID", "tenantID"})
        QCOMPARE(shown.value(QLatin1String(field)).toString(),
                 stored.value(QLatin1String(field)).toString());
    const QJsonValue version = stored.value(QLatin1String("imageVersion"));
    if (version.isDouble())
        QCOMPARE(shown.value(QLatin1String("imageVersion")).toInteger(), version.toInteger());
    else
        QVERIFY(shown.value(QLatin1String("imageVersion")).isNull());
    const QDateTime created =
        QDateTime::fromString(shown.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    QVERIFY(created.isValid());
    QCOMPARE(created,
             isc::json::parseTimestamp(stored.value(QLatin1String("created")).toString()).value);
}

} // namespace

class TestCliCustomizers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void listMatchesTheSandbox();
    void listAsCsv();
    void listAsTable();
    void getShowsOne();
    void unknownIdIsNotFound();
    void createRenameDelete();
    void deleteOfALinkedCustomizerNeedsForce();
    void badNameIsAUsageError();
    void uploadsAZip();
    void refusesWhatIsNotAZip();
    void wrongSecretIsAnAuthFailure();
    void noSecretOnEitherStream();
    void outputFileIsUntouchedOnFailure();
    void rateLimitIsWaitedOutOnStderr();

private:
    QJsonObject stored(const QString &id);

    Sandbox m_sandbox;
    CliHarness m_cli;
};

void TestCliCustomizers::initTestCase()
{
    QVERIFY(QFileInfo::exists(CliHarness::consolePath()));
    QVERIFY(m_sandbox.start({QStringLiteral("--rate-limit"), QStringLiteral("100000")}));
}

QJsonObject TestCliCustomizers::stored(const QString &id)
{
    const HttpResult reply = m_sandbox.get(customizersPath + u'/' + id);
    return reply.status == 200 ? reply.object() : QJsonObject();
}

void TestCliCustomizers::listMatchesTheSandbox()
{
    const CliRun run = m_cli.runOn(m_sandbox, {customizers, QStringLiteral("list"), formatJson});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    bool ok = false;
    const QJsonArray rows = run.jsonArray(&ok);
    QVERIFY(ok);
    const QJsonArray expected =
        m_sandbox.get(customizersPath, {{QStringLiteral("limit"), QStringLiteral("250")}}).array();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        compareCustomizer(rows.at(i).toObject(), expected.at(i).toObject());
    QVERIFY(run.err.isEmpty());
}

void TestCliCustomizers::listAsCsv()
{
    const CliRun run = m_cli.runOn(
        m_sandbox,
        {customizers, QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    bool ok = false;
    const QList<QStringList> records = parseCsv(run.out, &ok);
    QVERIFY(ok);
    const QJsonArray expected =
        m_sandbox.get(customizersPath, {{QStringLiteral("limit"), QStringLiteral("250")}}).array();
    QCOMPARE(records.size(), expected.size() + 1);
    QCOMPARE(records.first(),
             (QStringList{QStringLiteral("name"), QStringLiteral("id"),
                          QStringLiteral("imageVersion"), QStringLiteral("imageID"),
                          QStringLiteral("tenantID"), QStringLiteral("created")}));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject c = expected.at(i).toObject();
        const QStringList &record = records.at(i + 1);
        QCOMPARE(record.at(0), c.value(QLatin1String("name")).toString());
        QCOMPARE(record.at(1), c.value(QLatin1String("id")).toString());
        const QJsonValue version = c.value(QLatin1String("imageVersion"));
        QCOMPARE(record.at(2),
                 version.isDouble() ? QString::number(version.toInteger()) : QString());
    }
}

void TestCliCustomizers::listAsTable()
{
    const CliRun run = m_cli.runOn(m_sandbox, {customizers, QStringLiteral("list")});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    const QStringList lines = run.outText().split(u'\n', Qt::SkipEmptyParts);
    const QJsonArray expected =
        m_sandbox.get(customizersPath, {{QStringLiteral("limit"), QStringLiteral("250")}}).array();
    QCOMPARE(lines.size(), expected.size() + 1);
    // The id column starts at the same place on every line.
    const qsizetype idAt = lines.first().indexOf(QLatin1String("ID"));
    QVERIFY(idAt > 0);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject c = expected.at(i).toObject();
        QVERIFY(lines.at(i + 1).startsWith(c.value(QLatin1String("name")).toString()));
        QCOMPARE(lines.at(i + 1).mid(idAt, 36), c.value(QLatin1String("id")).toString());
    }
}

void TestCliCustomizers::getShowsOne()
{
    const QJsonArray all =
        m_sandbox.get(customizersPath, {{QStringLiteral("limit"), QStringLiteral("250")}}).array();
    QVERIFY(!all.isEmpty());
    const QJsonObject last = all.last().toObject();
    const QString id = last.value(QLatin1String("id")).toString();
    const CliRun run = m_cli.runOn(m_sandbox, {customizers, QStringLiteral("get"), id, formatJson});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    bool ok = false;
    const QJsonArray rows = run.jsonArray(&ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), 1);
    compareCustomizer(rows.first().toObject(), stored(id));
}

void TestCliCustomizers::unknownIdIsNotFound()
{
    const QString id = QStringLiteral("00000000-0000-4000-8000-00000000dead");
    for (const QStringList &arguments :
         {QStringList{customizers, QStringLiteral("get"), id},
          QStringList{customizers, QStringLiteral("rename"), id, QStringLiteral("New name")},
          QStringList{customizers, QStringLiteral("delete"), id}}) {
        const CliRun run = m_cli.runOn(m_sandbox, arguments);
        QVERIFY2(run.finished && run.exitCode == 4, run.describe().constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errText().contains(QLatin1String("404")), run.err.constData());
        QVERIFY2(run.errText().contains(QLatin1String("tracking ID")), run.err.constData());
    }
}

void TestCliCustomizers::createRenameDelete()
{
    const QString name = QStringLiteral("CLI test \u00e9t\u00e9 ") +
        QString::number(QDateTime::currentMSecsSinceEpoch());
    const CliRun created =
        m_cli.runOn(m_sandbox, {customizers, QStringLiteral("create"), name, formatJson});
    QVERIFY2(created.finished && created.exitCode == 0, created.describe().constData());
    bool ok = false;
    const QJsonArray createdRows = created.jsonArray(&ok);
    QVERIFY(ok);
    QCOMPARE(createdRows.size(), 1);
    const QString id = createdRows.first().toObject().value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(stored(id).value(QLatin1String("name")).toString(), name);
    QCOMPARE(createdRows.first().toObject().value(QLatin1String("name")).toString(), name);

    const QString renamed = name + QStringLiteral(" (renamed)");
    const CliRun rename =
        m_cli.runOn(m_sandbox, {customizers, QStringLiteral("rename"), id, renamed, formatJson});
    QVERIFY2(rename.finished && rename.exitCode == 0, rename.describe().constData());
    const QJsonArray renamedRows = rename.jsonArray(&ok);
    QVERIFY(ok);
    QCOMPARE(renamedRows.size(), 1);
    QCOMPARE(renamedRows.first().toObject().value(QLatin1String("name")).toString(), renamed);
    QCOMPARE(stored(id).value(QLatin1String("name")).toString(), renamed);

    const CliRun removed = m_cli.runOn(m_sandbox, {customizers, QStringLiteral("delete"), id});
    QVERIFY2(removed.finished && removed.exitCode == 0, removed.describe().constData());
    QVERIFY(removed.out.isEmpty()); // delete prints nothing on stdout
    QVERIFY2(removed.errText().contains(id), removed.err.constData());
    QCOMPARE(m_sandbox.get(customizersPath + u'/' + id).status, 404);
}

void TestCliCustomizers::deleteOfALinkedCustomizerNeedsForce()
{
    const QJsonArray instances = m_sandbox
                                     .get(QStringLiteral("/beta/connector-instances"),
                                          {{QStringLiteral("limit"), QStringLiteral("250")}})
                                     .array();
    QString id;
    QString user;
    for (const QJsonValue &instance : instances) {
        id = instance[QLatin1String("connectorCustomizerId")].toString();
        user = instance[QLatin1String("name")].toString();
        if (!id.isEmpty())
            break;
    }
    QVERIFY2(!id.isEmpty(), "the sandbox seeds at least one linked source instance");

    const CliRun refused = m_cli.runOn(m_sandbox, {customizers, QStringLiteral("delete"), id});
    QVERIFY2(refused.finished && refused.exitCode == 1, refused.describe().constData());
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.errText().contains(user), refused.err.constData());
    QVERIFY2(refused.errText().contains(QLatin1String("--force")), refused.err.constData());
    QCOMPARE(m_sandbox.get(customizersPath + u'/' + id).status, 200);

    const CliRun forced = m_cli.runOn(
        m_sandbox, {customizers, QStringLiteral("delete"), id, QStringLiteral("--force")});
    QVERIFY2(forced.finished && forced.exitCode == 0, forced.describe().constData());
    QCOMPARE(m_sandbox.get(customizersPath + u'/' + id).status, 404);

    // --force belongs to delete only.
    const CliRun misplaced =
        m_cli.runOn(m_sandbox, {customizers, QStringLiteral("list"), QStringLiteral("--force")});
    QVERIFY2(misplaced.finished && misplaced.exitCode == 2, misplaced.describe().constData());
}

void TestCliCustomizers::badNameIsAUsageError()
{
    const qint64 mark = lastSequence(m_sandbox);
    for (const QString &name :
         {QStringLiteral(" padded"), QStringLiteral("two\nlines"), QString(300, u'x')}) {
        const CliRun run = m_cli.runOn(m_sandbox, {customizers, QStringLiteral("create"), name});
        QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(m_sandbox.requestLog(mark).size(), 0);
}

void TestCliCustomizers::uploadsAZip()
{
    const QJsonArray all =
        m_sandbox.get(customizersPath, {{QStringLiteral("limit"), QStringLiteral("250")}}).array();
    QVERIFY(!all.isEmpty());
    const QString id = all.first().toObject().value(QLatin1String("id")).toString();
    const QJsonValue before = stored(id).value(QLatin1String("imageVersion"));

    QTemporaryDir dir;
    const QString zipPath = dir.filePath(QStringLiteral("customizer.zip"));
    const QByteArray zip =
        makeZip({{QStringLiteral("index.js"), QByteArrayLiteral("module.exports = {};\n")},
                 {QStringLiteral("package.json"),
                  QByteArrayLiteral(R"({"name": "cli-test-customizer", "version": "1.2.3"})")}});
    QVERIFY(!zip.isEmpty());
    {
        QFile file(zipPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(zip);
    }
    const CliRun run =
        m_cli.runOn(m_sandbox, {customizers, QStringLiteral("upload"), id, zipPath, formatJson});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    bool ok = false;
    const QJsonArray rows = run.jsonArray(&ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), 1);
    const QJsonObject version = rows.first().toObject();
    const QJsonObject after = stored(id);
    QCOMPARE(version.value(QLatin1String("customizerID")).toString(), id);
    QCOMPARE(version.value(QLatin1String("version")).toInteger(),
             after.value(QLatin1String("imageVersion")).toInteger());
    QCOMPARE(after.value(QLatin1String("imageVersion")).toInteger(),
             (before.isDouble() ? before.toInteger() : 0) + 1);
    QCOMPARE(version.value(QLatin1String("imageID")).toString(),
             after.value(QLatin1String("imageID")).toString());
    // The pre-flight summary on stderr names the files and the package.
    QVERIFY2(run.errText().contains(QLatin1String("index.js")), run.err.constData());
    QVERIFY2(run.errText().contains(QLatin1String("cli-test-customizer 1.2.3")),
             run.err.constData());
}

void TestCliCustomizers::refusesWhatIsNotAZip()
{
    const QJsonArray all =
        m_sandbox.get(customizersPath, {{QStringLiteral("limit"), QStringLiteral("250")}}).array();
    QVERIFY(!all.isEmpty());
    const QString id = all.first().toObject().value(QLatin1String("id")).toString();
    QTemporaryDir dir;
    const QString notZip = dir.filePath(QStringLiteral("notes.zip"));
    {
        QFile file(notZip);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is plain text, not an archive\n");
    }
    const QString noIndex = dir.filePath(QStringLiteral("noindex.zip"));
    {
        QFile file(noIndex);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(makeZip({{QStringLiteral("main.js"), QByteArrayLiteral("// no index.js")}}));
    }
    const qint64 mark = lastSequence(m_sandbox);
    for (const QString &path : {notZip, noIndex, dir.filePath(QStringLiteral("missing.zip"))}) {
        const CliRun run =
            m_cli.runOn(m_sandbox, {customizers, QStringLiteral("upload"), id, path});
        QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }
    QCOMPARE(m_sandbox.requestLog(mark).size(), 0); // refused before connecting
}

void TestCliCustomizers::wrongSecretIsAnAuthFailure()
{
    const QString wrong = QStringLiteral("wrong-secret-for-the-cli-test-0123456789");
    const CliRun run = m_cli.run({QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(),
                                  customizers, QStringLiteral("list")},
                                 m_cli.environment(m_sandbox, wrong));
    QVERIFY2(run.finished && run.exitCode == 3, run.describe().constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.errText().contains(wrong));
}

void TestCliCustomizers::noSecretOnEitherStream()
{
    // --verbose logs the requests and the token refresh: never the secret or a token.
    const CliRun run = m_cli.runOn(
        m_sandbox, {QStringLiteral("--verbose"), customizers, QStringLiteral("list"), formatJson});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.errText().contains(QLatin1String("isc.")), run.err.constData()); // the log is on
    const QByteArray secret = m_sandbox.clientSecret().toUtf8();
    QVERIFY(!run.out.contains(secret));
    QVERIFY(!run.err.contains(secret));
    // The sandbox's tokens are JWTs: their base64url header always begins with "eyJ".
    QVERIFY2(!run.err.contains("eyJ"), run.err.constData());
    QVERIFY(!run.out.contains("eyJ"));
    bool ok = false;
    run.jsonArray(&ok);
    QVERIFY(ok); // the log went to stderr, stdout is still pure JSON
}

void TestCliCustomizers::outputFileIsUntouchedOnFailure()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("customizer.json"));
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export\n");
    }
    const CliRun run = m_cli.runOn(m_sandbox,
                                   {customizers, QStringLiteral("get"),
                                    QStringLiteral("00000000-0000-4000-8000-00000000beef"),
                                    formatJson, QStringLiteral("-o"), file});
    QVERIFY2(run.finished && run.exitCode == 4, run.describe().constData());
    QFile kept(file);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("previous export\n"));

    // And an unwritable destination is a failure that says so (exit 1), not a crash.
    const CliRun unwritable =
        m_cli.runOn(m_sandbox,
                    {customizers, QStringLiteral("list"), QStringLiteral("-o"),
                     dir.filePath(QStringLiteral("no/such/folder/out.txt"))});
    QVERIFY2(unwritable.finished && unwritable.exitCode == 1, unwritable.describe().constData());
    QVERIFY2(unwritable.errText().contains(QLatin1String("out.txt")), unwritable.err.constData());
}

void TestCliCustomizers::rateLimitIsWaitedOutOnStderr()
{
    QVERIFY(m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                {QStringLiteral("path"), customizersPath},
                                {QStringLiteral("count"), 1},
                                {QStringLiteral("status"), 429},
                                {QStringLiteral("retryAfter"), QStringLiteral("1")}}));
    const CliRun run = m_cli.runOn(m_sandbox, {customizers, QStringLiteral("list"), formatJson});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.errText().contains(QLatin1String("rate")), run.err.constData());
    bool ok = false;
    const QJsonArray rows = run.jsonArray(&ok);
    QVERIFY(ok); // the wait was reported on stderr only
    QCOMPARE(rows.size(),
             m_sandbox.get(customizersPath, {{QStringLiteral("limit"), QStringLiteral("250")}})
                 .array()
                 .size());
    QCOMPARE(m_sandbox.pendingFaults().size(), 0); // the 429 really happened
}

QTEST_GUILESS_MAIN(TestCliCustomizers)
#include "tst_clicustomizers.moc"
