#include "ui/dialogs/rotatesecretdialog.h"
#include "ui/dialogs/sailimportdialog.h"
#include "ui/dialogs/tenantprofileeditor.h"
#include "ui/dialogs/tenantprofilesdialog.h"
#include "ui/widgets/requeststatuswidget.h"

#include "uitest.h"

#include "tenants/profilestore.h"
#include "tenants/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace isc;

// The Tenants dialog over a real ProfileStore (a temporary settings file) and SecretStore
// (keychain off, as on a machine without one): add, validate, save, a failed save, the
// read-only flag, duplicate, remove, rotate, import and the connection test's values.
class TestTenantProfilesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;

    template<typename T>
    static T *child(QWidget &widget, const char *name)
    {
        return widget.findChild<T *>(QString::fromLatin1(name));
    }
    static QString secret64() { return QString(64, u's'); }

    void makeStores(const QString &settingsPath = {})
    {
        m_secrets.reset();
        m_profiles.reset();
        m_settings = std::make_unique<QSettings>(
            settingsPath.isEmpty()
                ? m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_counter))
                : settingsPath,
            QSettings::IniFormat);
        SecretStore::Options options;
        options.useKeychain = false; // never the desktop's keychain from a test
        options.fallbackFilePath = m_dir.filePath(QStringLiteral("secrets-%1.json").arg(m_counter));
        m_secrets = std::make_unique<SecretStore>(options);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_profiles->setEnvironment(SailEnvironment());
        m_profiles->setSecretStore(m_secrets.get());
    }

    TenantProfile addStored(const QString &name)
    {
        TenantProfile profile;
        profile.name = name;
        profile.baseUrl =
            QUrl(QStringLiteral("https://%1.api.identitynow.com").arg(name.toLower()));
        profile.clientId = QStringLiteral("0123456789abcdef0123456789abcdef");
        return m_profiles->add(profile).value_or(TenantProfile());
    }

    QString storedSecret(const QString &id)
    {
        SecretJob *job = m_secrets->read(id);
        QSignalSpy done(job, &SecretJob::finished);
        job->start();
        if (!done.wait(5000))
            return QStringLiteral("<no answer>");
        return done.at(0).at(0).value<SecretJob::Result>().secret;
    }

    static void type(QWidget &dialog, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(dialog, name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    static void fillNew(QWidget &dialog)
    {
        type(dialog, "nameEdit", QStringLiteral("Acme"));
        type(dialog, "baseUrlEdit", QStringLiteral("acme.api.identitynow.com"));
        type(dialog, "clientIdEdit", QStringLiteral("0123456789abcdef0123456789abcdef"));
        type(dialog, "secretEdit", secret64());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<SecretJob::Result>();
    }

    void builtInSandboxShownNotEditable()
    {
        makeStores();
        TenantProfilesDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.selectProfile(TenantProfile::sandboxId()));
        QCOMPARE(dialog.currentProfileId(), TenantProfile::sandboxId());
        QVERIFY(child<QLineEdit>(dialog, "nameEdit")->isReadOnly());
        QVERIFY(!child<QCheckBox>(dialog, "readOnlyCheck")->isEnabled());
        QVERIFY(child<QLabel>(dialog, "builtInLabel")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "removeButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "duplicateButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "rotateButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
        QVERIFY(!dialog.removeProfile(true));
        QVERIFY(m_profiles->contains(TenantProfile::sandboxId()));
        // The Sandbox can be tested: the caller resolves it.
        QVERIFY(child<QPushButton>(dialog, "testButton")->isEnabled());
    }

    void keychainUnavailableSaysSo()
    {
        makeStores();
        TenantProfilesDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *label = child<QLabel>(dialog, "keychainLabel");
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), m_secrets->keychainMessage());
        QVERIFY(!label->text().isEmpty());
        auto *file = child<QCheckBox>(dialog, "fileFallbackCheck");
        QVERIFY(file->isVisible());
        QVERIFY(!file->isChecked());

        // Opting in asks first; declining leaves it off.
        QSignalSpy changed(&dialog, &TenantProfilesDialog::fileFallbackChanged);
        test::whenModalShown([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (box)
                box->button(QMessageBox::Cancel)->click();
        });
        test::clickIndicator(file);
        QVERIFY(!file->isChecked());
        QVERIFY(!m_secrets->isFileFallbackEnabled());
        QCOMPARE(changed.count(), 0);

        test::whenModalShown([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
        test::clickIndicator(file);
        QVERIFY(file->isChecked());
        QVERIFY(m_secrets->isFileFallbackEnabled());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
    }

    void addValidatesAndSaves()
    {
        makeStores();
        TenantProfilesDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *save = child<QPushButton>(dialog, "saveButton");
        QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
        QVERIFY(dialog.currentProfileId().isEmpty());
        QVERIFY(child<QLineEdit>(dialog, "secretEdit")->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "secretEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(!save->isEnabled());
        // Untouched empty fields are not flagged yet.
        QVERIFY(!child<QLabel>(dialog, "nameIssue")->isVisible());

        fillNew(dialog);
        QVERIFY(save->isEnabled());
        // Plain http to a tenant is refused, with the reason under the field.
        type(dialog, "baseUrlEdit", QStringLiteral("http://acme.api.identitynow.com"));
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(dialog, "baseUrlIssue")->isVisible());
        QVERIFY(!dialog.saveProfile());
        QCOMPARE(m_profiles->tenantProfiles().size(), 0);
        // The name of a built-in profile is taken.
        type(dialog, "baseUrlEdit", QStringLiteral("https://acme.api.identitynow.com"));
        type(dialog, "nameEdit", QStringLiteral("sandbox"));
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(dialog, "nameIssue")->isVisible());
        type(dialog, "nameEdit", QStringLiteral("Acme"));
        QVERIFY(save->isEnabled());

        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(m_profiles->tenantProfiles().size(), 1);
        const TenantProfile stored = m_profiles->tenantProfiles().first();
        QCOMPARE(stored.name, QStringLiteral("Acme"));
        QCOMPARE(stored.baseUrl, QUrl(QStringLiteral("https://acme.api.identitynow.com")));
        QCOMPARE(dialog.currentProfileId(), stored.id);
        QVERIFY(!dialog.hasUnsavedChanges());
        // The secret went to the secret store (memory here: no keychain), not the settings,
        // and the field is empty again.
        QTRY_COMPARE(storedSecret(stored.id), secret64());
        QVERIFY(child<QLineEdit>(dialog, "secretEdit")->text().isEmpty());
        QVERIFY(!child<QLineEdit>(dialog, "secretEdit")->isVisible());
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret64().toUtf8()));
    }

    void failedSaveKeepsInput()
    {
        // Settings that cannot be written: the parent of the file is a file.
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        makeStores(m_dir.filePath(QStringLiteral("not-a-folder/settings.ini")));
        TenantProfilesDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.addProfile();
        fillNew(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);

        auto *status = child<RequestStatusWidget>(dialog, "statusWidget");
        QCOMPARE(status->state(), RequestStatusWidget::State::Error);
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(QStringLiteral("not saved")));
        // Everything typed is still there, the secret included.
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Acme"));
        QCOMPARE(child<QLineEdit>(dialog, "clientIdEdit")->text(),
                 QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(child<QLineEdit>(dialog, "secretEdit")->text(), secret64());
        QVERIFY(dialog.hasUnsavedChanges());
        QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
    }

    void readOnlyFlagSaved()
    {
        makeStores();
        const TenantProfile acme = addStored(QStringLiteral("Acme"));
        TenantProfilesDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.selectProfile(acme.id));
        QVERIFY(!child<QLineEdit>(dialog, "secretEdit")->isVisible()); // stored: Rotate instead
        auto *readOnly = child<QCheckBox>(dialog, "readOnlyCheck");
        readOnly->setFocus();
        QTest::keyClick(readOnly, Qt::Key_Space);
        QVERIFY(dialog.hasUnsavedChanges());
        QVERIFY(child<QPushButton>(dialog, "revertButton")->isEnabled());
        QVERIFY(dialog.saveProfile());
        QVERIFY(m_profiles->profile(acme.id)->readOnly);
        auto *list = child<QListWidget>(dialog, "profilesList");
        QVERIFY(list->currentItem()->text().contains(QStringLiteral("read-only")));

        // Revert puts back what is stored.
        QTest::keyClick(readOnly, Qt::Key_Space);
        QVERIFY(!readOnly->isChecked());
        QTest::mouseClick(child<QPushButton>(dialog, "revertButton"), Qt::LeftButton);
        QVERIFY(readOnly->isChecked());
        QVERIFY(!dialog.hasUnsavedChanges());
    }

    void duplicateAndRemove()
    {
        makeStores();
        const TenantProfile acme = addStored(QStringLiteral("Acme"));
        TenantProfilesDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.selectProfile(acme.id));
        QTest::mouseClick(child<QPushButton>(dialog, "duplicateButton"), Qt::LeftButton);
        QCOMPARE(m_profiles->tenantProfiles().size(), 2);
        const QString copyId = dialog.currentProfileId();
        QVERIFY(copyId != acme.id);
        QVERIFY(m_profiles->profile(copyId)->name.startsWith(QStringLiteral("Acme (")));

        // Remove asks first; Cancel keeps it.
        test::whenModalShown([](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!dialog.removeProfile());
        QVERIFY(m_profiles->contains(copyId));
        test::whenModalShown([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        QVERIFY(dialog.removeProfile());
        QVERIFY(!m_profiles->contains(copyId));
        QCOMPARE(m_profiles->tenantProfiles().size(), 1);
        QVERIFY(!dialog.currentProfileId().isEmpty());
        QVERIFY(dialog.currentProfileId() != copyId);
    }

    void rotateSecret()
    {
        makeStores();
        const TenantProfile acme = addStored(QStringLiteral("Acme"));
        TenantProfilesDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.selectProfile(acme.id));
        QTest::mouseClick(child<QPushButton>(dialog, "rotateButton"), Qt::LeftButton);
        auto *rotate = dialog.findChild<RotateSecretDialog *>();
        QVERIFY(rotate);
        QTRY_VERIFY(rotate->isVisible());
        type(*rotate, "secretEdit", secret64());
        type(*rotate, "confirmEdit", secret64());
        QTest::keyClick(child<QLineEdit>(*rotate, "confirmEdit"), Qt::Key_Return);
        QTRY_COMPARE(storedSecret(acme.id), secret64());
    }

    void connectionTest()
    {
        makeStores();
        TenantProfilesDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *test = child<QPushButton>(dialog, "testButton");
        dialog.addProfile();
        type(dialog, "nameEdit", QStringLiteral("Acme"));
        type(dialog, "baseUrlEdit", QStringLiteral("https://acme.api.identitynow.com"));
        type(dialog, "clientIdEdit", QStringLiteral("0123456789abcdef0123456789abcdef"));
        QVERIFY(!test->isEnabled()); // a new profile needs its secret to be tested
        type(dialog, "secretEdit", secret64());
        QVERIFY(test->isEnabled());

        QSignalSpy requested(&dialog, &TenantProfilesDialog::testConnectionRequested);
        QTest::mouseClick(test, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        const auto profile = requested.at(0).at(0).value<TenantProfile>();
        QCOMPARE(profile.name, QStringLiteral("Acme"));
        QCOMPARE(profile.baseUrl.host(), QStringLiteral("acme.api.identitynow.com"));
        QCOMPARE(requested.at(0).at(1).toString(), secret64());
        QVERIFY(dialog.isTesting());
        auto *status = child<RequestStatusWidget>(dialog, "statusWidget");
        QCOMPARE(status->state(), RequestStatusWidget::State::Busy);

        TokenInfo info;
        info.tenantId = QStringLiteral("2c91808a-tenant");
        info.org = QStringLiteral("acme");
        info.pod = QStringLiteral("stg01-useast1");
        info.obtainedAt = QDateTime::currentDateTimeUtc();
        info.expiresAt = info.obtainedAt.addSecs(43200);
        dialog.showConnectionTestResult(info);
        QVERIFY(!dialog.isTesting());
        QCOMPARE(status->state(), RequestStatusWidget::State::Message);
        QVERIFY(status->text().contains(info.tenantId));
        QVERIFY(status->text().contains(info.org));
        QVERIFY(status->text().contains(info.pod));
        QVERIFY(!status->text().contains(secret64()));
        // Testing saved nothing.
        QCOMPARE(m_profiles->tenantProfiles().size(), 0);

        // A failure is shown with its status; Cancel while testing asks the caller to stop.
        QTest::mouseClick(test, Qt::LeftButton);
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = 401;
        dialog.showConnectionTestError(error);
        QCOMPARE(status->state(), RequestStatusWidget::State::Error);
        QCOMPARE(status->httpStatus(), 401);
        QSignalSpy cancel(&dialog, &TenantProfilesDialog::testCancelRequested);
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(dialog.isTesting());
        QTest::mouseClick(test, Qt::LeftButton); // now "Cancel Test"
        QCOMPARE(cancel.count(), 1);
        QVERIFY(!dialog.isTesting());
        dialog.showConnectionTestResult(info); // a late answer is ignored
        QVERIFY(status->state() != RequestStatusWidget::State::Busy);
        QVERIFY(!status->text().contains(info.pod));
    }

    void importFromSail()
    {
        makeStores();
        const QString path = m_dir.filePath(QStringLiteral("config.yaml"));
        QFile yaml(path);
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("environments:\n"
                   "  acme:\n"
                   "    baseurl: https://acme.api.identitynow.com\n"
                   "  beta:\n"
                   "    baseurl: https://beta.api.identitynow.com\n");
        yaml.close();
        TenantProfilesDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.setSailConfigPath(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        auto *import = dialog.findChild<SailImportDialog *>();
        QVERIFY(import);
        QCOMPARE(import->selectedProfiles().size(), 2);
        import->setEnvironmentChecked(QStringLiteral("beta"), false);
        import->accept();
        QCOMPARE(m_profiles->tenantProfiles().size(), 1);
        QCOMPARE(m_profiles->tenantProfiles().first().name, QStringLiteral("acme"));
        QCOMPARE(dialog.currentProfileId(), m_profiles->tenantProfiles().first().id);
    }

    void unsavedChangesAskBeforeClosing()
    {
        makeStores();
        const TenantProfile acme = addStored(QStringLiteral("Acme"));
        TenantProfilesDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.selectProfile(acme.id));
        type(dialog, "nameEdit", QStringLiteral("Acme renamed"));
        test::whenModalShown([](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                box->button(QMessageBox::Cancel)->click();
        });
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Acme renamed"));

        test::whenModalShown([](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                box->button(QMessageBox::Save)->click();
        });
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(m_profiles->profile(acme.id)->name, QStringLiteral("Acme renamed"));
    }

    void secretWipedOnClose()
    {
        makeStores();
        TenantProfilesDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.addProfile();
        type(dialog, "secretEdit", secret64());
        QCOMPARE(child<QLineEdit>(dialog, "secretEdit")->text(), secret64());
        dialog.hide(); // what done() does
        QVERIFY(child<QLineEdit>(dialog, "secretEdit")->text().isEmpty());
        QVERIFY(!child<QLineEdit>(dialog, "secretEdit")->isUndoAvailable());
    }

    void tabOrder()
    {
        makeStores();
        TenantProfilesDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.addProfile();
        auto *name = child<QLineEdit>(dialog, "nameEdit");
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "baseUrlEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "clientIdEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "secretEdit"));
        // Mnemonics reach the fields through their labels' buddies.
        QCOMPARE(child<QLabel>(dialog, "clientIdLabel")->buddy(),
                 child<QLineEdit>(dialog, "clientIdEdit"));
    }

    void retranslates()
    {
        makeStores();
        TenantProfilesDialog dialog(m_profiles.get(), m_secrets.get());
        dialog.addProfile();
        type(dialog, "nameEdit", QStringLiteral("Half"));
        {
            const test::ScopedPseudoTranslation translation;
            QCOMPARE(dialog.windowTitle(), test::PseudoTranslator::wrap(QStringLiteral("Tenants")));
            QCOMPARE(child<QPushButton>(dialog, "testButton")->text(),
                     test::PseudoTranslator::wrap(QStringLiteral("&Test Connection")));
            QCOMPARE(child<QLabel>(dialog, "nameLabel")->text(),
                     test::PseudoTranslator::wrap(QStringLiteral("&Name:")));
            QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Half"));
        }
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Tenants"));
    }
};

QTEST_MAIN(TestTenantProfilesDialog)
#include "tst_tenantprofilesdialog.moc"
