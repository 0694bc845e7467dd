#pragma once

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;

namespace isc {

// Two choices: the UI language, by its own name (English, Deutsch, Français), and the API
// locale for connector texts and server messages: "Same as the user interface" (default)
// or one of the 19 locales the API knows, each by its own name (e.g. a German UI reading
// Japanese connector texts). It edits values only; SettingsDialog hands them to the
// LanguageManager.
class LocaleSelector final : public QWidget
{
    Q_OBJECT

public:
    explicit LocaleSelector(QWidget *parent = nullptr);
    ~LocaleSelector() override;

    QString language() const; // "en", "de", "fr"
    // False when the language is not shipped.
    bool setLanguage(const QString &language);

    QString apiLocaleOverride() const; // empty: same as the UI
    // False when the code is neither empty nor one of apiLocales().
    bool setApiLocaleOverride(const QString &apiLocale);

    // An API locale by its own name and code: "Deutsch — de", "中文 (台灣) — zh-TW".
    static QString apiLocaleDisplayName(const QString &apiLocale);

    QComboBox *languageComboBox() const { return m_language; }
    QComboBox *apiLocaleComboBox() const { return m_apiLocale; }

Q_SIGNALS:
    void languageChanged(const QString &language);
    void apiLocaleOverrideChanged(const QString &apiLocale);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillApiLocales();
    void retranslate();

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_apiLocaleLabel = nullptr;
    QComboBox *m_apiLocale = nullptr;
    QLabel *m_apiLocaleNote = nullptr;
};

} // namespace isc
