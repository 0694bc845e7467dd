#include "csvreader.h"
#include "testmodels.h"

#include "models/customizertablemodel.h"
#include "models/modelroles.h"
#include "models/tableexporter.h"
#include "models/tablesortfilterproxymodel.h"

#include "base/jsondecode.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isc;
using isc::test::PlainModel;
using isc::test::readCsv;
using isc::test::TypedModel;

namespace {

// Values that break naive CSV and JSON writers.
QStringList awkwardValues()
{
    return {QStringLiteral("plain"),
            QStringLiteral("with,comma"),
            QStringLiteral("with;semicolon"),
            QStringLiteral("with\ttab"),
            QStringLiteral("with \"quotes\" inside"),
            QStringLiteral("\"starts with a quote"),
            QStringLiteral("ends with a quote\""),
            QStringLiteral("CRLF\r\nbreak"),
            QStringLiteral("LF\nonly"),
            QStringLiteral("CR\ronly"),
            QStringLiteral("  leading and trailing spaces  "),
            QStringLiteral("Ελληνικά, עברית, 中文字符, русский"),
            QStringLiteral("emoji 🚀 👩‍💻 🇫🇷"),
            QStringLiteral("=1+2"),
            QStringLiteral("+SUM(A1:A2)"),
            QStringLiteral("-2+3"),
            QStringLiteral("@cmd"),
            QStringLiteral("\tstarts with a tab"),
            QStringLiteral("\rstarts with CR"),
            QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
            QString(),
            QStringLiteral("'already an apostrophe"),
            QStringLiteral("line sep \u2028 para sep \u2029 and \u0001 control")};
}

bool guarded(const QString &value)
{
    return !value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.at(0));
}

// A device that accepts `capacity` bytes, then fails like a full disk.
class FullDevice final : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (m_written + len > m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += len;
        return len;
    }

private:
    qint64 m_capacity;
    qint64 m_written = 0;
};

PlainModel awkwardPlainModel()
{
    QList<QStringList> rows;
    const QStringList values = awkwardValues();
    for (qsizetype i = 0; i < values.size(); ++i)
        rows.append({values.at(i), values.at(values.size() - 1 - i), QString::number(i)});
    return PlainModel(
        {QStringLiteral("First"), QStringLiteral("Second, with comma"), QStringLiteral("Third")},
        rows);
}

QByteArray exportBytes(const QAbstractItemModel &model, const ExportOptions &options,
                       ExportResult *result = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TableExporter exporter(options);
    const ExportResult r = exporter.write(model, buffer);
    if (result)
        *result = r;
    return buffer.data();
}

QStringList fileNamesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

Customizer customizer(const QString &id, const QString &name, std::optional<qint64> version,
                      const QString &created)
{
    Customizer c;
    c.id = id;
    c.name = name;
    c.imageVersion = version;
    c.tenantId = QStringLiteral("tenant");
    if (!created.isEmpty())
        c.created = json::parseTimestamp(created);
    return c;
}

} // namespace

class TestTableExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readerSelfCheck();
    void roundTrip_data();
    void roundTrip();
    void quotesOnlyWhenNeeded();
    void formulaGuard_data();
    void formulaGuard();
    void numbersAreNotGuarded();
    void headerOptions();
    void columnsAndRows();
    void rawAndDisplayValues();
    void proxyIsWrittenFilteredAndSorted();
    void json();
    void jsonAwkwardStrings();
    void jsonEmpty();
    void progressIsReported();
    void cancelLeavesNoFile();
    void cancelKeepsAnExistingFile();
    void unwritablePath_data();
    void unwritablePath();
    void writeFailureIsReported();
    void badOptionsAreRefused();
    void modelChangeDuringExportFails();
    void fileExportCommits();

private:
    QLocale m_savedLocale;
};

void TestTableExporter::initTestCase()
{
    m_savedLocale = QLocale();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTableExporter::cleanupTestCase()
{
    QLocale::setDefault(m_savedLocale);
}

void TestTableExporter::readerSelfCheck()
{
    // The reader the round trips rely on, on hand-written RFC 4180 text.
    QList<QStringList> records;
    QString error;
    QVERIFY(readCsv(QStringLiteral("a,\"b,c\",\"d\"\"e\"\r\n,\"x\r\ny\"\nlast"), u',', &records,
                    &error));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0),
             (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d\"e")}));
    QCOMPARE(records.at(1), (QStringList{QString(), QStringLiteral("x\r\ny")}));
    QCOMPARE(records.at(2), QStringList{QStringLiteral("last")});
    QVERIFY(readCsv(QStringLiteral("a;b\n"), u';', &records, &error));
    QCOMPARE(records, QList<QStringList>{(QStringList{QStringLiteral("a"), QStringLiteral("b")})});
    // Malformed text is refused, so a writer's mistake cannot pass unnoticed.
    for (const QString &bad : {QStringLiteral("a\"b\n"), QStringLiteral("\"open\n"),
                               QStringLiteral("\"a\"b\n"), QStringLiteral("a\rb\n")})
        QVERIFY2(!readCsv(bad, u',', &records, &error), qPrintable(bad));
}

void TestTableExporter::roundTrip_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<bool>("guard");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("typed");
    for (QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        for (bool crlf : {true, false}) {
            for (bool guard : {true, false}) {
                for (bool typed : {false, true}) {
                    const bool bom = crlf != guard;
                    QTest::addRow("%s %s guard=%d bom=%d %s",
                                  delimiter == u'\t' ? "tab" : qPrintable(QString(delimiter)),
                                  crlf ? "CRLF" : "LF", guard, bom, typed ? "typed" : "plain")
                        << delimiter << crlf << guard << bom << typed;
                }
            }
        }
    }
}

void TestTableExporter::roundTrip()
{
    QFETCH(QChar, delimiter);
    QFETCH(bool, crlf);
    QFETCH(bool, guard);
    QFETCH(bool, bom);
    QFETCH(bool, typed);

    // The same awkward values through a text-only model and through the typed customizer
    // model (names), whose values come from RawValueRole.
    const PlainModel plain = awkwardPlainModel();
    CustomizerTableModel customizers;
    QAbstractItemModelTester tester(&customizers,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<QStringList> expected;
    {
        QList<Customizer> rows;
        const QStringList values = awkwardValues();
        for (qsizetype i = 0; i < values.size(); ++i)
            rows.append(customizer(QStringLiteral("id-%1").arg(i), values.at(i), std::nullopt, {}));
        customizers.appendPage(customizers.beginLoad(), rows);
    }
    const QAbstractItemModel &model = typed ? static_cast<const QAbstractItemModel &>(customizers)
                                            : static_cast<const QAbstractItemModel &>(plain);
    QList<int> columns;
    if (typed)
        columns = {CustomizerTableModel::NameColumn, CustomizerTableModel::IdColumn};
    QStringList header;
    for (int c = 0; c < (typed ? 2 : model.columnCount()); ++c)
        header.append(model.headerData(typed ? columns.at(c) : c, Qt::Horizontal).toString());
    expected.append(header);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList record;
        for (int c = 0; c < header.size(); ++c) {
            const QString value = model.index(row, typed ? columns.at(c) : c).data().toString();
            record.append(guard && guarded(value) ? QLatin1Char('\'') + value : value);
        }
        expected.append(record);
    }

    ExportOptions options;
    options.delimiter = delimiter;
    options.lineEnding = crlf ? ExportOptions::LineEnding::CrLf : ExportOptions::LineEnding::Lf;
    options.formulaGuard = guard;
    options.byteOrderMark = bom;
    options.columns = columns;
    ExportResult result;
    QByteArray bytes = exportBytes(model, options, &result);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rowsWritten, model.rowCount());
    QCOMPARE(result.bytesWritten, bytes.size());
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
    if (bom)
        bytes.remove(0, 3);
    // Line ends: every record ends with the chosen one (CRs inside quoted fields aside).
    QVERIFY(bytes.endsWith(crlf ? "\r\n" : "\n"));
    if (!crlf)
        QVERIFY(!bytes.endsWith("\r\n"));
    const QString text = QString::fromUtf8(bytes);
    QCOMPARE(text.toUtf8(), bytes); // valid UTF-8
    QList<QStringList> records;
    QString error;
    QVERIFY2(readCsv(text, delimiter, &records, &error), qPrintable(error));
    QCOMPARE(records.size(), expected.size());
    for (qsizetype r = 0; r < records.size(); ++r) {
        QCOMPARE(records.at(r).size(), expected.at(r).size());
        for (qsizetype c = 0; c < records.at(r).size(); ++c) {
            if (records.at(r).at(c) != expected.at(r).at(c))
                QFAIL(qPrintable(QStringLiteral("record %1, field %2: \"%3\" instead of \"%4\"")
                                     .arg(r)
                                     .arg(c)
                                     .arg(records.at(r).at(c), expected.at(r).at(c))));
        }
    }
}

void TestTableExporter::quotesOnlyWhenNeeded()
{
    const PlainModel model(
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
         QStringLiteral("e")},
        {{QStringLiteral("plain"), QStringLiteral("x,y"), QStringLiteral("say \"hi\""),
          QStringLiteral("two\nlines"), QString()}});
    ExportOptions options;
    QCOMPARE(exportBytes(model, options),
             QByteArray("a,b,c,d,e\r\nplain,\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"));
    options.delimiter = u';';
    options.lineEnding = ExportOptions::LineEnding::Lf;
    QCOMPARE(exportBytes(model, options),
             QByteArray("a;b;c;d;e\nplain;x,y;\"say \"\"hi\"\"\";\"two\nlines\";\n"));
    options.delimiter = u'\t';
    QCOMPARE(exportBytes(model, options),
             QByteArray("a\tb\tc\td\te\nplain\tx,y\t\"say \"\"hi\"\"\"\t\"two\nlines\"\t\n"));
}

void TestTableExporter::formulaGuard_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("guard");
    QTest::addColumn<QByteArray>("cell");
    QTest::newRow("=") << "=1+2" << true << QByteArray("'=1+2");
    QTest::newRow("+") << "+1" << true << QByteArray("'+1");
    QTest::newRow("-") << "-2+3" << true << QByteArray("'-2+3");
    QTest::newRow("@") << "@SUM(A1)" << true << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << "\tx" << true << QByteArray("'\tx");
    QTest::newRow("CR, quoted") << "\rx" << true << QByteArray("\"'\rx\"");
    QTest::newRow("quoted, apostrophe inside the quotes")
        << "=HYPERLINK(\"a\",\"b\")" << true << QByteArray("\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\"");
    QTest::newRow("= later is fine") << "a=b" << true << QByteArray("a=b");
    QTest::newRow("off: =") << "=1+2" << false << QByteArray("=1+2");
    QTest::newRow("off: CR") << "\rx" << false << QByteArray("\"\rx\"");
    QTest::newRow("off: -") << "-2" << false << QByteArray("-2");
}

void TestTableExporter::formulaGuard()
{
    QFETCH(QString, value);
    QFETCH(bool, guard);
    QFETCH(QByteArray, cell);
    const PlainModel model({QStringLiteral("h")}, {{value}});
    ExportOptions options;
    QCOMPARE(options.formulaGuard, true); // on unless turned off
    options.formulaGuard = guard;
    options.header = false;
    QCOMPARE(exportBytes(model, options), cell + "\r\n");
}

void TestTableExporter::numbersAreNotGuarded()
{
    // A number is no formula: -5 from a number stays -5; "-5" from text is guarded.
    const TypedModel model(
        {QStringLiteral("n"), QStringLiteral("d"), QStringLiteral("t")},
        {{QVariant(qlonglong(-5)), QVariant(-1.5), QVariant(QStringLiteral("-5"))}});
    ExportOptions options;
    options.header = false;
    QCOMPARE(exportBytes(model, options), QByteArray("-5,-1.5,'-5\r\n"));
    // Shown text: the cell still knows its value is a number.
    options.values = ExportOptions::Values::Display;
    QCOMPARE(exportBytes(model, options), QByteArray("-5,-1.5,'-5\r\n"));
}

void TestTableExporter::headerOptions()
{
    const TypedModel model({QStringLiteral("name"), QStringLiteral("imageVersion")},
                           {{QVariant(QStringLiteral("x")), QVariant(qlonglong(3))}});
    ExportOptions options;
    QCOMPARE(exportBytes(model, options), QByteArray("Title name,Title imageVersion\r\nx,3\r\n"));
    options.headerNames = ExportOptions::HeaderNames::FieldNames;
    QCOMPARE(exportBytes(model, options), QByteArray("name,imageVersion\r\nx,3\r\n"));
    options.header = false;
    QCOMPARE(exportBytes(model, options), QByteArray("x,3\r\n"));
}

void TestTableExporter::columnsAndRows()
{
    const PlainModel model({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                           {{QStringLiteral("a0"), QStringLiteral("b0"), QStringLiteral("c0")},
                            {QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("c1")},
                            {QStringLiteral("a2"), QStringLiteral("b2"), QStringLiteral("c2")},
                            {QStringLiteral("a3"), QStringLiteral("b3"), QStringLiteral("c3")}});
    ExportOptions options;
    options.lineEnding = ExportOptions::LineEnding::Lf;
    options.columns = {2, 0}; // visible columns in view order
    QCOMPARE(exportBytes(model, options), QByteArray("C,A\nc0,a0\nc1,a1\nc2,a2\nc3,a3\n"));
    options.rows = QList<int>{3, 1}; // the selection, in view order
    ExportResult result;
    QCOMPARE(exportBytes(model, options, &result), QByteArray("C,A\nc3,a3\nc1,a1\n"));
    QCOMPARE(result.rowsWritten, 2);
    options.rows = QList<int>{}; // an empty selection writes no row
    QCOMPARE(exportBytes(model, options), QByteArray("C,A\n"));
    options.columns = {1, 1};
    options.rows = QList<int>{0};
    QCOMPARE(exportBytes(model, options), QByteArray("B,B\nb0,b0\n"));
}

void TestTableExporter::rawAndDisplayValues()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendPage(model.beginLoad(),
                     {customizer(QStringLiteral("c1"), QStringLiteral("One"), 7,
                                 QStringLiteral("2024-03-01T09:30:00.25+01:00")),
                      customizer(QStringLiteral("c2"), QStringLiteral("Two"), std::nullopt,
                                 QStringLiteral("not a date")),
                      customizer(QStringLiteral("c3"), QStringLiteral("Three"), 0, {})});
    model.setUsage({{QStringLiteral("c1"), {QStringLiteral("HR"), QStringLiteral("AD")}}});
    ExportOptions options;
    options.lineEnding = ExportOptions::LineEnding::Lf;
    options.headerNames = ExportOptions::HeaderNames::FieldNames;
    options.columns = {CustomizerTableModel::NameColumn, CustomizerTableModel::ImageVersionColumn,
                       CustomizerTableModel::CreatedColumn, CustomizerTableModel::UsedByColumn};
    QCOMPARE(exportBytes(model, options),
             QByteArray("name,imageVersion,created,usedBy\n"
                        "One,7,2024-03-01T08:30:00.250Z,\"AD, HR\"\n"
                        "Two,,not a date,\n"
                        "Three,0,,\n"));
    options.values = ExportOptions::Values::Display;
    const QString shownDate = model.index(0, CustomizerTableModel::CreatedColumn).data().toString();
    QVERIFY(!shownDate.contains(QLatin1String("2024-03-01"))); // really the local format
    QVERIFY(!shownDate.contains(QLatin1Char(','))); // so it needs no quotes
    const QByteArray expected = "name,imageVersion,created,usedBy\n"
                                "One,7," +
        shownDate.toUtf8() +
        ",\"AD, HR\"\n"
        "Two,\xE2\x80\x94,not a date,\n"
        "Three,0,\xE2\x80\x94,\n";
    QCOMPARE(exportBytes(model, options), expected);
}

void TestTableExporter::proxyIsWrittenFilteredAndSorted()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TableSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    QList<Customizer> rows;
    for (int i = 0; i < 30; ++i)
        rows.append(
            customizer(QStringLiteral("id-%1").arg(i), QStringLiteral("name %1").arg(i), i, {}));
    model.appendPage(model.beginLoad(), rows);
    proxy.setColumnFilter(CustomizerTableModel::ImageVersionColumn, QStringLiteral(">=25"));
    proxy.sort(CustomizerTableModel::ImageVersionColumn, Qt::DescendingOrder);
    ExportOptions options;
    options.lineEnding = ExportOptions::LineEnding::Lf;
    options.header = false;
    options.columns = {CustomizerTableModel::IdColumn, CustomizerTableModel::ImageVersionColumn};
    QCOMPARE(exportBytes(proxy, options),
             QByteArray("id-29,29\nid-28,28\nid-27,27\nid-26,26\nid-25,25\n"));
    options.rows = QList<int>{4, 0}; // rows of the proxy, as the view's selection gives them
    QCOMPARE(exportBytes(proxy, options), QByteArray("id-25,25\nid-29,29\n"));
    options.format = ExportOptions::Format::Json;
    const QJsonArray array = QJsonDocument::fromJson(exportBytes(proxy, options)).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("id-25"));
}

void TestTableExporter::json()
{
    const QDateTime when(QDate(2024, 3, 1), QTime(9, 30, 0, 250), Qt::UTC);
    const TypedModel model(
        {QStringLiteral("name"), QStringLiteral("imageVersion"), QStringLiteral("directConnect"),
         QStringLiteral("created"), QStringLiteral("features"), QStringLiteral("className"),
         QStringLiteral("ratio"), QStringLiteral("connectorMetadata.platform")},
        {{QVariant(QStringLiteral("Workday")), QVariant(qlonglong(9007199254740993LL)),
          QVariant(true), QVariant(when),
          QVariant(QStringList{QStringLiteral("SEARCH"), QStringLiteral("PASSWORD")}), QVariant(),
          QVariant(0.25),
          QVariant(QJsonValue(QJsonObject{{QStringLiteral("os"), QStringLiteral("linux")}}))},
         {QVariant(QStringLiteral("AD")), QVariant(), QVariant(false),
          QVariant(QStringLiteral("soon")), QVariant(QStringList()),
          QVariant(QStringLiteral("x.Y")), QVariant(-3.0), QVariant()}});
    ExportOptions options;
    options.format = ExportOptions::Format::Json;
    options.byteOrderMark = true; // ignored: JSON has no BOM
    ExportResult result;
    const QByteArray bytes = exportBytes(model, options, &result);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rowsWritten, 2);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), 2);
    const QJsonObject first = array.at(0).toObject();
    QCOMPARE(first.keys().size(), 8);
    QCOMPARE(first.value(QStringLiteral("name")), QJsonValue(QStringLiteral("Workday")));
    // int64 written exactly (QJsonValue keeps integers up to 2^63 when they are integers).
    QVERIFY(bytes.contains("\"imageVersion\":9007199254740993"));
    QCOMPARE(first.value(QStringLiteral("directConnect")), QJsonValue(true));
    QCOMPARE(first.value(QStringLiteral("created")),
             QJsonValue(QStringLiteral("2024-03-01T09:30:00.250Z")));
    QCOMPARE(first.value(QStringLiteral("features")),
             QJsonValue(QJsonArray{QStringLiteral("SEARCH"), QStringLiteral("PASSWORD")}));
    QVERIFY(first.value(QStringLiteral("className")).isNull());
    QCOMPARE(first.value(QStringLiteral("ratio")), QJsonValue(0.25));
    QCOMPARE(first.value(QStringLiteral("connectorMetadata.platform")),
             QJsonValue(QJsonObject{{QStringLiteral("os"), QStringLiteral("linux")}}));
    const QJsonObject second = array.at(1).toObject();
    QVERIFY(second.value(QStringLiteral("imageVersion")).isNull());
    QCOMPARE(second.value(QStringLiteral("directConnect")), QJsonValue(false));
    QCOMPARE(second.value(QStringLiteral("created")), QJsonValue(QStringLiteral("soon")));
    QCOMPARE(second.value(QStringLiteral("features")), QJsonValue(QJsonArray()));
    QCOMPARE(second.value(QStringLiteral("ratio")), QJsonValue(-3.0));
    QVERIFY(second.value(QStringLiteral("connectorMetadata.platform")).isNull());
    // One object per line, keys in column order.
    QVERIFY(bytes.startsWith("[\n{\"name\":\"Workday\",\"imageVersion\":"));
    QCOMPARE(bytes.count('\n'), 4);

    // Only some columns, and the plain model's titles as keys.
    options.columns = {3, 0};
    const QJsonObject subset =
        QJsonDocument::fromJson(exportBytes(model, options)).array().at(0).toObject();
    QCOMPARE(subset.keys(), (QStringList{QStringLiteral("created"), QStringLiteral("name")}));
    const PlainModel plain({QStringLiteral("Name"), QStringLiteral("Name"), QString()},
                           {{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}});
    options.columns.clear();
    const QJsonObject keyed =
        QJsonDocument::fromJson(exportBytes(plain, options)).array().at(0).toObject();
    QCOMPARE(keyed.value(QStringLiteral("Name")).toString(), QStringLiteral("a"));
    QCOMPARE(keyed.value(QStringLiteral("Name_2")).toString(), QStringLiteral("b"));
    QCOMPARE(keyed.value(QStringLiteral("column3")).toString(), QStringLiteral("c"));
}

void TestTableExporter::jsonAwkwardStrings()
{
    const PlainModel model = awkwardPlainModel();
    ExportOptions options;
    options.format = ExportOptions::Format::Json;
    const QByteArray bytes = exportBytes(model, options);
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(bytes, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QJsonObject object = array.at(row).toObject();
        QCOMPARE(object.value(QStringLiteral("First")).toString(),
                 model.index(row, 0).data().toString());
        QCOMPARE(object.value(QStringLiteral("Second, with comma")).toString(),
                 model.index(row, 1).data().toString());
    }
    QVERIFY(!bytes.contains("\xE2\x80\xA8")); // U+2028 escaped, for JavaScript readers
    QVERIFY(bytes.contains("\\u2028"));
    // The formula guard is a CSV matter: JSON keeps the exact text.
    QVERIFY(bytes.contains("\"=1+2\""));
}

void TestTableExporter::jsonEmpty()
{
    const PlainModel model({QStringLiteral("a")}, {});
    ExportOptions options;
    options.format = ExportOptions::Format::Json;
    QCOMPARE(exportBytes(model, options), QByteArray("[]\n"));
}

void TestTableExporter::progressIsReported()
{
    QList<QStringList> rows;
    for (int i = 0; i < 3000; ++i)
        rows.append({QString::number(i)});
    const PlainModel model({QStringLiteral("n")}, rows);
    TableExporter exporter;
    QSignalSpy progress(&exporter, &TableExporter::progress);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(exporter.write(model, buffer).ok());
    QVERIFY(progress.count() >= 2);
    QCOMPARE(progress.first().at(0).toLongLong(), 0);
    QCOMPARE(progress.first().at(1).toLongLong(), 3000);
    QCOMPARE(progress.last().at(0).toLongLong(), 3000);
    QCOMPARE(progress.last().at(1).toLongLong(), 3000);
    qint64 previous = -1;
    for (const QList<QVariant> &p : std::as_const(progress)) {
        QVERIFY(p.at(0).toLongLong() > previous);
        previous = p.at(0).toLongLong();
    }
}

void TestTableExporter::cancelLeavesNoFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<QStringList> rows;
    for (int i = 0; i < 500; ++i)
        rows.append({QString::number(i)});
    const PlainModel model({QStringLiteral("n")}, rows);
    TableExporter exporter;
    connect(&exporter, &TableExporter::progress, &exporter, &TableExporter::cancel);
    const QString fileName = dir.filePath(QStringLiteral("out.csv"));
    const ExportResult result = exporter.writeFile(model, fileName);
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok());
    QVERIFY(result.error.isEmpty());
    QVERIFY(!QFile::exists(fileName));
    QCOMPARE(fileNamesIn(dir.path()), QStringList()); // no temporary file left either
}

void TestTableExporter::cancelKeepsAnExistingFile()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("out.csv"));
    {
        QFile existing(fileName);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous export\n");
    }
    const PlainModel model({QStringLiteral("n")}, {{QStringLiteral("1")}});
    TableExporter exporter;
    connect(&exporter, &TableExporter::progress, &exporter, &TableExporter::cancel);
    QVERIFY(exporter.writeFile(model, fileName).cancelled);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("previous export\n"));
    QCOMPARE(fileNamesIn(dir.path()), QStringList{QStringLiteral("out.csv")});
}

void TestTableExporter::unwritablePath_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("missing folder") << "no/such/folder/out.csv";
    QTest::newRow("folder is a file") << "file.txt/out.csv";
    QTest::newRow("name is a folder") << "folder";
}

void TestTableExporter::unwritablePath()
{
    QFETCH(QString, relative);
    QTemporaryDir dir;
    {
        QFile file(dir.filePath(QStringLiteral("file.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const PlainModel model({QStringLiteral("n")}, {{QStringLiteral("1")}});
    TableExporter exporter;
    const QString fileName = dir.filePath(relative);
    const ExportResult result = exporter.writeFile(model, fileName);
    QVERIFY(!result.ok());
    QVERIFY(!result.cancelled);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(fileName)), qPrintable(result.error));
    QVERIFY(result.error.size() > QDir::toNativeSeparators(fileName).size() + 10); // and why
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("folder"))).isDir());
}

void TestTableExporter::writeFailureIsReported()
{
    QList<QStringList> rows;
    for (int i = 0; i < 20000; ++i)
        rows.append({QStringLiteral("row %1 with some text to fill the buffer").arg(i)});
    const PlainModel model({QStringLiteral("n")}, rows);
    FullDevice device(100 * 1024);
    TableExporter exporter;
    const ExportResult result = exporter.write(model, device);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QLatin1String("No space left on device")));
    QVERIFY(result.rowsWritten < 20000);
}

void TestTableExporter::badOptionsAreRefused()
{
    const PlainModel model({QStringLiteral("a"), QStringLiteral("b")},
                           {{QStringLiteral("1"), QStringLiteral("2")}});
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("out.csv"));
    struct Case
    {
        const char *name;
        std::function<void(ExportOptions &)> change;
        const char *words;
    } cases[] = {
        {"pipe", [](ExportOptions &o) { o.delimiter = u'|'; }, "separator"},
        {"column",
         [](ExportOptions &o) {
             o.columns = {0, 2};
         },
         "Column 2"},
        {"row", [](ExportOptions &o) { o.rows = QList<int>{1}; }, "Row 1"},
        {"negative row", [](ExportOptions &o) { o.rows = QList<int>{-1}; }, "Row -1"},
    };
    for (const Case &c : cases) {
        ExportOptions options;
        c.change(options);
        TableExporter exporter(options);
        const ExportResult result = exporter.writeFile(model, fileName);
        QVERIFY2(result.error.contains(QLatin1String(c.words)), c.name);
        QVERIFY(!QFile::exists(fileName));
    }
    // A device that is not open for writing.
    QBuffer closed;
    TableExporter exporter;
    QVERIFY(!exporter.write(model, closed).error.isEmpty());
}

void TestTableExporter::modelChangeDuringExportFails()
{
    TypedModel model({QStringLiteral("n")}, {{QVariant(1)}, {QVariant(2)}});
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("out.csv"));
    TableExporter exporter;
    // A page arrives while the export runs (from the progress slot, as a nested event loop
    // would deliver it).
    bool arrived = false;
    connect(&exporter, &TableExporter::progress, &exporter, [&model, &arrived] {
        if (!arrived)
            model.append({QVariant(3)});
        arrived = true;
    });
    const ExportResult result = exporter.writeFile(model, fileName);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QLatin1String("changed")));
    QVERIFY(!QFile::exists(fileName));
    // The same exporter works again once the table holds still.
    const ExportResult again = exporter.writeFile(model, fileName);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.rowsWritten, 3);
}

void TestTableExporter::fileExportCommits()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("customizers.csv"));
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Customizer> rows;
    for (int i = 0; i < 5000; ++i)
        rows.append(customizer(QStringLiteral("id-%1").arg(i),
                               QStringLiteral("Customizer %1").arg(i), i,
                               QStringLiteral("2024-03-01T09:30:00Z")));
    model.appendPage(model.beginLoad(), rows);
    ExportOptions options;
    options.byteOrderMark = true;
    TableExporter exporter(options);
    const ExportResult result = exporter.writeFile(model, fileName);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rowsWritten, 5000);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(result.bytesWritten, bytes.size());
    QList<QStringList> records;
    QString error;
    QVERIFY2(readCsv(QString::fromUtf8(bytes.mid(3)), u',', &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 5001);
    QCOMPARE(records.at(4000).at(CustomizerTableModel::NameColumn),
             QStringLiteral("Customizer 3999"));
    QCOMPARE(records.at(4000).at(CustomizerTableModel::CreatedColumn),
             QStringLiteral("2024-03-01T09:30:00.000Z"));
    QCOMPARE(fileNamesIn(dir.path()), QStringList{QStringLiteral("customizers.csv")});
}

QTEST_GUILESS_MAIN(TestTableExporter)
#include "tst_tableexporter.moc"
