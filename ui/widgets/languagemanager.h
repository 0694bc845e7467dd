#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;
class QTranslator;

namespace isc {

// The UI language and the API locale of the console.
//
// setLanguage() installs the console's translator (:/i18n/isc-console_<lang>.qm, embedded
// in isc-ui) and Qt's own (qtbase_<lang> from QLibraryInfo's TranslationsPath), removes the
// previous ones, and sets QLocale's default, so every window gets QEvent::LanguageChange and
// retranslates at once: no restart. English is the source language; its catalogue holds
// only the plural forms ("1 second", "2 seconds").
//
// The API locale (the `locale` of GET /beta/connectors and Accept-Language) follows the UI
// language (apiLocaleFor()) unless overridden with one of the 19 apiLocales(), e.g. a German
// UI reading Japanese connector texts.
//
// Both choices are remembered in the QSettings given (keys "Ui/language" and
// "Ui/apiLocale"); restore() applies them at start-up, or the system's language when none
// was chosen.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    // `settings` is not owned and must outlive the manager; null: nothing is remembered.
    explicit LanguageManager(QSettings *settings, QObject *parent = nullptr);
    ~LanguageManager() override; // removes its translators

    // The UI languages shipped: "en", "de", "fr".
    static QStringList availableLanguages();
    // A language's own name: "English", "Deutsch", "Français".
    static QString nativeName(const QString &language);
    // The shipped language that best matches `locale` (its uiLanguages()), else "en".
    static QString bestLanguageFor(const QLocale &locale);

    // Applies the remembered language (or the system's) and API locale override.
    void restore();

    QString language() const { return m_language; } // "en" until set
    // Switches the UI language; false (and no change) for a language not shipped or whose
    // catalogue cannot be loaded.
    bool setLanguage(const QString &language);

    // The override: one of apiLocales(), or empty for "same as the UI".
    QString apiLocaleOverride() const { return m_apiLocaleOverride; }
    // False (and no change) for a code that is neither empty nor one of apiLocales().
    bool setApiLocaleOverride(const QString &apiLocale);
    // What to send: the override, else apiLocaleFor(QLocale()) of the UI language.
    QString effectiveApiLocale() const;

Q_SIGNALS:
    void languageChanged(const QString &language);
    // The effective API locale changed (by the override or with the UI language).
    void apiLocaleChanged(const QString &apiLocale);

private:
    bool installTranslators(const QString &language);
    void removeTranslators();
    void save() const;

    QSettings *m_settings;
    QString m_language = QStringLiteral("en");
    QString m_apiLocaleOverride;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace isc
