#include "ui/dialogs/sailimportdialog.h"

#include "uitest.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace isc;

// Import from sail CLI: its environments ticked unless already a profile; the file's
// problems shown; no secret anywhere.
class TestSailImportDialog : public QObject
{
    Q_OBJECT

private:
    static SailConfigReader::Result config()
    {
        return SailConfigReader::parse(
            QByteArrayLiteral("activeenvironment: acme\n"
                              "environments:\n"
                              "  acme:\n"
                              "    baseurl: https://acme.api.identitynow.com\n"
                              "    pat:\n"
                              "      clientid: 0123456789abcdef0123456789abcdef\n"
                              "  staging:\n"
                              "    baseurl: https://staging.api.identitynow.com\n"
                              "  bad:\n"
                              "    baseurl: http://plain.example.com\n"),
            QStringLiteral("config.yaml"));
    }
    static QPushButton *importButton(QDialog &dialog)
    {
        const auto *box = dialog.findChild<QDialogButtonBox *>();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
                return qobject_cast<QPushButton *>(button);
        }
        return nullptr;
    }
    static QTreeWidgetItem *row(QDialog &dialog, const QString &name)
    {
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("environmentsTree"));
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0) == name)
                return tree->topLevelItem(i);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const SailConfigReader::Result result = config();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.environments.size(), 2); // "bad" is left out with a warning
        QCOMPARE(result.warnings.size(), 1);
    }

    void ticksNewEnvironments()
    {
        TenantProfile existing;
        existing.id = TenantProfile::createId();
        existing.name = QStringLiteral("Acme production");
        existing.baseUrl = QUrl(QStringLiteral("https://acme.api.identitynow.com/"));
        existing.clientId = QStringLiteral("0123456789abcdef0123456789abcdef");
        SailImportDialog dialog(config(), {existing});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QTreeWidgetItem *acme = row(dialog, QStringLiteral("acme"));
        QTreeWidgetItem *staging = row(dialog, QStringLiteral("staging"));
        QVERIFY(acme && staging);
        QCOMPARE(acme->checkState(0), Qt::Unchecked); // already a profile
        QVERIFY(acme->text(3).contains(QStringLiteral("Acme production")));
        QVERIFY(acme->text(3).contains(QStringLiteral("active")));
        QCOMPARE(staging->checkState(0), Qt::Checked);
        QVERIFY(staging->text(3).contains(QStringLiteral("client ID")));
        auto *warnings = dialog.findChild<QLabel *>(QStringLiteral("warningsLabel"));
        QVERIFY(warnings->isVisible());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());

        QList<TenantProfile> selected = dialog.selectedProfiles();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().name, QStringLiteral("staging"));
        QCOMPARE(selected.first().baseUrl.host(), QStringLiteral("staging.api.identitynow.com"));
        QVERIFY(importButton(dialog)->isEnabled());

        // Untick with the keyboard: nothing to import, Import disabled.
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("environmentsTree"));
        tree->setFocus();
        tree->setCurrentItem(staging);
        QTest::keyClick(tree->viewport(), Qt::Key_Space);
        QCOMPARE(staging->checkState(0), Qt::Unchecked);
        QVERIFY(dialog.selectedProfiles().isEmpty());
        QVERIFY(!importButton(dialog)->isEnabled());

        dialog.setEnvironmentChecked(QStringLiteral("acme"), true);
        QCOMPARE(dialog.selectedProfiles().size(), 1);
        QCOMPARE(dialog.selectedProfiles().first().clientId, existing.clientId);
        QVERIFY(importButton(dialog)->isEnabled());
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void unreadableFile()
    {
        const SailConfigReader::Result broken = SailConfigReader::parse(
            QByteArrayLiteral("environments: [unclosed"), QStringLiteral("config.yaml"));
        QVERIFY(!broken.ok());
        SailImportDialog dialog(broken, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), broken.error);
        QVERIFY(!dialog.findChild<QTreeWidget *>(QStringLiteral("environmentsTree"))->isVisible());
        QVERIFY(!importButton(dialog)->isEnabled());
    }

    void retranslates()
    {
        SailImportDialog dialog(config(), {});
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("environmentsTree"));
        dialog.setEnvironmentChecked(QStringLiteral("acme"), false);
        {
            const test::ScopedPseudoTranslation translation;
            QCOMPARE(tree->headerItem()->text(0),
                     test::PseudoTranslator::wrap(QStringLiteral("Environment")));
            QCOMPARE(importButton(dialog)->text(),
                     test::PseudoTranslator::wrap(QStringLiteral("&Import")));
            QCOMPARE(dialog.selectedProfiles().size(), 1); // the choice stays
        }
        QCOMPARE(tree->headerItem()->text(0), QStringLiteral("Environment"));
    }
};

QTEST_MAIN(TestSailImportDialog)
#include "tst_sailimportdialog.moc"
