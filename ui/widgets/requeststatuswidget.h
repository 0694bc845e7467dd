#pragma once

#include "net/apierror.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;

namespace isc {

// The strip under a dialog's form that says what a request is doing or why it failed:
//  - busy: a spinner-like progress bar (determinate once setProgress() knows a total) and
//    what runs ("Creating the customizer…");
//  - error: describe(error), the HTTP status with the server's detail code, and the
//    trackingId in a read-only field with a Copy button (users quote it to support);
//  - message: a neutral sentence (a success, a hint).
// Hidden while idle. An error shown is re-described after a language change.
class RequestStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    enum class State { Idle, Busy, Error, Message };
    Q_ENUM(State)

    explicit RequestStatusWidget(QWidget *parent = nullptr);
    ~RequestStatusWidget() override;

    State state() const { return m_state; }

    // The sentence shown (what runs, the error, the message); empty while idle.
    QString text() const;
    // Of the error shown; empty / 0 otherwise.
    QString trackingId() const;
    int httpStatus() const;
    const ApiError &error() const { return m_error; }

public Q_SLOTS:
    void showBusy(const QString &what);
    // Determinate progress while busy; total <= 0 goes back to indeterminate.
    void setProgress(qint64 done, qint64 total);
    void showError(const isc::ApiError &error);
    void showErrorText(const QString &message); // a local failure (a file, a keychain)
    void showMessage(const QString &message);
    void clear(); // back to idle (hidden)

protected:
    void changeEvent(QEvent *event) override;

private:
    void setState(State state);
    void retranslate();

    State m_state = State::Idle;
    ApiError m_error;
    bool m_errorIsApi = false;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_status = nullptr; // "HTTP 404 (404 Not found)"
    QLabel *m_trackingLabel = nullptr;
    QLineEdit *m_trackingId = nullptr;
    QToolButton *m_copy = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace isc
