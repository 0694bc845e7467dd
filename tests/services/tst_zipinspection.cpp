// The pre-flight report of a customizer archive: what is refused (not a zip, damaged,
// empty, no top-level index.js), and what is reported (entries, sizes, package.json).
#include "services/zipinspection.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <zip.h>

using namespace isc;

namespace {

using Files = QList<std::pair<QString, QByteArray>>;

bool writeZip(const QString &path, const Files &files)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    for (const auto &[name, data] : files) {
        // libzip frees the copy when the archive is written.
        void *copy = malloc(size_t(qMax<qsizetype>(1, data.size())));
        memcpy(copy, data.constData(), size_t(data.size()));
        zip_source_t *source = zip_source_buffer(archive, copy, zip_uint64_t(data.size()), 1);
        if (!source || zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

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
    const Files files = {{QStringLiteral("index.js"), QByteArray(4000, 'x')},
                         {QStringLiteral("connector-spec.json"), "{}"},
                         {QStringLiteral("package.json"),
                          R"({"name":"my-customizer","version":"1.2.3"})"},
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
    QVERIFY(writeZip(path, {{QStringLiteral("index.js"), "x"},
                            {QStringLiteral("package.json"), "{not json"}}));
    const ZipInspection report = ZipInspection::inspect(path);
    QVERIFY(report.usable());
    QVERIFY(report.packageName.isEmpty());
    QCOMPARE(report.warnings.size(), 2); // package.json, and no connector-spec.json
}

QTEST_GUILESS_MAIN(TestZipInspection)
#include "tst_zipinspection.moc"
