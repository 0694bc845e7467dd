#pragma once

#include "net/apierror.h"

#include <QString>

class QDialog;
class QWidget;

namespace isc {

class ApiJob;
class RequestDialog;

namespace workflow {

// Opens `dialog` window-modal (QDialog::open(), never exec()), deleted when it closes.
void openDialog(QDialog *dialog);

// The error as a message box shows it: describe(error), then the HTTP status with the
// server's detail code and the trackingId, each on its own line when known. Translated.
QString errorText(const ApiError &error);

// A failure that has no request dialog to go to (e.g. after a confirmation box), as a
// warning box with errorText(); not opened yet (see openDialog()).
QDialog *errorBox(QWidget *parent, const QString &title, const ApiError &error);

// While `job` runs for `dialog`: Cancel cancels it, and the server's 429 waits are shown
// as a countdown ("sending again in 3 seconds"), then `busyText` again.
void connectJobToDialog(ApiJob *job, RequestDialog *dialog, const QString &busyText);

// The refusals of a workflow that has no connection, or a read-only one. Translated.
ApiError notConnectedError();
QString notConnectedMessage();
QString readOnlyMessage();

} // namespace workflow

} // namespace isc
