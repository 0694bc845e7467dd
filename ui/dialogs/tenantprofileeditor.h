#pragma once

#include "tenants/profilevalidation.h"
#include "tenants/tenantprofile.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <memory>

namespace isc {

namespace Ui {
class TenantProfileEditor;
}

// The fields of one tenant profile, as the profiles dialog edits it: display name, API base
// URL (validated live with isAllowedBaseUrl; without a scheme, https is meant), client id (a
// warning when not GUID-like), client secret (a password field, for a new profile only: a stored
// secret is replaced with "Rotate Secret…"), read-only flag and API locale override. Issues of
// ProfileValidation are shown under their field as you type. Built-in profiles are shown
// read-only.
class TenantProfileEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TenantProfileEditor(QWidget *parent = nullptr);
    ~TenantProfileEditor() override;

    // `isNew`: not stored yet (the secret field is shown). Clears the secret field.
    void setProfile(const TenantProfile &profile, bool isNew);
    // The profile as edited (trimmed name and client id, the base URL as parsed).
    TenantProfile profile() const;
    bool isNew() const { return m_isNew; }
    // The others, for the uniqueness of the name.
    void setExistingProfiles(const QList<TenantProfile> &profiles);

    // The secret typed (new profiles only). Never log it.
    QString secret() const;
    // Empties the secret field and its undo history.
    void clearSecret();
    // What the secret field says about where the secret goes (keychain, or the warning).
    void setSecretNote(const QString &note, bool warning);

    // Whether the fields differ from the profile given to setProfile() (or, for a new one,
    // anything was typed).
    bool isModified() const;
    ProfileValidation validation() const;
    bool isValid() const { return validation().isValid(); }

Q_SIGNALS:
    // Any field changed (also the secret).
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLocales();
    void showValidation();
    void updateReadOnly();
    void retranslate();

    std::unique_ptr<Ui::TenantProfileEditor> m_ui;
    TenantProfile m_original;
    QList<TenantProfile> m_existing;
    bool m_isNew = false;
    bool m_loading = false;
    bool m_secretWarning = false;
    QSet<const QWidget *> m_touched; // fields the user edited since setProfile()
};

} // namespace isc
