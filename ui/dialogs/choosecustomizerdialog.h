#pragma once

#include "linkchange.h"
#include "requestdialog.h"

#include "base/connectorinstance.h"
#include "base/customizer.h"

#include <QList>

#include <memory>

namespace isc {

namespace Ui {
class ChooseCustomizerDialog;
}

// "Choose Customizer": from a source instance, pick the customizer it should use, or
// "None" to unlink it. OK ("Link", or "Unlink" for None) is enabled when the choice differs from
// the current one and emits it as one LinkChange.
class ChooseCustomizerDialog final : public RequestDialog
{
    Q_OBJECT

public:
    ChooseCustomizerDialog(const ConnectorInstance &instance, const QList<Customizer> &customizers,
                           QWidget *parent = nullptr);
    ~ChooseCustomizerDialog() override;

    // The customizer chosen; empty for "None" (unlink).
    QString selectedCustomizerId() const;
    // Selects a customizer by id (empty: "None"); false when it is not listed.
    bool selectCustomizer(const QString &customizerId);
    QList<LinkChange> changes() const; // empty or one

Q_SIGNALS:
    void submitted(const QList<isc::LinkChange> &changes);

protected:
    void submit() override;
    QString defaultBusyText() const override;
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void validate();
    void retranslate();

    std::unique_ptr<Ui::ChooseCustomizerDialog> m_ui;
    ConnectorInstance m_instance;
    QList<Customizer> m_customizers;
};

} // namespace isc
