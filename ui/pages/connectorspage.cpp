#include "connectorspage.h"

#include "ui/session.h"
#include "ui/widgets/connectorfilterbuilder.h"
#include "ui/widgets/filterlineedit.h"

#include "models/connectortablemodel.h"
#include "services/connectorlistjob.h"
#include "services/connectorservice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace isc {

ConnectorsPage::ConnectorsPage(QWidget *parent)
    : TablePage(QStringLiteral("connectors"), new ConnectorTableModel, parent)
    , m_connectors(static_cast<ConnectorTableModel *>(model()))
    , m_filterBuilder(new ConnectorFilterBuilder(this))
{
    // A summary line with a toggle; the builder (tall: the features list) opens on demand.
    auto *summary = new QHBoxLayout;
    m_filterToggle = new QToolButton(this);
    m_filterToggle->setObjectName(QStringLiteral("filterToggle"));
    m_filterToggle->setCheckable(true);
    m_filterToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_filterToggle->setArrowType(Qt::RightArrow);
    m_filterSummary = new QLabel(this);
    m_filterSummary->setObjectName(QStringLiteral("filterSummary"));
    m_filterSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary->addWidget(m_filterToggle);
    summary->addWidget(m_filterSummary, 1);
    topLayout()->addLayout(summary);
    m_filterBuilder->setObjectName(QStringLiteral("filterBuilder"));
    m_filterBuilder->hide();
    topLayout()->addWidget(m_filterBuilder);
    connect(m_filterToggle, &QToolButton::toggled, this, &ConnectorsPage::setFilterBuilderVisible);
    setTabOrder(m_filterToggle, m_filterBuilder);
    setTabOrder(m_filterBuilder, quickFilterEdit());
    connect(m_filterBuilder, &ConnectorFilterBuilder::applyRequested, this,
            &ConnectorsPage::applyFilters);
    retranslate();
}

ConnectorsPage::~ConnectorsPage() = default;

QString ConnectorsPage::title() const
{
    return tr("Connectors");
}

void ConnectorsPage::setFilterBuilderVisible(bool visible)
{
    {
        const QSignalBlocker blocker(m_filterToggle);
        m_filterToggle->setChecked(visible);
    }
    m_filterToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_filterBuilder->setVisible(visible);
    if (visible)
        m_filterBuilder->setFocus(Qt::OtherFocusReason);
}

bool ConnectorsPage::isFilterBuilderVisible() const
{
    return !m_filterBuilder->isHidden();
}

void ConnectorsPage::applyFilters(const QString &filters)
{
    m_appliedFilters = filters.trimmed();
    updateSummary();
    reload();
}

void ConnectorsPage::updateSummary()
{
    m_filterSummary->setText(m_appliedFilters.isEmpty()
                                 ? tr("Every connector (no server-side filter)")
                                 : tr("Server-side filter: %1").arg(m_appliedFilters));
}

void ConnectorsPage::setApiLocale(const QString &apiLocale)
{
    if (apiLocale == m_apiLocale)
        return;
    m_apiLocale = apiLocale;
    if (session())
        reload();
}

void ConnectorsPage::setSession(Session *session)
{
    m_serverTotal = -1;
    m_knownTypes.clear();
    TablePage::setSession(session);
}

void ConnectorsPage::reload()
{
    if (!session())
        return;
    ConnectorQuery query;
    query.filters = m_appliedFilters;
    query.count = true;
    query.locale = m_apiLocale;
    ConnectorListJob *job = session()->connectors()->fetchAll(query, this);
    m_job = job;
    m_serverTotal = -1;
    const quint64 generation = m_connectors->beginLoad();
    connect(job, &ConnectorListJob::pageLoaded, this,
            [this, generation](const QList<Connector> &connectors, const PageInfo &page) {
                onPage(generation, connectors, page);
            });
    connect(job, &ConnectorListJob::finished, this,
            [this, job](const ApiResult<QList<Connector>> &result) {
                if (m_job == job)
                    m_job = nullptr;
                updateKnownValues();
                endLoad(result.error);
            });
    trackLoad(job, tr("Loading connectors…"));
    job->start();
}

void ConnectorsPage::onPage(quint64 generation, const QList<Connector> &connectors,
                            const PageInfo &page)
{
    if (page.total >= 0) {
        if (m_serverTotal < 0)
            m_connectors->reserve(page.total);
        m_serverTotal = page.total;
    }
    m_connectors->appendPage(generation, connectors);
    Q_EMIT countsChanged();
}

qint64 ConnectorsPage::totalCount() const
{
    return std::max<qint64>(m_serverTotal, m_connectors->rowCount());
}

void ConnectorsPage::updateKnownValues()
{
    // The types offered by the builder: those of every connector seen in this session (a
    // filtered load must not shrink the choice).
    const qsizetype before = m_knownTypes.size();
    for (const Connector &connector : m_connectors->connectors()) {
        if (!connector.type.isEmpty())
            m_knownTypes.insert(connector.type);
    }
    if (m_knownTypes.size() == before)
        return;
    QStringList sorted(m_knownTypes.cbegin(), m_knownTypes.cend());
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    m_filterBuilder->setKnownTypes(sorted);
}

void ConnectorsPage::retranslate()
{
    TablePage::retranslate();
    m_filterBuilder->setAccessibleName(tr("Server-side connector filter"));
    m_filterToggle->setText(tr("Server &Filter"));
    m_filterToggle->setToolTip(
        tr("Show the filter the server applies: name, type, category, direct connect, "
           "features, or a typed expression"));
    updateSummary();
}

} // namespace isc
