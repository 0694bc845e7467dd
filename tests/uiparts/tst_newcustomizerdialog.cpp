#include "ui/dialogs/newcustomizerdialog.h"
#include "ui/widgets/requeststatuswidget.h"

#include "uitest.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace isc;

// The New Customizer dialog, and with it what every RequestDialog does: validation gating
// OK, busy state, an error handed back with the input kept, Cancel while busy.
class TestNewCustomizerDialog : public QObject
{
    Q_OBJECT

private:
    static QLineEdit *nameEdit(NewCustomizerDialog &dialog)
    {
        return dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    }

    static ApiError conflictError()
    {
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = 400;
        error.detailCode = QStringLiteral("400.1 Bad Request Content");
        error.trackingId = QStringLiteral("0123456789abcdef0123456789abcdef");
        error.messages = {QStringLiteral("The name is already in use.")};
        error.context = QStringLiteral("Could not create the customizer");
        return error;
    }

private Q_SLOTS:
    void nameValidation_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("acceptable");
        QTest::addColumn<QString>("submitted");

        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("blank") << QStringLiteral("   ") << false << QString();
        QTest::newRow("plain") << QStringLiteral("Workday cleanup") << true
                               << QStringLiteral("Workday cleanup");
        QTest::newRow("trimmed") << QStringLiteral("  padded  ") << true
                                 << QStringLiteral("padded");
        QTest::newRow("limit") << QString(128, u'x') << true << QString(128, u'x');
        QTest::newRow("too long") << QString(129, u'x') << false << QString();
        QTest::newRow("umlauts") << QStringLiteral("Größe ändern") << true
                                 << QStringLiteral("Größe ändern");
    }

    void nameValidation()
    {
        QFETCH(QString, typed);
        QFETCH(bool, acceptable);
        QFETCH(QString, submitted);

        NewCustomizerDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.okButton()->isEnabled()); // empty at first
        test::typeText(nameEdit(dialog), typed);
        QCOMPARE(dialog.okButton()->isEnabled(), acceptable);
        QCOMPARE(dialog.validationMessage().isEmpty(), acceptable);
        auto *reason = dialog.findChild<QLabel *>(QStringLiteral("validationLabel"));
        QVERIFY(reason);
        QCOMPARE(reason->isVisible(), !acceptable);

        QSignalSpy spy(&dialog, &NewCustomizerDialog::submitted);
        QTest::keyClick(nameEdit(dialog), Qt::Key_Return);
        if (acceptable) {
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.at(0).at(0).toString(), submitted);
        } else {
            QCOMPARE(spy.count(), 0);
        }
    }

    void controlCharacterRefused()
    {
        NewCustomizerDialog dialog;
        dialog.setName(QStringLiteral("two\tparts"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.validationMessage().isEmpty());
        dialog.setName(QStringLiteral("two parts"));
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void failedSaveKeepsInputAndShowsError()
    {
        NewCustomizerDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(nameEdit(dialog), QStringLiteral("Taken name"));

        QSignalSpy submitted(&dialog, &NewCustomizerDialog::submitted);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);

        // Submitting makes the dialog busy at once: no second submit, inputs read-only.
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(nameEdit(dialog)->isReadOnly());
        QVERIFY(dialog.cancelButton()->isEnabled());
        dialog.setBusy(true, QStringLiteral("Creating Taken name…"));
        QCOMPARE(dialog.statusWidget()->state(), RequestStatusWidget::State::Busy);
        QCOMPARE(dialog.statusWidget()->text(), QStringLiteral("Creating Taken name…"));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);

        const ApiError error = conflictError();
        dialog.showError(error);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isBusy());
        QCOMPARE(nameEdit(dialog)->text(), QStringLiteral("Taken name"));
        QVERIFY(!nameEdit(dialog)->isReadOnly());
        QVERIFY(dialog.okButton()->isEnabled());

        RequestStatusWidget *status = dialog.statusWidget();
        QVERIFY(status->isVisible());
        QCOMPARE(status->state(), RequestStatusWidget::State::Error);
        QCOMPARE(status->text(), describe(error));
        QVERIFY(status->text().contains(QStringLiteral("already in use")));
        QCOMPARE(status->httpStatus(), 400);
        QCOMPARE(status->trackingId(), error.trackingId);
        // The tracking id is in a field the user can select and copy.
        bool trackingShown = false;
        for (QLineEdit *edit : status->findChildren<QLineEdit *>()) {
            if (edit->text() == error.trackingId && edit->isVisible() && edit->isReadOnly())
                trackingShown = true;
        }
        QVERIFY(trackingShown);
        bool statusShown = false;
        for (QLabel *label : status->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(QStringLiteral("400")) &&
                label->text().contains(error.detailCode))
                statusShown = true;
        }
        QVERIFY(statusShown);

        // Editing and retrying works; a success is the caller's accept().
        QTest::keyClicks(nameEdit(dialog), QStringLiteral(" 2"));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 2);
        QCOMPARE(submitted.at(1).at(0).toString(), QStringLiteral("Taken name 2"));
        QCOMPARE(status->state(), RequestStatusWidget::State::Busy);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void cancelWhileBusy()
    {
        NewCustomizerDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setName(QStringLiteral("Slow"));
        QSignalSpy cancel(&dialog, &RequestDialog::cancelRequested);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QVERIFY(dialog.isBusy());

        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QCOMPARE(cancel.count(), 1);
        QVERIFY(dialog.isVisible()); // the caller ends the request first
        QVERIFY(dialog.isCancelling());
        QCOMPARE(rejected.count(), 0);

        // The job reports its cancellation: the dialog is usable again, input kept.
        dialog.showError(ApiError::cancelled());
        QVERIFY(!dialog.isBusy());
        QCOMPARE(dialog.name(), QStringLiteral("Slow"));

        // Not busy: Cancel closes.
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QCOMPARE(cancel.count(), 1);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog.isVisible());
    }

    void secondCancelClosesAnyway()
    {
        NewCustomizerDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setName(QStringLiteral("Stuck"));
        QSignalSpy cancel(&dialog, &RequestDialog::cancelRequested);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(cancel.count(), 1);
        QVERIFY(dialog.isVisible());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(cancel.count(), 1);
        QVERIFY(!dialog.isVisible());
    }

    void retranslates()
    {
        NewCustomizerDialog dialog;
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QTest::keyClicks(name, QStringLiteral("Half typed"));
        {
            const test::ScopedPseudoTranslation translation;
            QCOMPARE(dialog.windowTitle(),
                     test::PseudoTranslator::wrap(QStringLiteral("New Customizer")));
            QCOMPARE(dialog.okButton()->text(),
                     test::PseudoTranslator::wrap(QStringLiteral("Create")));
            QCOMPARE(name->text(), QStringLiteral("Half typed"));
            QVERIFY(dialog.okButton()->isEnabled());
        }
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New Customizer"));
    }
};

QTEST_MAIN(TestNewCustomizerDialog)
#include "tst_newcustomizerdialog.moc"
