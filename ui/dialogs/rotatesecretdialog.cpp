#include "rotatesecretdialog.h"
#include "ui_rotatesecretdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>

namespace isc {

namespace {

// The length of the secrets of personal access tokens.
constexpr int patSecretLength = 64;

// setText() drops the undo history too, so the old text cannot come back with Ctrl+Z.
void wipe(QLineEdit *edit)
{
    edit->setText(QString());
}

} // namespace

RotateSecretDialog::RotateSecretDialog(const QString &profileName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RotateSecretDialog>())
    , m_profileName(profileName)
{
    m_ui->setupUi(this);
    // Not a standard button: the box would reset its text on every language change.
    m_okButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_okButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RotateSecretDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RotateSecretDialog::reject);
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, &RotateSecretDialog::validate);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &RotateSecretDialog::validate);
    retranslate();
}

RotateSecretDialog::~RotateSecretDialog()
{
    clearFields();
}

QString RotateSecretDialog::secret() const
{
    // A secret has no spaces: what surrounds it was picked up with a copy and paste.
    return m_ui->secretEdit->text().trimmed();
}

QString RotateSecretDialog::validationMessage() const
{
    const QString typed = secret();
    if (typed.isEmpty())
        return tr("Enter the new client secret.");
    if (m_ui->confirmEdit->text().trimmed() != typed)
        return m_ui->confirmEdit->text().isEmpty() ? tr("Enter the secret a second time.")
                                                   : tr("The two entries differ.");
    return {};
}

void RotateSecretDialog::accept()
{
    if (!validationMessage().isEmpty())
        return;
    Q_EMIT submitted(secret());
    QDialog::accept();
}

void RotateSecretDialog::done(int result)
{
    QDialog::done(result); // accepted() handlers still read secret()
    clearFields();
}

void RotateSecretDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void RotateSecretDialog::validate()
{
    const QString problem = validationMessage();
    // Nothing typed yet: OK says why it is disabled, the form stays calm.
    const bool untouched =
        m_ui->secretEdit->text().isEmpty() && m_ui->confirmEdit->text().isEmpty();
    QString shown = untouched ? QString() : problem;
    if (problem.isEmpty() && secret().size() != patSecretLength) {
        //: %1 is a number of characters (64)
        shown = tr("Personal access token secrets have %1 characters; this one has %2. "
                   "Check that it was copied whole.")
                    .arg(patSecretLength)
                    .arg(secret().size());
    }
    m_ui->validationLabel->setText(shown);
    m_ui->validationLabel->setVisible(!shown.isEmpty());
    m_okButton->setEnabled(problem.isEmpty());
    m_okButton->setToolTip(problem);
}

void RotateSecretDialog::clearFields()
{
    wipe(m_ui->secretEdit);
    wipe(m_ui->confirmEdit);
}

void RotateSecretDialog::retranslate()
{
    setWindowTitle(tr("Rotate Secret of “%1”").arg(m_profileName));
    m_ui->introLabel->setText(
        tr("Enter the new client secret of the personal access token that “%1” uses. It "
           "replaces the stored secret at once.")
            .arg(m_profileName));
    m_ui->noteLabel->setText(
        tr("Create the new secret in Identity Security Cloud first (Preferences, Personal "
           "Access Tokens), then enter it here. The secret is stored in the system keychain "
           "and never shown again."));
    m_okButton->setText(tr("&Replace Secret"));
    validate();
}

} // namespace isc
