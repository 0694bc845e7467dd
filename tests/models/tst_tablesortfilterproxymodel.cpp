#include "testmodels.h"

#include "models/customizertablemodel.h"
#include "models/modelroles.h"
#include "models/tablesortfilterproxymodel.h"

#include "base/jsondecode.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace isc;
using isc::test::PlainModel;

namespace {

Customizer customizer(const QString &id, const QString &name,
                      std::optional<qint64> version = std::nullopt, const QString &created = {})
{
    Customizer c;
    c.id = id;
    c.name = name;
    c.imageVersion = version;
    c.tenantId = QStringLiteral("t");
    if (!created.isEmpty())
        c.created = json::parseTimestamp(created);
    return c;
}

// The proxy's rows, as the values of one role of one column.
QStringList columnOf(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

QStringList idsOf(const QAbstractItemModel &model)
{
    return columnOf(model, 0, RowKeyRole);
}

QCollator nameCollator()
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

// What the proxy should show: the source's rows that `accept` takes, stable-sorted by name.
QStringList expectedIdsByName(const CustomizerTableModel &source,
                              const std::function<bool(int)> &accept, Qt::SortOrder order)
{
    QList<int> rows;
    for (int row = 0; row < source.rowCount(); ++row) {
        if (accept(row))
            rows.append(row);
    }
    const QCollator collator = nameCollator();
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int c = collator.compare(source.customizer(a).name, source.customizer(b).name);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QStringList ids;
    for (int row : rows)
        ids.append(source.customizer(row).id);
    return ids;
}

// Whether the proxy shows exactly the rows `accept` takes, ordered by name (rows with equal
// names may come in any order: sorting after an edit or an insertion is not stable).
bool showsSortedByName(const QAbstractItemModel &proxy, const CustomizerTableModel &source,
                       const std::function<bool(int)> &accept, Qt::SortOrder order)
{
    QStringList expected = expectedIdsByName(source, accept, order);
    QStringList actual = idsOf(proxy);
    const QCollator collator = nameCollator();
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const int c = collator.compare(proxy.index(row - 1, 0).data().toString(),
                                       proxy.index(row, 0).data().toString());
        if (order == Qt::AscendingOrder ? c > 0 : c < 0) {
            qWarning() << "out of order at" << row;
            return false;
        }
    }
    expected.sort();
    actual.sort();
    if (expected != actual)
        qWarning() << "rows differ:" << actual << "instead of" << expected;
    return expected == actual;
}

QString shownRow(const QAbstractItemModel &model, int row)
{
    QString text;
    for (int column = 0; column < model.columnCount(); ++column)
        text += model.index(row, column).data().toString() + QLatin1Char('\n');
    return text;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

} // namespace

class TestTableSortFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void sortsTextCaseInsensitivelyWithNumbers();
    void sortsNumbersByValue();
    void sortsDatesByTime();
    void sortIsStableForEqualKeys();
    void sortFollowsTheLocale();
    void sortKeepsUpWithPagesEditsAndRemovals();
    void quickFilterSearchesShownText();
    void quickFilterColumns();
    void columnFilters_data();
    void columnFilters();
    void invalidRegularExpressionIsReported();
    void filtersCombine();
    void filterAndSortThroughLoadsAndEdits();
    void largeTableRefiltersInOneLayoutChange();
    void plainModelSortsAndFiltersByText();
    void largeTableSortsOnSeveralThreads();
    void searchTextsSurviveManyEdits();

private:
    QLocale m_savedLocale;
    QByteArray m_savedTz;
    bool m_hadTz = false;
};

void TestTableSortFilterProxyModel::initTestCase()
{
    m_savedLocale = QLocale();
    m_hadTz = qEnvironmentVariableIsSet("TZ");
    m_savedTz = qgetenv("TZ");
    qputenv("TZ", "UTC");
    tzset();
    init();
}

void TestTableSortFilterProxyModel::cleanupTestCase()
{
    QLocale::setDefault(m_savedLocale);
    if (m_hadTz)
        qputenv("TZ", m_savedTz);
    else
        qunsetenv("TZ");
    tzset();
}

void TestTableSortFilterProxyModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTableSortFilterProxyModel::sortsTextCaseInsensitivelyWithNumbers()
{
    CustomizerTableModel source;
    QAbstractItemModelTester sourceTester(&source, Fatal);
    TableSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    proxy.setSourceModel(&source);
    const QStringList names = {QStringLiteral("banana"),    QStringLiteral("Item 10"),
                               QStringLiteral("Apple"),     QStringLiteral("cherry"),
                               QStringLiteral("Item 9"),    QStringLiteral("Éclair"),
                               QStringLiteral("apple pie"), QStringLiteral("APPLE TART")};
    QList<Customizer> rows;
    for (int i = 0; i < names.size(); ++i)
        rows.append(customizer(QStringLiteral("id-%1").arg(i), names.at(i)));
    source.appendPage(source.beginLoad(), rows);

    proxy.sort(CustomizerTableModel::NameColumn, Qt::AscendingOrder);
    const QStringList ascending = {QStringLiteral("Apple"),      QStringLiteral("apple pie"),
                                   QStringLiteral("APPLE TART"), QStringLiteral("banana"),
                                   QStringLiteral("cherry"),     QStringLiteral("Éclair"),
                                   QStringLiteral("Item 9"),     QStringLiteral("Item 10")};
    QCOMPARE(columnOf(proxy, CustomizerTableModel::NameColumn), ascending);
    proxy.sort(CustomizerTableModel::NameColumn, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(columnOf(proxy, CustomizerTableModel::NameColumn), descending);
    QCOMPARE(proxy.sortRole(), int(RawValueRole));
}

void TestTableSortFilterProxyModel::sortsNumbersByValue()
{
    CustomizerTableModel source;
    QAbstractItemModelTester sourceTester(&source, Fatal);
    TableSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    proxy.setSourceModel(&source);
    source.appendPage(source.beginLoad(),
                      {customizer(QStringLiteral("a"), QStringLiteral("a"), 10),
                       customizer(QStringLiteral("b"), QStringLiteral("b"), 9),
                       customizer(QStringLiteral("c"), QStringLiteral("c"), 100),
                       customizer(QStringLiteral("d"), QStringLiteral("d")),
                       customizer(QStringLiteral("e"), QStringLiteral("e"), 2)});
    proxy.sort(CustomizerTableModel::ImageVersionColumn, Qt::AscendingOrder);
    // Absent first, then by value (as text, "100" < "2" < "9").
    QCOMPARE(idsOf(proxy), (strings({"d", "e", "b", "a", "c"})));
    proxy.sort(CustomizerTableModel::ImageVersionColumn, Qt::DescendingOrder);
    QCOMPARE(idsOf(proxy), (strings({"c", "a", "b", "e", "d"})));
}

void TestTableSortFilterProxyModel::sortsDatesByTime()
{
    CustomizerTableModel source;
    QAbstractItemModelTester sourceTester(&source, Fatal);
    TableSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    proxy.setSourceModel(&source);
    source.appendPage(
        source.beginLoad(),
        {customizer(QStringLiteral("march-9:30"), QStringLiteral("x"), 1,
                    QStringLiteral("2024-03-01T09:30:00Z")),
         customizer(QStringLiteral("go-2009"), QStringLiteral("x"), 1,
                    QStringLiteral("2009-11-10 23:00:00 +0000 UTC")),
         customizer(QStringLiteral("march-10:30"), QStringLiteral("x"), 1,
                    QStringLiteral("2024-03-01T08:30:00-02:00")),
         customizer(QStringLiteral("garbage"), QStringLiteral("x"), 1, QStringLiteral("soon")),
         customizer(QStringLiteral("none"), QStringLiteral("x"), 1),
         customizer(QStringLiteral("2023"), QStringLiteral("x"), 1,
                    QStringLiteral("2023-12-31T23:59:59.999Z"))});
    proxy.sort(CustomizerTableModel::CreatedColumn);
    // Absent, then times in order (not as text: "2024-03-01T08:30-02:00" is later than
    // 09:30Z), then text that is no date.
    QCOMPARE(idsOf(proxy),
             (strings({"none", "go-2009", "2023", "march-9:30", "march-10:30", "garbage"})));
}

void TestTableSortFilterProxyModel::sortIsStableForEqualKeys()
{
    CustomizerTableModel source;
    QAbstractItemModelTester sourceTester(&source, Fatal);
    TableSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    proxy.setSourceModel(&source);
    source.appendPage(source.beginLoad(),
                      {customizer(QStringLiteral("1"), QStringLiteral("same")),
                       customizer(QStringLiteral("2"), QStringLiteral("a")),
                       customizer(QStringLiteral("3"), QStringLiteral("SAME")),
                       customizer(QStringLiteral("4"), QStringLiteral("Same"))});
    proxy.sort(CustomizerTableModel::NameColumn);
    QCOMPARE(idsOf(proxy), (strings({"2", "1", "3", "4"})));
}

void TestTableSortFilterProxyModel::sortFollowsTheLocale()
{
    CustomizerTableModel source;
    QAbstractItemModelTester sourceTester(&source, Fatal);
    TableSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    proxy.setSourceModel(&source);
    source.appendPage(source.beginLoad(),
                      {customizer(QStringLiteral("z"), QStringLiteral("zebra")),
                       customizer(QStringLiteral("a"), QStringLiteral("äpple"))});
    proxy.sort(CustomizerTableModel::NameColumn);
    QCOMPARE(idsOf(proxy), (strings({"a", "z"}))); // English: ä sorts with a
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    proxy.sort(CustomizerTableModel::NameColumn);
    QCOMPARE(idsOf(proxy), (strings({"z", "a"}))); // Swedish: ä comes after z
}

void TestTableSortFilterProxyModel::sortKeepsUpWithPagesEditsAndRemovals()
{
    CustomizerTableModel source;
    QAbstractItemModelTester sourceTester(&source, Fatal);
    TableSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    proxy.setSourceModel(&source);
    proxy.sort(CustomizerTableModel::NameColumn);
    const auto all = [](int) { return true; };
    QRandomGenerator random(7);
    auto randomName = [&random]() -> QString {
        static const char *words[] = {"alpha", "Beta", "gamma", "Delta", "épsilon", "Zeta"};
        return QString::fromUtf8(words[random.bounded(6)]) + QLatin1Char(' ') +
            QString::number(random.bounded(50));
    };
    const quint64 generation = source.beginLoad();
    int next = 0;
    for (int pageNumber = 0; pageNumber < 4; ++pageNumber) {
        QList<Customizer> page;
        for (int i = 0; i < 30; ++i, ++next)
            page.append(customizer(QStringLiteral("id-%1").arg(next), randomName()));
        source.appendPage(generation, page);
        QVERIFY(showsSortedByName(proxy, source, all, Qt::AscendingOrder));
    }
    // Sorting again ranks every key; the edits below then mix ranked and unranked rows.
    proxy.sort(CustomizerTableModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(showsSortedByName(proxy, source, all, Qt::DescendingOrder));
    proxy.sort(CustomizerTableModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(showsSortedByName(proxy, source, all, Qt::AscendingOrder));
    for (int step = 0; step < 40; ++step) {
        Customizer c = source.customizer(random.bounded(source.rowCount()));
        if (step % 3 == 0) {
            source.remove(c.id);
        } else {
            c.name = randomName();
            source.upsert(c);
        }
        QVERIFY(showsSortedByName(proxy, source, all, Qt::AscendingOrder));
    }
    proxy.sort(CustomizerTableModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(showsSortedByName(proxy, source, all, Qt::DescendingOrder));
}

void TestTableSortFilterProxyModel::quickFilterSearchesShownText()
{
    CustomizerTableModel source;
    QAbstractItemModelTester sourceTester(&source, Fatal);
    TableSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    proxy.setSourceModel(&source);
    source.appendPage(source.beginLoad(),
                      {customizer(QStringLiteral("id-apple"), QStringLiteral("Apple"), 3,
                                  QStringLiteral("2024-03-01T09:30:00Z")),
                       customizer(QStringLiteral("id-pear"), QStringLiteral("Pear"), 12,
                                  QStringLiteral("2023-07-04T12:00:00Z")),
                       customizer(QStringLiteral("id-fig"), QStringLiteral("Fig ÉLAN"),
                                  std::nullopt, QStringLiteral("2024-01-05T00:00:00Z"))});
    source.setUsage({{QStringLiteral("id-pear"), {QStringLiteral("Workday")}}});
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setQuickFilter(QStringLiteral("APP"));
    QCOMPARE(idsOf(proxy), strings({"id-apple"}));
    proxy.setQuickFilter(QStringLiteral("  élan ")); // case-insensitive beyond ASCII, trimmed
    QCOMPARE(idsOf(proxy), strings({"id-fig"}));
    proxy.setQuickFilter(QStringLiteral("workday")); // the "used by" column
    QCOMPARE(idsOf(proxy), strings({"id-pear"}));
    // Dates as shown (en_US short format), not as the server sent them.
    proxy.setQuickFilter(QStringLiteral("7/4/23"));
    QCOMPARE(idsOf(proxy), strings({"id-pear"}));
    proxy.setQuickFilter(QStringLiteral("2023-07"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setQuickFilter(QStringLiteral("id-"));
    QCOMPARE(proxy.rowCount(), 3);
    // An edit that makes a row match shows it; one that stops matching hides it.
    proxy.setQuickFilter(QStringLiteral("melon"));
    QCOMPARE(proxy.rowCount(), 0);
    Customizer pear = source.customizer(1);
    pear.name = QStringLiteral("Melon");
    source.upsert(pear);
    QCOMPARE(idsOf(proxy), strings({"id-pear"}));
    proxy.setQuickFilter(QString());
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.quickFilter(), QString());
}

void TestTableSortFilterProxyModel::quickFilterColumns()
{
    CustomizerTableModel source;
    QAbstractItemModelTester sourceTester(&source, Fatal);
    TableSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    proxy.setSourceModel(&source);
    source.appendPage(source.beginLoad(),
                      {customizer(QStringLiteral("abc"), QStringLiteral("first")),
                       customizer(QStringLiteral("xyz"), QStringLiteral("has abc inside"))});
    proxy.setQuickFilter(QStringLiteral("abc"));
    QCOMPARE(proxy.rowCount(), 2);
    // The view hides the ID column: the quick filter then searches the visible ones only.
    proxy.setQuickFilterColumns(
        {CustomizerTableModel::NameColumn, CustomizerTableModel::CreatedColumn});
    QCOMPARE(idsOf(proxy), strings({"xyz"}));
    QCOMPARE(proxy.quickFilterColumns(),
             (QList<int>{CustomizerTableModel::NameColumn, CustomizerTableModel::CreatedColumn}));
    proxy.setQuickFilterColumns({});
    QCOMPARE(proxy.rowCount(), 2);
}

void TestTableSortFilterProxyModel::columnFilters_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QStringList>("ids");

    const int name = CustomizerTableModel::NameColumn;
    const int version = CustomizerTableModel::ImageVersionColumn;
    const int created = CustomizerTableModel::CreatedColumn;
    const int usedBy = CustomizerTableModel::UsedByColumn;
    QTest::newRow("no filter") << name << "" << strings({"a", "b", "c", "d", "e"});
    QTest::newRow("contains") << name << "CUSTOM" << strings({"a", "c"});
    QTest::newRow("quoted contains") << name << "\"  \"" << strings({"d"});
    QTest::newRow("= text") << name << "=trim names" << strings({"b"});
    QTest::newRow("<> text") << name << "<>Trim Names" << strings({"a", "c", "d", "e"});
    QTest::newRow("< text") << name << "<custom 3" << strings({"a"});
    QTest::newRow("> text") << name << ">custom 3" << strings({"b", "c", "d"});
    QTest::newRow("regex") << name << "/^custom \\d+$/" << strings({"a", "c"});
    QTest::newRow("empty") << name << "=" << strings({"e"});
    QTest::newRow("not empty") << name << "<>" << strings({"a", "b", "c", "d"});
    QTest::newRow("= number") << version << "=10" << strings({"c"});
    QTest::newRow("> number") << version << ">9" << strings({"c"});
    QTest::newRow(">= number") << version << ">=9" << strings({"a", "c"});
    QTest::newRow("< number") << version << "<10" << strings({"a", "b"});
    QTest::newRow("<= number") << version << "<=10" << strings({"a", "b", "c"});
    QTest::newRow("<> number") << version << "<>9" << strings({"b", "c", "d", "e"});
    QTest::newRow("number empty") << version << "=" << strings({"d", "e"});
    QTest::newRow("number contains") << version << "1" << strings({"b", "c"});
    QTest::newRow("= date") << created << "=2024-03-01" << strings({"a"});
    // d's `created` is text that is no date: it compares as text ("tomorrow" > "2024...").
    QTest::newRow("> date") << created << ">2024-01-01" << strings({"a", "b", "d"});
    QTest::newRow(">= date") << created << ">=2024-02-01" << strings({"a", "b", "d"});
    QTest::newRow("<= date") << created << "<=2024-02-01" << strings({"b", "c"});
    QTest::newRow("< date") << created << "<2024" << strings({"c"});
    QTest::newRow("date empty") << created << "=" << strings({"e"});
    QTest::newRow("date text") << created << "=tomorrow" << strings({"d"});
    QTest::newRow("= list item") << usedBy << "=ad" << strings({"a", "c"});
    QTest::newRow("<> list item") << usedBy << "<>AD" << strings({"b", "d", "e"});
    QTest::newRow("list contains") << usedBy << "prod" << strings({"c"});
    QTest::newRow("list empty") << usedBy << "=" << strings({"b", "d", "e"});
}

void TestTableSortFilterProxyModel::columnFilters()
{
    QFETCH(int, column);
    QFETCH(QString, expression);
    QFETCH(QStringList, ids);
    CustomizerTableModel source;
    QAbstractItemModelTester sourceTester(&source, Fatal);
    TableSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    proxy.setSourceModel(&source);
    source.appendPage(source.beginLoad(),
                      {customizer(QStringLiteral("a"), QStringLiteral("custom 2"), 9,
                                  QStringLiteral("2024-03-01T09:30:00Z")),
                       customizer(QStringLiteral("b"), QStringLiteral("Trim names"), 1,
                                  QStringLiteral("2024-02-01T00:00:00Z")),
                       customizer(QStringLiteral("c"), QStringLiteral("Custom 10"), 10,
                                  QStringLiteral("2023-06-30T23:00:00Z")),
                       customizer(QStringLiteral("d"), QStringLiteral("two  spaces"), std::nullopt,
                                  QStringLiteral("tomorrow")),
                       customizer(QStringLiteral("e"), QString())});
    source.setUsage({{QStringLiteral("a"), {QStringLiteral("AD")}},
                     {QStringLiteral("c"), {QStringLiteral("AD"), QStringLiteral("HR prod")}}});
    QSignalSpy errors(&proxy, &TableSortFilterProxyModel::filterErrorChanged);
    proxy.setColumnFilter(column, expression);
    QCOMPARE(proxy.columnFilter(column), expression);
    QCOMPARE(idsOf(proxy), ids);
    QCOMPARE(errors.count(), 0);
    QVERIFY(proxy.filterError(column).isEmpty());
    // Removing the filter shows everything again.
    proxy.setColumnFilter(column, QString());
    QCOMPARE(proxy.rowCount(), 5);
}

void TestTableSortFilterProxyModel::invalidRegularExpressionIsReported()
{
    CustomizerTableModel source;
    QAbstractItemModelTester sourceTester(&source, Fatal);
    TableSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    proxy.setSourceModel(&source);
    source.appendPage(source.beginLoad(),
                      {customizer(QStringLiteral("a"), QStringLiteral("x(y")),
                       customizer(QStringLiteral("b"), QStringLiteral("z"))});
    QSignalSpy errors(&proxy, &TableSortFilterProxyModel::filterErrorChanged);
    proxy.setColumnFilter(CustomizerTableModel::NameColumn, QStringLiteral("/x(y/"));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).toInt(), int(CustomizerTableModel::NameColumn));
    const QString error = errors.at(0).at(1).toString();
    QVERIFY(error.contains(QLatin1String("regular expression")));
    QCOMPARE(proxy.filterError(CustomizerTableModel::NameColumn), error);
    QVERIFY(proxy.hasFilterErrors());
    QCOMPARE(proxy.rowCount(), 0); // visibly nothing, with the reason above; no crash
    // Fixing the expression clears the error.
    proxy.setColumnFilter(CustomizerTableModel::NameColumn, QStringLiteral("/x\\(y/"));
    QCOMPARE(errors.count(), 2);
    QVERIFY(errors.at(1).at(1).toString().isEmpty());
    QVERIFY(!proxy.hasFilterErrors());
    QCOMPARE(idsOf(proxy), strings({"a"}));
    // Clearing all filters clears an error too.
    proxy.setColumnFilter(CustomizerTableModel::IdColumn, QStringLiteral("/[/"));
    QCOMPARE(errors.count(), 3);
    proxy.clearColumnFilters();
    QCOMPARE(errors.count(), 4);
    QCOMPARE(errors.at(3).at(0).toInt(), int(CustomizerTableModel::IdColumn));
    QVERIFY(errors.at(3).at(1).toString().isEmpty());
    QCOMPARE(proxy.rowCount(), 2);
    QVERIFY(proxy.columnFilter(CustomizerTableModel::NameColumn).isEmpty());
}

void TestTableSortFilterProxyModel::filtersCombine()
{
    CustomizerTableModel source;
    QAbstractItemModelTester sourceTester(&source, Fatal);
    TableSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    proxy.setSourceModel(&source);
    QList<Customizer> rows;
    for (int i = 0; i < 20; ++i)
        rows.append(
            customizer(QStringLiteral("id-%1").arg(i),
                       (i % 2 ? QStringLiteral("odd %1") : QStringLiteral("even %1")).arg(i), i));
    source.appendPage(source.beginLoad(), rows);
    proxy.sort(CustomizerTableModel::ImageVersionColumn, Qt::DescendingOrder);
    proxy.setQuickFilter(QStringLiteral("odd"));
    proxy.setColumnFilter(CustomizerTableModel::ImageVersionColumn, QStringLiteral(">=11"));
    proxy.setColumnFilter(CustomizerTableModel::NameColumn, QStringLiteral("<>odd 15"));
    QCOMPARE(idsOf(proxy), (strings({"id-19", "id-17", "id-13", "id-11"})));
}

void TestTableSortFilterProxyModel::filterAndSortThroughLoadsAndEdits()
{
    CustomizerTableModel source;
    QAbstractItemModelTester sourceTester(&source, Fatal);
    TableSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    proxy.setSourceModel(&source);
    proxy.sort(CustomizerTableModel::NameColumn);
    proxy.setQuickFilter(QStringLiteral("a"));
    proxy.setColumnFilter(CustomizerTableModel::ImageVersionColumn, QStringLiteral(">2"));
    const auto accept = [&source](int row) {
        const Customizer &c = source.customizer(row);
        return shownRow(source, row).contains(QLatin1Char('a'), Qt::CaseInsensitive) &&
            c.imageVersion && *c.imageVersion > 2;
    };
    QRandomGenerator random(11);
    auto randomCustomizer = [&random](int id) {
        static const char *words[] = {"Alpha", "beta", "GAMMA", "delta", "Omega", "xi"};
        return customizer(QStringLiteral("id-%1").arg(id),
                          QString::fromLatin1(words[random.bounded(6)]) + QLatin1Char(' ') +
                              QString::number(random.bounded(9)),
                          random.bounded(3) ? std::optional<qint64>(random.bounded(6))
                                            : std::nullopt);
    };
    for (int load = 0; load < 2; ++load) {
        const quint64 generation = source.beginLoad();
        int next = 0;
        for (int page = 0; page < 5; ++page) {
            QList<Customizer> rows;
            for (int i = 0; i < 25; ++i)
                rows.append(randomCustomizer(next++));
            source.appendPage(generation, rows);
            QVERIFY(showsSortedByName(proxy, source, accept, Qt::AscendingOrder));
        }
        for (int step = 0; step < 30; ++step) {
            const int row = random.bounded(source.rowCount());
            if (step % 4 == 0)
                source.remove(source.customizer(row).id);
            else
                source.upsert(randomCustomizer(row * 1000 + step));
            QVERIFY(showsSortedByName(proxy, source, accept, Qt::AscendingOrder));
        }
    }
    source.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestTableSortFilterProxyModel::largeTableRefiltersInOneLayoutChange()
{
    CustomizerTableModel source;
    QAbstractItemModelTester sourceTester(&source, Fatal);
    TableSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    proxy.setSourceModel(&source);
    QList<Customizer> rows;
    for (int i = 0; i < 12000; ++i)
        rows.append(customizer(QStringLiteral("id-%1").arg(i),
                               QStringLiteral("name %1").arg(i % 997), i % 13));
    source.appendPage(source.beginLoad(), rows);
    proxy.sort(CustomizerTableModel::NameColumn);
    QCOMPARE(proxy.rowCount(), 12000);
    QSignalSpy removals(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    proxy.setQuickFilter(QStringLiteral("name 99"));
    const auto accept = [&source](int row) {
        return source.customizer(row).name.contains(QLatin1String("name 99"));
    };
    int matching = 0;
    for (int row = 0; row < source.rowCount(); ++row)
        matching += accept(row) ? 1 : 0;
    QCOMPARE(proxy.rowCount(), matching);
    QCOMPARE(removals.count(), 0);
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(idsOf(proxy), expectedIdsByName(source, accept, Qt::AscendingOrder));
    proxy.setQuickFilter(QString());
    QCOMPARE(proxy.rowCount(), 12000);
    QCOMPARE(idsOf(proxy),
             expectedIdsByName(
                 source, [](int) { return true; }, Qt::AscendingOrder));
}

void TestTableSortFilterProxyModel::plainModelSortsAndFiltersByText()
{
    // A model that knows nothing of RawValueRole or FieldNameRole: the proxy sorts and
    // filters it by its shown text.
    PlainModel source({QStringLiteral("A"), QStringLiteral("B")},
                      {{QStringLiteral("b"), QStringLiteral("10")},
                       {QStringLiteral("A"), QStringLiteral("9")},
                       {QStringLiteral("c"), QStringLiteral("")}});
    QAbstractItemModelTester sourceTester(&source, Fatal);
    TableSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    proxy.setSourceModel(&source);
    proxy.sort(0);
    QCOMPARE(columnOf(proxy, 0), (strings({"A", "b", "c"})));
    proxy.sort(1);
    QCOMPARE(columnOf(proxy, 0), (strings({"c", "A", "b"}))); // "9" < "10" as numbers in text
    proxy.setColumnFilter(1, QStringLiteral(">9"));
    QCOMPARE(columnOf(proxy, 0), strings({"b"}));
    proxy.setColumnFilter(1, QStringLiteral("="));
    QCOMPARE(columnOf(proxy, 0), strings({"c"}));
    proxy.setColumnFilter(1, QString());
    proxy.setQuickFilter(QStringLiteral("a"));
    QCOMPARE(columnOf(proxy, 0), strings({"A"}));
}

void TestTableSortFilterProxyModel::largeTableSortsOnSeveralThreads()
{
    // From 20 000 rows on, collation keys are built and sorted on several threads: the order
    // is still exactly the collator's, equal names in source order.
    CustomizerTableModel source;
    TableSortFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QRandomGenerator random(5);
    static const char *const words[] = {"okta", "Zürich",    "Ärger",     "zebra", "item",
                                        "Item", "ldap-sync", "São Paulo", "épée",  "Epee"};
    QList<Customizer> rows;
    for (int i = 0; i < 30000; ++i)
        rows.append(customizer(QStringLiteral("id-%1").arg(i),
                               QString::fromUtf8(words[random.bounded(int(std::size(words)))]) +
                                   QLatin1Char(' ') + QString::number(random.bounded(5000)),
                               i % 7));
    source.appendPage(source.beginLoad(), rows);
    const auto all = [](int) { return true; };
    proxy.sort(CustomizerTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(idsOf(proxy), expectedIdsByName(source, all, Qt::AscendingOrder));
    proxy.sort(CustomizerTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(idsOf(proxy), expectedIdsByName(source, all, Qt::DescendingOrder));
    // Numbers by value, on the same path.
    proxy.sort(CustomizerTableModel::ImageVersionColumn, Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row - 1, CustomizerTableModel::ImageVersionColumn)
                    .data(RawValueRole)
                    .toLongLong() <= proxy.index(row, CustomizerTableModel::ImageVersionColumn)
                                         .data(RawValueRole)
                                         .toLongLong());
}

void TestTableSortFilterProxyModel::searchTextsSurviveManyEdits()
{
    // The searchable texts live in shared blocks; thousands of edits leave most of those
    // bytes unused, and the proxy then starts the blocks afresh. The rows shown stay right
    // throughout.
    CustomizerTableModel source;
    QAbstractItemModelTester sourceTester(&source, Fatal);
    TableSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    proxy.setSourceModel(&source);
    const QString padding(120, QLatin1Char('x'));
    QRandomGenerator random(3);
    static const char *const words[] = {"alpha", "Beta", "GAMMA", "Ölmühle"};
    auto randomCustomizer = [&](int id) {
        return customizer(QStringLiteral("id-%1").arg(id),
                          QString::fromUtf8(words[random.bounded(4)]) + padding);
    };
    QList<Customizer> rows;
    for (int i = 0; i < 500; ++i)
        rows.append(randomCustomizer(i));
    source.appendPage(source.beginLoad(), rows);
    proxy.sort(CustomizerTableModel::NameColumn);
    proxy.setQuickFilter(QStringLiteral("ölm"));
    const auto accept = [&source](int row) {
        return source.customizer(row).name.startsWith(QString::fromUtf8("Ölmühle"));
    };
    QVERIFY(showsSortedByName(proxy, source, accept, Qt::AscendingOrder));
    // ~150 bytes a row: 4000 edits leave ~600 KB unused, past both limits (256 KiB, half of
    // all stored).
    for (int edit = 0; edit < 4000; ++edit) {
        source.upsert(randomCustomizer(random.bounded(500)));
        if (edit % 500 == 0)
            QVERIFY(showsSortedByName(proxy, source, accept, Qt::AscendingOrder));
    }
    QVERIFY(showsSortedByName(proxy, source, accept, Qt::AscendingOrder));
    proxy.setQuickFilter(QStringLiteral("beta"));
    QVERIFY(showsSortedByName(
        proxy, source,
        [&source](int row) {
            return source.customizer(row).name.startsWith(QLatin1String("Beta"));
        },
        Qt::AscendingOrder));
}

QTEST_GUILESS_MAIN(TestTableSortFilterProxyModel)
#include "tst_tablesortfilterproxymodel.moc"
