#pragma once

#include "consolesettings.h"

#include <QDialog>

#include <memory>

namespace isc {

class LanguageManager;

namespace Ui {
class SettingsDialog;
}

// "Settings": the user interface language and the API locale (LocaleSelector), chosen
// apart; OK applies them through the LanguageManager, which switches at once and remembers
// them.
//
// With setConsoleSettings() the dialog also shows the network timeouts and retries and the
// opt-in to the secrets file (with its warning); OK then emits consoleSettingsAccepted()
// when they changed, and the caller stores (ConsoleSettings::save) and applies them. OK is
// disabled while they do not fit together (validationMessage()). Restore Defaults resets
// the timeouts and the API locale, not the secrets choice.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `languages` is not owned and must outlive the dialog.
    explicit SettingsDialog(LanguageManager *languages, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Shows the Network and Client Secrets sections, filled with `settings`.
    void setConsoleSettings(const ConsoleSettings &settings);
    ConsoleSettings consoleSettings() const; // as edited
    QString language() const; // as chosen, applied on OK
    QString apiLocaleOverride() const; // as chosen (empty: same as the UI), applied on OK
    // Why OK is disabled (translated); empty when it is not.
    QString validationMessage() const;

Q_SIGNALS:
    // OK, when the console settings were shown and changed.
    void consoleSettingsAccepted(const isc::ConsoleSettings &settings);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showConsoleSettings(const ConsoleSettings &settings);
    void restoreDefaults();
    void validate();
    void retranslate();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    LanguageManager *m_languages;
    bool m_hasConsoleSettings = false;
    ConsoleSettings m_initial;
};

} // namespace isc
