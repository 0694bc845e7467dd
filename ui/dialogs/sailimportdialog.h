#pragma once

#include "tenants/sailconfigreader.h"
#include "tenants/tenantprofile.h"

#include <QDialog>
#include <QList>

#include <memory>

class QPushButton;

namespace isc {

namespace Ui {
class SailImportDialog;
}

// "Import from sail CLI": the environments of a sail CLI configuration, each with its base
// URL and client id, ticked unless a profile with the same base URL and client id exists.
// The file's warnings and error are shown. "Import" is enabled while one is ticked. Secrets are not
// imported (the CLI keeps them in its keyring): the user adds them with "Rotate Secret…"
// afterwards.
class SailImportDialog final : public QDialog
{
    Q_OBJECT

public:
    SailImportDialog(const SailConfigReader::Result &config, const QList<TenantProfile> &existing,
                     QWidget *parent = nullptr);
    ~SailImportDialog() override;

    // The ticked environments as Tenant profiles (ready for ProfileStore::importProfiles).
    QList<TenantProfile> selectedProfiles() const;
    void setEnvironmentChecked(const QString &name, bool checked);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void updateButtons();
    void retranslate();
    // The Tenant profile of `existing` with the same base URL and client id, if any.
    const TenantProfile *existingProfile(const SailConfigReader::Environment &environment) const;

    std::unique_ptr<Ui::SailImportDialog> m_ui;
    SailConfigReader::Result m_config;
    QList<TenantProfile> m_existing;
    QPushButton *m_importButton = nullptr;
};

} // namespace isc
