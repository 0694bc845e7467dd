// DetailsPane: the tree of a row's fields (nested objects and lists, Yes/No, absent values,
// long texts), its copy buttons (through the clipboard), the placeholder and retranslation.
#include "uitest.h"
#include "viewtest.h"

#include "base/jsondecode.h"
#include "ui/widgets/detailspane.h"

#include <QAction>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace isc;
using namespace isc::test;

namespace {

QJsonObject connectorRow()
{
    Connector c;
    c.name = QStringLiteral("Web Services");
    c.type = QStringLiteral("Web Services");
    c.scriptName = QStringLiteral("webservices");
    c.features = {QStringLiteral("AUTHENTICATE"), QStringLiteral("PROVISIONING")};
    c.hasFeatures = true;
    c.directConnect = true;
    c.status = QStringLiteral("RELEASED");
    c.connectorMetadata = QJsonObject{
        {QStringLiteral("supportedUI"), QStringLiteral("EXTJS")},
        {QStringLiteral("platform"), QStringLiteral("ccg")},
        {QStringLiteral("shortDesc"), QStringLiteral("Line one\nline two")},
        {QStringLiteral("sizes"), QJsonObject{{QStringLiteral("max"), 42}}},
    };
    return json::toJson(c); // className null
}

QTreeWidgetItem *child(QTreeWidgetItem *parent, const QString &field)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        if (parent->child(i)->text(0) == field)
            return parent->child(i);
    }
    return nullptr;
}

QTreeWidgetItem *topLevel(QTreeWidget *tree, const QString &field)
{
    return child(tree->invisibleRootItem(), field);
}

QPushButton *button(DetailsPane &pane, const QString &text)
{
    for (QPushButton *b : pane.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QString clipboard()
{
    return QGuiApplication::clipboard()->text();
}

} // namespace

class TestDetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholderWhenEmpty();
    void treeShowsEveryField();
    void nestedValuesAreChildren();
    void longValuesAreCutWithFullTooltip();
    void copyValue();
    void copyAsJson();
    void clearShowsThePlaceholderAgain();
    void retranslates();
};

void TestDetailsPane::placeholderWhenEmpty()
{
    DetailsPane pane;
    pane.resize(400, 300);
    pane.show();
    QVERIFY(!pane.hasRow());
    auto *stack = pane.findChild<QStackedWidget *>();
    QVERIFY(stack);
    auto *placeholder = qobject_cast<QLabel *>(stack->currentWidget());
    QVERIFY(placeholder);
    QCOMPARE(placeholder->text(), QStringLiteral("Select a row to see its details"));
    QVERIFY(!pane.tree()->isVisible());
    QVERIFY(!pane.copyValueAction()->isEnabled());
    QVERIFY(!pane.copyJsonAction()->isEnabled());
    QVERIFY(!button(pane, QStringLiteral("Copy &Value"))->isEnabled());
    QVERIFY(!button(pane, QStringLiteral("Copy as &JSON"))->isEnabled());
}

void TestDetailsPane::treeShowsEveryField()
{
    DetailsPane pane;
    pane.resize(500, 400);
    pane.show();
    const QJsonObject row = connectorRow();
    pane.setRow(row, QStringLiteral("Web Services"));
    QVERIFY(pane.hasRow());
    QVERIFY(pane.tree()->isVisible());
    QCOMPARE(pane.tree()->headerItem()->text(0), QStringLiteral("Field"));
    QCOMPARE(pane.tree()->headerItem()->text(1), QStringLiteral("Value"));
    bool titleShown = false;
    for (QLabel *label : pane.findChildren<QLabel *>())
        titleShown =
            titleShown || (label->isVisible() && label->text() == QStringLiteral("Web Services"));
    QVERIFY(titleShown);

    // Every field of the row, alphabetically.
    QTreeWidget *tree = pane.tree();
    QStringList fields;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        fields.append(tree->topLevelItem(i)->text(0));
    QCOMPARE(fields, row.keys());
    QCOMPARE(topLevel(tree, QStringLiteral("scriptName"))->text(1), QStringLiteral("webservices"));
    QCOMPARE(topLevel(tree, QStringLiteral("directConnect"))->text(1), QStringLiteral("Yes"));
    QCOMPARE(topLevel(tree, QStringLiteral("className"))->text(1), QStringLiteral("\u2014"));
    QCOMPARE(pane.title(), QStringLiteral("Web Services"));
}

void TestDetailsPane::nestedValuesAreChildren()
{
    DetailsPane pane;
    pane.setRow(connectorRow(), QStringLiteral("Web Services"));
    QTreeWidget *tree = pane.tree();
    QTreeWidgetItem *metadata = topLevel(tree, QStringLiteral("connectorMetadata"));
    QVERIFY(metadata);
    QCOMPARE(metadata->childCount(), 4);
    QCOMPARE(metadata->text(1), QStringLiteral("4 field(s)"));
    QVERIFY(metadata->isExpanded());
    QCOMPARE(child(metadata, QStringLiteral("supportedUI"))->text(1), QStringLiteral("EXTJS"));
    QTreeWidgetItem *sizes = child(metadata, QStringLiteral("sizes"));
    QVERIFY(sizes);
    QCOMPARE(child(sizes, QStringLiteral("max"))->text(1), QStringLiteral("42"));

    QTreeWidgetItem *features = topLevel(tree, QStringLiteral("features"));
    QCOMPARE(features->childCount(), 2);
    QCOMPARE(features->text(1), QStringLiteral("2 item(s)"));
    QCOMPARE(features->child(0)->text(0), QStringLiteral("[0]"));
    QCOMPARE(features->child(1)->text(1), QStringLiteral("PROVISIONING"));
}

void TestDetailsPane::longValuesAreCutWithFullTooltip()
{
    DetailsPane pane;
    const QString longText = QString(300, u'x');
    pane.setRow(QJsonObject{{QStringLiteral("long"), longText},
                            {QStringLiteral("lines"), QStringLiteral("first line\nsecond line")},
                            {QStringLiteral("short"), QStringLiteral("ok")},
                            {QStringLiteral("count"), 1234567}},
                QString());
    QTreeWidget *tree = pane.tree();
    QTreeWidgetItem *item = topLevel(tree, QStringLiteral("long"));
    QVERIFY(item->text(1).size() < 300);
    QVERIFY(item->text(1).endsWith(QChar(0x2026)));
    QCOMPARE(item->toolTip(1), longText);
    item = topLevel(tree, QStringLiteral("lines"));
    QCOMPARE(item->text(1), QStringLiteral("first line\u2026"));
    QCOMPARE(item->toolTip(1), QStringLiteral("first line\nsecond line"));
    QCOMPARE(topLevel(tree, QStringLiteral("short"))->text(1), QStringLiteral("ok"));
    QCOMPARE(topLevel(tree, QStringLiteral("count"))->text(1), QStringLiteral("1234567"));
    QCOMPARE(tree->textElideMode(), Qt::ElideRight);
}

void TestDetailsPane::copyValue()
{
    DetailsPane pane;
    pane.resize(500, 400);
    pane.setRow(connectorRow(), QStringLiteral("Web Services"));
    QVERIFY(showActive(&pane));
    QTreeWidget *tree = pane.tree();
    QPushButton *copy = button(pane, QStringLiteral("Copy &Value"));
    QVERIFY(copy);

    tree->setCurrentItem(topLevel(tree, QStringLiteral("name")));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(clipboard(), QStringLiteral("Web Services"));

    // The exact text, not the cut line.
    QTreeWidgetItem *metadata = topLevel(tree, QStringLiteral("connectorMetadata"));
    tree->setCurrentItem(child(metadata, QStringLiteral("shortDesc")));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(clipboard(), QStringLiteral("Line one\nline two"));

    // A nested object as JSON; a boolean as true/false; null as nothing.
    tree->setCurrentItem(metadata);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QJsonDocument::fromJson(clipboard().toUtf8()).object(),
             connectorRow().value(QLatin1String("connectorMetadata")).toObject());
    tree->setCurrentItem(topLevel(tree, QStringLiteral("directConnect")));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(clipboard(), QStringLiteral("true"));
    tree->setCurrentItem(child(child(metadata, QStringLiteral("sizes")), QStringLiteral("max")));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(clipboard(), QStringLiteral("42"));

    // Ctrl+C in the tree copies the value too.
    tree->setCurrentItem(topLevel(tree, QStringLiteral("status")));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard(), QStringLiteral("RELEASED"));
}

void TestDetailsPane::copyAsJson()
{
    DetailsPane pane;
    const QJsonObject row = connectorRow();
    pane.setRow(row, QStringLiteral("Web Services"));
    QPushButton *copy = button(pane, QStringLiteral("Copy as &JSON"));
    QVERIFY(copy && copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString text = clipboard();
    QVERIFY(text.contains(QLatin1String("\n    \""))); // indented
    QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).object(), row);
}

void TestDetailsPane::clearShowsThePlaceholderAgain()
{
    DetailsPane pane;
    pane.resize(400, 300);
    pane.show();
    pane.setRow(connectorRow(), QStringLiteral("Web Services"));
    pane.clear();
    QVERIFY(!pane.hasRow());
    QCOMPARE(pane.tree()->topLevelItemCount(), 0);
    QVERIFY(!pane.tree()->isVisible());
    QVERIFY(!pane.copyJsonAction()->isEnabled());
    QVERIFY(pane.title().isEmpty());
}

void TestDetailsPane::retranslates()
{
    DetailsPane pane;
    pane.setRow(connectorRow(), QStringLiteral("Web Services"));
    ScopedPseudoTranslation pseudo;
    QCOMPARE(pane.tree()->headerItem()->text(0), PseudoTranslator::wrap(QStringLiteral("Field")));
    QVERIFY(button(pane, PseudoTranslator::wrap(QStringLiteral("Copy &Value"))));
    QCOMPARE(topLevel(pane.tree(), QStringLiteral("directConnect"))->text(1),
             PseudoTranslator::wrap(QStringLiteral("Yes")));
    pane.clear();
    auto *placeholder = qobject_cast<QLabel *>(pane.findChild<QStackedWidget *>()->currentWidget());
    QCOMPARE(placeholder->text(),
             PseudoTranslator::wrap(QStringLiteral("Select a row to see its details")));
}

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
