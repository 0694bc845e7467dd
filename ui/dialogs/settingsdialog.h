#pragma once

#include <QDialog>

#include <memory>

namespace isc {

class LanguageManager;

namespace Ui {
class SettingsDialog;
}

// "Settings": the user interface language and the API locale (LocaleSelector). OK applies
// them through the LanguageManager, which switches at once and remembers them.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `languages` is not owned and must outlive the dialog.
    explicit SettingsDialog(LanguageManager *languages, QWidget *parent = nullptr);
    ~SettingsDialog() override;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    LanguageManager *m_languages;
};

} // namespace isc
