// The filter grammar shared by the sandbox and the console: every operator, precedence,
// parentheses, escapes, booleans quoted or not, the per-endpoint whitelist, syntax errors
// with their column, and evaluation.
#include "base/filter.h"
#include "base/filterevaluator.h"
#include "base/filterrules.h"

#include <QtTest>

using namespace isc::filter;

class TestFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blankMeansNoFilter_data();
    void blankMeansNoFilter();
    void parses_data();
    void parses();
    void syntaxErrors_data();
    void syntaxErrors();
    void valuesAreTyped_data();
    void valuesAreTyped();
    void quotedRoundTrips_data();
    void quotedRoundTrips();
    void whitelist_data();
    void whitelist();
    void evaluates_data();
    void evaluates();
    void caseSensitivityIsAChoice();
};

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A small record set for evaluation; every field kind the evaluator knows.
FieldValue field(int record, const QString &name)
{
    struct Record
    {
        const char *name;
        const char *type;
        bool directConnect;
        double rank;
        const char *created;
        QStringList features;
        bool hasFeatures;
    };
    static const Record records[] = {
        {"Active Directory",
         "Active Directory - Direct",
         true,
         1,
         "2024-01-15T10:00:00Z",
         {QStringLiteral("PROVISIONING"), QStringLiteral("SEARCH"), QStringLiteral("PASSWORD")},
         true},
        {"Workday", "Workday", false, 5, "2023-06-01T00:00:00Z", {QStringLiteral("SEARCH")}, true},
        {"Say \"hi\" \\ bot", "Custom", true, 10, "2025-03-01T08:30:00+02:00", {}, false},
    };
    const Record &r = records[record];
    if (name == QLatin1String("name"))
        return FieldValue::fromString(s(r.name));
    if (name == QLatin1String("type"))
        return FieldValue::fromString(s(r.type));
    if (name == QLatin1String("directConnect"))
        return FieldValue::fromBool(r.directConnect);
    if (name == QLatin1String("rank"))
        return FieldValue::fromNumber(r.rank);
    if (name == QLatin1String("created"))
        return FieldValue::fromDateTime(QDateTime::fromString(s(r.created), Qt::ISODate));
    if (name == QLatin1String("features"))
        return r.hasFeatures ? FieldValue::fromList(r.features) : FieldValue::null();
    if (name == QLatin1String("connectorMetadata.platform"))
        return record == 0 ? FieldValue::fromString(s("ccg")) : FieldValue::null();
    return FieldValue::null();
}

} // namespace

void TestFilter::blankMeansNoFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << s("   ");
    QTest::newRow("tabs and newlines") << s("\t\n ");
}

void TestFilter::blankMeansNoFilter()
{
    QFETCH(QString, text);
    const ParseResult result = parse(text);
    QVERIFY(result.ok());
    QVERIFY(result.isEmpty());
    QVERIFY(!validate(text, connectorFilterRules()));
}

void TestFilter::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    // Every operator.
    QTest::newRow("eq") << s(R"(name eq "Workday")") << s(R"(name eq "Workday")");
    QTest::newRow("ne") << s(R"(name ne "Workday")") << s(R"(name ne "Workday")");
    QTest::newRow("gt") << s("rank gt 5") << s("rank gt 5");
    QTest::newRow("ge") << s("rank ge 5") << s("rank ge 5");
    QTest::newRow("lt") << s("rank lt -2.5") << s("rank lt -2.5");
    QTest::newRow("le") << s("rank le 1e3") << s("rank le 1e3");
    QTest::newRow("co") << s(R"(name co "Dir")") << s(R"(name co "Dir")");
    QTest::newRow("sw") << s(R"(name sw "Act")") << s(R"(name sw "Act")");
    QTest::newRow("in") << s(R"(type in ("Workday","LDAP" , "JDBC"))")
                        << s(R"(type in ("Workday", "LDAP", "JDBC"))");
    QTest::newRow("ca") << s(R"(features ca ("SEARCH", "PROVISIONING"))")
                        << s(R"(features ca ("SEARCH", "PROVISIONING"))");
    QTest::newRow("in with one value") << s("rank in (1)") << s("rank in (1)");
    QTest::newRow("pr") << s("pr className") << s("pr className");
    QTest::newRow("isnull") << s("className isnull") << s("className isnull");
    // Values.
    QTest::newRow("bare true") << s("directConnect eq true") << s("directConnect eq true");
    QTest::newRow("quoted true") << s(R"(directConnect eq "true")")
                                 << s(R"(directConnect eq "true")");
    QTest::newRow("date-time") << s("created gt 2024-01-01T00:00:00Z")
                               << s("created gt 2024-01-01T00:00:00Z");
    QTest::newRow("date-time with offset and millis")
        << s("created le 2024-01-01T00:00:00.123+02:00")
        << s("created le 2024-01-01T00:00:00.123+02:00");
    QTest::newRow("escapes") << s(R"(name eq "say \"hi\" \\ there")")
                             << s(R"(name eq "say \"hi\" \\ there")");
    QTest::newRow("unicode string") << s(R"(name sw "Größe")") << s(R"(name sw "Größe")");
    QTest::newRow("dotted field") << s(R"(connectorMetadata.platform eq "ccg")")
                                  << s(R"(connectorMetadata.platform eq "ccg")");
    QTest::newRow("a field called pr") << s("pr eq 1") << s("pr eq 1");
    // Composites and precedence: not > and > or.
    QTest::newRow("and chain") << s("a eq 1 and b eq 2 and c eq 3")
                               << s("a eq 1 and b eq 2 and c eq 3");
    QTest::newRow("and binds tighter than or")
        << s("a eq 1 or b eq 2 and c eq 3") << s("a eq 1 or b eq 2 and c eq 3");
    QTest::newRow("parentheses override")
        << s("(a eq 1 or b eq 2) and c eq 3") << s("(a eq 1 or b eq 2) and c eq 3");
    QTest::newRow("not binds tighter than and")
        << s("not a eq 1 and b eq 2") << s("not a eq 1 and b eq 2");
    QTest::newRow("not of a group") << s("not (a eq 1 or b eq 2)") << s("not (a eq 1 or b eq 2)");
    QTest::newRow("double not") << s("not not a eq 1") << s("not not a eq 1");
    QTest::newRow("redundant parentheses") << s("((a eq 1))") << s("a eq 1");
    QTest::newRow("nested groups") << s("(a eq 1 and (b eq 2 or c eq 3)) or not pr d")
                                   << s("a eq 1 and (b eq 2 or c eq 3) or not pr d");
    QTest::newRow("no spaces around parentheses")
        << s(R"((name sw "A")and(type eq "B"))") << s(R"(name sw "A" and type eq "B")");
    QTest::newRow("surrounding whitespace") << s("  \tname sw \"A\"  ") << s(R"(name sw "A")");
}

void TestFilter::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const ParseResult result = parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message : QString()));
    QVERIFY(result.tree);
    QCOMPARE(toString(*result.tree), canonical);
    // The canonical text parses to the same canonical text.
    const ParseResult again = parse(canonical);
    QVERIFY(again.ok());
    QCOMPARE(toString(*again.tree), canonical);
}

void TestFilter::syntaxErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing value") << s("name eq") << 8 << 0 << s("expected a value after 'eq'");
    QTest::newRow("missing value before and")
        << s("name eq and type eq \"x\"") << 9 << 3 << s("expected a value after 'eq'");
    QTest::newRow("unquoted string") << s("name eq Workday") << 9 << 7 << s("double quotes");
    QTest::newRow("single quotes") << s("name eq 'x'") << 9 << 1 << s("double quotes");
    QTest::newRow("unterminated string")
        << s("name eq \"Work") << 9 << 5 << s("unterminated string");
    QTest::newRow("unterminated after escape")
        << s("name eq \"a\\\"") << 9 << 4 << s("unterminated string");
    QTest::newRow("bad escape") << s(R"(name eq "a\nb")") << 11 << 2 << s("invalid escape");
    QTest::newRow("uppercase operator")
        << s("name EQ \"x\"") << 6 << 2 << s("unknown operator 'EQ' (operators are lowercase)");
    QTest::newRow("uppercase AND") << s("a eq 1 AND b eq 2") << 8 << 3
                                   << s("unknown operator 'AND' (operators are lowercase)");
    QTest::newRow("uppercase NOT first")
        << s("NOT a eq 1") << 1 << 3 << s("unknown operator 'NOT' (operators are lowercase)");
    QTest::newRow("unknown operator")
        << s("name equals \"x\"") << 6 << 6 << s("unknown operator 'equals'");
    QTest::newRow("missing operator")
        << s("name") << 5 << 0 << s("expected an operator after 'name'");
    QTest::newRow("missing close paren") << s("(a eq 1 or b eq 2") << 18 << 0 << s("missing ')'");
    QTest::newRow("missing close paren in list") << s("a in (1, 2") << 11 << 0 << s("missing ')'");
    QTest::newRow("stray close paren") << s("a eq 1)") << 7 << 1 << s("unexpected ')'");
    QTest::newRow("empty parentheses") << s("()") << 2 << 1 << s("expected a condition after '('");
    QTest::newRow("dangling and") << s("a eq 1 and") << 11 << 0
                                  << s("expected a condition after 'and'");
    QTest::newRow("dangling not") << s("not") << 4 << 0 << s("expected a condition after 'not'");
    QTest::newRow("two conditions without and")
        << s("a eq 1 b eq 2") << 8 << 1 << s("expected 'and' or 'or'");
    QTest::newRow("in without list") << s("a in 1") << 6 << 1 << s("expected '(' after 'in'");
    QTest::newRow("empty list") << s("a ca ()") << 7 << 1 << s("expected a value after '('");
    QTest::newRow("list without comma") << s("a in (1 2)") << 9 << 1 << s("expected ',' or ')'");
    QTest::newRow("trailing comma") << s("a in (1,)") << 9 << 1 << s("expected a value after ','");
    QTest::newRow("bad number") << s("rank eq 12abc") << 9 << 5 << s("invalid number '12abc'");
    QTest::newRow("bad date-time")
        << s("created gt 2024-13-45T99:00:00Z") << 12 << 20 << s("invalid date-time");
    QTest::newRow("null value") << s("a eq null") << 6 << 4 << s("isnull");
    QTest::newRow("pr after the field")
        << s("name pr") << 6 << 2 << s("'pr' goes before the field");
    QTest::newRow("unexpected character")
        << s("a eq 1 & b eq 2") << 8 << 1 << s("unexpected character '&'");
    QTest::newRow("value where a field belongs")
        << s("\"x\" eq name") << 1 << 3 << s("expected a condition");
    QTest::newRow("lex error after pr") << s("pr \"x") << 4 << 2 << s("unterminated string");
    QTest::newRow("column counts UTF-16 units")
        << s("name sw \"Größe\" and x") << 22 << 0 << s("expected an operator after 'x'");
}

void TestFilter::syntaxErrors()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(int, length);
    QFETCH(QString, fragment);
    const ParseResult result = parse(text);
    QVERIFY(!result.ok());
    QVERIFY(!result.tree);
    QVERIFY2(result.error->message.contains(fragment), qPrintable(result.error->message));
    QCOMPARE(result.error->column, column);
    QCOMPARE(result.error->length, length);
    // validate() reports the same syntax error, before any whitelist check.
    const std::optional<ParseError> viaValidate = validate(text, connectorFilterRules());
    QVERIFY(viaValidate);
    QCOMPARE(viaValidate->column, column);
}

void TestFilter::valuesAreTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("valueText");
    QTest::addColumn<int>("column");
    QTest::newRow("string") << s(R"(a eq "x y")") << int(Value::Type::String) << s("x y") << 6;
    QTest::newRow("integer") << s("a eq 42") << int(Value::Type::Number) << s("42") << 6;
    QTest::newRow("negative decimal")
        << s("a eq -0.5") << int(Value::Type::Number) << s("-0.5") << 6;
    QTest::newRow("true") << s("a eq true") << int(Value::Type::Boolean) << s("true") << 6;
    QTest::newRow("false") << s("a eq  false") << int(Value::Type::Boolean) << s("false") << 7;
    QTest::newRow("date") << s("a ge 2024-05-01") << int(Value::Type::DateTime) << s("2024-05-01")
                          << 6;
}

void TestFilter::valuesAreTyped()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    QFETCH(QString, valueText);
    QFETCH(int, column);
    const ParseResult result = parse(text);
    QVERIFY(result.ok());
    const Value &value = result.tree->values.first();
    QCOMPARE(int(value.type), type);
    QCOMPARE(value.text, valueText);
    QCOMPARE(value.column, column);
    if (value.type == Value::Type::Number)
        QCOMPARE(value.number, valueText.toDouble());
    if (value.type == Value::Type::DateTime)
        QVERIFY(value.dateTime.isValid());
}

void TestFilter::quotedRoundTrips_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << s("Workday");
    QTest::newRow("quote") << s("say \"hi\"");
    QTest::newRow("backslash") << s("C:\\Temp\\");
    QTest::newRow("both") << s("\\\"\\\"");
    QTest::newRow("operators inside") << s("a eq 1 and (b or c)");
    QTest::newRow("empty") << QString();
}

void TestFilter::quotedRoundTrips()
{
    QFETCH(QString, value);
    const ParseResult result = parse(QString(s("name sw ") + quoted(value)));
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message : QString()));
    QCOMPARE(result.tree->values.first().text, value);
    QCOMPARE(result.tree->values.first().type, Value::Type::String);
}

void TestFilter::whitelist_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("name sw") << s(R"(name sw "Work")") << true << 0 << QString();
    QTest::newRow("type eq") << s(R"(type eq "Workday")") << true << 0 << QString();
    QTest::newRow("directConnect eq true") << s("directConnect eq true") << true << 0 << QString();
    QTest::newRow("directConnect eq \"true\"")
        << s(R"(directConnect eq "true")") << true << 0 << QString();
    QTest::newRow("category eq") << s(R"(category eq "hr")") << true << 0 << QString();
    QTest::newRow("features ca") << s(R"(features ca ("SEARCH"))") << true << 0 << QString();
    QTest::newRow("all of them")
        << s(R"(name sw "A" and (type eq "B" or not directConnect eq false) and features ca ("X", "Y") and category eq "c")")
        << true << 0 << QString();
    QTest::newRow("unknown field") << s(R"(status eq "RELEASED")") << false << 1
                                   << s("'status' cannot be filtered here; allowed: name sw, type "
                                        "eq, directConnect eq, category eq, features ca");
    QTest::newRow("field names are case-sensitive")
        << s(R"(Name sw "A")") << false << 1 << s("'Name' cannot be filtered here");
    QTest::newRow("operator not allowed") << s(R"(name eq "Workday")") << false << 6
                                          << s("'name' cannot be filtered with 'eq' here; allowed: "
                                               "name sw");
    QTest::newRow("second condition refused")
        << s(R"(name sw "A" and scriptName eq "x")") << false << 17 << s("'scriptName'");
    QTest::newRow("inside not") << s("not pr className") << false << 8 << s("'className'");
    QTest::newRow("isnull not allowed")
        << s("features isnull") << false << 10 << s("with 'isnull'");
    QTest::newRow("boolean field with a number")
        << s("directConnect eq 1") << false << 18 << s("takes true or false, not 1");
    QTest::newRow("boolean field with another string")
        << s(R"(directConnect eq "yes")") << false << 18 << s("takes true or false");
    QTest::newRow("string field with a number")
        << s("name sw 5") << false << 9 << s("takes a string in double quotes");
    QTest::newRow("list with a bare boolean")
        << s(R"(features ca ("SEARCH", true))") << false << 24 << s("takes a string");
}

void TestFilter::whitelist()
{
    QFETCH(QString, text);
    QFETCH(bool, allowed);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    const ParseResult result = parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message : QString()));
    const std::optional<ParseError> error = checkAllowed(*result.tree, connectorFilterRules());
    QCOMPARE(!error.has_value(), allowed);
    if (!allowed) {
        QVERIFY2(error->message.contains(fragment), qPrintable(error->message));
        QCOMPARE(error->column, column);
        QVERIFY(error->length > 0);
    }
}

void TestFilter::evaluates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("matching"); // records 0, 1, 2
    QTest::newRow("eq is case-insensitive") << s(R"(name eq "WORKDAY")") << QList<int>{1};
    QTest::newRow("ne") << s(R"(name ne "workday")") << QList<int>{0, 2};
    QTest::newRow("sw") << s(R"(name sw "act")") << QList<int>{0};
    QTest::newRow("co") << s(R"(type co "direct")") << QList<int>{0};
    QTest::newRow("escaped string matches") << s(R"(name eq "say \"HI\" \\ bot")") << QList<int>{2};
    QTest::newRow("boolean bare") << s("directConnect eq true") << QList<int>{0, 2};
    QTest::newRow("boolean quoted") << s(R"(directConnect eq "false")") << QList<int>{1};
    QTest::newRow("gt number") << s("rank gt 1") << QList<int>{1, 2};
    QTest::newRow("ge number") << s("rank ge 5") << QList<int>{1, 2};
    QTest::newRow("lt number") << s("rank lt 5") << QList<int>{0};
    QTest::newRow("le number") << s("rank le 5") << QList<int>{0, 1};
    QTest::newRow("date-time after") << s("created gt 2024-01-01T00:00:00Z") << QList<int>{0, 2};
    // 08:30+02:00 is 06:30Z: before 07:00Z, which it would not be if the offset were lost.
    QTest::newRow("date-time with offset")
        << s("created lt 2025-03-01T07:00:00Z") << QList<int>{0, 1, 2};
    QTest::newRow("in") << s(R"(type in ("workday", "custom"))") << QList<int>{1, 2};
    QTest::newRow("ca all present") << s(R"(features ca ("search", "PASSWORD"))") << QList<int>{0};
    QTest::newRow("ca one") << s(R"(features ca ("SEARCH"))") << QList<int>{0, 1};
    QTest::newRow("ca on null never matches") << s(R"(features ca ("X"))") << QList<int>{};
    QTest::newRow("pr") << s("pr features") << QList<int>{0, 1};
    QTest::newRow("isnull") << s("features isnull") << QList<int>{2};
    QTest::newRow("unknown field isnull") << s("nothing isnull") << QList<int>{0, 1, 2};
    QTest::newRow("dotted field") << s(R"(connectorMetadata.platform eq "CCG")") << QList<int>{0};
    QTest::newRow("precedence: or of and")
        << s(R"(name sw "W" or directConnect eq true and rank gt 5)") << QList<int>{1, 2};
    QTest::newRow("parentheses change it")
        << s(R"((name sw "W" or directConnect eq true) and rank gt 5)") << QList<int>{2};
    QTest::newRow("not") << s("not directConnect eq true") << QList<int>{1};
    QTest::newRow("not binds tighter than and")
        << s("not directConnect eq true and rank gt 1") << QList<int>{1};
    QTest::newRow("not of a group")
        << s("not (directConnect eq true and rank gt 1)") << QList<int>{0, 1};
}

void TestFilter::evaluates()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, matching);
    const ParseResult result = parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message : QString()));
    QList<int> actual;
    for (int record = 0; record < 3; ++record) {
        if (evaluate(*result.tree, [record](const QString &name) { return field(record, name); }))
            actual.append(record);
    }
    QCOMPARE(actual, matching);
}

void TestFilter::caseSensitivityIsAChoice()
{
    const ParseResult result = parse(s(R"(name eq "workday")"));
    QVERIFY(result.ok());
    auto lookup = [](const QString &name) { return field(1, name); };
    QVERIFY(evaluate(*result.tree, lookup, Qt::CaseInsensitive));
    QVERIFY(!evaluate(*result.tree, lookup, Qt::CaseSensitive));
}

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
