#include "sailimportdialog.h"
#include "ui_sailimportdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

namespace isc {

namespace {

enum Column { NameColumn, BaseUrlColumn, ClientIdColumn, NoteColumn, ColumnCount };
constexpr int IndexRole = Qt::UserRole + 1;

} // namespace

SailImportDialog::SailImportDialog(const SailConfigReader::Result &config,
                                   const QList<TenantProfile> &existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SailImportDialog>())
    , m_config(config)
    , m_existing(existing)
{
    m_ui->setupUi(this);
    m_ui->environmentsTree->setColumnCount(ColumnCount);
    m_ui->environmentsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->environmentsTree->header()->setStretchLastSection(true);
    // Not a standard button: the box would reset its text on every language change.
    m_importButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SailImportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SailImportDialog::reject);
    connect(m_ui->environmentsTree, &QTreeWidget::itemChanged, this,
            &SailImportDialog::updateButtons);
    fill();
    retranslate();
}

SailImportDialog::~SailImportDialog() = default;

QList<TenantProfile> SailImportDialog::selectedProfiles() const
{
    const QList<TenantProfile> all = m_config.profiles();
    QList<TenantProfile> out;
    for (int i = 0; i < m_ui->environmentsTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->environmentsTree->topLevelItem(i);
        const int index = item->data(NameColumn, IndexRole).toInt();
        if (item->checkState(NameColumn) == Qt::Checked && index >= 0 && index < all.size())
            out.append(all.at(index));
    }
    return out;
}

void SailImportDialog::setEnvironmentChecked(const QString &name, bool checked)
{
    for (int i = 0; i < m_ui->environmentsTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->environmentsTree->topLevelItem(i);
        if (item->text(NameColumn) == name)
            item->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
    }
}

void SailImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SailImportDialog::fill()
{
    const QSignalBlocker blocker(m_ui->environmentsTree);
    m_ui->environmentsTree->clear();
    for (int index = 0; index < m_config.environments.size(); ++index) {
        const SailConfigReader::Environment &environment = m_config.environments.at(index);
        auto *item = new QTreeWidgetItem(m_ui->environmentsTree);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setData(NameColumn, IndexRole, index);
        item->setText(NameColumn, environment.name);
        item->setText(BaseUrlColumn, environment.baseUrl.toString());
        item->setText(ClientIdColumn, environment.clientId);
        item->setCheckState(NameColumn, existingProfile(environment) ? Qt::Unchecked : Qt::Checked);
    }
}

const TenantProfile *
SailImportDialog::existingProfile(const SailConfigReader::Environment &environment) const
{
    // The rule of ProfileStore::importProfiles(): same base URL and client id.
    const QUrl url = TenantProfile::normalizeBaseUrl(environment.baseUrl);
    for (const TenantProfile &profile : m_existing) {
        if (profile.kind == TenantProfile::Kind::Tenant &&
            TenantProfile::normalizeBaseUrl(profile.baseUrl) == url &&
            profile.clientId == environment.clientId) {
            return &profile;
        }
    }
    return nullptr;
}

void SailImportDialog::updateButtons()
{
    const int count = int(selectedProfiles().size());
    m_importButton->setEnabled(count > 0);
    m_importButton->setToolTip(count > 0 ? QString() : tr("Tick the environments to import"));
}

void SailImportDialog::retranslate()
{
    m_importButton->setText(tr("&Import"));
    m_ui->environmentsTree->setHeaderLabels(
        {tr("Environment"), tr("API base URL"), tr("Client ID"), tr("Note")});
    m_ui->errorLabel->setText(m_config.error);
    m_ui->errorLabel->setVisible(!m_config.ok());
    const bool any = !m_config.environments.isEmpty();
    m_ui->environmentsLabel->setVisible(any);
    m_ui->environmentsTree->setVisible(any);
    if (!m_config.ok())
        m_ui->introLabel->setText(tr("The sail CLI configuration cannot be imported."));
    else if (!any)
        m_ui->introLabel->setText(tr("The sail CLI configuration has no environment to import."));
    else
        m_ui->introLabel->setText(tr("Tick the environments of the sail CLI to add as tenant "
                                     "profiles. Each becomes a profile named after it."));
    m_ui->warningsLabel->setText(m_config.warnings.join(u'\n'));
    m_ui->warningsLabel->setVisible(!m_config.warnings.isEmpty());
    m_ui->noteLabel->setText(
        tr("Client secrets are not imported: the sail CLI keeps them in its own keyring. "
           "Enter each with “Rotate Secret…” after the import."));

    const QSignalBlocker blocker(m_ui->environmentsTree);
    for (int i = 0; i < m_ui->environmentsTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->environmentsTree->topLevelItem(i);
        const int index = item->data(NameColumn, IndexRole).toInt();
        if (index < 0 || index >= m_config.environments.size())
            continue;
        const SailConfigReader::Environment &environment = m_config.environments.at(index);
        QStringList notes;
        if (const TenantProfile *existing = existingProfile(environment))
            //: The environment is already a tenant profile, named %1
            notes.append(tr("already the profile “%1”").arg(existing->name));
        if (environment.active)
            //: The environment the sail CLI uses now
            notes.append(tr("active in sail"));
        if (environment.clientId.isEmpty())
            notes.append(tr("no client ID: enter it after the import"));
        item->setText(NoteColumn, notes.join(QStringLiteral("; ")));
        item->setText(ClientIdColumn, environment.clientId);
    }
    updateButtons();
}

} // namespace isc
