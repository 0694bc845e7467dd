#pragma once

#include "requestdialog.h"

#include "base/connectorinstance.h"
#include "base/customizer.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace isc {

namespace Ui {
class DeleteCustomizerDialog;
}

// "Delete Customizer": names the customizer and asks to confirm. The caller says which
// instances use it (setLinkedInstances(), or setLinkedInstancesUnknown() when it could not
// find out); until then Delete stays disabled. When instances use it (or it is not known),
// they are listed and Delete is enabled only once the customizer's name is typed exactly;
// "Unlink Them First" emits unlinkFirstRequested() so the caller unlinks them, then calls
// setLinkedInstances() again (and setBusy(false)).
//
// Delete emits submitted(customizerId); the caller deletes it and accept()s or showError()s.
class DeleteCustomizerDialog final : public RequestDialog
{
    Q_OBJECT

public:
    explicit DeleteCustomizerDialog(const Customizer &customizer, QWidget *parent = nullptr);
    ~DeleteCustomizerDialog() override;

    void setLinkedInstances(const QList<ConnectorInstance> &instances);
    void setLinkedInstancesUnknown(const QString &why);
    // Whether the name must be typed to enable Delete.
    bool requiresTypedName() const;

Q_SIGNALS:
    void submitted(const QString &customizerId);
    void unlinkFirstRequested(const QString &customizerId, const QStringList &instanceIds);

protected:
    void submit() override;
    QString defaultBusyText() const override;
    void changeEvent(QEvent *event) override;

private:
    enum class Knowledge { Checking, Known, Unknown };

    void requestUnlink();
    void showState();
    void validate();
    void retranslate();

    std::unique_ptr<Ui::DeleteCustomizerDialog> m_ui;
    Customizer m_customizer;
    QList<ConnectorInstance> m_instances;
    Knowledge m_knowledge = Knowledge::Checking;
    QString m_unknownReason;
};

} // namespace isc
