// TableFormatter: aligned columns from any model's header and display text.
#include "cli/tableformatter.h"

#include <QAbstractTableModel>
#include <QtTest>

using isc::cli::TableFormatter;

namespace {

// A fixed table: titles, rows of display text, and the columns that are right-aligned.
class FixedModel final : public QAbstractTableModel
{
public:
    FixedModel(QStringList titles, QList<QStringList> rows, QList<int> rightAligned = {})
        : m_titles(std::move(titles))
        , m_rows(std::move(rows))
        , m_right(std::move(rightAligned))
    { }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_titles.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        return m_rows.at(index.row()).at(index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return {};
        if (role == Qt::TextAlignmentRole)
            return m_right.contains(section) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                             : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
        return role == Qt::DisplayRole ? QVariant(m_titles.at(section)) : QVariant();
    }

private:
    QStringList m_titles;
    QList<QStringList> m_rows;
    QList<int> m_right;
};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class TestTableFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alignsColumns();
    void rightAlignsNumbers();
    void chosenColumnsInOrder();
    void cellsStayOnOneLine();
    void emptyTableHasTitles();
    void displayWidth_data();
    void displayWidth();
    void wideCharactersKeepAlignment();
};

void TestTableFormatter::alignsColumns()
{
    FixedModel model({text("Name"), text("Type"), text("Status")},
                     {{text("Active Directory"), text("AD"), text("RELEASED")},
                      {text("Box"), text("Web Services"), text("")}});
    QCOMPARE(TableFormatter::format(model),
             text("Name              Type          Status\n"
                  "Active Directory  AD            RELEASED\n"
                  "Box               Web Services\n"));
}

void TestTableFormatter::rightAlignsNumbers()
{
    FixedModel model({text("Name"), text("Version")},
                     {{text("a"), text("7")}, {text("bb"), text("1,024")}}, {1});
    QCOMPARE(TableFormatter::format(model),
             text("Name  Version\n"
                  "a           7\n"
                  "bb      1,024\n"));
}

void TestTableFormatter::chosenColumnsInOrder()
{
    FixedModel model({text("A"), text("B"), text("C")}, {{text("1"), text("2"), text("3")}});
    QCOMPARE(TableFormatter::format(model, {2, 0}), text("C  A\n3  1\n"));
}

void TestTableFormatter::cellsStayOnOneLine()
{
    FixedModel model({text("Text"), text("X")}, {{text("two\nlines\tand\rmore"), text("x")}});
    QCOMPARE(TableFormatter::format(model),
             text("Text                X\n"
                  "two lines and more  x\n"));
}

void TestTableFormatter::emptyTableHasTitles()
{
    FixedModel model({text("Name"), text("ID")}, {});
    QCOMPARE(TableFormatter::format(model), text("Name  ID\n"));
}

void TestTableFormatter::displayWidth_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("width");
    QTest::newRow("ascii") << text("abc") << 3;
    QTest::newRow("latin accents") << text("\xc3\xa9t\xc3\xa9") << 3; // été, precomposed
    QTest::newRow("combining mark") << text("e\xcc\x81") << 1; // e + U+0301
    QTest::newRow("cjk") << text("\xe6\x97\xa5\xe6\x9c\xac") << 4; // 日本
    QTest::newRow("hangul") << text("\xed\x95\x9c") << 2; // 한
    QTest::newRow("surrogate pair") << text("\xf0\x9f\x98\x80") << 2; // 😀
    QTest::newRow("em dash") << text("\xe2\x80\x94") << 1;
}

void TestTableFormatter::displayWidth()
{
    QFETCH(QString, value);
    QFETCH(int, width);
    QCOMPARE(TableFormatter::displayWidth(value), width);
}

void TestTableFormatter::wideCharactersKeepAlignment()
{
    FixedModel model({text("Name"), text("Id")},
                     {{text("\xe6\x97\xa5\xe6\x9c\xac"), text("1")}, {text("abcdef"), text("2")}});
    QCOMPARE(TableFormatter::format(model),
             text("Name    Id\n"
                  "\xe6\x97\xa5\xe6\x9c\xac    1\n"
                  "abcdef  2\n"));
}

QTEST_GUILESS_MAIN(TestTableFormatter)
#include "tst_tableformatter.moc"
