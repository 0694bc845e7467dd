#pragma once

#include "net/apierror.h"
#include "net/tokeninfo.h"
#include "tenants/tenantprofile.h"

#include <QDialog>
#include <QPointer>
#include <QString>

#include <memory>

namespace isc {

class ProfileStore;
class SecretJob;
class SecretStore;

namespace Ui {
class TenantProfilesDialog;
}

// "Tenants": the tenant profiles. A list (the user's profiles, then the Environment and the
// built-in Sandbox profiles, which are shown but cannot be edited or removed) and the editor
// of the selected one. Add, Duplicate, Remove (confirmed), Save and Revert work on the
// ProfileStore directly (local values, no server); the secret of a new profile and
// "Rotate Secret…" go to the SecretStore, whose keychain state is shown (stored in the
// keychain, or the warning with the opt-in to a file only the user can read).
// "Import from sail CLI…" reads ~/.sailpoint/config.yaml (SailConfigReader) and offers its
// environments.
//
// "Test Connection" is the one request: it emits testConnectionRequested() with the profile
// as edited and the secret typed (empty: use the stored one, e.g. ConnectionResolver::
// resolve(profile)); the caller runs ApiClient::testConnection() and reports back with
// showConnectionTestResult() or showConnectionTestError(). Cancel while testing emits
// testCancelRequested().
//
// Secrets are never logged and never shown outside password fields; the fields are emptied
// (with their undo history) when the dialog closes.
class TenantProfilesDialog final : public QDialog
{
    Q_OBJECT

public:
    // Neither is owned; both must outlive the dialog. `secrets` may be null (no secret
    // can then be entered).
    TenantProfilesDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~TenantProfilesDialog() override;

    // The sail CLI configuration to import from (tests); default SailConfigReader::defaultPath().
    void setSailConfigPath(const QString &path);

    // The id of the profile selected (empty while adding a new one).
    QString currentProfileId() const;
    bool selectProfile(const QString &id);
    bool hasUnsavedChanges() const;
    bool isTesting() const { return m_testing; }

public Q_SLOTS:
    // Starts a new profile in the editor (what "Add…" does).
    void addProfile();
    // Saves the editor (add or update); false with the reason shown when refused.
    bool saveProfile();
    void revertProfile();
    bool duplicateProfile();
    // Asks first (unless `confirmed`).
    bool removeProfile(bool confirmed = false);
    void importFromSail();
    void rotateSecret();
    void testConnection();

    void showConnectionTestResult(const isc::TokenInfo &info);
    void showConnectionTestError(const isc::ApiError &error);
    void showConnectionTestError(const QString &message);

    // Close, Esc: cancels a running test and asks about unsaved changes (Save, Discard,
    // Cancel) first.
    void reject() override;

Q_SIGNALS:
    // `clientSecret` is the secret typed for a new profile; empty: use the stored one.
    void testConnectionRequested(const isc::TenantProfile &profile, const QString &clientSecret);
    void testCancelRequested();
    // The user opted in or out of the 0600 secrets file; persist the choice.
    void fileFallbackChanged(bool enabled);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fillList(const QString &selectId);
    void onSelectionChanged();
    void loadEditor(const TenantProfile &profile, bool isNew);
    void updateButtons();
    void updateSecretNote();
    void writeSecret(const QString &profileId, const QString &secret);
    void setFileFallback(bool enabled);
    void setTesting(bool testing);
    // Unsaved changes: asks Save / Discard / Cancel; true when it is fine to go on.
    bool confirmDiscard();
    void clearSecrets();
    // Why "Test Connection" cannot run with the editor as it is; empty when it can.
    QString testRefusal() const;
    void retranslateEditorTitle();
    void retranslate();

    std::unique_ptr<Ui::TenantProfilesDialog> m_ui;
    ProfileStore *m_profiles;
    QPointer<SecretStore> m_secrets;
    QString m_sailConfigPath;
    QString m_currentId; // the profile in the editor; empty for a new one
    bool m_filling = false;
    bool m_testing = false;
};

} // namespace isc
