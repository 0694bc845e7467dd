#include "deletecustomizerdialog.h"
#include "ui_deletecustomizerdialog.h"

#include <QEvent>
#include <QPushButton>

namespace isc {

DeleteCustomizerDialog::DeleteCustomizerDialog(const Customizer &customizer, QWidget *parent)
    : RequestDialog(parent)
    , m_ui(std::make_unique<Ui::DeleteCustomizerDialog>())
    , m_customizer(customizer)
{
    m_ui->setupUi(this);
    initRequestUi(m_ui->statusWidget, m_ui->buttonBox, {m_ui->confirmEdit, m_ui->unlinkButton});
    // Deleting is not the default action: Enter must not delete.
    okButton()->setDefault(false);
    okButton()->setAutoDefault(false);
    cancelButton()->setDefault(true);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &DeleteCustomizerDialog::validate);
    connect(m_ui->unlinkButton, &QPushButton::clicked, this,
            &DeleteCustomizerDialog::requestUnlink);
    retranslate();
}

DeleteCustomizerDialog::~DeleteCustomizerDialog() = default;

void DeleteCustomizerDialog::setLinkedInstances(const QList<ConnectorInstance> &instances)
{
    m_instances = instances;
    m_knowledge = Knowledge::Known;
    m_unknownReason.clear();
    showState();
}

void DeleteCustomizerDialog::setLinkedInstancesUnknown(const QString &why)
{
    m_instances.clear();
    m_knowledge = Knowledge::Unknown;
    m_unknownReason = why;
    showState();
}

bool DeleteCustomizerDialog::requiresTypedName() const
{
    return m_knowledge == Knowledge::Unknown ||
        (m_knowledge == Knowledge::Known && !m_instances.isEmpty());
}

void DeleteCustomizerDialog::submit()
{
    Q_EMIT submitted(m_customizer.id);
}

QString DeleteCustomizerDialog::defaultBusyText() const
{
    return tr("Deleting the customizer…");
}

void DeleteCustomizerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    RequestDialog::changeEvent(event);
}

void DeleteCustomizerDialog::requestUnlink()
{
    if (isBusy() || m_instances.isEmpty())
        return;
    QStringList ids;
    for (const ConnectorInstance &instance : std::as_const(m_instances))
        ids.append(instance.id);
    clearError();
    setBusy(true, tr("Unlinking %n source(s)…", nullptr, int(ids.size())));
    Q_EMIT unlinkFirstRequested(m_customizer.id, ids);
}

void DeleteCustomizerDialog::showState()
{
    const int count = int(m_instances.size());
    switch (m_knowledge) {
    case Knowledge::Checking:
        m_ui->instancesLabel->setText(tr("Checking which sources use it…"));
        break;
    case Knowledge::Known:
        m_ui->instancesLabel->setText(
            count == 0
                ? tr("No source uses it.")
                : tr("%n source(s) use it and lose its customization when it is deleted:", nullptr,
                     count));
        break;
    case Knowledge::Unknown:
        m_ui->instancesLabel->setText(
            m_unknownReason.isEmpty()
                ? tr("Could not find out which sources use it.")
                : tr("Could not find out which sources use it: %1").arg(m_unknownReason));
        break;
    }

    m_ui->instancesList->clear();
    for (const ConnectorInstance &instance : std::as_const(m_instances)) {
        auto *item = new QListWidgetItem(instance.type.isEmpty()
                                             ? instance.name
                                             : tr("%1 (%2)").arg(instance.name, instance.type),
                                         m_ui->instancesList);
        item->setToolTip(instance.id);
    }
    m_ui->instancesList->setVisible(count > 0);
    m_ui->unlinkButton->setVisible(count > 0);

    const bool typed = requiresTypedName();
    m_ui->confirmLabel->setVisible(typed);
    m_ui->confirmEdit->setVisible(typed);
    m_ui->confirmLabel->setText(
        tr("To delete it anyway, type its name, %1:").arg(m_customizer.name));
    validate();
}

void DeleteCustomizerDialog::validate()
{
    bool ok = m_knowledge != Knowledge::Checking;
    if (ok && requiresTypedName())
        ok = m_ui->confirmEdit->text().trimmed() == m_customizer.name;
    okButton()->setToolTip(m_knowledge == Knowledge::Checking
                               ? tr("Waiting to know which sources use the customizer")
                               : (ok ? QString() : tr("Type the customizer's name first")));
    setAcceptable(ok);
}

void DeleteCustomizerDialog::retranslate()
{
    setWindowTitle(tr("Delete Customizer “%1”").arg(m_customizer.name));
    m_ui->messageLabel->setText(
        tr("Delete the customizer “%1” and all its versions? This cannot be undone.")
            .arg(m_customizer.name));
    setOkButtonText(tr("Delete"));
    showState();
}

} // namespace isc
