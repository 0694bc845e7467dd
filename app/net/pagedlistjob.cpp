#include "pagedlistjob.h"

#include "apiclient.h"
#include "apirequestjob.h"
#include "logging.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace isc {

namespace {

constexpr int maxRechecks = 3;

} // namespace

PagedListJob::PagedListJob(ApiClient *client, const ApiRequest &request, int pageSize,
                           int startOffset, bool useCount, QObject *parent)
    : ApiJob(parent)
    , m_client(client)
    , m_request(request)
    , m_pageSize(qBound(1, pageSize, 250))
    , m_startOffset(qMax(0, startOffset))
    , m_useCount(useCount)
{ }

PagedListJob::~PagedListJob() = default;

void PagedListJob::startImpl()
{
    if (!m_client) {
        ApiError error = ApiError::invalidInput(tr("The connection was closed."));
        error.context = m_request.context;
        finish(error);
        return;
    }
    m_pending.append(m_startOffset);
    pumpPages();
}

void PagedListJob::cancelImpl()
{
    m_pending.clear();
    qDeleteAll(m_decoding); // their results are not wanted; the pool finishes the work
    m_decoding.clear();
    const auto jobs = m_inFlight.values();
    m_inFlight.clear();
    for (ApiRequestJob *job : jobs)
        delete job; // aborts without a signal
}

void PagedListJob::requestPage(int offset)
{
    ApiRequest request = m_request;
    request.addQuery(QStringLiteral("offset"), QString::number(offset));
    request.addQuery(QStringLiteral("limit"), QString::number(m_pageSize));
    if (m_useCount)
        request.addQuery(QStringLiteral("count"), QStringLiteral("true"));
    ApiRequestJob *job = m_client->send(request, this);
    relayWaits(job);
    connect(job, &ApiRequestJob::finished, this,
            [this, offset](const ApiResponse &response) { onPage(offset, response); });
    m_inFlight.insert(offset, job);
    job->start();
}

void PagedListJob::sendPending()
{
    const int limit = m_client ? qMax(1, m_client->options().maxConcurrentPages) : 1;
    while (m_error.isNull() && !m_pending.isEmpty() && m_inFlight.size() < limit)
        requestPage(m_pending.takeFirst());
}

void PagedListJob::pumpPages()
{
    sendPending();
    maybeFinish();
}

void PagedListJob::onPage(int offset, const ApiResponse &response)
{
    m_inFlight.remove(offset);
    if (!isRunning())
        return;
    if (!response.ok()) {
        if (m_error.isNull())
            m_error = response.error;
        m_failedOffsets.append(offset);
        m_pending.clear();
        pumpPages();
        return;
    }

    PageInfo page;
    page.offset = offset;
    page.limit = m_pageSize;
    if (m_useCount) {
        bool ok = false;
        const qint64 total = response.header("x-total-count").trimmed().toLongLong(&ok);
        if (ok && total >= 0) {
            page.total = total;
            m_latestTotal = total;
        }
    }
    // Whether this is the highest page asked for so far (then, without a total, it decides
    // whether to ask for the next one).
    const bool highestAsked = m_inFlight.upperBound(offset) == m_inFlight.end() &&
        (m_pending.isEmpty() || m_pending.last() < offset);
    // Pages already decided on go out before this one is decoded: decoding and the page
    // handler take milliseconds that would otherwise keep the freed slot idle.
    sendPending();

    if (m_received.isEmpty() && m_decoding.isEmpty()) {
        // The first page decides what comes next: decoded at once.
        onDecoded(response, page, highestAsked, pageDecoder()(response.body));
        return;
    }
    auto *watcher = new QFutureWatcher<std::any>(this);
    m_decoding.append(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, response, page, highestAsked] {
                m_decoding.removeOne(watcher);
                watcher->deleteLater();
                if (isRunning())
                    onDecoded(response, page, highestAsked, watcher->result());
            });
    watcher->setFuture(QtConcurrent::run(pageDecoder(), response.body));
}

void PagedListJob::onDecoded(const ApiResponse &response, const PageInfo &page, bool highestAsked,
                             std::any decoded)
{
    const int offset = page.offset;
    QString decodeError;
    // acceptPage() fills itemCount (kept) and emits; it returns what the server sent.
    const int received = acceptPage(response, page, decoded, &decodeError);
    if (!isRunning())
        return; // the page handler cancelled us
    if (received < 0) {
        if (m_error.isNull()) {
            m_error = ApiError::invalidReply(decodeError, response.httpStatus);
            m_error.method = m_request.method.toUpper();
            m_error.url = m_client->urlFor(m_request);
            m_error.attempts = response.attempts;
        }
        m_failedOffsets.append(offset);
        m_pending.clear();
        pumpPages();
        return;
    }
    m_received.insert(offset, received);
    Q_EMIT progress(itemsKept(), m_latestTotal);

    const bool full = received >= m_pageSize;
    const bool highest = m_received.lastKey() == offset && highestAsked;
    if (!full) {
        // A short page ends the list: nothing beyond it is asked for.
        m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                                       [offset](int o) { return o > offset; }),
                        m_pending.end());
    } else if (page.total >= 0 && offset == m_startOffset) {
        // count=true: the total is known; everything else at once (within the limits).
        for (qint64 next = qint64(offset) + m_pageSize; next < page.total; next += m_pageSize)
            m_pending.append(int(next));
    } else if (highest && (m_latestTotal < 0 || !m_useCount)) {
        m_pending.append(offset + m_pageSize); // one after the other
    }
    pumpPages();
}

void PagedListJob::maybeFinish()
{
    if (!isRunning() || !m_inFlight.isEmpty() || !m_pending.isEmpty() || !m_decoding.isEmpty())
        return;

    if (m_error.isNull() && !m_received.isEmpty()) {
        // Re-check against the latest total: ask for what was added since the first page.
        const int last = m_received.lastKey();
        const qint64 end = qint64(last) + m_received.value(last);
        if (m_useCount && m_latestTotal > end && m_rechecks < maxRechecks) {
            ++m_rechecks;
            qCDebug(lcApi) << "paged load: total grew to" << m_latestTotal << "beyond" << end;
            if (m_received.value(last) < m_pageSize)
                m_pending.append(last); // the short last page again, now longer
            for (qint64 next = qint64(last) + m_pageSize; next < m_latestTotal; next += m_pageSize)
                m_pending.append(int(next));
            pumpPages();
            return;
        }
    }

    if (m_error.isNull()) {
        finish({});
        return;
    }
    ApiError error = m_error;
    std::sort(m_failedOffsets.begin(), m_failedOffsets.end());
    QStringList ranges;
    for (const int offset : std::as_const(m_failedOffsets))
        ranges.append(tr("%1 to %2").arg(offset + 1).arg(offset + m_pageSize));
    //: "%1" lists ranges of item numbers ("251 to 500, 751 to 1000"); %n items were loaded
    const QString missing = tr("items %1 are missing; %n loaded", nullptr, int(itemsKept()))
                                .arg(ranges.join(QLatin1String(", ")));
    error.context =
        m_request.context.isEmpty() ? missing : tr("%1 (%2)").arg(m_request.context, missing);
    finish(error);
}

} // namespace isc
