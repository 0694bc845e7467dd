#include "activitywidget.h"

#include "activitymodel.h"
#include "datatableview.h"

#include "models/tablesortfilterproxymodel.h"
#include "net/requestjournal.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace isc {

ActivityWidget::ActivityWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new ActivityModel(this))
    , m_proxy(new TableSortFilterProxyModel(this))
    , m_view(new DataTableView(this))
    , m_details(new QLabel(this))
    , m_copyCurlButton(new QToolButton(this))
    , m_copyTrackingIdButton(new QToolButton(this))
    , m_clearButton(new QToolButton(this))
    , m_copyCurl(new QAction(this))
    , m_copyTrackingId(new QAction(this))
    , m_clear(new QAction(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setSortingEnabled(false); // calls stay in time order
    m_view->horizontalHeader()->setSortIndicatorShown(false);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("activityTable"));

    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->hide();

    m_copyCurl->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyTrackingId->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_clear->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear-history")));
    connect(m_copyCurl, &QAction::triggered, this, [this] {
        const JournalEntry entry = currentEntry();
        if (entry.id != 0)
            QGuiApplication::clipboard()->setText(toCurl(entry));
    });
    connect(m_copyTrackingId, &QAction::triggered, this, [this] {
        const JournalEntry entry = currentEntry();
        if (!entry.trackingId.isEmpty())
            QGuiApplication::clipboard()->setText(entry.trackingId);
    });
    connect(m_clear, &QAction::triggered, this, [this] {
        if (RequestJournal *journal = m_model->journal())
            journal->clear();
    });

    // In the table's context menu, after its copy actions.
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_view->addAction(m_copyCurl);
    m_view->addAction(m_copyTrackingId);
    m_view->addAction(m_clear);

    for (auto [button, action] :
         {std::pair{m_copyCurlButton, m_copyCurl},
          std::pair{m_copyTrackingIdButton, m_copyTrackingId}, std::pair{m_clearButton, m_clear}}) {
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
    }

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_copyCurlButton);
    buttons->addWidget(m_copyTrackingIdButton);
    buttons->addStretch(1);
    buttons->addWidget(m_clearButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    // Follow new calls only while the newest is in sight.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_followBottom = bar->value() >= bar->maximum();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followBottom)
            m_view->scrollToBottom();
        updateCurrent();
    });
    connect(m_view, &DataTableView::currentRowChanged, this, &ActivityWidget::updateCurrent);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ActivityWidget::updateCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActivityWidget::updateCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ActivityWidget::updateCurrent);

    retranslate();
    updateCurrent();
}

ActivityWidget::~ActivityWidget() = default;

void ActivityWidget::setJournal(RequestJournal *journal)
{
    m_model->setJournal(journal);
    m_view->scrollToBottom();
    updateCurrent();
}

RequestJournal *ActivityWidget::journal() const
{
    return m_model->journal();
}

JournalEntry ActivityWidget::currentEntry() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    return m_model->entryAt(m_proxy->mapToSource(current).row());
}

QString ActivityWidget::detailsText() const
{
    return m_details->isHidden() ? QString() : m_details->text();
}

void ActivityWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ActivityWidget::retranslate()
{
    m_copyCurl->setText(tr("Copy as curl"));
    m_copyCurl->setToolTip(tr("Copy the selected call as a curl command line. The token is "
                              "$ISC_ACCESS_TOKEN and the client secret $SAIL_CLIENT_SECRET: "
                              "set them in the shell."));
    m_copyTrackingId->setText(tr("Copy Tracking ID"));
    m_copyTrackingId->setToolTip(tr("Copy the server's trackingId of the selected call"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Forget the calls listed"));
    m_view->setAccessibleName(tr("API calls"));
    m_details->setAccessibleName(tr("Error of the selected call"));
    setAccessibleName(tr("Activity"));
    m_model->retranslate();
    updateCurrent();
}

void ActivityWidget::updateCurrent()
{
    const JournalEntry entry = currentEntry();
    m_copyCurl->setEnabled(entry.id != 0);
    m_copyTrackingId->setEnabled(!entry.trackingId.isEmpty());
    m_clear->setEnabled(m_model->rowCount() > 0);
    if (entry.error.isEmpty()) {
        m_details->clear();
        m_details->hide();
        return;
    }
    //: The details line of a failed call: %1 method and path, %2 the error
    m_details->setText(tr("%1: %2").arg(
        QString::fromLatin1(entry.method) + u' ' + ActivityModel::pathText(entry), entry.error));
    m_details->show();
}

} // namespace isc
