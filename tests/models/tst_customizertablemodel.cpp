#include "models/customizertablemodel.h"
#include "models/modelroles.h"

#include "base/jsondecode.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace isc;

namespace {

Customizer customizer(const QString &id, const QString &name,
                      std::optional<qint64> version = std::nullopt,
                      const QString &created = QStringLiteral("2024-03-01T09:30:00.250Z"))
{
    Customizer c;
    c.id = id;
    c.name = name;
    c.imageVersion = version;
    if (version)
        c.imageId = QStringLiteral("image-") + id;
    c.tenantId = QStringLiteral("tenant-1");
    if (!created.isEmpty())
        c.created = json::parseTimestamp(created);
    return c;
}

QList<Customizer> page(int first, int count)
{
    QList<Customizer> rows;
    for (int i = first; i < first + count; ++i)
        rows.append(customizer(QStringLiteral("id-%1").arg(i),
                               QStringLiteral("Customizer %1").arg(i),
                               i % 3 == 0 ? std::nullopt : std::optional<qint64>(i)));
    return rows;
}

QString emDash()
{
    return QString(QChar(0x2014));
}

} // namespace

class TestCustomizerTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void headers_data();
    void headers();
    void values_data();
    void values();
    void absentValues();
    void unparseableCreatedShowsRawText();
    void datesFollowTheLocaleAtCallTime();
    void numbersAreRightAligned();
    void rowRoles();
    void pagesInsertRowsWithoutReset();
    void stalePagesAreIgnored();
    void repeatedIdsUpdateTheirRow();
    void upsertChangesOneRow();
    void upsertAppendsUnknownId();
    void removeRemovesOneRow();
    void rowOfStaysCorrectThroughEdits();
    void usageChangesOnlyAffectedCells();
    void clearUsageShowsUnknownAgain();
    void retranslateAnnouncesEverything();
    void clearEmptiesAndDropsPagesInFlight();

private:
    QLocale m_savedLocale;
};

void TestCustomizerTableModel::initTestCase()
{
    m_savedLocale = QLocale();
    init(); // the _data() functions run before init()
}

void TestCustomizerTableModel::cleanupTestCase()
{
    QLocale::setDefault(m_savedLocale);
}

void TestCustomizerTableModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCustomizerTableModel::headers_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("field");
    QTest::newRow("name") << int(CustomizerTableModel::NameColumn) << "Name"
                          << "name";
    QTest::newRow("id") << int(CustomizerTableModel::IdColumn) << "ID"
                        << "id";
    QTest::newRow("version") << int(CustomizerTableModel::ImageVersionColumn) << "Version"
                             << "imageVersion";
    QTest::newRow("image") << int(CustomizerTableModel::ImageIdColumn) << "Image ID"
                           << "imageID";
    QTest::newRow("tenant") << int(CustomizerTableModel::TenantIdColumn) << "Tenant ID"
                            << "tenantID";
    QTest::newRow("created") << int(CustomizerTableModel::CreatedColumn) << "Created"
                             << "created";
    QTest::newRow("used by") << int(CustomizerTableModel::UsedByColumn) << "Used By"
                             << "usedBy";
}

void TestCustomizerTableModel::headers()
{
    QFETCH(int, column);
    QFETCH(QString, title);
    QFETCH(QString, field);
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.columnCount(), int(CustomizerTableModel::ColumnCount));
    QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), title);
    QCOMPARE(model.headerData(column, Qt::Horizontal, FieldNameRole).toString(), field);
    QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
}

void TestCustomizerTableModel::values_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("raw");

    const QDateTime created(QDate(2024, 3, 1), QTime(9, 30, 0, 250), Qt::UTC);
    QTest::newRow("name") << int(CustomizerTableModel::NameColumn) << "Épée \"prod\""
                          << QVariant(QStringLiteral("Épée \"prod\""));
    QTest::newRow("id") << int(CustomizerTableModel::IdColumn) << "c-1"
                        << QVariant(QStringLiteral("c-1"));
    QTest::newRow("version") << int(CustomizerTableModel::ImageVersionColumn) << "12"
                             << QVariant(qlonglong(12));
    QTest::newRow("image") << int(CustomizerTableModel::ImageIdColumn) << "image-c-1"
                           << QVariant(QStringLiteral("image-c-1"));
    QTest::newRow("tenant") << int(CustomizerTableModel::TenantIdColumn) << "tenant-1"
                            << QVariant(QStringLiteral("tenant-1"));
    QTest::newRow("created") << int(CustomizerTableModel::CreatedColumn)
                             << QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)
                             << QVariant(created);
}

void TestCustomizerTableModel::values()
{
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, raw);
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(
        model.appendPage(model.beginLoad(),
                         {customizer(QStringLiteral("c-1"), QStringLiteral("Épée \"prod\""), 12)}));
    const QModelIndex index = model.index(0, column);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
    QCOMPARE(model.displayText(0, column), display); // what the quick filter reads
    QCOMPARE(index.data(RawValueRole).metaType(), raw.metaType());
    QCOMPARE(index.data(RawValueRole), raw);
    QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(index.data(FieldNameRole), model.headerData(column, Qt::Horizontal, FieldNameRole));
}

void TestCustomizerTableModel::absentValues()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Customizer c = customizer(QStringLiteral("c-1"), QStringLiteral("new"), std::nullopt, {});
    c.tenantId.clear();
    model.appendPage(model.beginLoad(), {c});
    for (int column : {CustomizerTableModel::ImageVersionColumn,
                       CustomizerTableModel::ImageIdColumn, CustomizerTableModel::TenantIdColumn,
                       CustomizerTableModel::CreatedColumn, CustomizerTableModel::UsedByColumn}) {
        const QModelIndex index = model.index(0, column);
        QCOMPARE(index.data().toString(), emDash());
        QCOMPARE(model.displayText(0, column), emDash());
        QVERIFY2(!index.data(RawValueRole).isValid(), qPrintable(QString::number(column)));
        // The tooltip says why, rather than repeating the dash.
        const QString why = index.data(Qt::ToolTipRole).toString();
        QVERIFY(why.size() > 10);
    }
    QVERIFY(model.index(0, CustomizerTableModel::ImageVersionColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("uploaded")));
}

void TestCustomizerTableModel::unparseableCreatedShowsRawText()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendPage(model.beginLoad(),
                     {customizer(QStringLiteral("c-1"), QStringLiteral("x"), 1,
                                 QStringLiteral("last Tuesday"))});
    const QModelIndex index = model.index(0, CustomizerTableModel::CreatedColumn);
    QCOMPARE(index.data().toString(), QStringLiteral("last Tuesday"));
    QCOMPARE(index.data(RawValueRole), QVariant(QStringLiteral("last Tuesday")));
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("last Tuesday")));
}

void TestCustomizerTableModel::datesFollowTheLocaleAtCallTime()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Go's time.String() shape, as in the spec's examples.
    model.appendPage(model.beginLoad(),
                     {customizer(QStringLiteral("c-1"), QStringLiteral("x"), 1,
                                 QStringLiteral("2009-11-10 23:00:00 +0000 UTC"))});
    const QDateTime utc(QDate(2009, 11, 10), QTime(23, 0), Qt::UTC);
    const QModelIndex index = model.index(0, CustomizerTableModel::CreatedColumn);
    for (const QLocale &locale : {QLocale(QLocale::German, QLocale::Germany),
                                  QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::Japanese, QLocale::Japan)}) {
        QLocale::setDefault(locale);
        QCOMPARE(index.data().toString(), locale.toString(utc.toLocalTime(), QLocale::ShortFormat));
    }
    QCOMPARE(index.data(RawValueRole).toDateTime(), utc);
}

void TestCustomizerTableModel::numbersAreRightAligned()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendPage(model.beginLoad(), page(0, 2));
    const int right = int(Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.index(1, CustomizerTableModel::ImageVersionColumn)
                 .data(Qt::TextAlignmentRole)
                 .toInt(),
             right);
    QCOMPARE(model
                 .headerData(CustomizerTableModel::ImageVersionColumn, Qt::Horizontal,
                             Qt::TextAlignmentRole)
                 .toInt(),
             right);
    QVERIFY(
        !model.index(1, CustomizerTableModel::NameColumn).data(Qt::TextAlignmentRole).isValid());
}

void TestCustomizerTableModel::rowRoles()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<Customizer> rows = page(0, 3);
    model.appendPage(model.beginLoad(), rows);
    for (int column = 0; column < model.columnCount(); ++column) {
        const QModelIndex index = model.index(2, column);
        QCOMPARE(index.data(RowValueRole).value<Customizer>(), rows.at(2));
        QCOMPARE(index.data(RowJsonRole).toJsonObject(), json::toJson(rows.at(2)));
        QCOMPARE(index.data(RowKeyRole).toString(), rows.at(2).id);
    }
    QCOMPARE(model.customizer(1), rows.at(1));
    QCOMPARE(model.customizers(), rows);
}

void TestCustomizerTableModel::pagesInsertRowsWithoutReset()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    const quint64 generation = model.beginLoad();
    QCOMPARE(resets.count(), 0); // nothing to reset yet
    model.reserve(750);
    for (int p = 0; p < 3; ++p)
        QVERIFY(model.appendPage(generation, page(p * 250, 250)));
    QCOMPARE(model.rowCount(), 750);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 0);
    QCOMPARE(inserts.count(), 3); // one per page, not one per row
    QCOMPARE(inserts.at(1).at(1).toInt(), 250);
    QCOMPARE(inserts.at(1).at(2).toInt(), 499);
    QVERIFY(model.appendPage(generation, {})); // an empty last page
    QCOMPARE(inserts.count(), 3);
    QCOMPARE(model.rowOf(QStringLiteral("id-612")), 612);
}

void TestCustomizerTableModel::stalePagesAreIgnored()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const quint64 first = model.beginLoad();
    QVERIFY(model.appendPage(first, page(0, 10)));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const quint64 second = model.beginLoad(); // a refresh while the first load still runs
    QVERIFY(second != first);
    QCOMPARE(model.generation(), second);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(!model.appendPage(first, page(10, 10))); // a late page of the first load
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(inserts.count(), 0);
    QVERIFY(model.appendPage(second, page(100, 5)));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.customizer(0).id, QStringLiteral("id-100"));
}

void TestCustomizerTableModel::repeatedIdsUpdateTheirRow()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const quint64 generation = model.beginLoad();
    model.appendPage(generation, page(0, 4)); // id-0..id-3
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    // Offset paging shifted: the next page repeats id-2 (renamed meanwhile), and repeats
    // id-5 within itself (the later value wins).
    QList<Customizer> next = page(4, 3); // id-4..id-6
    next.prepend(customizer(QStringLiteral("id-2"), QStringLiteral("renamed"), 2));
    next.append(customizer(QStringLiteral("id-5"), QStringLiteral("five, again"), 5));
    QVERIFY(model.appendPage(generation, next));
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(inserts.count(), 1);
    QCOMPARE(inserts.at(0).at(1).toInt(), 4);
    QCOMPARE(inserts.at(0).at(2).toInt(), 6);
    QCOMPARE(model.customizer(2).name, QStringLiteral("renamed"));
    QCOMPARE(model.customizer(5).name, QStringLiteral("five, again"));
    QCOMPARE(model.customizer(6).id, QStringLiteral("id-6"));
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changes.at(0).at(1).toModelIndex().row(), 2);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.customizer(row).id), row);
}

void TestCustomizerTableModel::upsertChangesOneRow()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendPage(model.beginLoad(), page(0, 20));
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    Customizer renamed = model.customizer(7);
    renamed.name = QStringLiteral("Renamed");
    renamed.imageVersion = 99;
    QCOMPARE(model.upsert(renamed), 7);
    QCOMPARE(changes.count(), 1);
    const QModelIndex topLeft = changes.at(0).at(0).toModelIndex();
    const QModelIndex bottomRight = changes.at(0).at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 7);
    QCOMPARE(bottomRight.row(), 7);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), CustomizerTableModel::ColumnCount - 1);
    QCOMPARE(inserts.count(), 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.index(7, CustomizerTableModel::NameColumn).data().toString(),
             QStringLiteral("Renamed"));
    QCOMPARE(model.index(7, CustomizerTableModel::ImageVersionColumn).data().toString(),
             QStringLiteral("99"));
    // The same value again changes nothing.
    QCOMPARE(model.upsert(renamed), 7);
    QCOMPARE(changes.count(), 1);
}

void TestCustomizerTableModel::upsertAppendsUnknownId()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendPage(model.beginLoad(), page(0, 3));
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.upsert(customizer(QStringLiteral("new"), QStringLiteral("Created now"))), 3);
    QCOMPARE(inserts.count(), 1);
    QCOMPARE(inserts.at(0).at(1).toInt(), 3);
    QCOMPARE(model.rowOf(QStringLiteral("new")), 3);
}

void TestCustomizerTableModel::removeRemovesOneRow()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendPage(model.beginLoad(), page(0, 10));
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.remove(QStringLiteral("id-4")));
    QCOMPARE(removals.count(), 1);
    QCOMPARE(removals.at(0).at(1).toInt(), 4);
    QCOMPARE(removals.at(0).at(2).toInt(), 4);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.rowOf(QStringLiteral("id-4")), -1);
    QCOMPARE(model.rowOf(QStringLiteral("id-5")), 4);
    QCOMPARE(model.rowOf(QStringLiteral("id-9")), 8);
    QVERIFY(!model.remove(QStringLiteral("id-4")));
    QCOMPARE(removals.count(), 1);
}

void TestCustomizerTableModel::rowOfStaysCorrectThroughEdits()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const quint64 generation = model.beginLoad();
    model.appendPage(generation, page(0, 200));
    QRandomGenerator random(42); // reproducible
    int next = 200;
    for (int step = 0; step < 300; ++step) {
        const int action = random.bounded(4);
        if (action == 0 && model.rowCount() > 0) {
            model.remove(model.customizer(random.bounded(model.rowCount())).id);
        } else if (action == 1) {
            model.upsert(customizer(QStringLiteral("id-%1").arg(next), QStringLiteral("n")));
            ++next;
        } else if (action == 2) {
            model.appendPage(generation, page(next, 3));
            next += 3;
        } else if (model.rowCount() > 0) {
            Customizer c = model.customizer(random.bounded(model.rowCount()));
            c.name += QLatin1Char('!');
            model.upsert(c);
        }
        // Every id is found where it is, and a removed one is not found.
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(model.customizer(row).id), row);
    }
    QCOMPARE(model.rowOf(QStringLiteral("no such id")), -1);
}

void TestCustomizerTableModel::usageChangesOnlyAffectedCells()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendPage(model.beginLoad(), page(0, 10));
    const QModelIndex usedBy3 = model.index(3, CustomizerTableModel::UsedByColumn);
    QCOMPARE(usedBy3.data().toString(), emDash()); // not known before the instances load
    QVERIFY(usedBy3.data(Qt::ToolTipRole).toString().contains(QLatin1String("not been loaded")));

    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QHash<QString, QStringList> usage;
    usage.insert(QStringLiteral("id-3"), {QStringLiteral("Workday prod"), QStringLiteral("AD")});
    usage.insert(QStringLiteral("id-7"), {QStringLiteral("LDAP")});
    model.setUsage(usage);
    // First knowledge: the whole column changes (em dash -> names or empty), in one signal.
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex(),
             model.index(0, CustomizerTableModel::UsedByColumn));
    QCOMPARE(changes.at(0).at(1).toModelIndex(),
             model.index(9, CustomizerTableModel::UsedByColumn));
    QCOMPARE(usedBy3.data().toString(), QStringLiteral("AD, Workday prod")); // sorted
    QCOMPARE(usedBy3.data(RawValueRole).toStringList(),
             (QStringList{QStringLiteral("AD"), QStringLiteral("Workday prod")}));
    const QModelIndex usedBy0 = model.index(0, CustomizerTableModel::UsedByColumn);
    QCOMPARE(usedBy0.data().toString(), QString());
    QCOMPARE(usedBy0.data(RawValueRole).toStringList(), QStringList());
    QVERIFY(usedBy0.data(Qt::ToolTipRole).toString().contains(QLatin1String("No source")));

    // One instance is linked to id-7 too: exactly that cell changes.
    changes.clear();
    usage[QStringLiteral("id-7")].append(QStringLiteral("Okta"));
    model.setUsage(usage);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex(),
             model.index(7, CustomizerTableModel::UsedByColumn));
    QCOMPARE(changes.at(0).at(1).toModelIndex(),
             model.index(7, CustomizerTableModel::UsedByColumn));
    // Two separate cells change: two signals, nothing else.
    changes.clear();
    usage.remove(QStringLiteral("id-3"));
    usage.insert(QStringLiteral("id-9"), {QStringLiteral("HR")});
    model.setUsage(usage);
    QCOMPARE(changes.count(), 2);
    QCOMPARE(changes.at(0).at(0).toModelIndex().row(), 3);
    QCOMPARE(changes.at(1).at(0).toModelIndex().row(), 9);
    // The same usage again: nothing.
    changes.clear();
    model.setUsage(usage);
    QCOMPARE(changes.count(), 0);
    QVERIFY(model.isUsageKnown());
}

void TestCustomizerTableModel::clearUsageShowsUnknownAgain()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendPage(model.beginLoad(), page(0, 3));
    model.setUsage({{QStringLiteral("id-1"), {QStringLiteral("AD")}}});
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.clearUsage();
    QCOMPARE(changes.count(), 1);
    QVERIFY(!model.isUsageKnown());
    QCOMPARE(model.index(1, CustomizerTableModel::UsedByColumn).data().toString(), emDash());
    QVERIFY(!model.index(1, CustomizerTableModel::UsedByColumn).data(RawValueRole).isValid());
}

void TestCustomizerTableModel::retranslateAnnouncesEverything()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendPage(model.beginLoad(), page(0, 5));
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.at(0).at(1).toInt(), 0);
    QCOMPARE(headers.at(0).at(2).toInt(), CustomizerTableModel::ColumnCount - 1);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changes.at(0).at(1).toModelIndex(),
             model.index(4, CustomizerTableModel::ColumnCount - 1));
}

void TestCustomizerTableModel::clearEmptiesAndDropsPagesInFlight()
{
    CustomizerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const quint64 generation = model.beginLoad();
    model.appendPage(generation, page(0, 5));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("id-1")), -1);
    QVERIFY(!model.appendPage(generation, page(5, 5)));
    QCOMPARE(model.rowCount(), 0);
    model.clear(); // already empty: no reset
    QCOMPARE(resets.count(), 1);
}

QTEST_GUILESS_MAIN(TestCustomizerTableModel)
#include "tst_customizertablemodel.moc"
