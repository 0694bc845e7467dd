#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace isc {

namespace Ui {
class RotateSecretDialog;
}

// "Rotate Secret": the new client secret of a profile, typed twice in password fields. OK
// ("Replace Secret") is enabled when both match and are not empty; a length other than the
// 64 characters of a personal access token secret is pointed out, not refused. The fields are
// emptied (with their undo history) when the dialog closes; read secret() before that, in the
// accepted() handler.
class RotateSecretDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RotateSecretDialog(const QString &profileName, QWidget *parent = nullptr);
    ~RotateSecretDialog() override;

    QString secret() const; // never log it
    QString validationMessage() const;

Q_SIGNALS:
    // OK: the secret typed. Emitted before the fields are emptied.
    void submitted(const QString &secret);

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void clearFields();
    void retranslate();

    std::unique_ptr<Ui::RotateSecretDialog> m_ui;
    QString m_profileName;
    QPushButton *m_okButton = nullptr;
};

} // namespace isc
