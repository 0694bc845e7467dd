// KeyedRows against a plain reference: after random pages (keys already in the table,
// keys repeated within a page, empty keys), edits, key changes and removals, every key
// finds the row a linear search finds, and pages merge as documented.
#include "models/keyedrows.h"

#include <QRandomGenerator>
#include <QTest>

using namespace isc;

namespace {

struct Item
{
    QString key;
    int value = 0;
};

// The row a linear search finds for `key` (the first, though keys are unique), or -1.
qsizetype linearIndexOf(const QList<Item> &rows, const QString &key)
{
    if (key.isEmpty())
        return -1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).key == key)
            return i;
    }
    return -1;
}

} // namespace

class TestKeyedRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesMergeAsDocumented();
    void randomOperationsKeepTheIndexRight();
};

void TestKeyedRows::pagesMergeAsDocumented()
{
    KeyedRows<Item> rows(&Item::key);
    QList<Item> page{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}, {QString(), 3}};
    QVERIFY(rows.takeUpdates(page).isEmpty());
    rows.appendRows(std::move(page));
    QCOMPARE(rows.size(), 3);

    // "b" is in the table: an update of row 1. "c" twice in the page: one new row, at the
    // first position, with the later value. An empty key is always a new row.
    page = {{QStringLiteral("c"), 4},
            {QStringLiteral("b"), 5},
            {QString(), 6},
            {QStringLiteral("c"), 7},
            {QStringLiteral("d"), 8}};
    const auto updates = rows.takeUpdates(page);
    QCOMPARE(updates.size(), 1);
    QCOMPARE(updates.first().first, 1);
    QCOMPARE(updates.first().second.value, 5);
    QCOMPARE(page.size(), 3);
    QCOMPARE(page.at(0).key, QStringLiteral("c"));
    QCOMPARE(page.at(0).value, 7);
    QCOMPARE(page.at(1).key, QString());
    QCOMPARE(page.at(2).key, QStringLiteral("d"));
    rows.appendRows(std::move(page));
    QCOMPARE(rows.indexOf(QStringLiteral("c")), 3);
    QCOMPARE(rows.indexOf(QStringLiteral("d")), 5);
    QCOMPARE(rows.indexOf(QString()), -1);

    // A page whose rows never get appended leaves no trace.
    page = {{QStringLiteral("e"), 9}};
    QVERIFY(rows.takeUpdates(page).isEmpty());
    page = {{QStringLiteral("f"), 10}};
    QVERIFY(rows.takeUpdates(page).isEmpty());
    rows.appendRows(std::move(page));
    QCOMPARE(rows.indexOf(QStringLiteral("e")), -1);
    QCOMPARE(rows.indexOf(QStringLiteral("f")), 6);
}

void TestKeyedRows::randomOperationsKeepTheIndexRight()
{
    QRandomGenerator random(17);
    KeyedRows<Item> rows(&Item::key);
    QList<Item> reference;
    auto randomKey = [&random] {
        return random.bounded(20) == 0 ? QString()
                                       : QStringLiteral("key-%1").arg(random.bounded(3000));
    };
    int next = 0;
    for (int step = 0; step < 3000; ++step) {
        const int what = random.bounded(10);
        if (what < 5) {
            QList<Item> page;
            const int size = 1 + random.bounded(60);
            for (int i = 0; i < size; ++i)
                page.append({randomKey(), ++next});
            // The reference merge: existing keys are replaced in place; a key repeated in
            // the page takes the first position with the last value.
            QList<Item> added;
            for (const Item &item : std::as_const(page)) {
                const qsizetype existing = linearIndexOf(reference, item.key);
                const qsizetype inPage = linearIndexOf(added, item.key);
                if (existing >= 0)
                    reference[existing] = item;
                else if (inPage >= 0)
                    added[inPage] = item;
                else
                    added.append(item);
            }
            reference.append(added);
            auto updates = rows.takeUpdates(page);
            rows.appendRows(std::move(page));
            for (auto &[row, item] : updates)
                rows.replace(row, std::move(item));
        } else if (what < 7 && !reference.isEmpty()) {
            const qsizetype row = random.bounded(int(reference.size()));
            reference.removeAt(row);
            rows.removeAt(row);
        } else if (what < 8 && !reference.isEmpty()) {
            // A new key for a row (one not in the table).
            const qsizetype row = random.bounded(int(reference.size()));
            const Item item{QStringLiteral("renamed-%1").arg(++next), next};
            reference[row] = item;
            rows.replace(row, item);
        } else {
            const QString key = QStringLiteral("single-%1").arg(++next);
            reference.append({key, next});
            rows.append({key, next});
        }
        QCOMPARE(rows.size(), reference.size());
        for (int probe = 0; probe < 20; ++probe) {
            const QString key = random.bounded(2) == 0 && !reference.isEmpty()
                ? reference.at(random.bounded(int(reference.size()))).key
                : randomKey();
            QCOMPARE(rows.indexOf(key), linearIndexOf(reference, key));
        }
    }
    for (qsizetype i = 0; i < reference.size(); ++i) {
        QCOMPARE(rows.at(i).key, reference.at(i).key);
        QCOMPARE(rows.at(i).value, reference.at(i).value);
        if (!reference.at(i).key.isEmpty())
            QCOMPARE(rows.indexOf(reference.at(i).key), i);
    }
}

QTEST_GUILESS_MAIN(TestKeyedRows)
#include "tst_keyedrows.moc"
