#include "ui/dialogs/choosecustomizerdialog.h"
#include "ui/dialogs/linkinstancesdialog.h"

#include "uitest.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace isc;

// Linking customizers and sources: from a customizer (many sources) and from a source (one
// customizer, or none).
class TestLinkDialogs : public QObject
{
    Q_OBJECT

private:
    static Customizer customizer(const QString &id, const QString &name)
    {
        Customizer c;
        c.id = id;
        c.name = name;
        return c;
    }

    static ConnectorInstance instance(const QString &id, const QString &name,
                                      const QString &customizerId = {})
    {
        ConnectorInstance i;
        i.id = id;
        i.name = name;
        i.type = QStringLiteral("Workday");
        i.connectorCustomizerId = customizerId;
        return i;
    }

    static QList<Customizer> customizers()
    {
        return {customizer(QStringLiteral("c1"), QStringLiteral("Cleanup")),
                customizer(QStringLiteral("c2"), QStringLiteral("Other"))};
    }

    static QList<ConnectorInstance> instances()
    {
        return {instance(QStringLiteral("i1"), QStringLiteral("Alpha"), QStringLiteral("c1")),
                instance(QStringLiteral("i2"), QStringLiteral("Beta"), QStringLiteral("c2")),
                instance(QStringLiteral("i3"), QStringLiteral("Gamma"))};
    }

    static QTreeWidgetItem *row(QTreeWidget *tree, const QString &name)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0) == name)
                return tree->topLevelItem(i);
        }
        return nullptr;
    }

    // Ticks or unticks a row the way a user does: current item + Space.
    static void toggle(QTreeWidget *tree, const QString &name)
    {
        QTreeWidgetItem *item = row(tree, name);
        QVERIFY(item);
        tree->setFocus();
        tree->setCurrentItem(item);
        QTest::keyClick(tree->viewport(), Qt::Key_Space);
    }

private Q_SLOTS:
    void linkFromCustomizer()
    {
        LinkInstancesDialog dialog(customizers().at(0), instances(), customizers());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("instancesTree"));
        QCOMPARE(tree->topLevelItemCount(), 3);
        // Linked here: ticked. Linked elsewhere: named.
        QCOMPARE(row(tree, QStringLiteral("Alpha"))->checkState(0), Qt::Checked);
        QCOMPARE(row(tree, QStringLiteral("Beta"))->checkState(0), Qt::Unchecked);
        QCOMPARE(row(tree, QStringLiteral("Beta"))->text(2), QStringLiteral("Other"));
        QVERIFY(!row(tree, QStringLiteral("Beta"))->toolTip(2).isEmpty());
        QVERIFY(!dialog.okButton()->isEnabled()); // nothing changed

        toggle(tree, QStringLiteral("Beta"));
        toggle(tree, QStringLiteral("Gamma"));
        toggle(tree, QStringLiteral("Alpha"));
        QCOMPARE(row(tree, QStringLiteral("Gamma"))->checkState(0), Qt::Checked);
        QVERIFY(dialog.okButton()->isEnabled());

        QSignalSpy submitted(&dialog, &LinkInstancesDialog::submitted);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        const auto changes = submitted.at(0).at(0).value<QList<LinkChange>>();
        const QList<LinkChange> expected{
            {QStringLiteral("i1"), QStringLiteral("Alpha"), QString()},
            {QStringLiteral("i2"), QStringLiteral("Beta"), QStringLiteral("c1")},
            {QStringLiteral("i3"), QStringLiteral("Gamma"), QStringLiteral("c1")},
        };
        QCOMPARE(changes, expected);
    }

    void quickFilter()
    {
        LinkInstancesDialog dialog(customizers().at(0), instances(), customizers());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("instancesTree"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("filterEdit")),
                         QStringLiteral("gam"));
        QVERIFY(row(tree, QStringLiteral("Alpha"))->isHidden());
        QVERIFY(!row(tree, QStringLiteral("Gamma"))->isHidden());
        // Hidden rows keep their state: Alpha stays linked.
        QCOMPARE(dialog.checkedInstanceIds(), QStringList{QStringLiteral("i1")});
    }

    void chooseFromInstance()
    {
        const ConnectorInstance source = instances().at(1); // uses c2
        ChooseCustomizerDialog dialog(source, customizers());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.selectedCustomizerId(), QStringLiteral("c2"));
        QVERIFY(!dialog.okButton()->isEnabled());

        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("customizersList"));
        QCOMPARE(list->count(), 3); // None + two
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Home);
        QCOMPARE(dialog.selectedCustomizerId(), QString()); // None: unlink
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.okButton()->text(), QStringLiteral("Unlink"));
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(dialog.selectedCustomizerId(), QStringLiteral("c1"));
        QCOMPARE(dialog.okButton()->text(), QStringLiteral("Link"));

        QSignalSpy submitted(&dialog, &ChooseCustomizerDialog::submitted);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        const auto changes = submitted.at(0).at(0).value<QList<LinkChange>>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().instanceId, QStringLiteral("i2"));
        QCOMPARE(changes.first().customizerId, QStringLiteral("c1"));
        QVERIFY(!changes.first().isUnlink());
    }

    void unlinkFromInstance()
    {
        ChooseCustomizerDialog dialog(instances().at(0), customizers());
        QVERIFY(dialog.selectCustomizer(QString()));
        QSignalSpy submitted(&dialog, &ChooseCustomizerDialog::submitted);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        const auto changes = submitted.at(0).at(0).value<QList<LinkChange>>();
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.first().isUnlink());
    }

    void unknownCurrentCustomizerStillShown()
    {
        const ConnectorInstance source =
            instance(QStringLiteral("i9"), QStringLiteral("Zeta"), QStringLiteral("gone"));
        ChooseCustomizerDialog dialog(source, customizers());
        QCOMPARE(dialog.selectedCustomizerId(), QStringLiteral("gone"));
        QVERIFY(!dialog.okButton()->isEnabled());
    }

    void retranslates()
    {
        LinkInstancesDialog dialog(customizers().first(), instances(), customizers());
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("instancesTree"));
        row(tree, QStringLiteral("Gamma"))->setCheckState(0, Qt::Checked);
        {
            const test::ScopedPseudoTranslation translation;
            QCOMPARE(dialog.okButton()->text(),
                     test::PseudoTranslator::wrap(QStringLiteral("Apply")));
            QCOMPARE(tree->headerItem()->text(0),
                     test::PseudoTranslator::wrap(QStringLiteral("Source")));
            QVERIFY(dialog.windowTitle().startsWith(u'\u00AB'));
            QCOMPARE(dialog.changes().size(), 1); // the tick stays
        }
        ChooseCustomizerDialog choose(instances().at(2), customizers());
        {
            const test::ScopedPseudoTranslation translation;
            QVERIFY(choose.windowTitle().startsWith(u'\u00AB'));
            auto *list = choose.findChild<QListWidget *>(QStringLiteral("customizersList"));
            QVERIFY(list->item(0)->text().startsWith(u'\u00AB'));
        }
    }
};

QTEST_MAIN(TestLinkDialogs)
#include "tst_linkdialogs.moc"
