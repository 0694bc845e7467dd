#include "ui/dialogs/settingsdialog.h"
#include "ui/widgets/languagemanager.h"
#include "ui/widgets/localeselector.h"

#include "uitest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace isc;

// Settings: the UI language and the API locale chosen apart and remembered; timeouts,
// retries and the secrets file when the caller hands them in.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    template<typename T>
    static T *child(QWidget &widget, const char *name)
    {
        return widget.findChild<T *>(QString::fromLatin1(name));
    }
    static QPushButton *ok(SettingsDialog &dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }
    static void retype(QSpinBox *spin, int value)
    {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void languagesAppliedAndRemembered()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("languages.ini")), QSettings::IniFormat);
        {
            LanguageManager manager(&settings);
            SettingsDialog dialog(&manager);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(!child<QGroupBox>(dialog, "networkGroup")->isVisible()); // not handed in
            auto *selector = child<LocaleSelector>(dialog, "localeSelector");
            QComboBox *language = selector->languageComboBox();
            language->setFocus();
            QTest::keyClick(language, Qt::Key_Down); // Deutsch
            QComboBox *api = selector->apiLocaleComboBox();
            api->setCurrentIndex(api->findData(QStringLiteral("ja")));
            QCOMPARE(manager.language(), QStringLiteral("en")); // nothing applied before OK
            QTest::mouseClick(ok(dialog), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(manager.language(), QStringLiteral("de"));
            QCOMPARE(manager.apiLocaleOverride(), QStringLiteral("ja"));
            QCOMPARE(manager.effectiveApiLocale(), QStringLiteral("ja"));
        }
        LanguageManager restored(&settings);
        restored.restore();
        QCOMPARE(restored.language(), QStringLiteral("de"));
        QCOMPARE(restored.apiLocaleOverride(), QStringLiteral("ja"));
        // The dialog opens on the current choices.
        SettingsDialog again(&restored);
        QCOMPARE(again.language(), QStringLiteral("de"));
        QCOMPARE(again.apiLocaleOverride(), QStringLiteral("ja"));
        QVERIFY(restored.setLanguage(QStringLiteral("en")));
    }

    void cancelAppliesNothing()
    {
        LanguageManager manager(nullptr);
        SettingsDialog dialog(&manager);
        auto *selector = child<LocaleSelector>(dialog, "localeSelector");
        selector->setLanguage(QStringLiteral("fr"));
        dialog.reject();
        QCOMPARE(manager.language(), QStringLiteral("en"));
    }

    void consoleSettings()
    {
        LanguageManager manager(nullptr);
        SettingsDialog dialog(&manager);
        ConsoleSettings initial;
        initial.inactivityTimeoutSeconds = 30;
        initial.deadlineSeconds = 120;
        dialog.setConsoleSettings(initial);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QGroupBox>(dialog, "networkGroup")->isVisible());
        QCOMPARE(dialog.consoleSettings(), initial);
        QSignalSpy accepted(&dialog, &SettingsDialog::consoleSettingsAccepted);

        // A deadline shorter than the inactivity timeout cannot be right.
        retype(child<QSpinBox>(dialog, "inactivitySpin"), 200);
        QVERIFY(!ok(dialog)->isEnabled());
        QVERIFY(child<QLabel>(dialog, "validationLabel")->isVisible());
        QVERIFY(!dialog.validationMessage().isEmpty());
        retype(child<QSpinBox>(dialog, "deadlineSpin"), 300);
        QVERIFY(ok(dialog)->isEnabled());
        retype(child<QSpinBox>(dialog, "retriesSpin"), 0);
        QCOMPARE(child<QSpinBox>(dialog, "retriesSpin")->value(), 0);
        QCOMPARE(child<QSpinBox>(dialog, "retriesSpin")->specialValueText(),
                 QStringLiteral("Never"));

        auto *file = child<QCheckBox>(dialog, "fileFallbackCheck");
        auto *warning = child<QLabel>(dialog, "fileFallbackWarning");
        QVERIFY(!warning->isVisible());
        test::clickIndicator(file);
        QVERIFY(file->isChecked());
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("unencrypted")));

        QTest::mouseClick(ok(dialog), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        const auto values = accepted.at(0).at(0).value<ConsoleSettings>();
        QCOMPARE(values.inactivityTimeoutSeconds, 200);
        QCOMPARE(values.deadlineSeconds, 300);
        QCOMPARE(values.maxAttempts, 1);
        QVERIFY(values.secretsFileFallback);
    }

    void restoreDefaultsKeepsSecretsChoice()
    {
        LanguageManager manager(nullptr);
        SettingsDialog dialog(&manager);
        ConsoleSettings initial;
        initial.inactivityTimeoutSeconds = 90;
        initial.deadlineSeconds = 900;
        initial.secretsFileFallback = true;
        dialog.setConsoleSettings(initial);
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::RestoreDefaults),
            Qt::LeftButton);
        ConsoleSettings expected;
        expected.secretsFileFallback = true;
        QCOMPARE(dialog.consoleSettings(), expected);
        // Unchanged values: OK emits nothing.
        QSignalSpy accepted(&dialog, &SettingsDialog::consoleSettingsAccepted);
        dialog.setConsoleSettings(initial);
        dialog.accept();
        QCOMPARE(accepted.count(), 0);
    }

    void valuesStoredAndApplied()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        QCOMPARE(ConsoleSettings::load(settings), ConsoleSettings()); // defaults
        ConsoleSettings values;
        values.inactivityTimeoutSeconds = 45;
        values.deadlineSeconds = 600;
        values.maxAttempts = 2;
        values.maxRetryAfterSeconds = 30;
        values.secretsFileFallback = true;
        values.save(settings);
        QCOMPARE(ConsoleSettings::load(settings), values);
        QVERIFY(settings.value(QStringLiteral("Secrets/fileFallback")).toBool());

        PipelineOptions options;
        options.maxInFlight = 3;
        values.applyTo(options);
        QCOMPARE(options.inactivityTimeoutMs, 45000);
        QCOMPARE(options.deadlineMs, 600000);
        QCOMPARE(options.maxAttempts, 2);
        QCOMPARE(options.maxRetryAfterSeconds, 30);
        QCOMPARE(options.maxInFlight, 3); // the rest kept

        // A hand-edited file cannot make the console wait forever or never.
        settings.setValue(QStringLiteral("Network/inactivityTimeoutSeconds"), 0);
        settings.setValue(QStringLiteral("Network/maxAttempts"), QStringLiteral("many"));
        const ConsoleSettings clamped = ConsoleSettings::load(settings);
        QCOMPARE(clamped.inactivityTimeoutSeconds, ConsoleSettings::minInactivityTimeoutSeconds);
        QCOMPARE(clamped.maxAttempts, ConsoleSettings().maxAttempts);
    }

    void retranslates()
    {
        LanguageManager manager(nullptr);
        SettingsDialog dialog(&manager);
        dialog.setConsoleSettings(ConsoleSettings());
        auto *group = child<QGroupBox>(dialog, "networkGroup");
        {
            const test::ScopedPseudoTranslation translation;
            QCOMPARE(dialog.windowTitle(),
                     test::PseudoTranslator::wrap(QStringLiteral("Settings")));
            QCOMPARE(group->title(), test::PseudoTranslator::wrap(QStringLiteral("Network")));
            QCOMPARE(child<QSpinBox>(dialog, "inactivitySpin")->suffix(),
                     test::PseudoTranslator::wrap(QStringLiteral(" s")));
        }
        QCOMPARE(group->title(), QStringLiteral("Network"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
