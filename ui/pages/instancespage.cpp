#include "instancespage.h"

#include "ui/session.h"
#include "ui/widgets/datatableview.h"

#include "models/connectorinstancetablemodel.h"
#include "models/tablesortfilterproxymodel.h"
#include "services/connectorinstancelistjob.h"
#include "services/connectorinstanceservice.h"

namespace isc {

InstancesPage::InstancesPage(QWidget *parent)
    : TablePage(QStringLiteral("instances"), new ConnectorInstanceTableModel, parent)
    , m_instances(static_cast<ConnectorInstanceTableModel *>(model()))
{
    retranslate(); // title() is ours only now that this object is built
}

InstancesPage::~InstancesPage() = default;

QString InstancesPage::title() const
{
    return tr("Instances");
}

std::optional<ConnectorInstance> InstancesPage::currentInstance() const
{
    const QModelIndex current = proxy()->mapToSource(view()->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return m_instances->instance(current.row());
}

void InstancesPage::reload()
{
    if (!session())
        return;
    ConnectorInstanceListJob *job = session()->instances()->list(this);
    const quint64 generation = m_instances->beginLoad();
    connect(job, &ConnectorInstanceListJob::pageLoaded, this,
            [this, generation](const QList<ConnectorInstance> &instances, const PageInfo &) {
                m_instances->appendPage(generation, instances);
                Q_EMIT countsChanged();
            });
    connect(job, &ConnectorInstanceListJob::finished, this,
            [this](const ApiResult<QList<ConnectorInstance>> &result) { endLoad(result.error); });
    trackLoad(job, tr("Loading source instances…"));
    job->start();
}

} // namespace isc
