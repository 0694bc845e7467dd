#include "linkinstancesdialog.h"
#include "ui_linkinstancesdialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

namespace isc {

namespace {

enum Column { SourceColumn, TypeColumn, CurrentColumn, ColumnCount };
constexpr int IdRole = Qt::UserRole + 1;

} // namespace

LinkInstancesDialog::LinkInstancesDialog(const Customizer &customizer,
                                         const QList<ConnectorInstance> &instances,
                                         const QList<Customizer> &customizers, QWidget *parent)
    : RequestDialog(parent)
    , m_ui(std::make_unique<Ui::LinkInstancesDialog>())
    , m_customizer(customizer)
    , m_instances(instances)
    , m_customizers(customizers)
{
    m_ui->setupUi(this);
    m_ui->instancesTree->setColumnCount(ColumnCount);
    m_ui->instancesTree->header()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    initRequestUi(m_ui->statusWidget, m_ui->buttonBox, {m_ui->instancesTree});
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &LinkInstancesDialog::applyFilter);
    connect(m_ui->instancesTree, &QTreeWidget::itemChanged, this,
            &LinkInstancesDialog::updateSummary);
    fill();
    retranslate();
}

LinkInstancesDialog::~LinkInstancesDialog() = default;

QStringList LinkInstancesDialog::checkedInstanceIds() const
{
    QStringList ids;
    for (int i = 0; i < m_ui->instancesTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->instancesTree->topLevelItem(i);
        if (item->checkState(SourceColumn) == Qt::Checked)
            ids.append(item->data(SourceColumn, IdRole).toString());
    }
    return ids;
}

void LinkInstancesDialog::setInstanceChecked(const QString &instanceId, bool checked)
{
    for (int i = 0; i < m_ui->instancesTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->instancesTree->topLevelItem(i);
        if (item->data(SourceColumn, IdRole).toString() == instanceId)
            item->setCheckState(SourceColumn, checked ? Qt::Checked : Qt::Unchecked);
    }
}

QList<LinkChange> LinkInstancesDialog::changes() const
{
    const QStringList checked = checkedInstanceIds();
    QList<LinkChange> out;
    for (const ConnectorInstance &instance : m_instances) {
        const bool linkedHere = instance.connectorCustomizerId == m_customizer.id;
        const bool wanted = checked.contains(instance.id);
        if (wanted && !linkedHere)
            out.append(LinkChange{instance.id, instance.name, m_customizer.id});
        else if (!wanted && linkedHere)
            out.append(LinkChange{instance.id, instance.name, QString()});
    }
    return out;
}

void LinkInstancesDialog::submit()
{
    Q_EMIT submitted(changes());
}

QString LinkInstancesDialog::defaultBusyText() const
{
    return tr("Applying the changes…");
}

void LinkInstancesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        retranslate(); // the "uses another customizer" colour comes from the palette
    }
    RequestDialog::changeEvent(event);
}

void LinkInstancesDialog::fill()
{
    const QSignalBlocker blocker(m_ui->instancesTree);
    m_ui->instancesTree->setSortingEnabled(false);
    m_ui->instancesTree->clear();
    for (const ConnectorInstance &instance : std::as_const(m_instances)) {
        auto *item = new QTreeWidgetItem(m_ui->instancesTree);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setData(SourceColumn, IdRole, instance.id);
        item->setText(SourceColumn, instance.name);
        item->setToolTip(SourceColumn, instance.id);
        item->setText(TypeColumn, instance.type);
        item->setCheckState(SourceColumn,
                            instance.connectorCustomizerId == m_customizer.id ? Qt::Checked
                                                                              : Qt::Unchecked);
    }
    m_ui->instancesTree->setSortingEnabled(true);
    m_ui->instancesTree->sortByColumn(SourceColumn, Qt::AscendingOrder);
}

void LinkInstancesDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_ui->instancesTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->instancesTree->topLevelItem(i);
        const bool match = needle.isEmpty() ||
            item->text(SourceColumn).contains(needle, Qt::CaseInsensitive) ||
            item->text(TypeColumn).contains(needle, Qt::CaseInsensitive) ||
            item->text(CurrentColumn).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void LinkInstancesDialog::updateSummary()
{
    const QList<LinkChange> pending = changes();
    int links = 0;
    int replaced = 0;
    int unlinks = 0;
    for (const LinkChange &change : pending) {
        if (change.isUnlink()) {
            ++unlinks;
            continue;
        }
        ++links;
        for (const ConnectorInstance &instance : std::as_const(m_instances)) {
            if (instance.id == change.instanceId && instance.isLinked())
                ++replaced;
        }
    }
    QStringList parts;
    if (links > 0)
        parts.append(tr("%n source(s) to link", nullptr, links));
    if (replaced > 0)
        parts.append(tr("%n of them now use(s) another customizer", nullptr, replaced));
    if (unlinks > 0)
        parts.append(tr("%n source(s) to unlink", nullptr, unlinks));
    m_ui->summaryLabel->setText(parts.isEmpty() ? tr("No changes.")
                                                //: Joins the parts of the summary of changes
                                                : parts.join(tr("; ")) + u'.');
    setAcceptable(!pending.isEmpty());
}

void LinkInstancesDialog::retranslate()
{
    setWindowTitle(tr("Link Sources to “%1”").arg(m_customizer.name));
    m_ui->introLabel->setText(
        m_instances.isEmpty()
            ? tr("There are no sources to link.")
            : tr("Tick the sources that should use the customizer “%1”; untick one to unlink it.")
                  .arg(m_customizer.name));
    m_ui->instancesTree->setHeaderLabels({tr("Source"), tr("Type"), tr("Current customizer")});
    setOkButtonText(tr("Apply"));
    const QSignalBlocker blocker(m_ui->instancesTree);
    for (int i = 0; i < m_ui->instancesTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->instancesTree->topLevelItem(i);
        const QString id = item->data(SourceColumn, IdRole).toString();
        for (const ConnectorInstance &instance : std::as_const(m_instances)) {
            if (instance.id != id)
                continue;
            const bool other =
                instance.isLinked() && instance.connectorCustomizerId != m_customizer.id;
            item->setText(CurrentColumn,
                          instance.isLinked() ? customizerName(instance.connectorCustomizerId)
                                              : tr("None"));
            item->setToolTip(
                CurrentColumn,
                other ? tr("Linking it to “%1” replaces this customizer.").arg(m_customizer.name)
                      : QString());
            item->setForeground(CurrentColumn,
                                other ? palette().brush(QPalette::Link)
                                      : palette().brush(QPalette::Text));
        }
    }
    updateSummary();
}

QString LinkInstancesDialog::customizerName(const QString &id) const
{
    if (id == m_customizer.id)
        return m_customizer.name;
    for (const Customizer &customizer : m_customizers) {
        if (customizer.id == id)
            return customizer.name;
    }
    //: A customizer the console does not know, by its id
    return tr("Unknown (%1)").arg(id);
}

} // namespace isc
