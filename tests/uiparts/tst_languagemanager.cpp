#include "ui/dialogs/newcustomizerdialog.h"
#include "ui/widgets/languagemanager.h"
#include "ui/widgets/localeselector.h"

#include "base/apilocale.h"

#include "uitest.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isc;

namespace {

class EventCounter final : public QObject
{
public:
    EventCounter(QEvent::Type type, int *count)
        : m_type(type)
        , m_count(count)
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == m_type)
            ++*m_count;
        return QObject::eventFilter(watched, event);
    }

private:
    QEvent::Type m_type;
    int *m_count;
};

} // namespace

// The language manager switches the UI language at once (the .qm catalogues embedded in
// isc-ui and Qt's own), sets QLocale's default, keeps the API locale and remembers both.
class TestLanguageManager : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void languages()
    {
        QCOMPARE(LanguageManager::availableLanguages(),
                 (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
        QCOMPARE(LanguageManager::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(LanguageManager::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(LanguageManager::bestLanguageFor(QLocale(QStringLiteral("de_AT"))),
                 QStringLiteral("de"));
        QCOMPARE(LanguageManager::bestLanguageFor(QLocale(QStringLiteral("fr_CA"))),
                 QStringLiteral("fr"));
        QCOMPARE(LanguageManager::bestLanguageFor(QLocale(QStringLiteral("ja_JP"))),
                 QStringLiteral("en"));
    }

    void switchingRetranslatesAtOnce()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("switch.ini")), QSettings::IniFormat);
        LanguageManager manager(&settings);
        QSignalSpy language(&manager, &LanguageManager::languageChanged);
        QSignalSpy apiLocale(&manager, &LanguageManager::apiLocaleChanged);

        NewCustomizerDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.cancelButton()->text(), QStringLiteral("Cancel"));
        // Every widget gets LanguageChange: count what the dialog receives.
        int changes = 0;
        EventCounter counter(QEvent::LanguageChange, &changes);
        dialog.installEventFilter(&counter);

        QVERIFY(manager.setLanguage(QStringLiteral("de")));
        test::deliverLanguageChange();
        QCOMPARE(manager.language(), QStringLiteral("de"));
        QCOMPARE(language.count(), 1);
        QCOMPARE(language.at(0).at(0).toString(), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QVERIFY(changes >= 1);
        // Qt's own strings switch too, when the system has Qt's catalogues (qtbase_de.qm).
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                          QStringLiteral("/qtbase_de.qm"))) {
            QCOMPARE(dialog.cancelButton()->text(), QStringLiteral("Abbrechen"));
        }
        // The dialog's own OK text survives the button box resetting its standard texts.
        QCOMPARE(dialog.okButton()->text(), QStringLiteral("Erstellen"));
        QCOMPARE(manager.effectiveApiLocale(), QStringLiteral("de"));
        QCOMPARE(apiLocale.count(), 1);
        QCOMPARE(apiLocale.at(0).at(0).toString(), QStringLiteral("de"));
        QCOMPARE(settings.value(QStringLiteral("Ui/language")).toString(), QStringLiteral("de"));

        QVERIFY(manager.setLanguage(QStringLiteral("fr")));
        test::deliverLanguageChange();
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(manager.effectiveApiLocale(), QStringLiteral("fr"));
        QCOMPARE(apiLocale.count(), 2);

        const int before = changes;
        QVERIFY(manager.setLanguage(QStringLiteral("en")));
        test::deliverLanguageChange();
        QVERIFY(changes > before);
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(dialog.cancelButton()->text(), QStringLiteral("Cancel"));
        QCOMPARE(dialog.okButton()->text(), QStringLiteral("Create"));

        QVERIFY(!manager.setLanguage(QStringLiteral("xx")));
        QCOMPARE(manager.language(), QStringLiteral("en"));
        QCOMPARE(language.count(), 3);
    }

    // What a catalogue changes, every widget shows at once (a pseudo-translation stands in
    // for the catalogues, which are completed later).
    void widgetsRetranslate()
    {
        LocaleSelector selector;
        NewCustomizerDialog dialog;
        selector.show();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *label = selector.findChild<QLabel *>();
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("User interface &language:"));
        {
            const test::ScopedPseudoTranslation translation;
            QCOMPARE(label->text(),
                     test::PseudoTranslator::wrap(QStringLiteral("User interface &language:")));
            QCOMPARE(dialog.windowTitle(),
                     test::PseudoTranslator::wrap(QStringLiteral("New Customizer")));
            QCOMPARE(dialog.okButton()->text(),
                     test::PseudoTranslator::wrap(QStringLiteral("Create")));
            // The validation message is made again in the new language.
            QVERIFY(dialog.validationMessage().startsWith(u'\u00AB'));
        }
        QCOMPARE(label->text(), QStringLiteral("User interface &language:"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New Customizer"));
        QCOMPARE(dialog.okButton()->text(), QStringLiteral("Create"));
    }

    void apiLocaleOverride()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("api.ini")), QSettings::IniFormat);
        {
            LanguageManager manager(&settings);
            QVERIFY(manager.setLanguage(QStringLiteral("de")));
            QSignalSpy apiLocale(&manager, &LanguageManager::apiLocaleChanged);
            QVERIFY(manager.setApiLocaleOverride(QStringLiteral("ja")));
            QCOMPARE(manager.effectiveApiLocale(), QStringLiteral("ja"));
            QCOMPARE(apiLocale.count(), 1);
            QCOMPARE(apiLocale.at(0).at(0).toString(), QStringLiteral("ja"));
            // A German UI reading Japanese connector texts: the UI language does not move it.
            QVERIFY(manager.setLanguage(QStringLiteral("fr")));
            QCOMPARE(manager.effectiveApiLocale(), QStringLiteral("ja"));
            QCOMPARE(apiLocale.count(), 1);
            QVERIFY(!manager.setApiLocaleOverride(QStringLiteral("klingon")));
            QCOMPARE(manager.apiLocaleOverride(), QStringLiteral("ja"));
        }
        // Remembered.
        LanguageManager restored(&settings);
        restored.restore();
        QCOMPARE(restored.language(), QStringLiteral("fr"));
        QCOMPARE(restored.apiLocaleOverride(), QStringLiteral("ja"));
        QCOMPARE(restored.effectiveApiLocale(), QStringLiteral("ja"));
        QVERIFY(restored.setApiLocaleOverride(QString()));
        QCOMPARE(restored.effectiveApiLocale(), QStringLiteral("fr"));
        QVERIFY(restored.setLanguage(QStringLiteral("en")));
    }

    void selectorValues()
    {
        LocaleSelector selector;
        QCOMPARE(selector.languageComboBox()->count(), 3);
        QCOMPARE(selector.languageComboBox()->itemText(1), QStringLiteral("Deutsch"));
        QCOMPARE(selector.apiLocaleComboBox()->count(), 1 + int(apiLocales().size()));
        QCOMPARE(selector.apiLocaleOverride(), QString()); // same as UI by default
        QSignalSpy language(&selector, &LocaleSelector::languageChanged);
        QSignalSpy api(&selector, &LocaleSelector::apiLocaleOverrideChanged);
        selector.languageComboBox()->setFocus();
        QTest::keyClick(selector.languageComboBox(), Qt::Key_Down);
        QCOMPARE(selector.language(), QStringLiteral("de"));
        QCOMPARE(language.count(), 1);
        QVERIFY(selector.apiLocaleComboBox()->itemText(0).contains(QStringLiteral("de")));
        QVERIFY(selector.setApiLocaleOverride(QStringLiteral("zh-TW")));
        QCOMPARE(selector.apiLocaleOverride(), QStringLiteral("zh-TW"));
        QCOMPARE(api.count(), 1);
        QVERIFY(!selector.setApiLocaleOverride(QStringLiteral("xx")));
        QVERIFY(!selector.setLanguage(QStringLiteral("xx")));
    }
};

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
