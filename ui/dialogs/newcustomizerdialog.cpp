#include "newcustomizerdialog.h"
#include "ui_newcustomizerdialog.h"

#include "customizername.h"

#include <QEvent>
#include <QPushButton>

namespace isc {

NewCustomizerDialog::NewCustomizerDialog(QWidget *parent)
    : RequestDialog(parent)
    , m_ui(std::make_unique<Ui::NewCustomizerDialog>())
{
    m_ui->setupUi(this);
    // Long enough to say "too long" instead of cutting a pasted name silently.
    m_ui->nameEdit->setMaxLength(4 * maxCustomizerNameLength);
    initRequestUi(m_ui->statusWidget, m_ui->buttonBox, {m_ui->nameEdit});
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &NewCustomizerDialog::validate);
    setOkButtonText(tr("Create"));
    validate();
}

NewCustomizerDialog::~NewCustomizerDialog() = default;

QString NewCustomizerDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

void NewCustomizerDialog::setName(const QString &name)
{
    m_ui->nameEdit->setText(name);
}

QString NewCustomizerDialog::validationMessage() const
{
    return customizerNameProblem(m_ui->nameEdit->text());
}

void NewCustomizerDialog::submit()
{
    Q_EMIT submitted(name());
}

QString NewCustomizerDialog::defaultBusyText() const
{
    return tr("Creating the customizer…");
}

void NewCustomizerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setOkButtonText(tr("Create"));
        validate();
    }
    RequestDialog::changeEvent(event);
}

void NewCustomizerDialog::validate()
{
    const QString problem = validationMessage();
    // An empty field says what to do ("Enter a name."), not that something is wrong.
    m_ui->validationLabel->setText(problem);
    m_ui->validationLabel->setVisible(!problem.isEmpty());
    okButton()->setToolTip(problem);
    setAcceptable(problem.isEmpty());
}

} // namespace isc
