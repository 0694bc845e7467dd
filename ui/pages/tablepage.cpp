#include "tablepage.h"

#include "ui/session.h"
#include "ui/widgets/datatableview.h"
#include "ui/widgets/detailspane.h"
#include "ui/widgets/filterlineedit.h"
#include "ui/widgets/requeststatuswidget.h"

#include "models/modelroles.h"
#include "models/tablemodel.h"
#include "models/tablesortfilterproxymodel.h"
#include "net/apijob.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace isc {

namespace {
constexpr int quickFilterDelayMs = 200;
}

TablePage::TablePage(const QString &tableName, TableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_tableName(tableName)
    , m_model(model)
    , m_proxy(new TableSortFilterProxyModel(this))
{
    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    m_topLayout = new QVBoxLayout;
    m_topLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_topLayout);

    auto *filterRow = new QHBoxLayout;
    m_quickFilterLabel = new QLabel(this);
    m_quickFilter = new FilterLineEdit(this);
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilterLabel->setBuddy(m_quickFilter);
    filterRow->addWidget(m_quickFilterLabel);
    filterRow->addWidget(m_quickFilter, 1);
    layout->addLayout(filterRow);

    m_banner = new RequestStatusWidget(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    layout->addWidget(m_banner);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_view = new DataTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setModel(m_proxy);
    m_details = new DetailsPane(m_splitter);
    m_details->setObjectName(QStringLiteral("detailsPane"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_quickFilter, m_view);
    setTabOrder(m_view, m_details);

    m_quickFilterTimer = new QTimer(this);
    m_quickFilterTimer->setSingleShot(true);
    m_quickFilterTimer->setInterval(quickFilterDelayMs);
    connect(m_quickFilter, &QLineEdit::textChanged, m_quickFilterTimer,
            qOverload<>(&QTimer::start));
    connect(m_quickFilterTimer, &QTimer::timeout, this,
            [this] { m_proxy->setQuickFilter(m_quickFilter->text()); });

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &TablePage::countsChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePage::countsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePage::countsChanged);

    connect(m_view, &DataTableView::currentRowChanged, this, &TablePage::showCurrentRow);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TablePage::selectionChanged);
    connect(m_view, &DataTableView::currentRowChanged, this, &TablePage::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePage::showCurrentRow);
    // The subclass calls retranslate() once it is constructed (title() is its own).
}

TablePage::~TablePage()
{
    if (m_job)
        m_job->disconnect(this); // destroying the job (our child) aborts it silently
}

void TablePage::setSession(Session *session)
{
    cancelLoad();
    m_session = session;
    m_banner->clear();
    m_incomplete = false;
    m_model->clear();
    Q_EMIT countsChanged();
}

Session *TablePage::session() const
{
    return m_session.data();
}

void TablePage::cancelLoad()
{
    if (m_job)
        m_job->cancel(); // the subclass's finished handler calls endLoad()
}

int TablePage::shownCount() const
{
    return m_proxy->rowCount();
}

qint64 TablePage::totalCount() const
{
    return m_model->rowCount();
}

void TablePage::focusQuickFilter()
{
    m_quickFilter->setFocus(Qt::ShortcutFocusReason);
    m_quickFilter->selectAll();
}

void TablePage::setDetailsVisible(bool visible)
{
    m_details->setVisible(visible);
}

bool TablePage::isDetailsVisible() const
{
    return !m_details->isHidden();
}

void TablePage::trackLoad(ApiJob *job, const QString &what)
{
    if (m_job && m_job != job) {
        ApiJob *old = m_job;
        old->disconnect(this);
        old->cancel();
    }
    m_job = job;
    m_loadingText = what;
    m_incomplete = false;
    m_banner->clear();
    connect(job, &ApiJob::progress, this, &TablePage::progress);
    connect(job, &ApiJob::rateLimited, this, &TablePage::rateLimited);
    Q_EMIT loadingChanged(true);
    Q_EMIT countsChanged();
}

void TablePage::endLoad(const ApiError &error)
{
    m_job = nullptr;
    m_loadingText.clear();
    if (error.isCancelled()) {
        m_incomplete = true;
        m_banner->showMessage(tr("Loading was cancelled: %n row(s) loaded. Refresh to load "
                                 "them all.",
                                 nullptr, m_model->rowCount()));
    } else if (!error.isNull()) {
        m_incomplete = true;
        m_banner->showError(error);
    }
    Q_EMIT rateLimited(0);
    Q_EMIT loadingChanged(false);
    Q_EMIT countsChanged();
    Q_EMIT loaded();
}

void TablePage::showCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const QModelIndex name = current.siblingAtColumn(0);
    m_details->setRow(current.data(RowJsonRole).toJsonObject(), name.data().toString());
}

void TablePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TablePage::retranslate()
{
    m_quickFilterLabel->setText(tr("&Quick filter:"));
    m_quickFilter->setPlaceholderText(tr("Type to show only matching rows (Ctrl+F)"));
    m_quickFilter->setAccessibleName(tr("Quick filter"));
    m_quickFilter->setToolTip(
        tr("Shows only the rows whose visible text contains these characters, ignoring case"));
    m_view->setAccessibleName(title());
    m_details->setAccessibleName(tr("Details of the selected row"));
}

} // namespace isc
