#pragma once

#include "requestdialog.h"

#include "base/connectorinstance.h"
#include "base/customizer.h"

#include <QList>

#include <memory>
#include <optional>

namespace isc {

namespace Ui {
class EditCustomizerDialog;
}

// "Edit Customizer": every field of a customizer (id, imageVersion, imageID, tenantID,
// created in the user's locale and as sent, the instances that use it); only the name is
// editable, the others say that Identity Security Cloud sets them. OK ("Save") is enabled
// only when the name changed and is valid. submitted() carries the customizer with the new
// (trimmed) name; the caller renames it (CustomizerService::rename) and accept()s or
// showError()s.
class EditCustomizerDialog final : public RequestDialog
{
    Q_OBJECT

public:
    explicit EditCustomizerDialog(const Customizer &customizer, QWidget *parent = nullptr);
    ~EditCustomizerDialog() override;

    // The customizer shown, with the name as edited (trimmed).
    Customizer customizer() const;
    // Shows another state of the customizer (e.g. reloaded); keeps an edited name.
    void setCustomizer(const Customizer &customizer);
    // The instances linked to it. Until called the list says it is not known.
    void setInstances(const QList<ConnectorInstance> &instances);
    // Why the name cannot be saved (translated); empty when it can.
    QString validationMessage() const;

Q_SIGNALS:
    void submitted(const isc::Customizer &customizer);

protected:
    void submit() override;
    QString defaultBusyText() const override;
    void changeEvent(QEvent *event) override;

private:
    void showFields();
    void showInstances();
    void validate();
    void retranslate();

    std::unique_ptr<Ui::EditCustomizerDialog> m_ui;
    Customizer m_customizer;
    std::optional<QList<ConnectorInstance>> m_instances;
};

} // namespace isc
