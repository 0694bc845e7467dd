// The pre-flight report of a customizer archive: what is refused (not a zip, damaged,
// empty, no top-level index.js), and what is reported (entries, sizes, package.json).
#include "services/zipinspection.h"
#include "ziptestsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace isc;

namespace {

using Files = isc::test::ZipFiles;
using isc::test::writeZip;

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestZipInspection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void reportsAUsableArchive();
    void refusesWhatCannotBeUploaded_data();
    void refusesWhatCannotBeUploaded();
    void badPackageJsonIsOnlyAWarning();

private:
    QTemporaryDir m_dir;
};

void TestZipInspection::reportsAUsableArchive()
{
    const QString path = m_dir.filePath(QStringLiteral("good.zip"));
    const Files files = {
        {QStringLiteral("index.js"), QByteArray(4000, 'x')},
        {QStringLiteral("connector-spec.json"), "{}"},
        {QStringLiteral("package.json"), R"({"name":"my-customizer","version":"1.2.3"})"},
        {QStringLiteral("lib/util.js"), "module.exports = {}"}};
    QVERIFY(writeZip(path, files));
    qint64 total = 0;
    for (const auto &file : files)
        total += file.second.size();
    const ZipInspection report = ZipInspection::inspect(path);
    QVERIFY2(report.usable(), qPrintable(report.error));
    QCOMPARE(report.entries.size(), 4);
    QCOMPARE(report.entries.at(0).name, QStringLiteral("index.js"));
    QCOMPARE(report.entries.at(0).size, qint64(4000));
    QVERIFY(report.entries.at(0).compressedSize < 4000); // compressible
    QCOMPARE(report.totalSize, total);
    QCOMPARE(report.fileSize, QFileInfo(path).size());
    QVERIFY(report.hasIndexJs);
    QVERIFY(report.hasConnectorSpec);
    QCOMPARE(report.packageName, QStringLiteral("my-customizer"));
    QCOMPARE(report.packageVersion, QStringLiteral("1.2.3"));
    QVERIFY(report.warnings.isEmpty());
}

void TestZipInspection::refusesWhatCannotBeUploaded_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("not a zip") << QStringLiteral("text") << QStringLiteral("not a readable zip");
    QTest::newRow("damaged") << QStringLiteral("cut") << QStringLiteral("not a readable zip");
    QTest::newRow("empty archive") << QStringLiteral("empty") << QStringLiteral("empty");
    QTest::newRow("no index.js") << QStringLiteral("noindex") << QStringLiteral("no index.js");
    QTest::newRow("nested index.js") << QStringLiteral("nested") << QStringLiteral("dist/index.js");
}

void TestZipInspection::refusesWhatCannotBeUploaded()
{
    QFETCH(QString, kind);
    QFETCH(QString, mentions);
    const QString path = m_dir.filePath(kind + QStringLiteral(".zip"));
    if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(path, "module.exports = {};\n"));
    } else if (kind == QLatin1String("cut")) {
        QVERIFY(writeZip(path, {{QStringLiteral("index.js"), QByteArray(20000, 'y')}}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray whole = file.readAll();
        file.close();
        QVERIFY(writeFile(path, whole.left(whole.size() / 2)));
    } else if (kind == QLatin1String("empty")) {
        // The end-of-central-directory record alone: a valid archive without entries.
        QByteArray eocd("PK\x05\x06", 4);
        eocd.append(QByteArray(18, '\0'));
        QVERIFY(writeFile(path, eocd));
    } else if (kind == QLatin1String("noindex")) {
        QVERIFY(writeZip(path, {{QStringLiteral("main.js"), "x"}}));
    } else if (kind == QLatin1String("nested")) {
        QVERIFY(writeZip(path, {{QStringLiteral("dist/index.js"), "x"}}));
    }
    const ZipInspection report = ZipInspection::inspect(path);
    QVERIFY(!report.usable());
    QVERIFY2(report.error.contains(mentions), qPrintable(report.error));
}

void TestZipInspection::badPackageJsonIsOnlyAWarning()
{
    const QString path = m_dir.filePath(QStringLiteral("warn.zip"));
    QVERIFY(writeZip(
        path, {{QStringLiteral("index.js"), "x"}, {QStringLiteral("package.json"), "{not json"}}));
    const ZipInspection report = ZipInspection::inspect(path);
    QVERIFY(report.usable());
    QVERIFY(report.packageName.isEmpty());
    QCOMPARE(report.warnings.size(), 2); // package.json, and no connector-spec.json
}

QTEST_GUILESS_MAIN(TestZipInspection)
#include "tst_zipinspection.moc"
