#pragma once

#include "requestdialog.h"

#include <memory>

namespace isc {

namespace Ui {
class NewCustomizerDialog;
}

// "New Customizer": asks for a name. OK ("Create") is enabled only for a valid name
// (customizerNameProblem()), the reason shown below the field otherwise.
//
//   auto *dialog = new NewCustomizerDialog(this);
//   connect(dialog, &NewCustomizerDialog::submitted, this, [=](const QString &name) {
//       dialog->setBusy(true, tr("Creating %1…").arg(name));
//       auto *job = customizers->create(name, dialog);
//       connect(dialog, &RequestDialog::cancelRequested, job, &ApiJob::cancel);
//       connect(job, &CreateCustomizerJob::finished, dialog, [=](const auto &result) {
//           if (result.ok()) dialog->accept(); else dialog->showError(result.error);
//       });
//       job->start();
//   });
class NewCustomizerDialog final : public RequestDialog
{
    Q_OBJECT

public:
    explicit NewCustomizerDialog(QWidget *parent = nullptr);
    ~NewCustomizerDialog() override;

    QString name() const; // trimmed, as submitted
    void setName(const QString &name);
    // Why the name is refused (translated); empty when valid.
    QString validationMessage() const;

Q_SIGNALS:
    void submitted(const QString &name);

protected:
    void submit() override;
    QString defaultBusyText() const override;
    void changeEvent(QEvent *event) override;

private:
    void validate();

    std::unique_ptr<Ui::NewCustomizerDialog> m_ui;
};

} // namespace isc
