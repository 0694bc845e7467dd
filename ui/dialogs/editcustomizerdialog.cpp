#include "editcustomizerdialog.h"
#include "ui_editcustomizerdialog.h"

#include "customizername.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>

namespace isc {

EditCustomizerDialog::EditCustomizerDialog(const Customizer &customizer, QWidget *parent)
    : RequestDialog(parent)
    , m_ui(std::make_unique<Ui::EditCustomizerDialog>())
    , m_customizer(customizer)
{
    m_ui->setupUi(this);
    m_ui->nameEdit->setMaxLength(4 * maxCustomizerNameLength);
    m_ui->nameEdit->setText(customizer.name);
    initRequestUi(m_ui->statusWidget, m_ui->buttonBox, {m_ui->nameEdit});
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &EditCustomizerDialog::validate);
    retranslate();
}

EditCustomizerDialog::~EditCustomizerDialog() = default;

Customizer EditCustomizerDialog::customizer() const
{
    Customizer edited = m_customizer;
    edited.name = m_ui->nameEdit->text().trimmed();
    return edited;
}

void EditCustomizerDialog::setCustomizer(const Customizer &customizer)
{
    const bool nameEdited = m_ui->nameEdit->text().trimmed() != m_customizer.name;
    m_customizer = customizer;
    if (!nameEdited)
        m_ui->nameEdit->setText(customizer.name);
    showFields();
    validate();
}

void EditCustomizerDialog::setInstances(const QList<ConnectorInstance> &instances)
{
    m_instances = instances;
    showInstances();
}

QString EditCustomizerDialog::validationMessage() const
{
    const QString problem = customizerNameProblem(m_ui->nameEdit->text());
    if (!problem.isEmpty())
        return problem;
    if (m_ui->nameEdit->text().trimmed() == m_customizer.name)
        return tr("The name is unchanged.");
    return {};
}

void EditCustomizerDialog::submit()
{
    Q_EMIT submitted(customizer());
}

QString EditCustomizerDialog::defaultBusyText() const
{
    return tr("Renaming the customizer…");
}

void EditCustomizerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    RequestDialog::changeEvent(event);
}

void EditCustomizerDialog::showFields()
{
    setWindowTitle(tr("Edit Customizer “%1”").arg(m_customizer.name));
    m_ui->idEdit->setText(m_customizer.id);
    m_ui->imageVersionEdit->setText(m_customizer.imageVersion
                                        ? QLocale().toString(*m_customizer.imageVersion)
                                        : tr("None yet (no version uploaded)"));
    m_ui->imageIdEdit->setText(m_customizer.imageId);
    m_ui->imageIdEdit->setPlaceholderText(tr("None yet"));
    m_ui->tenantIdEdit->setText(m_customizer.tenantId);
    const ApiTimestamp &created = m_customizer.created;
    if (created.isValid()) {
        m_ui->createdEdit->setText(
            QLocale().toString(created.value.toLocalTime(), QLocale::LongFormat));
    } else if (!created.raw.isEmpty()) {
        m_ui->createdEdit->setText(tr("Not a date the console can read"));
    } else {
        m_ui->createdEdit->setText(tr("Not sent by the server"));
    }
    m_ui->createdRawEdit->setText(created.raw);
}

void EditCustomizerDialog::showInstances()
{
    m_ui->instancesList->clear();
    if (!m_instances) {
        m_ui->instancesList->addItem(tr("Not known (the sources are not loaded)"));
        return;
    }
    if (m_instances->isEmpty()) {
        m_ui->instancesList->addItem(tr("No source uses this customizer"));
        return;
    }
    for (const ConnectorInstance &instance : *m_instances) {
        auto *item = new QListWidgetItem(
            instance.type.isEmpty()
                ? instance.name
                //: A source instance and its connector type: "HR Workday (Workday)"
                : tr("%1 (%2)").arg(instance.name, instance.type),
            m_ui->instancesList);
        item->setToolTip(instance.id);
    }
}

void EditCustomizerDialog::validate()
{
    const QString problem = validationMessage();
    const bool unchanged = m_ui->nameEdit->text().trimmed() == m_customizer.name;
    // "Unchanged" is why OK is disabled, not an error worth a red line.
    m_ui->validationLabel->setText(unchanged ? QString() : problem);
    m_ui->validationLabel->setVisible(!unchanged && !problem.isEmpty());
    okButton()->setToolTip(problem);
    setAcceptable(problem.isEmpty());
}

void EditCustomizerDialog::retranslate()
{
    setOkButtonText(tr("Save"));
    const QString setByIsc = tr("Set by Identity Security Cloud; it cannot be changed here.");
    for (QLineEdit *field : std::initializer_list<QLineEdit *>{
             m_ui->idEdit, m_ui->imageVersionEdit, m_ui->imageIdEdit, m_ui->tenantIdEdit,
             m_ui->createdEdit, m_ui->createdRawEdit}) {
        field->setToolTip(setByIsc);
    }
    m_ui->createdEdit->setToolTip(tr("When it was created, in your time zone. %1").arg(setByIsc));
    m_ui->createdRawEdit->setToolTip(
        tr("The date exactly as the server sent it. %1").arg(setByIsc));
    showFields();
    showInstances();
    validate();
}

} // namespace isc
