#include "tenantprofilesdialog.h"
#include "ui_tenantprofilesdialog.h"

#include "rotatesecretdialog.h"
#include "sailimportdialog.h"

#include "tenants/profilestore.h"
#include "tenants/sailconfigreader.h"
#include "tenants/secretstore.h"

#include <QCloseEvent>
#include <QEvent>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStyle>

namespace isc {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

TenantProfilesDialog::TenantProfilesDialog(ProfileStore *profiles, SecretStore *secrets,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TenantProfilesDialog>())
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_sailConfigPath(SailConfigReader::defaultPath())
{
    m_ui->setupUi(this);
    m_ui->saveButton->setDefault(true);
    m_ui->statusWidget->clear();

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TenantProfilesDialog::reject);
    connect(m_ui->profilesList, &QListWidget::currentItemChanged, this,
            &TenantProfilesDialog::onSelectionChanged);
    connect(m_ui->addButton, &QPushButton::clicked, this, &TenantProfilesDialog::addProfile);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this,
            &TenantProfilesDialog::duplicateProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] { removeProfile(); });
    connect(m_ui->importButton, &QPushButton::clicked, this, &TenantProfilesDialog::importFromSail);
    connect(m_ui->rotateButton, &QPushButton::clicked, this, &TenantProfilesDialog::rotateSecret);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &TenantProfilesDialog::saveProfile);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &TenantProfilesDialog::revertProfile);
    connect(m_ui->testButton, &QPushButton::clicked, this, [this] {
        if (m_testing) {
            setTesting(false);
            m_ui->statusWidget->showMessage(tr("Connection test cancelled."));
            Q_EMIT testCancelRequested();
        } else {
            testConnection();
        }
    });
    connect(m_ui->editor, &TenantProfileEditor::changed, this,
            &TenantProfilesDialog::updateButtons);
    connect(m_ui->fileFallbackCheck, &QCheckBox::toggled, this,
            &TenantProfilesDialog::setFileFallback);
    connect(m_profiles, &ProfileStore::profilesChanged, this, [this] {
        if (m_filling)
            return;
        // Changed elsewhere (the Environment profile, another window): follow, and keep
        // what is being edited.
        const QString keep = m_currentId;
        fillList(keep);
        m_ui->editor->setExistingProfiles(m_profiles->profiles());
        if (m_ui->editor->isModified() || (m_ui->editor->isNew() && m_currentId.isEmpty()))
            return;
        if (const std::optional<TenantProfile> current = m_profiles->profile(keep))
            loadEditor(*current, false);
        else
            onSelectionChanged();
    });
    if (m_secrets) {
        connect(m_secrets, &SecretStore::keychainStatusChanged, this,
                &TenantProfilesDialog::updateSecretNote);
        // Learn now whether the keychain works, so the warning comes before a secret is typed.
        if (m_secrets->keychainStatus() == SecretStore::KeychainStatus::Unknown) {
            SecretJob *probe = m_secrets->probe();
            connect(probe, &SecretJob::finished, this, &TenantProfilesDialog::updateSecretNote);
            probe->start();
        }
    }

    fillList(m_profiles->activeProfileId());
    onSelectionChanged();
    retranslate();
}

TenantProfilesDialog::~TenantProfilesDialog()
{
    clearSecrets();
}

void TenantProfilesDialog::setSailConfigPath(const QString &path)
{
    m_sailConfigPath = path;
}

QString TenantProfilesDialog::currentProfileId() const
{
    return m_currentId;
}

bool TenantProfilesDialog::selectProfile(const QString &id)
{
    for (int row = 0; row < m_ui->profilesList->count(); ++row) {
        QListWidgetItem *item = m_ui->profilesList->item(row);
        if (item->data(IdRole).toString() == id) {
            m_ui->profilesList->setCurrentItem(item);
            return m_currentId == id;
        }
    }
    return false;
}

bool TenantProfilesDialog::hasUnsavedChanges() const
{
    return m_ui->editor->isModified();
}

void TenantProfilesDialog::addProfile()
{
    if (m_testing || !confirmDiscard())
        return;
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        m_ui->profilesList->setCurrentItem(nullptr);
        m_ui->profilesList->clearSelection();
    }
    loadEditor(TenantProfile(), true);
    m_ui->editor->setFocus();
}

bool TenantProfilesDialog::saveProfile()
{
    TenantProfileEditor *editor = m_ui->editor;
    const TenantProfile edited = editor->profile();
    if (edited.isBuiltIn() || m_testing)
        return false;
    const ProfileValidation validation = editor->validation();
    if (!validation.isValid()) {
        m_ui->statusWidget->showErrorText(
            tr("The profile cannot be saved: %1").arg(validation.firstError()));
        return false;
    }
    QString error;
    TenantProfile stored = edited;
    const QString secret = editor->secret();
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        if (editor->isNew()) {
            const std::optional<TenantProfile> added = m_profiles->add(edited, &error);
            if (!added) {
                // Everything typed stays, the secret included: the user fixes and saves again.
                m_ui->statusWidget->showErrorText(tr("The profile was not saved: %1").arg(error));
                return false;
            }
            stored = *added;
        } else if (!m_profiles->update(edited, &error)) {
            m_ui->statusWidget->showErrorText(tr("The profile was not saved: %1").arg(error));
            return false;
        } else {
            stored = m_profiles->profile(edited.id).value_or(edited);
        }
    }
    fillList(stored.id);
    loadEditor(stored, false);
    m_ui->statusWidget->showMessage(tr("The profile “%1” was saved.").arg(stored.name));
    if (!secret.isEmpty())
        writeSecret(stored.id, secret);
    return true;
}

void TenantProfilesDialog::revertProfile()
{
    if (m_ui->editor->isNew() && m_currentId.isEmpty()) {
        loadEditor(TenantProfile(), true);
        return;
    }
    if (const std::optional<TenantProfile> stored = m_profiles->profile(m_currentId))
        loadEditor(*stored, false);
}

bool TenantProfilesDialog::duplicateProfile()
{
    if (m_testing || m_currentId.isEmpty() || !confirmDiscard())
        return false;
    QString error;
    std::optional<TenantProfile> copy;
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        copy = m_profiles->duplicate(m_currentId, &error);
    }
    if (!copy) {
        m_ui->statusWidget->showErrorText(tr("The profile was not duplicated: %1").arg(error));
        return false;
    }
    fillList(copy->id);
    loadEditor(*copy, false);
    m_ui->statusWidget->showMessage(
        tr("“%1” is a copy; its client secret is copied too, when one is stored.").arg(copy->name));
    return true;
}

bool TenantProfilesDialog::removeProfile(bool confirmed)
{
    const std::optional<TenantProfile> profile = m_profiles->profile(m_currentId);
    if (m_testing || !profile || profile->isBuiltIn())
        return false;
    if (!confirmed) {
        QMessageBox box(QMessageBox::Question, tr("Remove Profile?"),
                        tr("Remove the tenant profile “%1”? Its client secret is deleted from "
                           "the keychain too. The tenant itself is not changed.")
                            .arg(profile->name),
                        QMessageBox::Cancel, this);
        QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove)
            return false;
    }
    QString error;
    bool removed = false;
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        removed = m_profiles->remove(profile->id, &error);
    }
    if (!removed) {
        m_ui->statusWidget->showErrorText(tr("The profile was not removed: %1").arg(error));
        return false;
    }
    // The editor held the removed profile: whatever was typed there goes with it.
    m_ui->editor->setProfile(TenantProfile(), false);
    fillList(m_profiles->activeProfileId());
    onSelectionChanged();
    m_ui->statusWidget->showMessage(tr("The profile “%1” was removed.").arg(profile->name));
    return true;
}

void TenantProfilesDialog::importFromSail()
{
    if (m_testing)
        return;
    const SailConfigReader::Result config = SailConfigReader::readFile(m_sailConfigPath);
    auto *dialog = new SailImportDialog(config, m_profiles->tenantProfiles(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!confirmDiscard())
            return;
        QStringList skipped;
        QList<TenantProfile> added;
        {
            const QScopedValueRollback<bool> filling(m_filling, true);
            added = m_profiles->importProfiles(dialog->selectedProfiles(), &skipped);
        }
        fillList(added.isEmpty() ? m_currentId : added.first().id);
        onSelectionChanged();
        QString message = tr("%n profile(s) imported. Enter their client secrets with "
                             "“Rotate Secret…”.",
                             nullptr, int(added.size()));
        if (!skipped.isEmpty())
            message += u'\n' + skipped.join(u'\n');
        m_ui->statusWidget->showMessage(message);
    });
    dialog->open();
}

void TenantProfilesDialog::rotateSecret()
{
    const std::optional<TenantProfile> profile = m_profiles->profile(m_currentId);
    if (m_testing || !m_secrets || !profile || profile->isBuiltIn())
        return;
    auto *dialog = new RotateSecretDialog(profile->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = profile->id;
    connect(dialog, &RotateSecretDialog::submitted, this,
            [this, id](const QString &secret) { writeSecret(id, secret); });
    dialog->open();
}

void TenantProfilesDialog::testConnection()
{
    if (m_testing)
        return;
    const QString why = testRefusal();
    if (!why.isEmpty()) {
        m_ui->statusWidget->showErrorText(why);
        return;
    }
    const TenantProfile profile = m_ui->editor->profile();
    setTesting(true);
    m_ui->statusWidget->showBusy(tr("Testing the connection to “%1”…").arg(profile.name));
    Q_EMIT testConnectionRequested(profile, m_ui->editor->secret());
}

void TenantProfilesDialog::showConnectionTestResult(const TokenInfo &info)
{
    if (!m_testing)
        return; // cancelled meanwhile
    setTesting(false);
    const QString none = tr("not stated");
    QString text =
        tr("Connected. Tenant: %1. Organization: %2. Pod: %3.")
            .arg(info.tenantId.isEmpty() ? none : info.tenantId,
                 info.org.isEmpty() ? none : info.org, info.pod.isEmpty() ? none : info.pod);
    if (info.expiresAt.isValid()) {
        text += u'\n' +
            tr("The access token is valid until %1.")
                .arg(QLocale().toString(info.expiresAt.toLocalTime(), QLocale::ShortFormat));
    }
    m_ui->statusWidget->showMessage(text);
}

void TenantProfilesDialog::showConnectionTestError(const ApiError &error)
{
    if (!m_testing)
        return;
    setTesting(false);
    m_ui->statusWidget->showError(error);
}

void TenantProfilesDialog::showConnectionTestError(const QString &message)
{
    if (!m_testing)
        return;
    setTesting(false);
    m_ui->statusWidget->showErrorText(message);
}

void TenantProfilesDialog::reject()
{
    if (m_testing) {
        setTesting(false);
        Q_EMIT testCancelRequested();
    }
    if (!confirmDiscard())
        return;
    QDialog::reject();
}

void TenantProfilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::StyleChange) {
        updateSecretNote();
    }
    QDialog::changeEvent(event);
}

void TenantProfilesDialog::closeEvent(QCloseEvent *event)
{
    // The window's close button: QDialog calls reject(), which asks about unsaved changes
    // and ignores the event when the user stays.
    QDialog::closeEvent(event);
}

void TenantProfilesDialog::hideEvent(QHideEvent *event)
{
    // Closed (not minimized): nothing typed in a secret field outlives the dialog's window.
    if (!event->spontaneous())
        clearSecrets();
    QDialog::hideEvent(event);
}

void TenantProfilesDialog::fillList(const QString &selectId)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    QListWidget *list = m_ui->profilesList;
    list->clear();
    QListWidgetItem *selected = nullptr;
    const QString active = m_profiles->activeProfileId();
    for (const TenantProfile &profile : m_profiles->profiles()) {
        auto *item = new QListWidgetItem(list);
        item->setData(IdRole, profile.id);
        QStringList badges;
        if (profile.id == active)
            //: Marks the profile in use in the list of profiles
            badges.append(tr("in use"));
        if (profile.readOnly)
            badges.append(tr("read-only"));
        if (profile.isBuiltIn())
            badges.append(tr("built-in"));
        item->setText(badges.isEmpty() ? profile.name
                                       //: A profile and its badges: "Acme (in use, read-only)"
                                       : tr("%1 (%2)").arg(profile.name, badges.join(tr(", "))));
        item->setToolTip(profile.kind == TenantProfile::Kind::Tenant
                             ? profile.baseUrl.toString()
                             : tr("Built in: it cannot be edited or removed."));
        if (profile.isBuiltIn()) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
        if (profile.id == selectId)
            selected = item;
    }
    if (!selectId.isEmpty() && !selected && list->count() > 0)
        selected = list->item(0);
    list->setCurrentItem(selected);
}

void TenantProfilesDialog::onSelectionChanged()
{
    if (m_filling)
        return;
    const QListWidgetItem *item = m_ui->profilesList->currentItem();
    const QString id = item ? item->data(IdRole).toString() : QString();
    const bool editingNew = m_ui->editor->isNew() && m_currentId.isEmpty();
    if (id == m_currentId && !editingNew && !id.isEmpty())
        return;
    if (!confirmDiscard()) {
        // Stay on what is being edited.
        const QScopedValueRollback<bool> filling(m_filling, true);
        QListWidgetItem *back = nullptr;
        for (int row = 0; row < m_ui->profilesList->count(); ++row) {
            if (m_ui->profilesList->item(row)->data(IdRole).toString() == m_currentId)
                back = m_ui->profilesList->item(row);
        }
        m_ui->profilesList->setCurrentItem(m_currentId.isEmpty() ? nullptr : back);
        return;
    }
    if (const std::optional<TenantProfile> profile = m_profiles->profile(id))
        loadEditor(*profile, false);
    else
        loadEditor(TenantProfile(), true);
}

void TenantProfilesDialog::loadEditor(const TenantProfile &profile, bool isNew)
{
    m_currentId = isNew ? QString() : profile.id;
    m_ui->editor->setExistingProfiles(m_profiles->profiles());
    m_ui->editor->setProfile(profile, isNew);
    if (!m_testing && m_ui->statusWidget->state() != RequestStatusWidget::State::Busy)
        m_ui->statusWidget->clear();
    updateSecretNote();
    retranslateEditorTitle();
    updateButtons();
}

void TenantProfilesDialog::updateButtons()
{
    const TenantProfileEditor *editor = m_ui->editor;
    const TenantProfile profile = editor->profile();
    const bool stored = !editor->isNew() && !m_currentId.isEmpty();
    const bool tenant = profile.kind == TenantProfile::Kind::Tenant;
    const bool idle = !m_testing;

    m_ui->profilesList->setEnabled(idle);
    m_ui->addButton->setEnabled(idle);
    m_ui->importButton->setEnabled(idle);
    m_ui->duplicateButton->setEnabled(idle && stored && tenant);
    m_ui->removeButton->setEnabled(idle && stored && tenant);
    m_ui->rotateButton->setEnabled(idle && stored && tenant && m_secrets);
    m_ui->rotateButton->setToolTip(
        m_secrets ? tr("Replace the stored client secret, e.g. after it was renewed")
                  : tr("No secret store is available"));
    m_ui->editor->setEnabled(idle);

    const bool modified = editor->isModified();
    const ProfileValidation validation = editor->validation();
    m_ui->saveButton->setEnabled(idle && tenant && modified && validation.isValid());
    m_ui->saveButton->setToolTip(!validation.isValid()     ? validation.firstError()
                                     : !modified && tenant ? tr("Nothing changed")
                                                           : QString());
    m_ui->revertButton->setEnabled(idle && modified);

    const QString refusal = testRefusal();
    m_ui->testButton->setEnabled(m_testing || refusal.isEmpty());
    m_ui->testButton->setToolTip(m_testing ? tr("Stop waiting for the answer") : refusal);
    m_ui->testButton->setText(m_testing ? tr("Cancel &Test") : tr("&Test Connection"));
}

void TenantProfilesDialog::updateSecretNote()
{
    const bool tenant = m_ui->editor->profile().kind == TenantProfile::Kind::Tenant;
    const bool isNew = m_ui->editor->isNew();
    QString note;
    bool warning = false;
    bool keychainProblem = false;
    QString keychainText;
    if (!m_secrets) {
        keychainProblem = true;
        keychainText = tr("No secret store is available: client secrets cannot be entered here.");
    } else {
        const SecretStore::KeychainStatus status = m_secrets->keychainStatus();
        keychainProblem = status == SecretStore::KeychainStatus::Unavailable ||
            status == SecretStore::KeychainStatus::Disabled;
        keychainText = m_secrets->keychainMessage();
        if (keychainProblem && keychainText.isEmpty())
            keychainText = tr("The system keychain is not available.");
    }
    if (tenant) {
        if (keychainProblem) {
            warning = true;
            note = m_secrets && m_secrets->isFileFallbackEnabled()
                ? tr("Without a keychain the secret goes to an unencrypted file only you can "
                     "read.")
                : tr("Without a keychain the secret is kept in memory until the console "
                     "exits.");
        } else {
            note = isNew ? tr("Stored in the system keychain, never in the settings.")
                         : tr("The client secret is in the system keychain; “Rotate Secret…” "
                              "replaces it.");
        }
    }
    m_ui->editor->setSecretNote(note, warning);

    m_ui->keychainLabel->setText(keychainText);
    m_ui->keychainLabel->setVisible(keychainProblem);
    m_ui->keychainIcon->setVisible(keychainProblem);
    if (keychainProblem) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_ui->keychainIcon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    }
    // The opt-in is offered when the keychain fails, and stays visible while it is on so that
    // it can be turned off.
    const bool fileFallback = m_secrets && m_secrets->isFileFallbackEnabled();
    m_ui->fileFallbackCheck->setVisible(m_secrets && (keychainProblem || fileFallback));
    const QSignalBlocker blocker(m_ui->fileFallbackCheck);
    m_ui->fileFallbackCheck->setChecked(fileFallback);
}

void TenantProfilesDialog::writeSecret(const QString &profileId, const QString &secret)
{
    if (!m_secrets || secret.isEmpty())
        return;
    const QString name = m_profiles->profile(profileId).value_or(TenantProfile()).name;
    SecretJob *job = m_secrets->write(profileId, secret);
    connect(job, &SecretJob::finished, this, [this, name](const SecretJob::Result &result) {
        if (!result.ok()) {
            m_ui->statusWidget->showErrorText(
                tr("The client secret of “%1” was not stored: %2 Enter it again with “Rotate "
                   "Secret…”.")
                    .arg(name, result.message));
        } else if (!result.message.isEmpty()) {
            m_ui->statusWidget->showMessage(result.message);
        } else {
            m_ui->statusWidget->showMessage(
                tr("The client secret of “%1” is stored in the system keychain.").arg(name));
        }
        updateSecretNote();
    });
    job->start();
}

void TenantProfilesDialog::setFileFallback(bool enabled)
{
    if (!m_secrets)
        return;
    if (enabled) {
        QMessageBox box(QMessageBox::Warning, tr("Store Secrets in a File?"),
                        tr("Client secrets will be written unencrypted to %1, readable only by "
                           "your user account. Anyone with access to your account or its "
                           "backups can read them and act on your tenants. Prefer a system "
                           "keychain (Secret Service, KWallet) when you can.")
                            .arg(m_secrets->fallbackFilePath()),
                        QMessageBox::Cancel, this);
        QPushButton *store = box.addButton(tr("Store in a File"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != store) {
            const QSignalBlocker blocker(m_ui->fileFallbackCheck);
            m_ui->fileFallbackCheck->setChecked(false);
            return;
        }
    }
    m_secrets->setFileFallbackEnabled(enabled);
    Q_EMIT fileFallbackChanged(enabled);
    updateSecretNote();
}

void TenantProfilesDialog::setTesting(bool testing)
{
    m_testing = testing;
    if (!testing && m_ui->statusWidget->state() == RequestStatusWidget::State::Busy)
        m_ui->statusWidget->clear();
    updateButtons();
}

bool TenantProfilesDialog::confirmDiscard()
{
    if (!hasUnsavedChanges())
        return true;
    const TenantProfile edited = m_ui->editor->profile();
    QMessageBox box(QMessageBox::Question, tr("Save Changes?"),
                    edited.name.isEmpty()
                        ? tr("The new profile is not saved.")
                        : tr("The changes to the profile “%1” are not saved.").arg(edited.name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return saveProfile();
    case QMessageBox::Discard:
        revertProfile();
        return true;
    default:
        return false;
    }
}

void TenantProfilesDialog::clearSecrets()
{
    m_ui->editor->clearSecret();
}

QString TenantProfilesDialog::testRefusal() const
{
    const TenantProfileEditor *editor = m_ui->editor;
    const TenantProfile profile = editor->profile();
    if (profile.kind == TenantProfile::Kind::Sandbox)
        return {};
    const ProfileValidation validation = editor->validation();
    if (!validation.isValid())
        return validation.firstError();
    if (profile.clientId.isEmpty())
        return tr("Enter the client ID first.");
    if (editor->isNew() && editor->secret().isEmpty())
        return tr("Enter the client secret first.");
    return {};
}

void TenantProfilesDialog::retranslateEditorTitle()
{
    const TenantProfile profile = m_ui->editor->profile();
    m_ui->editorTitle->setText(
        m_ui->editor->isNew() && m_currentId.isEmpty()
            ? tr("New profile")
            //: The title above the fields of a profile
            : tr("Profile “%1”").arg(m_profiles->profile(m_currentId).value_or(profile).name));
}

void TenantProfilesDialog::retranslate()
{
    fillList(m_currentId);
    retranslateEditorTitle();
    updateSecretNote();
    updateButtons();
}

} // namespace isc
