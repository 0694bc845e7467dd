#include "models/columnfilter.h"
#include "models/textfold.h"

#include <QCollator>
#include <QDateTime>
#include <QJsonValue>
#include <QLocale>
#include <QTest>

#include <ctime>

using namespace isc;

Q_DECLARE_METATYPE(ColumnFilter::Operator)

class TestColumnFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void parse_data();
    void parse();
    void matches_data();
    void matches();
    void invalidRegularExpression();
    void userShortDateFormat();
    void syntaxHelpNamesEveryOperator();

private:
    QByteArray m_savedTz;
    bool m_hadTz = false;
    QLocale m_savedLocale;
};

void TestColumnFilter::initTestCase()
{
    // Dates without an offset are local time: pin the zone so the expectations hold anywhere.
    m_hadTz = qEnvironmentVariableIsSet("TZ");
    m_savedTz = qgetenv("TZ");
    qputenv("TZ", "UTC");
    tzset();
    m_savedLocale = QLocale();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestColumnFilter::cleanupTestCase()
{
    if (m_hadTz)
        qputenv("TZ", m_savedTz);
    else
        qunsetenv("TZ");
    tzset();
    QLocale::setDefault(m_savedLocale);
}

void TestColumnFilter::parse_data()
{
    using Op = ColumnFilter::Operator;
    QTest::addColumn<QString>("expression");
    QTest::addColumn<Op>("op");
    QTest::addColumn<QString>("operand");

    QTest::newRow("empty") << "" << Op::None << "";
    QTest::newRow("spaces") << "   " << Op::None << "";
    QTest::newRow("text") << "abc" << Op::Contains << "abc";
    QTest::newRow("text trimmed") << "  a b  " << Op::Contains << "a b";
    QTest::newRow("quoted text keeps an operator") << "\"=abc \"" << Op::Contains << "=abc ";
    QTest::newRow("empty quotes") << "\"\"" << Op::None << "";
    QTest::newRow("=") << "=abc" << Op::Equal << "abc";
    QTest::newRow("= spaced") << "=  abc " << Op::Equal << "abc";
    QTest::newRow("= quoted") << "=\" a \"" << Op::Equal << " a ";
    QTest::newRow("<>") << "<>abc" << Op::NotEqual << "abc";
    QTest::newRow("!=") << "!=abc" << Op::NotEqual << "abc";
    QTest::newRow("<") << "<5" << Op::Less << "5";
    QTest::newRow(">") << ">5" << Op::Greater << "5";
    QTest::newRow("<=") << "<=5" << Op::LessOrEqual << "5";
    QTest::newRow(">=") << ">= 5" << Op::GreaterOrEqual << "5";
    QTest::newRow("= alone is empty") << "=" << Op::Empty << "";
    QTest::newRow("= empty quotes is empty") << "=\"\"" << Op::Empty << "";
    QTest::newRow("<> alone is not empty") << "<>" << Op::NotEmpty << "";
    QTest::newRow("!= alone is not empty") << " != " << Op::NotEmpty << "";
    QTest::newRow("< alone is still being typed") << "<" << Op::None << "";
    QTest::newRow(">= alone is still being typed") << ">=" << Op::None << "";
    QTest::newRow("regex") << "/ab+c/" << Op::RegularExpression << "ab+c";
    QTest::newRow("slash alone") << "/" << Op::Contains << "/";
    QTest::newRow("unclosed regex is text") << "/abc" << Op::Contains << "/abc";
}

void TestColumnFilter::parse()
{
    QFETCH(QString, expression);
    QFETCH(ColumnFilter::Operator, op);
    QFETCH(QString, operand);
    const ColumnFilter filter(expression);
    QCOMPARE(filter.expression(), expression);
    QCOMPARE(filter.op(), op);
    QCOMPARE(filter.operand(), operand);
    QCOMPARE(filter.isActive(), op != ColumnFilter::Operator::None);
    QVERIFY(filter.error().isEmpty());
}

void TestColumnFilter::matches_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QVariant>("raw");
    QTest::addColumn<QString>("text"); // what the cell shows
    QTest::addColumn<bool>("expected");

    const QVariant workday(QStringLiteral("Workday"));
    const QString workdayText = QStringLiteral("Workday");
    // Text.
    QTest::newRow("contains") << "work" << workday << workdayText << true;
    QTest::newRow("contains, any case") << "WORKD" << workday << workdayText << true;
    QTest::newRow("contains, no") << "xyz" << workday << workdayText << false;
    QTest::newRow("contains, non-Latin")
        << "ÉPÉE" << QVariant(QStringLiteral("épée")) << QStringLiteral("Une épée") << true;
    QTest::newRow("contains, Greek") << "ΣΊΣΥΦ" << QVariant() << QStringLiteral("σίσυφος") << true;
    QTest::newRow("contains, emoji") << "🚀" << QVariant() << QStringLiteral("go 🚀 now") << true;
    QTest::newRow("contains, shown text")
        << "mar" << QVariant() << QStringLiteral("1 Mar 2024") << true;
    QTest::newRow("= text") << "=workday" << workday << workdayText << true;
    QTest::newRow("= text, part") << "=work" << workday << workdayText << false;
    QTest::newRow("<> text") << "<>WORKDAY" << workday << workdayText << false;
    QTest::newRow("<> other text") << "<>AD" << workday << workdayText << true;
    QTest::newRow("< text") << "<x" << workday << workdayText << true;
    QTest::newRow("< text, equal") << "<workday" << workday << workdayText << false;
    QTest::newRow("<= text, equal") << "<=WORKDAY" << workday << workdayText << true;
    QTest::newRow("> text") << ">a" << workday << workdayText << true;
    QTest::newRow(">= text") << ">=x" << workday << workdayText << false;
    QTest::newRow("> text, numbers by value")
        << ">item 9" << QVariant(QStringLiteral("Item 10")) << QStringLiteral("Item 10") << true;

    // Numbers: by value, not by text.
    const QVariant five(qlonglong(5));
    QTest::newRow("= number") << "=5" << five << "5" << true;
    QTest::newRow("= number, decimal") << "=5.0" << five << "5" << true;
    QTest::newRow("= number, other") << "=6" << five << "5" << false;
    QTest::newRow("<> number") << "<>5" << five << "5" << false;
    QTest::newRow("<> number, other") << "<>6" << five << "5" << true;
    QTest::newRow("> number") << ">4" << five << "5" << true;
    QTest::newRow("> number, equal") << ">5" << five << "5" << false;
    QTest::newRow(">= number") << ">=5" << five << "5" << true;
    QTest::newRow("< number by value") << "<10" << QVariant(qlonglong(9)) << "9" << true;
    QTest::newRow("> number by value") << ">10" << QVariant(qlonglong(9)) << "9" << false;
    QTest::newRow("<= number") << "<=4.5" << five << "5" << false;
    QTest::newRow("= not a number") << "=abc" << five << "5" << false;
    QTest::newRow("> not a number") << ">abc" << five << "5" << false;
    QTest::newRow("<> not a number") << "<>abc" << five << "5" << true;
    QTest::newRow("double") << ">1.25" << QVariant(1.5) << "1.5" << true;

    // Dates: a date stands for its whole day (local time; the test runs in UTC).
    const QVariant march1(QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC));
    const QString shown = QStringLiteral("3/1/24 9:30 AM");
    QTest::newRow("= day") << "=2024-03-01" << march1 << shown << true;
    QTest::newRow("= other day") << "=2024-03-02" << march1 << shown << false;
    QTest::newRow("<> day") << "<>2024-03-01" << march1 << shown << false;
    QTest::newRow("< day") << "<2024-03-01" << march1 << shown << false;
    QTest::newRow("<= day") << "<=2024-03-01" << march1 << shown << true;
    QTest::newRow("> day") << ">2024-03-01" << march1 << shown << false;
    QTest::newRow("> day before") << ">2024-02-29" << march1 << shown << true;
    QTest::newRow(">= day") << ">=2024-03-01" << march1 << shown << true;
    QTest::newRow("< next day") << "<2024-03-02" << march1 << shown << true;
    QTest::newRow("= month") << "=2024-03" << march1 << shown << true;
    QTest::newRow("= year") << "=2024" << march1 << shown << true;
    QTest::newRow("< year") << "<2025" << march1 << shown << true;
    QTest::newRow("= minute") << "=2024-03-01T09:30" << march1 << shown << true;
    QTest::newRow("= other minute") << "=2024-03-01 09:31" << march1 << shown << false;
    QTest::newRow("> second, UTC") << ">2024-03-01T09:29:59Z" << march1 << shown << true;
    QTest::newRow("= with offset") << "=2024-03-01T10:30+01:00" << march1 << shown << true;
    QTest::newRow("= not a date") << "=soon" << march1 << shown << false;
    QTest::newRow("<> not a date") << "<>soon" << march1 << shown << true;
    QTest::newRow("unparseable date text")
        << "=last tuesday" << QVariant(QStringLiteral("last Tuesday"))
        << QStringLiteral("last Tuesday") << true;

    // Booleans.
    QTest::newRow("= yes") << "=yes" << QVariant(true) << "Yes" << true;
    QTest::newRow("= true") << "=TRUE" << QVariant(true) << "Yes" << true;
    QTest::newRow("= 1") << "=1" << QVariant(true) << "Yes" << true;
    QTest::newRow("= no, true") << "=no" << QVariant(true) << "Yes" << false;
    QTest::newRow("= no, false") << "=no" << QVariant(false) << "No" << true;
    QTest::newRow("<> yes, false") << "<>yes" << QVariant(false) << "No" << true;
    QTest::newRow("= maybe") << "=maybe" << QVariant(true) << "Yes" << false;

    // Lists: = and <> look at the items.
    const QVariant features(QStringList{QStringLiteral("PROVISIONING"), QStringLiteral("SEARCH")});
    const QString featuresText = QStringLiteral("PROVISIONING, SEARCH");
    QTest::newRow("= item") << "=search" << features << featuresText << true;
    QTest::newRow("= part of an item") << "=sea" << features << featuresText << false;
    QTest::newRow("<> item") << "<>SEARCH" << features << featuresText << false;
    QTest::newRow("<> other item") << "<>PASSWORD" << features << featuresText << true;
    QTest::newRow("contains in a list") << "sea" << features << featuresText << true;

    // Empty and not empty.
    QTest::newRow("= absent") << "=" << QVariant() << "—" << true;
    QTest::newRow("= empty text") << "=" << QVariant(QString()) << "" << true;
    QTest::newRow("= empty list") << "=" << QVariant(QStringList()) << "" << true;
    QTest::newRow("= empty JSON") << "=" << QVariant(QJsonValue(QJsonValue::Null)) << "" << true;
    QTest::newRow("= text") << "=" << workday << workdayText << false;
    QTest::newRow("= false is a value") << "=" << QVariant(false) << "No" << false;
    QTest::newRow("= 0 is a value") << "=" << QVariant(qlonglong(0)) << "0" << false;
    QTest::newRow("<> absent") << "<>" << QVariant() << "—" << false;
    QTest::newRow("<> text") << "<>" << workday << workdayText << true;
    QTest::newRow("> absent") << ">3" << QVariant() << "—" << false;
    QTest::newRow("= x, absent") << "=3" << QVariant() << "—" << false;
    QTest::newRow("<> x, absent") << "<>3" << QVariant() << "—" << true;
    QTest::newRow("< x, empty text") << "<x" << QVariant(QString()) << "" << false;

    // Regular expressions, on the shown text, case-insensitive by default.
    QTest::newRow("regex") << "/^work/" << workday << workdayText << true;
    QTest::newRow("regex end") << "/DAY$/" << workday << workdayText << true;
    QTest::newRow("regex no") << "/^day/" << workday << workdayText << false;
    QTest::newRow("regex case-sensitive") << "/(?-i)^work/" << workday << workdayText << false;
    QTest::newRow("regex alternatives") << "/^(ad|workday)$/" << workday << workdayText << true;
    QTest::newRow("no filter") << "" << workday << workdayText << true;
}

void TestColumnFilter::matches()
{
    QFETCH(QString, expression);
    QFETCH(QVariant, raw);
    QFETCH(QString, text);
    QFETCH(bool, expected);
    const ColumnFilter filter(expression);
    QVERIFY2(filter.error().isEmpty(), qPrintable(filter.error()));
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    QCOMPARE(filter.matches(raw, text, foldedUtf8(text), collator), expected);
}

void TestColumnFilter::invalidRegularExpression()
{
    const ColumnFilter filter(QStringLiteral("/a(b/"));
    QCOMPARE(filter.op(), ColumnFilter::Operator::RegularExpression);
    QVERIFY(filter.isActive());
    QVERIFY(filter.error().contains(QLatin1String("regular expression")));
    QCollator collator;
    // Matches nothing, not even what the broken pattern's text would.
    for (const QString &text : {QStringLiteral("a(b"), QStringLiteral("ab"), QString()})
        QVERIFY(!filter.matches(text, text, foldedUtf8(text), collator));
}

void TestColumnFilter::userShortDateFormat()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // dd.MM.yy
    const QVariant march1(QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC));
    QCollator collator;
    QVERIFY(ColumnFilter(QStringLiteral("=01.03.24")).matches(march1, {}, {}, collator));
    QVERIFY(!ColumnFilter(QStringLiteral("=02.03.24")).matches(march1, {}, {}, collator));
    QVERIFY(ColumnFilter(QStringLiteral("<02.03.24")).matches(march1, {}, {}, collator));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestColumnFilter::syntaxHelpNamesEveryOperator()
{
    const QString help = ColumnFilter::syntaxHelp();
    for (const char *op : {"=x", "<>x", "!=x", "<x", ">x", "<=x", ">=x", "/regex/", "\"text\""})
        QVERIFY2(help.contains(QLatin1String(op)), op);
}

QTEST_GUILESS_MAIN(TestColumnFilter)
#include "tst_columnfilter.moc"
