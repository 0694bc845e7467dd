#include "ui/dialogs/deletecustomizerdialog.h"
#include "ui/widgets/requeststatuswidget.h"

#include "uitest.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace isc;

// The Delete Customizer dialog: a plain confirmation when nothing uses the customizer, the
// typed name when sources do (or nobody knows), and "Unlink Them First".
class TestDeleteCustomizerDialog : public QObject
{
    Q_OBJECT

private:
    static Customizer sample()
    {
        Customizer c;
        c.id = QStringLiteral("c-1");
        c.name = QStringLiteral("Cleanup");
        return c;
    }

    static QList<ConnectorInstance> twoInstances()
    {
        ConnectorInstance a;
        a.id = QStringLiteral("i1");
        a.name = QStringLiteral("HR Workday");
        a.connectorCustomizerId = QStringLiteral("c-1");
        ConnectorInstance b = a;
        b.id = QStringLiteral("i2");
        b.name = QStringLiteral("Corp AD");
        return {a, b};
    }

    static QLineEdit *confirmEdit(QDialog &dialog)
    {
        return dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    }

private Q_SLOTS:
    void namesTheCustomizer()
    {
        DeleteCustomizerDialog dialog(sample());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("messageLabel"))
                    ->text()
                    .contains(QStringLiteral("Cleanup")));
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("Cleanup")));
        QCOMPARE(dialog.okButton()->text(), QStringLiteral("Delete"));
        QVERIFY(!dialog.okButton()->isDefault()); // Enter must not delete
    }

    void disabledUntilKnown()
    {
        DeleteCustomizerDialog dialog(sample());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.setLinkedInstances({});
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(!dialog.requiresTypedName());
        QVERIFY(!confirmEdit(dialog)->isVisible());

        QSignalSpy submitted(&dialog, &DeleteCustomizerDialog::submitted);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.at(0).at(0).toString(), QStringLiteral("c-1"));
        QVERIFY(dialog.isBusy());
    }

    void linkedRequiresTypedName()
    {
        DeleteCustomizerDialog dialog(sample());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setLinkedInstances(twoInstances());
        QVERIFY(dialog.requiresTypedName());
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("instancesList"));
        QCOMPARE(list->count(), 2);
        QVERIFY(list->isVisible());
        QVERIFY(confirmEdit(dialog)->isVisible());
        QVERIFY(!dialog.okButton()->isEnabled());

        QTest::keyClicks(confirmEdit(dialog), QStringLiteral("cleanup")); // case matters
        QVERIFY(!dialog.okButton()->isEnabled());
        confirmEdit(dialog)->clear();
        QTest::keyClicks(confirmEdit(dialog), QStringLiteral("Cleanu"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::keyClick(confirmEdit(dialog), 'p');
        QVERIFY(dialog.okButton()->isEnabled());

        // Enter in the confirmation field does not delete (Delete is not the default).
        QSignalSpy submitted(&dialog, &DeleteCustomizerDialog::submitted);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = 500;
        error.trackingId = QStringLiteral("0123456789abcdef0123456789abcdef");
        dialog.showError(error);
        QCOMPARE(confirmEdit(dialog)->text(), QStringLiteral("Cleanup"));
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.statusWidget()->trackingId(), error.trackingId);
    }

    void unknownRequiresTypedName()
    {
        DeleteCustomizerDialog dialog(sample());
        dialog.setLinkedInstancesUnknown(QStringLiteral("403 Forbidden"));
        QVERIFY(dialog.requiresTypedName());
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("instancesLabel"))
                    ->text()
                    .contains(QStringLiteral("403 Forbidden")));
        confirmEdit(dialog)->setText(QStringLiteral("Cleanup"));
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void unlinkFirst()
    {
        DeleteCustomizerDialog dialog(sample());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setLinkedInstances(twoInstances());
        auto *unlink = dialog.findChild<QPushButton *>(QStringLiteral("unlinkButton"));
        QVERIFY(unlink->isVisible());
        QSignalSpy spy(&dialog, &DeleteCustomizerDialog::unlinkFirstRequested);
        QTest::mouseClick(unlink, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("c-1"));
        QCOMPARE(spy.at(0).at(1).toStringList(),
                 (QStringList{QStringLiteral("i1"), QStringLiteral("i2")}));
        QVERIFY(dialog.isBusy());
        QVERIFY(!unlink->isEnabled());

        // The caller unlinked them: no typed name needed any more.
        dialog.setLinkedInstances({});
        dialog.setBusy(false);
        QVERIFY(!dialog.requiresTypedName());
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(!unlink->isVisible());
    }

    void retranslates()
    {
        DeleteCustomizerDialog dialog(sample());
        dialog.setLinkedInstances(twoInstances());
        confirmEdit(dialog)->setText(QStringLiteral("Clean"));
        {
            const test::ScopedPseudoTranslation translation;
            QVERIFY(dialog.windowTitle().startsWith(u'\u00AB'));
            QVERIFY(dialog.windowTitle().contains(QStringLiteral("Cleanup")));
            QCOMPARE(dialog.okButton()->text(),
                     test::PseudoTranslator::wrap(QStringLiteral("Delete")));
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("instancesLabel"))
                        ->text()
                        .startsWith(u'\u00AB'));
            // What was typed stays, and so does the state.
            QCOMPARE(confirmEdit(dialog)->text(), QStringLiteral("Clean"));
            QVERIFY(!dialog.okButton()->isEnabled());
        }
        QCOMPARE(dialog.okButton()->text(), QStringLiteral("Delete"));
    }
};

QTEST_MAIN(TestDeleteCustomizerDialog)
#include "tst_deletecustomizerdialog.moc"
