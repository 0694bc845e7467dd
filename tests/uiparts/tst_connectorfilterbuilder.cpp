#include "ui/widgets/connectorfilterbuilder.h"
#include "ui/widgets/filterlineedit.h"

#include "uitest.h"

#include "base/filterrules.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace isc;

// The connectors filter builder: fields -> `filters` text, typed text -> fields, and a
// typed text that is wrong: message, column, underline, no apply.
class TestConnectorFilterBuilder : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(QWidget &widget, const char *name)
    {
        return widget.findChild<T *>(QString::fromLatin1(name));
    }

    static void tick(ConnectorFilterBuilder &builder, const QString &feature)
    {
        auto *list = child<QListWidget>(builder, "featuresList");
        const QList<QListWidgetItem *> items = list->findItems(feature, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        list->setFocus();
        list->setCurrentItem(items.first());
        QTest::keyClick(list->viewport(), Qt::Key_Space);
    }

    static void retype(QLineEdit *edit, const char *text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, QString::fromUtf8(text));
    }

private Q_SLOTS:
    void fieldsToText_data()
    {
        QTest::addColumn<ConnectorFilterFields>("fields");
        QTest::addColumn<QString>("text");
        ConnectorFilterFields f;
        QTest::newRow("empty") << f << QString();
        f.nameStartsWith = QStringLiteral("Act");
        QTest::newRow("name") << f << QStringLiteral("name sw \"Act\"");
        f.nameStartsWith = QStringLiteral("Say \"hi\" \\o/");
        QTest::newRow("quoting") << f << QStringLiteral("name sw \"Say \\\"hi\\\" \\\\o/\"");
        f = {};
        f.type = QStringLiteral("ServiceNow");
        f.category = QStringLiteral("itsm");
        f.directConnect = false;
        f.features = {QStringLiteral("PROVISIONING"), QStringLiteral("SEARCH")};
        QTest::newRow("all but name")
            << f
            << QStringLiteral("type eq \"ServiceNow\" and category eq \"itsm\" and directConnect "
                              "eq \"false\" and features ca (\"PROVISIONING\", \"SEARCH\")");
    }

    void fieldsToText()
    {
        QFETCH(ConnectorFilterFields, fields);
        QFETCH(QString, text);
        QCOMPARE(fields.toFilter(), text);
        // What the builder writes, it reads back, and the connectors endpoint accepts it.
        const std::optional<ConnectorFilterFields> back = ConnectorFilterFields::fromFilter(text);
        QVERIFY(back.has_value());
        QVERIFY(*back == fields);
        QVERIFY(!filter::validate(text, filter::connectorFilterRules()).has_value());
    }

    void textToFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("representable");
        QTest::newRow("bare boolean") << QStringLiteral("directConnect eq true") << true;
        QTest::newRow("reordered")
            << QStringLiteral("features ca (\"SEARCH\") and name sw \"A\"") << true;
        QTest::newRow("or") << QStringLiteral("name sw \"A\" or name sw \"B\"") << false;
        QTest::newRow("not") << QStringLiteral("not type eq \"A\"") << false;
        QTest::newRow("twice") << QStringLiteral("type eq \"A\" and type eq \"B\"") << false;
        QTest::newRow("nested and") << QStringLiteral("(type eq \"A\" and name sw \"B\")") << true;
        QTest::newRow("empty value") << QStringLiteral("name sw \"\"") << false;
    }

    void textToFields()
    {
        QFETCH(QString, text);
        QFETCH(bool, representable);
        QCOMPARE(ConnectorFilterFields::fromFilter(text).has_value(), representable);
    }

    void builderWritesText()
    {
        ConnectorFilterBuilder builder;
        builder.setKnownTypes({QStringLiteral("ServiceNow"), QStringLiteral("Workday")});
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        auto *advanced = child<FilterLineEdit>(builder, "advancedEdit");
        QSignalSpy changed(&builder, &ConnectorFilterBuilder::filtersChanged);

        QTest::keyClicks(child<QLineEdit>(builder, "nameEdit"), QStringLiteral("Act"));
        QCOMPARE(advanced->text(), QStringLiteral("name sw \"Act\""));
        QCOMPARE(builder.filters(), advanced->text());

        auto *type = child<QComboBox>(builder, "typeCombo");
        QTest::keyClicks(type->lineEdit(), QStringLiteral("Workday"));
        auto *direct = child<QComboBox>(builder, "directConnectCombo");
        direct->setFocus();
        QTest::keyClick(direct, Qt::Key_Down); // Yes
        tick(builder, QStringLiteral("SEARCH"));
        tick(builder, QStringLiteral("PROVISIONING"));
        QCOMPARE(builder.filters(),
                 QStringLiteral("name sw \"Act\" and type eq \"Workday\" and directConnect eq "
                                "\"true\" and features ca (\"PROVISIONING\", \"SEARCH\")"));
        QVERIFY(builder.isValid());
        QVERIFY(!builder.isCustom());
        QCOMPARE(changed.last().at(0).toString(), builder.filters());

        QSignalSpy apply(&builder, &ConnectorFilterBuilder::applyRequested);
        QTest::keyClick(child<QLineEdit>(builder, "nameEdit"), Qt::Key_Return);
        QCOMPARE(apply.count(), 1);
        QCOMPARE(apply.at(0).at(0).toString(), builder.filters());
    }

    void typedTextFillsFields()
    {
        ConnectorFilterBuilder builder;
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        auto *advanced = child<FilterLineEdit>(builder, "advancedEdit");
        retype(advanced,
               "type eq \"Workday\" and directConnect eq false and features ca (\"UNLOCK\", "
               "\"MY_OWN\")");
        QVERIFY(builder.isValid());
        QVERIFY(!builder.isCustom());
        QCOMPARE(child<QComboBox>(builder, "typeCombo")->currentText(), QStringLiteral("Workday"));
        QCOMPARE(child<QComboBox>(builder, "directConnectCombo")->currentIndex(), 2); // No
        const ConnectorFilterFields fields = builder.fields();
        QVERIFY(fields.features.contains(QStringLiteral("UNLOCK")));
        QVERIFY(fields.features.contains(QStringLiteral("MY_OWN"))); // an unknown one is added
        QCOMPARE(fields.features.size(), 2);
        QVERIFY(child<QLineEdit>(builder, "nameEdit")->isEnabled());
        QVERIFY(!child<QLabel>(builder, "customLabel")->isVisible());
        // The typed text is kept as typed, not rewritten.
        QVERIFY(advanced->text().contains(QStringLiteral("eq false")));

        // A field edited afterwards rewrites the text from the fields.
        QTest::keyClicks(child<QLineEdit>(builder, "nameEdit"), QStringLiteral("HR"));
        QVERIFY(
            builder.filters().startsWith(QStringLiteral("name sw \"HR\" and type eq \"Workday\"")));
    }

    void customFilter()
    {
        ConnectorFilterBuilder builder;
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        retype(child<FilterLineEdit>(builder, "advancedEdit"), "name sw \"A\" or name sw \"B\"");
        QVERIFY(builder.isValid());
        QVERIFY(builder.isCustom());
        QVERIFY(!child<QLineEdit>(builder, "nameEdit")->isEnabled());
        QVERIFY(child<QLabel>(builder, "customLabel")->isVisible());
        QSignalSpy apply(&builder, &ConnectorFilterBuilder::applyRequested);
        QTest::mouseClick(child<QPushButton>(builder, "applyButton"), Qt::LeftButton);
        QCOMPARE(apply.count(), 1);

        QTest::mouseClick(child<QPushButton>(builder, "clearButton"), Qt::LeftButton);
        QVERIFY(builder.filters().isEmpty());
        QVERIFY(!builder.isCustom());
        QVERIFY(child<QLineEdit>(builder, "nameEdit")->isEnabled());
    }

    void invalidText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::newRow("field not allowed") << QStringLiteral("status eq \"RELEASED\"") << 1;
        QTest::newRow("operator not allowed") << QStringLiteral("name eq \"A\"") << 6;
        QTest::newRow("second part") << QStringLiteral("name sw \"A\" and type co \"B\"") << 22;
        QTest::newRow("unterminated") << QStringLiteral("name sw \"Act") << 9;
        QTest::newRow("wrong value") << QStringLiteral("directConnect eq \"maybe\"") << 18;
    }

    void invalidText()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        ConnectorFilterBuilder builder;
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        QSignalSpy validity(&builder, &ConnectorFilterBuilder::validityChanged);
        QSignalSpy apply(&builder, &ConnectorFilterBuilder::applyRequested);
        auto *advanced = child<FilterLineEdit>(builder, "advancedEdit");
        retype(advanced, qPrintable(text));

        QVERIFY(!builder.isValid());
        QVERIFY(builder.error().has_value());
        QCOMPARE(builder.error()->column, column);
        QVERIFY(validity.count() >= 1);
        QCOMPARE(validity.last().at(0).toBool(), false);
        auto *error = child<QLabel>(builder, "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QString::number(column)), qPrintable(error->text()));
        QCOMPARE(error->text(), builder.errorMessage());
        QVERIFY(advanced->hasErrorSpan());
        QCOMPARE(advanced->errorColumn(), column);
        QVERIFY(!child<QPushButton>(builder, "applyButton")->isEnabled());

        QTest::keyClick(advanced, Qt::Key_Return);
        QVERIFY(!builder.apply());
        QCOMPARE(apply.count(), 0);

        // Fixing it clears the error.
        retype(advanced, "name sw \"ok\"");
        QVERIFY(builder.isValid());
        QVERIFY(!advanced->hasErrorSpan());
        QVERIFY(!error->isVisible());
        QCOMPARE(validity.last().at(0).toBool(), true);
        QTest::keyClick(advanced, Qt::Key_Return);
        QCOMPARE(apply.count(), 1);
    }

    void setFiltersAsIfTyped()
    {
        ConnectorFilterBuilder builder;
        builder.setFilters(QStringLiteral("category eq \"hr\""));
        QCOMPARE(child<QComboBox>(builder, "categoryCombo")->currentText(), QStringLiteral("hr"));
        QCOMPARE(builder.filters(), QStringLiteral("category eq \"hr\""));
    }

    void retranslates()
    {
        ConnectorFilterBuilder builder;
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        auto *advanced = child<FilterLineEdit>(builder, "advancedEdit");
        retype(advanced, "status eq \"x\"");
        const QString englishError = builder.errorMessage();
        auto *direct = child<QComboBox>(builder, "directConnectCombo");
        QCOMPARE(direct->itemText(0), QStringLiteral("Any"));
        {
            const test::ScopedPseudoTranslation translation;
            QCOMPARE(direct->itemText(0), test::PseudoTranslator::wrap(QStringLiteral("Any")));
            QCOMPARE(child<QLabel>(builder, "advancedLabel")->text().left(1),
                     QStringLiteral("\u00AB"));
            // The parser's message is made again in the new language; the column stays.
            QVERIFY(builder.errorMessage() != englishError);
            QCOMPARE(child<QLabel>(builder, "errorLabel")->text(), builder.errorMessage());
            QCOMPARE(builder.error()->column, 1);
            QCOMPARE(advanced->text(), QStringLiteral("status eq \"x\""));
        }
        QCOMPARE(builder.errorMessage(), englishError);
        QCOMPARE(direct->itemText(0), QStringLiteral("Any"));
    }
};

QTEST_MAIN(TestConnectorFilterBuilder)
#include "tst_connectorfilterbuilder.moc"
