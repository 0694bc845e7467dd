#include "ui/dialogs/editcustomizerdialog.h"
#include "ui/widgets/requeststatuswidget.h"

#include "uitest.h"

#include "base/jsondecode.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace isc;

// The Edit Customizer dialog: every field shown, only the name editable.
class TestEditCustomizerDialog : public QObject
{
    Q_OBJECT

private:
    static Customizer sample()
    {
        Customizer c;
        c.id = QStringLiteral("b07dc46a-1498-4de8-bfbb-259a68e70c8a");
        c.name = QStringLiteral("Cleanup");
        c.imageVersion = 7;
        c.imageId = QStringLiteral("2c9180835d2e5168015d32f890ca1581");
        c.tenantId = QStringLiteral("2c91808568c529c60168cca6f90c1324");
        c.created = json::parseTimestamp(QStringLiteral("2022-02-08T14:50:03.827Z"));
        return c;
    }

    static QLineEdit *edit(QDialog &dialog, const char *name)
    {
        return dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsEveryFieldReadOnly()
    {
        const Customizer customizer = sample();
        EditCustomizerDialog dialog(customizer);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QCOMPARE(edit(dialog, "nameEdit")->text(), customizer.name);
        QVERIFY(!edit(dialog, "nameEdit")->isReadOnly());
        QCOMPARE(edit(dialog, "idEdit")->text(), customizer.id);
        QCOMPARE(edit(dialog, "imageVersionEdit")->text(), QStringLiteral("7"));
        QCOMPARE(edit(dialog, "imageIdEdit")->text(), customizer.imageId);
        QCOMPARE(edit(dialog, "tenantIdEdit")->text(), customizer.tenantId);
        QCOMPARE(edit(dialog, "createdRawEdit")->text(), customizer.created.raw);
        // In the user's locale and time zone.
        QCOMPARE(edit(dialog, "createdEdit")->text(),
                 QLocale().toString(customizer.created.value.toLocalTime(), QLocale::LongFormat));

        for (const char *name : {"idEdit", "imageVersionEdit", "imageIdEdit", "tenantIdEdit",
                                 "createdEdit", "createdRawEdit"}) {
            QLineEdit *field = edit(dialog, name);
            QVERIFY2(field->isReadOnly(), name);
            QVERIFY2(field->toolTip().contains(QStringLiteral("Identity Security Cloud")), name);
            // Typing into a read-only field changes nothing.
            const QString before = field->text();
            QTest::keyClicks(field, QStringLiteral("zzz"));
            QCOMPARE(field->text(), before);
        }
        QVERIFY(!dialog.okButton()->isEnabled()); // nothing changed yet
    }

    void noVersionYetAndOddDate()
    {
        Customizer customizer = sample();
        customizer.imageVersion.reset();
        customizer.imageId.clear();
        customizer.created = json::parseTimestamp(QStringLiteral("yesterday-ish"));
        EditCustomizerDialog dialog(customizer);
        QVERIFY(!edit(dialog, "imageVersionEdit")->text().isEmpty());
        QVERIFY(edit(dialog, "imageVersionEdit")->text() != QStringLiteral("0"));
        QCOMPARE(edit(dialog, "createdRawEdit")->text(), QStringLiteral("yesterday-ish"));
    }

    void instancesListed()
    {
        EditCustomizerDialog dialog(sample());
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("instancesList"));
        QCOMPARE(list->count(), 1); // "not known"
        const QString unknown = list->item(0)->text();
        ConnectorInstance a;
        a.id = QStringLiteral("i1");
        a.name = QStringLiteral("HR Workday");
        a.type = QStringLiteral("Workday");
        ConnectorInstance b;
        b.id = QStringLiteral("i2");
        b.name = QStringLiteral("Corp AD");
        dialog.setInstances({a, b});
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("HR Workday")));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Workday")));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Corp AD"));
        dialog.setInstances({});
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text() != unknown);
    }

    void okOnlyForAChangedValidName()
    {
        EditCustomizerDialog dialog(sample());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *name = edit(dialog, "nameEdit");
        QSignalSpy submitted(&dialog, &EditCustomizerDialog::submitted);

        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, QStringLiteral(" 2"));
        QVERIFY(dialog.okButton()->isEnabled());
        QTest::keyClick(name, Qt::Key_Backspace);
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(!dialog.okButton()->isEnabled()); // back to the original
        QTest::keyClicks(name, QStringLiteral("  "));
        QVERIFY(!dialog.okButton()->isEnabled()); // trimmed it is the same name
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("validationLabel"))->isVisible());

        QTest::keyClicks(name, QStringLiteral(" Renamed "));
        QVERIFY(dialog.okButton()->isEnabled());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        const auto out = submitted.at(0).at(0).value<Customizer>();
        Customizer expected = sample();
        expected.name = QStringLiteral("Renamed");
        QVERIFY(out == expected); // every other field as it came in

        // A failed save: the new name stays, with the error and its tracking id.
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = 404;
        error.trackingId = QStringLiteral("ffffffffffffffffffffffffffffffff");
        dialog.showError(error);
        QCOMPARE(name->text(), QStringLiteral(" Renamed "));
        QCOMPARE(dialog.statusWidget()->trackingId(), error.trackingId);
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void retranslates()
    {
        EditCustomizerDialog dialog(sample());
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setText(QStringLiteral("Renamed"));
        {
            const test::ScopedPseudoTranslation translation;
            QCOMPARE(dialog.okButton()->text(),
                     test::PseudoTranslator::wrap(QStringLiteral("Save")));
            QVERIFY(dialog.windowTitle().startsWith(u'\u00AB'));
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("nameLabel"))
                        ->text()
                        .startsWith(u'\u00AB'));
            QCOMPARE(name->text(), QStringLiteral("Renamed"));
            QVERIFY(dialog.okButton()->isEnabled());
        }
        QCOMPARE(dialog.okButton()->text(), QStringLiteral("Save"));
    }
};

QTEST_MAIN(TestEditCustomizerDialog)
#include "tst_editcustomizerdialog.moc"
