#include "choosecustomizerdialog.h"
#include "ui_choosecustomizerdialog.h"

#include <QCollator>
#include <QEvent>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace isc {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

ChooseCustomizerDialog::ChooseCustomizerDialog(const ConnectorInstance &instance,
                                               const QList<Customizer> &customizers,
                                               QWidget *parent)
    : RequestDialog(parent)
    , m_ui(std::make_unique<Ui::ChooseCustomizerDialog>())
    , m_instance(instance)
    , m_customizers(customizers)
{
    m_ui->setupUi(this);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(m_customizers.begin(), m_customizers.end(),
              [&collator](const Customizer &a, const Customizer &b) {
                  return collator.compare(a.name, b.name) < 0;
              });
    initRequestUi(m_ui->statusWidget, m_ui->buttonBox, {m_ui->customizersList});
    connect(m_ui->customizersList, &QListWidget::currentRowChanged, this,
            &ChooseCustomizerDialog::validate);
    connect(m_ui->customizersList, &QListWidget::itemDoubleClicked, this, [this] {
        if (isAcceptable() && !isBusy())
            okButton()->click();
    });
    fill();
    retranslate();
    selectCustomizer(m_instance.connectorCustomizerId);
}

ChooseCustomizerDialog::~ChooseCustomizerDialog() = default;

QString ChooseCustomizerDialog::selectedCustomizerId() const
{
    const QListWidgetItem *item = m_ui->customizersList->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

bool ChooseCustomizerDialog::selectCustomizer(const QString &customizerId)
{
    for (int row = 0; row < m_ui->customizersList->count(); ++row) {
        if (m_ui->customizersList->item(row)->data(IdRole).toString() == customizerId) {
            m_ui->customizersList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QList<LinkChange> ChooseCustomizerDialog::changes() const
{
    const QString chosen = selectedCustomizerId();
    if (!m_ui->customizersList->currentItem() || chosen == m_instance.connectorCustomizerId)
        return {};
    return {LinkChange{m_instance.id, m_instance.name, chosen}};
}

void ChooseCustomizerDialog::submit()
{
    Q_EMIT submitted(changes());
}

QString ChooseCustomizerDialog::defaultBusyText() const
{
    return selectedCustomizerId().isEmpty() ? tr("Unlinking the source…")
                                            : tr("Linking the source…");
}

void ChooseCustomizerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    RequestDialog::changeEvent(event);
}

void ChooseCustomizerDialog::fill()
{
    m_ui->customizersList->clear();
    auto *none = new QListWidgetItem(m_ui->customizersList);
    none->setData(IdRole, QString());
    for (const Customizer &customizer : std::as_const(m_customizers)) {
        auto *item = new QListWidgetItem(m_ui->customizersList);
        item->setData(IdRole, customizer.id);
        item->setToolTip(customizer.id);
    }
    // A source linked to a customizer that is not listed (deleted, or not loaded) still
    // shows its current choice.
    bool known = m_instance.connectorCustomizerId.isEmpty();
    for (const Customizer &customizer : std::as_const(m_customizers))
        known = known || customizer.id == m_instance.connectorCustomizerId;
    if (!known) {
        auto *item = new QListWidgetItem(m_ui->customizersList);
        item->setData(IdRole, m_instance.connectorCustomizerId);
        item->setToolTip(m_instance.connectorCustomizerId);
    }
}

void ChooseCustomizerDialog::validate()
{
    const bool changed = !changes().isEmpty();
    setOkButtonText(m_ui->customizersList->currentItem() && selectedCustomizerId().isEmpty()
                        ? tr("Unlink")
                        : tr("Link"));
    okButton()->setToolTip(changed ? QString() : tr("This is the current choice"));
    setAcceptable(changed);
}

void ChooseCustomizerDialog::retranslate()
{
    setWindowTitle(tr("Choose Customizer for “%1”").arg(m_instance.name));
    m_ui->introLabel->setText(
        tr("Choose the customizer that the source “%1” should use.").arg(m_instance.name));
    QString current = tr("no customizer");
    for (int row = 0; row < m_ui->customizersList->count(); ++row) {
        QListWidgetItem *item = m_ui->customizersList->item(row);
        const QString id = item->data(IdRole).toString();
        QString text;
        if (id.isEmpty()) {
            text = tr("None (unlink the source)");
        } else {
            text = tr("Unknown customizer (%1)").arg(id);
            for (const Customizer &customizer : std::as_const(m_customizers)) {
                if (customizer.id != id)
                    continue;
                text = customizer.imageVersion
                    //: A customizer and its latest version: "Cleanup (version 3)"
                    ? tr("%1 (version %2)")
                          .arg(customizer.name, QLocale().toString(*customizer.imageVersion))
                    : tr("%1 (no version yet)").arg(customizer.name);
            }
        }
        if (id == m_instance.connectorCustomizerId) {
            if (!id.isEmpty())
                current = text;
            //: Marks the current choice in the list
            text = tr("%1 — current").arg(text);
        }
        item->setText(text);
    }
    m_ui->currentLabel->setText(tr("Now: %1").arg(current));
    validate();
}

} // namespace isc
