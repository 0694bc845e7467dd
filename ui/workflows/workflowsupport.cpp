#include "workflowsupport.h"

#include "net/apijob.h"
#include "ui/dialogs/requestdialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>

namespace isc::workflow {

void openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString errorText(const ApiError &error)
{
    QStringList lines{describe(error)};
    if (error.httpStatus > 0) {
        lines.append(error.detailCode.isEmpty()
                         //: An HTTP status code, e.g. "HTTP status: 500"
                         ? QCoreApplication::translate("isc::Workflow", "HTTP status: %1")
                               .arg(error.httpStatus)
                         //: An HTTP status code and the server's detail code
                         : QCoreApplication::translate("isc::Workflow", "HTTP status: %1 (%2)")
                               .arg(error.httpStatus)
                               .arg(error.detailCode));
    }
    if (!error.trackingId.isEmpty())
        lines.append(
            QCoreApplication::translate("isc::Workflow", "Tracking ID: %1").arg(error.trackingId));
    return lines.join(u'\n');
}

QDialog *errorBox(QWidget *parent, const QString &title, const ApiError &error)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, title, errorText(error), QMessageBox::Ok, parent);
    // The tracking ID must be copyable: support asks for it.
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return box;
}

void connectJobToDialog(ApiJob *job, RequestDialog *dialog, const QString &busyText)
{
    QObject::connect(dialog, &RequestDialog::cancelRequested, job, &ApiJob::cancel);
    const QPointer<RequestDialog> guarded(dialog);
    QObject::connect(job, &ApiJob::rateLimited, dialog, [guarded, busyText](int secondsLeft) {
        if (!guarded || !guarded->isBusy() || guarded->isCancelling())
            return;
        if (secondsLeft > 0) {
            guarded->setBusy(true,
                             QCoreApplication::translate(
                                 "isc::Workflow",
                                 "The server asked to slow down: sending again in %n second(s)…",
                                 nullptr, secondsLeft));
        } else {
            guarded->setBusy(true, busyText);
        }
    });
}

ApiError notConnectedError()
{
    return ApiError::invalidInput(notConnectedMessage());
}

QString notConnectedMessage()
{
    return QCoreApplication::translate("isc::Workflow", "Not connected to a tenant.");
}

QString readOnlyMessage()
{
    return QCoreApplication::translate(
        "isc::Workflow", "The connection is read-only: nothing can be changed on this tenant.");
}

} // namespace isc::workflow
