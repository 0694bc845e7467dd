#pragma once

#include "apijob.h"
#include "apirequest.h"
#include "apiresponse.h"

#include <QFutureWatcher>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QPointer>
#include <QSet>

#include <any>
#include <functional>

namespace isc {

class ApiClient;
class ApiRequestJob;

// Where one page of a list came from.
struct PageInfo
{
    int offset = 0;
    int limit = 0; // the page size asked for
    int itemCount = 0; // items on this page (after any client-side filter: see `received`)
    int received = 0; // items the server sent on this page
    qint64 total = -1; // X-Total-Count when asked for (count=true), else -1
};

// The engine behind every "load all pages" job (the services subclass it with a typed
// decoder and typed signals). Pages of `pageSize` from `startOffset` on:
// - without count: one page after the other until a page is shorter than pageSize (a total
//   that is an exact multiple of pageSize costs one more, empty, page);
// - with count: the first page gives X-Total-Count, the rest are requested concurrently
//   (at most PipelineOptions::maxConcurrentPages, all within the limiter). When all are in,
//   it re-checks: a short page ends the list; when the latest total is beyond what was
//   loaded (it grew), the missing pages are requested too.
// When a page fails, no new page starts; those in flight finish; then the job ends with
// the error, whose `detail` says which items are missing. Pages arrive through
// acceptPage() as they come (in any order), each with its offset; the next pages are
// requested before the one that arrived is decoded, and decoded off the GUI thread.
class PagedListJob : public ApiJob
{
    Q_OBJECT

public:
    ~PagedListJob() override;

    int pageSize() const { return m_pageSize; }

protected:
    // `request` is the first page's request without offset/limit/count: the engine adds
    // them (in that order: offset, limit, count).
    PagedListJob(ApiClient *client, const ApiRequest &request, int pageSize, int startOffset,
                 bool useCount, QObject *parent);

    // Decoding a page is a pure function of its body, run off this thread (on the global
    // thread pool) for every page but the first, so that the GUI thread only keeps and shows
    // items: it must use nothing but its argument (never the job, which may be gone by then).
    using PageDecoder = std::function<std::any(const QByteArray &body)>;
    virtual PageDecoder pageDecoder() const = 0;

    // Keeps/emits the items of one page from what pageDecoder() made of it. Returns the
    // number of items the server sent on it, or -1 with `*decodeError` set (the job then
    // fails with InvalidReply).
    virtual int acceptPage(const ApiResponse &response, const PageInfo &page, std::any &decoded,
                           QString *decodeError) = 0;

    // Items kept so far (for progress()).
    virtual qint64 itemsKept() const = 0;

    void startImpl() override;
    void cancelImpl() override;

private:
    void requestPage(int offset);
    void onPage(int offset, const ApiResponse &response);
    void onDecoded(const ApiResponse &response, const PageInfo &page, bool highestAsked,
                   std::any decoded);
    void sendPending(); // requests pending pages while slots are free
    void pumpPages(); // sendPending(), then finishes when nothing is left
    void maybeFinish();

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    int m_pageSize;
    int m_startOffset;
    bool m_useCount;
    QMap<int, ApiRequestJob *> m_inFlight; // offset -> job
    QList<QFutureWatcher<std::any> *> m_decoding; // pages being decoded on the pool
    QList<int> m_pending; // offsets to request, in order
    QMap<int, int> m_received; // offset -> items the server sent
    qint64 m_latestTotal = -1;
    ApiError m_error;
    QList<int> m_failedOffsets;
    int m_rechecks = 0;
};

} // namespace isc

Q_DECLARE_METATYPE(isc::PageInfo)
