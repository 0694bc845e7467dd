#include "requeststatuswidget.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace isc {

namespace {

// QProgressBar takes int: scale byte counts down to a range it can hold.
constexpr qint64 progressScale = 1000;

} // namespace

RequestStatusWidget::RequestStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_status(new QLabel(this))
    , m_trackingLabel(new QLabel(this))
    , m_trackingId(new QLineEdit(this))
    , m_copy(new QToolButton(this))
    , m_progress(new QProgressBar(this))
{
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trackingId->setReadOnly(true);
    m_trackingLabel->setBuddy(m_trackingId);
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_progress->sizeHint().height());

    auto *tracking = new QHBoxLayout;
    tracking->setContentsMargins(0, 0, 0, 0);
    tracking->addWidget(m_trackingLabel);
    tracking->addWidget(m_trackingId, 1);
    tracking->addWidget(m_copy);

    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_text);
    column->addWidget(m_status);
    column->addLayout(tracking);
    column->addWidget(m_progress);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(column, 1);

    connect(m_copy, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_trackingId->text()); });

    retranslate();
    setState(State::Idle);
}

RequestStatusWidget::~RequestStatusWidget() = default;

QString RequestStatusWidget::text() const
{
    return m_state == State::Idle ? QString() : m_text->text();
}

QString RequestStatusWidget::trackingId() const
{
    return m_state == State::Error ? m_error.trackingId : QString();
}

int RequestStatusWidget::httpStatus() const
{
    return m_state == State::Error ? m_error.httpStatus : 0;
}

void RequestStatusWidget::showBusy(const QString &what)
{
    m_error = {};
    m_errorIsApi = false;
    m_text->setText(what);
    m_progress->setRange(0, 0); // indeterminate: an animated busy bar
    setState(State::Busy);
}

void RequestStatusWidget::setProgress(qint64 done, qint64 total)
{
    if (m_state != State::Busy)
        return;
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    const qint64 clamped = qBound<qint64>(0, done, total);
    m_progress->setRange(0, int(progressScale));
    m_progress->setValue(int(clamped * progressScale / total));
}

void RequestStatusWidget::showError(const ApiError &error)
{
    m_error = error;
    m_errorIsApi = true;
    m_text->setText(describe(error));
    setState(State::Error);
    retranslate();
}

void RequestStatusWidget::showErrorText(const QString &message)
{
    m_error = {};
    m_errorIsApi = false;
    m_text->setText(message);
    setState(State::Error);
}

void RequestStatusWidget::showMessage(const QString &message)
{
    m_error = {};
    m_errorIsApi = false;
    m_text->setText(message);
    setState(State::Message);
}

void RequestStatusWidget::clear()
{
    m_error = {};
    m_errorIsApi = false;
    m_text->clear();
    setState(State::Idle);
}

void RequestStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RequestStatusWidget::setState(State state)
{
    m_state = state;
    const bool error = state == State::Error;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    switch (state) {
    case State::Error:
        m_icon->setPixmap(style()
                              ->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this)
                              .pixmap(iconSize, iconSize));
        break;
    case State::Message:
        m_icon->setPixmap(style()
                              ->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this)
                              .pixmap(iconSize, iconSize));
        break;
    case State::Busy:
    case State::Idle:
        m_icon->clear();
        break;
    }
    m_icon->setVisible(state == State::Error || state == State::Message);
    m_status->setVisible(error && m_errorIsApi && m_error.httpStatus > 0);
    const bool tracking = error && !m_error.trackingId.isEmpty();
    m_trackingLabel->setVisible(tracking);
    m_trackingId->setVisible(tracking);
    m_copy->setVisible(tracking);
    m_trackingId->setText(tracking ? m_error.trackingId : QString());
    m_progress->setVisible(state == State::Busy);
    setVisible(state != State::Idle);
}

void RequestStatusWidget::retranslate()
{
    m_trackingLabel->setText(tr("&Tracking ID:"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the tracking ID, to quote it to SailPoint support"));
    m_trackingId->setAccessibleName(tr("Tracking ID"));
    m_progress->setAccessibleName(tr("Progress"));
    m_text->setAccessibleName(tr("Status"));
    setAccessibleName(tr("Request status"));
    if (m_state == State::Error && m_errorIsApi) {
        m_text->setText(describe(m_error));
        if (m_error.httpStatus > 0) {
            m_status->setText(
                m_error.detailCode.isEmpty()
                    //: %1 is an HTTP status code such as 404
                    ? tr("HTTP status %1").arg(m_error.httpStatus)
                    //: %1 is an HTTP status code, %2 the server's code such as "404 Not found"
                    : tr("HTTP status %1 (%2)").arg(m_error.httpStatus).arg(m_error.detailCode));
        }
    }
}

} // namespace isc
