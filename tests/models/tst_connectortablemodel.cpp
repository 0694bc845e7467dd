#include "models/connectortablemodel.h"
#include "models/modelroles.h"

#include "base/jsondecode.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace isc;

namespace {

Connector connector(const QString &scriptName, const QString &name)
{
    Connector c;
    c.name = name;
    c.type = QStringLiteral("Web Services");
    c.scriptName = scriptName;
    c.className = QStringLiteral("sailpoint.connector.OpenConnectorAdapter");
    c.features = {QStringLiteral("PROVISIONING"), QStringLiteral("SEARCH")};
    c.hasFeatures = true;
    c.directConnect = true;
    c.status = QStringLiteral("RELEASED");
    c.connectorMetadata.insert(QStringLiteral("shortDesc"),
                               QStringLiteral("Talks to web services"));
    c.connectorMetadata.insert(QStringLiteral("platform"), QStringLiteral("ccg"));
    c.connectorMetadata.insert(QStringLiteral("supportedUI"), QStringLiteral("EXTJS"));
    return c;
}

QString emDash()
{
    return QString(QChar(0x2014));
}

} // namespace

class TestConnectorTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void headers_data();
    void headers();
    void values_data();
    void values();
    void nullValuesAreAbsent();
    void booleansAreTranslatedYesNo();
    void metadataOfOtherShapes();
    void decodedReplyLoads();
    void pagesAndRepeatedScriptNames();
    void stalePagesAreIgnored();

private:
    QLocale m_savedLocale;
};

void TestConnectorTableModel::initTestCase()
{
    m_savedLocale = QLocale();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestConnectorTableModel::cleanupTestCase()
{
    QLocale::setDefault(m_savedLocale);
}

void TestConnectorTableModel::headers_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("field");
    QTest::newRow("name") << int(ConnectorTableModel::NameColumn) << "name";
    QTest::newRow("type") << int(ConnectorTableModel::TypeColumn) << "type";
    QTest::newRow("script") << int(ConnectorTableModel::ScriptNameColumn) << "scriptName";
    QTest::newRow("class") << int(ConnectorTableModel::ClassNameColumn) << "className";
    QTest::newRow("features") << int(ConnectorTableModel::FeaturesColumn) << "features";
    QTest::newRow("direct") << int(ConnectorTableModel::DirectConnectColumn) << "directConnect";
    QTest::newRow("status") << int(ConnectorTableModel::StatusColumn) << "status";
    QTest::newRow("shortDesc") << int(ConnectorTableModel::ShortDescColumn)
                               << "connectorMetadata.shortDesc";
    QTest::newRow("platform") << int(ConnectorTableModel::PlatformColumn)
                              << "connectorMetadata.platform";
    QTest::newRow("supportedUI") << int(ConnectorTableModel::SupportedUiColumn)
                                 << "connectorMetadata.supportedUI";
}

void TestConnectorTableModel::headers()
{
    QFETCH(int, column);
    QFETCH(QString, field);
    ConnectorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.columnCount(), int(ConnectorTableModel::ColumnCount));
    QCOMPARE(model.headerData(column, Qt::Horizontal, FieldNameRole).toString(), field);
    QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

void TestConnectorTableModel::values_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("raw");
    QTest::newRow("name") << int(ConnectorTableModel::NameColumn) << "Web Services"
                          << QVariant(QStringLiteral("Web Services"));
    QTest::newRow("script") << int(ConnectorTableModel::ScriptNameColumn) << "webservices"
                            << QVariant(QStringLiteral("webservices"));
    QTest::newRow("class") << int(ConnectorTableModel::ClassNameColumn)
                           << "sailpoint.connector.OpenConnectorAdapter"
                           << QVariant(QStringLiteral("sailpoint.connector.OpenConnectorAdapter"));
    QTest::newRow("features") << int(ConnectorTableModel::FeaturesColumn) << "PROVISIONING, SEARCH"
                              << QVariant(QStringList{QStringLiteral("PROVISIONING"),
                                                      QStringLiteral("SEARCH")});
    QTest::newRow("direct") << int(ConnectorTableModel::DirectConnectColumn) << "Yes"
                            << QVariant(true);
    QTest::newRow("status") << int(ConnectorTableModel::StatusColumn) << "RELEASED"
                            << QVariant(QStringLiteral("RELEASED"));
    QTest::newRow("shortDesc") << int(ConnectorTableModel::ShortDescColumn)
                               << "Talks to web services"
                               << QVariant(QStringLiteral("Talks to web services"));
    QTest::newRow("platform") << int(ConnectorTableModel::PlatformColumn) << "ccg"
                              << QVariant(QStringLiteral("ccg"));
    QTest::newRow("supportedUI") << int(ConnectorTableModel::SupportedUiColumn) << "EXTJS"
                                 << QVariant(QStringLiteral("EXTJS"));
}

void TestConnectorTableModel::values()
{
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, raw);
    ConnectorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Connector c = connector(QStringLiteral("webservices"), QStringLiteral("Web Services"));
    QVERIFY(model.appendPage(model.beginLoad(), {c}));
    const QModelIndex index = model.index(0, column);
    QCOMPARE(index.data().toString(), display);
    QCOMPARE(index.data(RawValueRole).metaType(), raw.metaType());
    QCOMPARE(index.data(RawValueRole), raw);
    QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(index.data(RowKeyRole).toString(), QStringLiteral("webservices"));
    QCOMPARE(index.data(RowJsonRole).toJsonObject(), json::toJson(c));
    QCOMPARE(index.data(RowValueRole).value<Connector>().scriptName, c.scriptName);
}

void TestConnectorTableModel::nullValuesAreAbsent()
{
    ConnectorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Connector c = connector(QStringLiteral("x"), QStringLiteral("X"));
    c.className = QString(); // null on the wire
    c.features.clear();
    c.hasFeatures = false; // null on the wire
    c.connectorMetadata = {};
    Connector empty = connector(QStringLiteral("y"), QStringLiteral("Y"));
    empty.features.clear(); // an empty list: present, nothing in it
    model.appendPage(model.beginLoad(), {c, empty});
    for (int column : {ConnectorTableModel::ClassNameColumn, ConnectorTableModel::FeaturesColumn,
                       ConnectorTableModel::ShortDescColumn, ConnectorTableModel::PlatformColumn,
                       ConnectorTableModel::SupportedUiColumn}) {
        const QModelIndex index = model.index(0, column);
        QCOMPARE(index.data().toString(), emDash());
        QVERIFY(!index.data(RawValueRole).isValid());
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("no ")));
    }
    QVERIFY(model.index(0, ConnectorTableModel::ShortDescColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("shortDesc")));
    const QModelIndex features = model.index(1, ConnectorTableModel::FeaturesColumn);
    QCOMPARE(features.data().toString(), QString());
    QCOMPARE(features.data(RawValueRole), QVariant(QStringList()));
    QVERIFY(features.data(Qt::ToolTipRole).toString().contains(QLatin1String("no features")));
}

void TestConnectorTableModel::booleansAreTranslatedYesNo()
{
    ConnectorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Connector no = connector(QStringLiteral("n"), QStringLiteral("N"));
    no.directConnect = false;
    model.appendPage(model.beginLoad(), {connector(QStringLiteral("y"), QStringLiteral("Y")), no});
    QCOMPARE(model.index(0, ConnectorTableModel::DirectConnectColumn).data().toString(),
             TableModel::yesNo(true));
    QCOMPARE(model.index(1, ConnectorTableModel::DirectConnectColumn).data().toString(),
             TableModel::yesNo(false));
    QCOMPARE(TableModel::yesNo(true), QStringLiteral("Yes")); // untranslated in this test
    QCOMPARE(model.index(1, ConnectorTableModel::DirectConnectColumn).data(RawValueRole),
             QVariant(false));
}

void TestConnectorTableModel::metadataOfOtherShapes()
{
    ConnectorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Connector c = connector(QStringLiteral("x"), QStringLiteral("X"));
    c.connectorMetadata.insert(QStringLiteral("supportedUI"),
                               QJsonArray{QStringLiteral("EXTJS"), QStringLiteral("ANGULAR")});
    c.connectorMetadata.insert(QStringLiteral("platform"), QJsonObject{{QStringLiteral("a"), 1}});
    c.connectorMetadata.insert(QStringLiteral("shortDesc"), 42);
    model.appendPage(model.beginLoad(), {c});
    const QModelIndex ui = model.index(0, ConnectorTableModel::SupportedUiColumn);
    QCOMPARE(ui.data().toString(), QStringLiteral("EXTJS, ANGULAR"));
    QCOMPARE(ui.data(RawValueRole).toStringList(),
             (QStringList{QStringLiteral("EXTJS"), QStringLiteral("ANGULAR")}));
    const QModelIndex platform = model.index(0, ConnectorTableModel::PlatformColumn);
    QCOMPARE(platform.data().toString(), QStringLiteral("{\"a\":1}"));
    QCOMPARE(platform.data(RawValueRole).toJsonValue(),
             QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}));
    const QModelIndex desc = model.index(0, ConnectorTableModel::ShortDescColumn);
    QCOMPARE(desc.data(RawValueRole), QVariant(qlonglong(42)));
    QCOMPARE(desc.data().toString(), QStringLiteral("42"));
}

void TestConnectorTableModel::decodedReplyLoads()
{
    // What the service hands over: the decoder's output for a real reply shape.
    const QByteArray body = R"([
        {"name": "Active Directory", "type": "Active Directory - Direct",
         "scriptName": "active-directory", "className": null, "features": null,
         "directConnect": true, "status": "RELEASED",
         "connectorMetadata": {"supportedUI": "ANGULAR", "platform": "ccg"}},
        {"name": "Workday", "type": "Workday", "scriptName": "workday",
         "className": "sailpoint.connector.WorkdayConnector",
         "features": ["PROVISIONING", "SEARCH"], "status": "RELEASED"}
    ])";
    const auto decoded = json::decodeConnectors(body);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    ConnectorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.appendPage(model.beginLoad(), decoded.value));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("workday")), 1);
    QCOMPARE(model.index(0, ConnectorTableModel::ClassNameColumn).data().toString(), emDash());
    QCOMPARE(model.index(1, ConnectorTableModel::DirectConnectColumn).data().toString(),
             QStringLiteral("No"));
    QCOMPARE(model.index(0, ConnectorTableModel::SupportedUiColumn).data().toString(),
             QStringLiteral("ANGULAR"));
    QCOMPARE(model.index(1, ConnectorTableModel::ShortDescColumn).data().toString(), emDash());
}

void TestConnectorTableModel::pagesAndRepeatedScriptNames()
{
    ConnectorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const quint64 generation = model.beginLoad();
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.appendPage(generation,
                     {connector(QStringLiteral("a"), QStringLiteral("A")),
                      connector(QStringLiteral("b"), QStringLiteral("B"))});
    model.appendPage(generation,
                     {connector(QStringLiteral("b"), QStringLiteral("B2")),
                      connector(QStringLiteral("c"), QStringLiteral("C"))});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserts.count(), 2);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(model.connector(1).name, QStringLiteral("B2"));
    QCOMPARE(model.connectors().size(), 3);
    QCOMPARE(model.rowOf(QStringLiteral("c")), 2);
}

void TestConnectorTableModel::stalePagesAreIgnored()
{
    ConnectorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const quint64 old = model.beginLoad();
    model.appendPage(old, {connector(QStringLiteral("a"), QStringLiteral("A"))});
    const quint64 current = model.beginLoad();
    QVERIFY(!model.appendPage(old, {connector(QStringLiteral("z"), QStringLiteral("Z"))}));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.appendPage(current, {connector(QStringLiteral("b"), QStringLiteral("B"))}));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestConnectorTableModel)
#include "tst_connectortablemodel.moc"
