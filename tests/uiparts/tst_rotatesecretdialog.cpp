#include "ui/dialogs/rotatesecretdialog.h"

#include "uitest.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace isc;

// Rotate Secret: typed twice in password fields, OK only when both match, the fields wiped
// when the dialog closes.
class TestRotateSecretDialog : public QObject
{
    Q_OBJECT

private:
    static QLineEdit *edit(QDialog &dialog, const char *name)
    {
        return dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    }
    static QPushButton *okButton(QDialog &dialog)
    {
        const auto *box = dialog.findChild<QDialogButtonBox *>();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
                return qobject_cast<QPushButton *>(button);
        }
        return nullptr;
    }
    static QString secret64() { return QString(64, u'a'); }

private Q_SLOTS:
    void passwordFields()
    {
        RotateSecretDialog dialog(QStringLiteral("Acme"));
        QCOMPARE(edit(dialog, "secretEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(edit(dialog, "confirmEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("Acme")));
        QVERIFY(okButton(dialog));
        QCOMPARE(okButton(dialog)->text(), QStringLiteral("&Replace Secret"));
    }

    void okOnlyWhenBothMatch()
    {
        RotateSecretDialog dialog(QStringLiteral("Acme"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *ok = okButton(dialog);
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("validationLabel"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!problem->isVisible()); // nothing typed: calm

        QTest::keyClicks(edit(dialog, "secretEdit"), secret64());
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(edit(dialog, "confirmEdit"), QStringLiteral("aaab"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(problem->isVisible());
        QCOMPARE(dialog.validationMessage(), QStringLiteral("The two entries differ."));

        edit(dialog, "confirmEdit")->clear();
        QTest::keyClicks(edit(dialog, "confirmEdit"), secret64());
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.validationMessage().isEmpty());
        QVERIFY(!problem->isVisible());

        // Another length than a PAT secret's is pointed out, not refused.
        QTest::keyClick(edit(dialog, "secretEdit"), 'x');
        QTest::keyClick(edit(dialog, "confirmEdit"), 'x');
        QVERIFY(ok->isEnabled());
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("65")));
    }

    void submitsThenWipes()
    {
        RotateSecretDialog dialog(QStringLiteral("Acme"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy submitted(&dialog, &RotateSecretDialog::submitted);
        QString readInAccepted;
        connect(&dialog, &QDialog::accepted, this, [&] { readInAccepted = dialog.secret(); });
        // Pasted with a trailing space: the secret has none.
        QTest::keyClicks(edit(dialog, "secretEdit"), secret64() + u' ');
        QTest::keyClicks(edit(dialog, "confirmEdit"), secret64());
        QTest::keyClick(edit(dialog, "confirmEdit"), Qt::Key_Return); // OK is the default
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.at(0).at(0).toString(), secret64());
        QCOMPARE(readInAccepted, secret64());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(edit(dialog, "secretEdit")->text().isEmpty());
        QVERIFY(edit(dialog, "confirmEdit")->text().isEmpty());
        QVERIFY(dialog.secret().isEmpty());
    }

    void cancelWipes()
    {
        RotateSecretDialog dialog(QStringLiteral("Acme"));
        QSignalSpy submitted(&dialog, &RotateSecretDialog::submitted);
        edit(dialog, "secretEdit")->setText(secret64());
        edit(dialog, "confirmEdit")->setText(secret64());
        dialog.reject();
        QCOMPARE(submitted.count(), 0);
        QVERIFY(edit(dialog, "secretEdit")->text().isEmpty());
        QVERIFY(!edit(dialog, "secretEdit")->isUndoAvailable());
    }

    void retranslates()
    {
        RotateSecretDialog dialog(QStringLiteral("Acme"));
        edit(dialog, "secretEdit")->setText(secret64());
        {
            const test::ScopedPseudoTranslation translation;
            QCOMPARE(okButton(dialog)->text(),
                     test::PseudoTranslator::wrap(QStringLiteral("&Replace Secret")));
            QVERIFY(dialog.windowTitle().startsWith(u'\u00AB'));
            QCOMPARE(dialog.secret(), secret64());
        }
        QCOMPARE(okButton(dialog)->text(), QStringLiteral("&Replace Secret"));
    }
};

QTEST_MAIN(TestRotateSecretDialog)
#include "tst_rotatesecretdialog.moc"
