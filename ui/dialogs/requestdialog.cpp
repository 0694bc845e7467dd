#include "requestdialog.h"

#include "ui/widgets/requeststatuswidget.h"

#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>

namespace isc {

namespace {

// Text fields stay readable and selectable while busy; everything else is disabled.
bool setReadOnlyIfPossible(QWidget *widget, bool readOnly, bool *wasReadOnly)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        *wasReadOnly = edit->isReadOnly();
        edit->setReadOnly(readOnly);
        return true;
    }
    if (auto *edit = qobject_cast<QPlainTextEdit *>(widget)) {
        *wasReadOnly = edit->isReadOnly();
        edit->setReadOnly(readOnly);
        return true;
    }
    if (auto *edit = qobject_cast<QTextEdit *>(widget)) {
        *wasReadOnly = edit->isReadOnly();
        edit->setReadOnly(readOnly);
        return true;
    }
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
        *wasReadOnly = spin->isReadOnly();
        spin->setReadOnly(readOnly);
        return true;
    }
    return false;
}

void restoreReadOnly(QWidget *widget, bool readOnly)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->setReadOnly(readOnly);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        plain->setReadOnly(readOnly);
    else if (auto *text = qobject_cast<QTextEdit *>(widget))
        text->setReadOnly(readOnly);
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        spin->setReadOnly(readOnly);
}

bool isTextLike(QWidget *widget)
{
    return qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
        qobject_cast<QTextEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget);
}

} // namespace

RequestDialog::RequestDialog(QWidget *parent)
    : QDialog(parent)
{ }

RequestDialog::~RequestDialog() = default;

QPushButton *RequestDialog::okButton() const
{
    return m_buttons ? m_buttons->button(QDialogButtonBox::Ok) : nullptr;
}

QPushButton *RequestDialog::cancelButton() const
{
    return m_buttons ? m_buttons->button(QDialogButtonBox::Cancel) : nullptr;
}

void RequestDialog::initRequestUi(RequestStatusWidget *status, QDialogButtonBox *buttons,
                                  const QList<QWidget *> &inputs)
{
    m_status = status;
    m_buttons = buttons;
    // OK does not close the dialog: the caller does, once the request succeeded.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    disconnect(buttons, &QDialogButtonBox::rejected, this, nullptr);
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestDialog::onOkClicked);
    connect(buttons, &QDialogButtonBox::rejected, this, &RequestDialog::reject);
    if (QPushButton *ok = okButton())
        ok->setDefault(true);
    buttons->installEventFilter(this);
    addInputs(inputs);
    m_status->clear();
    updateButtons();
}

void RequestDialog::addInputs(const QList<QWidget *> &inputs)
{
    for (QWidget *widget : inputs)
        m_inputs.append(Input{widget, false, true});
    if (m_busy)
        applyInputsReadOnly(true);
}

void RequestDialog::setOkButtonText(const QString &text)
{
    m_okText = text;
    if (QPushButton *ok = okButton())
        ok->setText(text);
}

bool RequestDialog::eventFilter(QObject *watched, QEvent *event)
{
    // QDialogButtonBox resets the texts of its standard buttons on LanguageChange, after the
    // dialog's own changeEvent() ran: let it, then put the dialog's OK text back.
    if (watched == m_buttons && event->type() == QEvent::LanguageChange &&
        !m_retranslatingButtons && !m_okText.isEmpty()) {
        m_retranslatingButtons = true;
        QCoreApplication::sendEvent(m_buttons, event);
        m_retranslatingButtons = false;
        if (QPushButton *ok = okButton())
            ok->setText(m_okText);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void RequestDialog::setAcceptable(bool acceptable)
{
    m_acceptable = acceptable;
    updateButtons();
}

void RequestDialog::setBusy(bool busy, const QString &what)
{
    if (busy) {
        if (!what.isEmpty())
            m_busyText = what;
        else if (!m_busy || m_busyText.isEmpty())
            m_busyText = defaultBusyText();
        if (m_status)
            m_status->showBusy(m_busyText);
        if (!m_busy) {
            m_busy = true;
            applyInputsReadOnly(true);
            busyChanged(true);
        }
    } else {
        m_cancelling = false;
        if (m_status && m_status->state() == RequestStatusWidget::State::Busy)
            m_status->clear();
        if (m_busy) {
            m_busy = false;
            applyInputsReadOnly(false);
            busyChanged(false);
        }
    }
    updateButtons();
}

void RequestDialog::setProgress(qint64 done, qint64 total)
{
    if (m_status)
        m_status->setProgress(done, total);
}

void RequestDialog::showError(const ApiError &error)
{
    setBusy(false);
    if (m_status)
        m_status->showError(error);
}

void RequestDialog::showErrorText(const QString &message)
{
    setBusy(false);
    if (m_status)
        m_status->showErrorText(message);
}

void RequestDialog::clearError()
{
    if (m_status && m_status->state() != RequestStatusWidget::State::Busy)
        m_status->clear();
}

void RequestDialog::reject()
{
    if (m_busy && !m_cancelling) {
        m_cancelling = true;
        if (m_status)
            m_status->showBusy(tr("Cancelling…"));
        updateButtons();
        Q_EMIT cancelRequested();
        return;
    }
    QDialog::reject();
}

QString RequestDialog::defaultBusyText() const
{
    return tr("Working…");
}

void RequestDialog::busyChanged(bool) { }

void RequestDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_busy && !m_cancelling && m_status)
        m_status->showBusy(m_busyText);
    QDialog::changeEvent(event);
}

void RequestDialog::onOkClicked()
{
    if (!m_acceptable || m_busy)
        return;
    clearError();
    setBusy(true);
    submit();
}

void RequestDialog::updateButtons()
{
    if (QPushButton *ok = okButton())
        ok->setEnabled(m_acceptable && !m_busy);
    if (QPushButton *cancel = cancelButton()) {
        cancel->setToolTip(m_busy ? (m_cancelling ? tr("Close the dialog without waiting")
                                                  : tr("Cancel the request in progress"))
                                  : QString());
    }
}

void RequestDialog::applyInputsReadOnly(bool readOnly)
{
    for (Input &input : m_inputs) {
        QWidget *widget = input.widget;
        if (!widget)
            continue;
        if (readOnly) {
            if (!setReadOnlyIfPossible(widget, true, &input.wasReadOnly)) {
                input.wasEnabled = widget->isEnabled();
                widget->setEnabled(false);
            }
        } else if (isTextLike(widget)) {
            restoreReadOnly(widget, input.wasReadOnly);
        } else {
            widget->setEnabled(input.wasEnabled);
        }
    }
}

} // namespace isc
