#pragma once

#include "net/apierror.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QDialogButtonBox;
class QPushButton;

namespace isc {

class RequestStatusWidget;

// The base of the dialogs that edit a value the caller then sends (STYLE.md 15-16).
//
// The subclass validates its form and calls setAcceptable(); OK (the button box's Ok button,
// renamed to "Create", "Save", "Delete", ...) is enabled only while the form is acceptable
// and no request runs. Pressing it makes the dialog busy and calls submit(), where the
// subclass emits its `submitted(value)` signal. The caller then runs the request and
//  - on success calls accept() (or, for the version dialog, showResult());
//  - on failure calls showError(error): busy ends, everything typed is still there, the
//    error (sentence, HTTP status, copyable trackingId) is shown inline and OK works again.
// setBusy(true, what) says what runs; setProgress() feeds a progress bar.
//
// While busy the inputs are read-only and OK is disabled; Cancel (the button, Esc or the
// window's close button) emits cancelRequested() once and shows "Cancelling…": the caller
// cancels its job and ends the busy state (showError() with the cancellation, or
// setBusy(false)). A second Cancel closes the dialog regardless.
class RequestDialog : public QDialog
{
    Q_OBJECT

public:
    ~RequestDialog() override;

    bool isBusy() const { return m_busy; }
    bool isCancelling() const { return m_cancelling; }
    // Whether the form is valid (OK is enabled when it is and the dialog is not busy).
    bool isAcceptable() const { return m_acceptable; }
    RequestStatusWidget *statusWidget() const { return m_status; }
    QPushButton *okButton() const;
    QPushButton *cancelButton() const;

public Q_SLOTS:
    // what: "Uploading version 4…"; empty keeps the current text (or a generic one).
    void setBusy(bool busy, const QString &what = {});
    void setProgress(qint64 done, qint64 total);
    // Ends the busy state and shows the error inline; the input stays as typed.
    void showError(const isc::ApiError &error);
    void showErrorText(const QString &message);
    void clearError();
    void reject() override;

Q_SIGNALS:
    // Cancel while busy: cancel the running job.
    void cancelRequested();

protected:
    explicit RequestDialog(QWidget *parent = nullptr);

    // Called by the subclass constructor after setupUi(): the status strip of its form, its
    // button box (with Ok and Cancel) and the inputs to make read-only while busy.
    void initRequestUi(RequestStatusWidget *status, QDialogButtonBox *buttons,
                       const QList<QWidget *> &inputs);
    // OK enabled when acceptable and not busy.
    void setAcceptable(bool acceptable);
    // More inputs, e.g. created later.
    void addInputs(const QList<QWidget *> &inputs);
    // The text of OK ("Create", "Save", ...). Call it again from changeEvent(LanguageChange):
    // it survives the button box resetting its standard texts after a language change.
    void setOkButtonText(const QString &text);

    // OK was pressed while acceptable: emit the value. The dialog is already busy.
    virtual void submit() = 0;
    // The generic busy text, when setBusy() is given none.
    virtual QString defaultBusyText() const;
    // After the busy state changed (for widgets of the subclass, e.g. a drop zone).
    virtual void busyChanged(bool busy);

    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onOkClicked();
    void updateButtons();
    void applyInputsReadOnly(bool readOnly);

    struct Input
    {
        QPointer<QWidget> widget;
        bool wasReadOnly = false;
        bool wasEnabled = true;
    };

    RequestStatusWidget *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<Input> m_inputs;
    bool m_acceptable = false;
    bool m_busy = false;
    bool m_cancelling = false;
    QString m_busyText;
    QString m_okText;
    bool m_retranslatingButtons = false;
};

} // namespace isc
