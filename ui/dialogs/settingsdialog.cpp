#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "ui/widgets/languagemanager.h"

#include "tenants/secretstore.h"

#include <QDir>
#include <QEvent>
#include <QPushButton>

namespace isc {

SettingsDialog::SettingsDialog(LanguageManager *languages, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_languages(languages)
{
    m_ui->setupUi(this);
    m_ui->networkGroup->hide();
    m_ui->secretsGroup->hide();
    m_ui->localeSelector->setLanguage(m_languages->language());
    m_ui->localeSelector->setApiLocaleOverride(m_languages->apiLocaleOverride());

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    for (QSpinBox *spin :
         {m_ui->inactivitySpin, m_ui->deadlineSpin, m_ui->retriesSpin, m_ui->retryAfterSpin}) {
        connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    }
    connect(m_ui->fileFallbackCheck, &QCheckBox::toggled, this, &SettingsDialog::validate);
    m_ui->inactivitySpin->setRange(ConsoleSettings::minInactivityTimeoutSeconds,
                                   ConsoleSettings::maxInactivityTimeoutSeconds);
    m_ui->deadlineSpin->setRange(ConsoleSettings::minDeadlineSeconds,
                                 ConsoleSettings::maxDeadlineSeconds);
    m_ui->retriesSpin->setRange(ConsoleSettings::minAttempts - 1,
                                ConsoleSettings::maxAttemptsLimit - 1);
    m_ui->retryAfterSpin->setRange(ConsoleSettings::minRetryAfterSeconds,
                                   ConsoleSettings::maxRetryAfterSecondsLimit);
    showConsoleSettings(ConsoleSettings());
    retranslate();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setConsoleSettings(const ConsoleSettings &settings)
{
    m_hasConsoleSettings = true;
    m_initial = settings;
    m_ui->networkGroup->show();
    m_ui->secretsGroup->show();
    showConsoleSettings(settings);
}

ConsoleSettings SettingsDialog::consoleSettings() const
{
    ConsoleSettings out = m_initial;
    out.inactivityTimeoutSeconds = m_ui->inactivitySpin->value();
    out.deadlineSeconds = m_ui->deadlineSpin->value();
    out.maxAttempts = m_ui->retriesSpin->value() + 1;
    out.maxRetryAfterSeconds = m_ui->retryAfterSpin->value();
    out.secretsFileFallback = m_ui->fileFallbackCheck->isChecked();
    return out;
}

QString SettingsDialog::language() const
{
    return m_ui->localeSelector->language();
}

QString SettingsDialog::apiLocaleOverride() const
{
    return m_ui->localeSelector->apiLocaleOverride();
}

QString SettingsDialog::validationMessage() const
{
    if (!m_hasConsoleSettings)
        return {};
    const ConsoleSettings values = consoleSettings();
    if (values.deadlineSeconds < values.inactivityTimeoutSeconds) {
        return tr("The longest call (%1 s) must not be shorter than the inactivity timeout "
                  "(%2 s).")
            .arg(values.deadlineSeconds)
            .arg(values.inactivityTimeoutSeconds);
    }
    return {};
}

void SettingsDialog::accept()
{
    if (!validationMessage().isEmpty())
        return;
    // Languages first: the UI switches at once, and the LanguageManager remembers them.
    m_languages->setApiLocaleOverride(apiLocaleOverride());
    if (language() != m_languages->language())
        m_languages->setLanguage(language());
    if (m_hasConsoleSettings) {
        const ConsoleSettings values = consoleSettings();
        if (values != m_initial)
            Q_EMIT consoleSettingsAccepted(values);
    }
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::showConsoleSettings(const ConsoleSettings &settings)
{
    m_ui->inactivitySpin->setValue(settings.inactivityTimeoutSeconds);
    m_ui->deadlineSpin->setValue(settings.deadlineSeconds);
    m_ui->retriesSpin->setValue(settings.maxAttempts - 1);
    m_ui->retryAfterSpin->setValue(settings.maxRetryAfterSeconds);
    m_ui->fileFallbackCheck->setChecked(settings.secretsFileFallback);
    validate();
}

void SettingsDialog::restoreDefaults()
{
    ConsoleSettings defaults;
    // A safety choice, not a tuning: restoring defaults does not turn the secrets file off
    // or on behind the user's back.
    defaults.secretsFileFallback = m_ui->fileFallbackCheck->isChecked();
    showConsoleSettings(defaults);
    m_ui->localeSelector->setApiLocaleOverride(QString());
}

void SettingsDialog::validate()
{
    const QString problem = validationMessage();
    m_ui->validationLabel->setText(problem);
    m_ui->validationLabel->setVisible(!problem.isEmpty());
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok)) {
        ok->setEnabled(problem.isEmpty());
        ok->setToolTip(problem);
    }
    m_ui->fileFallbackWarning->setVisible(m_ui->fileFallbackCheck->isChecked());
}

void SettingsDialog::retranslate()
{
    //: Unit after a number of seconds in a spin box: "30 s"
    const QString seconds = tr(" s");
    for (QSpinBox *spin : {m_ui->inactivitySpin, m_ui->deadlineSpin, m_ui->retryAfterSpin})
        spin->setSuffix(seconds);
    m_ui->retriesSpin->setSuffix(tr(" times"));
    m_ui->retriesSpin->setSpecialValueText(tr("Never"));
    m_ui->inactivitySpin->setToolTip(
        tr("A request that sends and receives nothing for this long fails as timed out."));
    m_ui->deadlineSpin->setToolTip(tr("No call, with its repeats and waits, takes longer than "
                                      "this. Uploads of versions have no such limit."));
    m_ui->retriesSpin->setToolTip(
        tr("Reads that fail with a server error or a dropped connection are repeated, with "
           "growing pauses. Changes (create, rename, delete, upload, link) are never repeated "
           "blindly."));
    m_ui->retryAfterSpin->setToolTip(
        tr("When Identity Security Cloud asks to wait (HTTP 429, Retry-After) longer than "
           "this, the call fails instead of waiting."));
    m_ui->networkNote->setText(tr("Applies to tenants opened from now on."));
    m_ui->fileFallbackCheck->setToolTip(
        tr("Only used when no system keychain (Secret Service, KWallet, macOS Keychain, "
           "Windows Credential Manager) answers."));
    m_ui->fileFallbackWarning->setText(
        tr("Warning: the secrets are written unencrypted to %1, readable only by your user "
           "account. Anyone with access to that account or its backups can read them and act "
           "on your tenants.")
            .arg(QDir::toNativeSeparators(SecretStore::defaultFallbackFilePath())));
    validate();
}

} // namespace isc
