#include "apirequestjob.h"

#include "apiclient.h"
#include "logging.h"
#include "oneshotuploaddevice.h"
#include "requestjournal.h"
#include "requestlimiter.h"
#include "tokenmanager.h"

#include "base/apilocale.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>

namespace isc {

namespace {

// Retry-After: delta-seconds or an HTTP date (IMF-fixdate, or anything RFC 2822 parses).
// -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &raw)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? 0 : int(qMin<qint64>(seconds, 24 * 3600));
    const QString text = QString::fromLatin1(value);
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        when.setTimeSpec(Qt::UTC);
    }
    if (!when.isValid())
        return -1;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when.toUTC());
    return ms <= 0 ? 0 : int(qMin<qint64>((ms + 999) / 1000, 24 * 3600));
}

bool isNetworkLevel(QNetworkReply::NetworkError error)
{
    // Qt's codes below 200 are transport and proxy failures; above, HTTP statuses mapped.
    return error != QNetworkReply::NoError && int(error) < 200;
}

// Errors that prove nothing reached the server: a POST may be repeated after them.
bool nothingWasSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
        return true;
    default:
        return false;
    }
}

bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's own transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ContentReSendError: // Qt wanted to resend a one-shot body
        return true;
    default:
        return false;
    }
}

QByteArray formEncodedWithoutSecret(const QByteArray &body)
{
    QList<QByteArray> pairs = body.split('&');
    for (QByteArray &pair : pairs) {
        if (pair.startsWith("client_secret="))
            pair = "client_secret=$SAIL_CLIENT_SECRET";
    }
    return pairs.join('&');
}

} // namespace

ApiRequestJob::ApiRequestJob(ApiClient *client, const ApiRequest &request, QObject *parent)
    : ApiJob(parent)
    , m_client(client)
    , m_request(request)
    , m_inactivityTimer(new QTimer(this))
    , m_deadlineTimer(new QTimer(this))
    , m_waitTimer(new QTimer(this))
    , m_countdownTimer(new QTimer(this))
{
    m_inactivityTimer->setSingleShot(true);
    m_deadlineTimer->setSingleShot(true);
    m_waitTimer->setSingleShot(true);
    connect(m_inactivityTimer, &QTimer::timeout, this, &ApiRequestJob::onInactivity);
    connect(m_deadlineTimer, &QTimer::timeout, this, &ApiRequestJob::onDeadline);
    connect(m_countdownTimer, &QTimer::timeout, this, &ApiRequestJob::onCountdownTick);
}

ApiRequestJob::~ApiRequestJob()
{
    if (isRunning()) {
        m_abort = Abort::Cancelled;
        dropReply();
        releaseSlot();
        if (m_client && m_journalId) {
            JournalEntry entry = m_client->journal()->entry(m_journalId);
            if (entry.id) {
                entry.state = JournalEntry::State::Cancelled;
                entry.durationMs = m_elapsed.elapsed();
                entry.error = describe(ApiError::cancelled());
                m_client->journal()->update(entry);
            }
        }
    }
}

void ApiRequestJob::startImpl()
{
    m_elapsed.start();
    if (!m_client) {
        fail(ApiError::invalidInput(tr("The connection was closed.")));
        return;
    }
    const QUrl url = m_client->urlFor(m_request);
    const bool bearer = m_request.auth == ApiRequest::Auth::Bearer;

    JournalEntry entry;
    entry.startedAt = QDateTime::currentDateTimeUtc();
    entry.method = m_request.method.toUpper();
    entry.url = url;
    entry.contentType = m_request.contentType;
    entry.uploadFile = m_request.uploadFile;
    entry.acceptLanguage = acceptLanguageFor(m_client->apiLocale());
    entry.authenticated = bearer;
    if (m_request.uploadFile.isEmpty() && !m_request.body.isEmpty()) {
        if (m_request.contentType.startsWith("application/x-www-form-urlencoded"))
            entry.requestBody = formEncodedWithoutSecret(m_request.body);
        else if (m_request.body.size() <= 64 * 1024)
            entry.requestBody = m_request.body;
    }
    m_journalId = m_client->journal()->add(entry);

    // The read-only guard: before anything else, so nothing at all is sent.
    if (bearer && m_client->isReadOnly() && m_request.isMutating()) {
        qCInfo(lcApi).noquote() << "refused (read-only connection):" << m_request.method
                                << url.toString();
        fail(ApiError::readOnly(m_request.method.toUpper(), url));
        return;
    }
    QString why;
    if (!isAllowedBaseUrl(m_client->connection().baseUrl, &why)) {
        fail(ApiError::invalidInput(why));
        return;
    }

    const PipelineOptions &options = m_client->options();
    int deadline = m_request.deadlineMs;
    if (deadline == 0)
        deadline = m_request.uploadFile.isEmpty() ? options.deadlineMs : options.uploadDeadlineMs;
    if (deadline > 0)
        m_deadlineTimer->start(deadline);
    acquireSlot();
}

void ApiRequestJob::acquireSlot()
{
    // The token call bypasses the limiter: API calls holding every slot wait for it.
    if (m_request.auth == ApiRequest::Auth::None) {
        send();
        return;
    }
    m_slot = m_client->limiter()->acquire(m_request.apiVersion(), [this] {
        if (isRunning())
            obtainToken();
    });
}

void ApiRequestJob::obtainToken()
{
    TokenManager *tokens = m_client->tokenManager();
    if (tokens->hasValidToken()) {
        send();
        return;
    }
    // One refresh for every waiting caller; a context object drops both connections at once.
    auto *waiter = new QObject(this);
    connect(tokens, &TokenManager::refreshed, waiter, [this, waiter] {
        waiter->deleteLater();
        if (isRunning())
            obtainToken();
    });
    connect(tokens, &TokenManager::refreshFailed, waiter, [this, waiter](const ApiError &error) {
        waiter->deleteLater();
        if (isRunning())
            fail(error);
    });
    tokens->refresh();
}

void ApiRequestJob::send()
{
    const PipelineOptions &options = m_client->options();
    const QUrl url = m_client->urlFor(m_request);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Accept-Language", acceptLanguageFor(m_client->apiLocale()));
    request.setRawHeader("User-Agent", QByteArrayLiteral("isc-console/" ISC_VERSION));
    if (m_request.auth == ApiRequest::Auth::Bearer) {
        TokenManager *tokens = m_client->tokenManager();
        m_tokenGeneration = tokens->generation();
        request.setRawHeader("Authorization", tokens->authorizationHeader());
    }
    if (!m_request.contentType.isEmpty())
        request.setRawHeader("Content-Type", m_request.contentType);
    // Authorization never follows a redirect to another scheme, host or port.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    QNetworkAccessManager *nam = m_client->networkAccessManager();
    const QByteArray verb = m_request.method.toUpper();
    ++m_attempts;
    m_tlsErrors.clear();
    // A call that must not be repeated blindly gets a body Qt cannot silently send again.
    const bool oneShot = m_request.isMutating() && !m_request.isIdempotent();
    QIODevice *body = nullptr;
    if (!m_request.uploadFile.isEmpty()) {
        auto *file = new QFile(m_request.uploadFile, this);
        if (!file->open(QIODevice::ReadOnly)) {
            ApiError error = ApiError::invalidInput(
                tr("Cannot read %1: %2").arg(m_request.uploadFile, file->errorString()));
            error.writeOutcome = ApiError::WriteOutcome::NotApplied;
            delete file;
            fail(error);
            return;
        }
        body = file;
        if (oneShot)
            body = new OneShotUploadDevice(file, file);
    } else if (oneShot) {
        body = new OneShotUploadDevice(m_request.body, this);
    }
    m_uploadDevice = body;
    if (body) {
        request.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        m_reply = nam->sendCustomRequest(request, verb, body);
    } else if (verb == "GET") {
        m_reply = nam->get(request);
    } else {
        m_reply = nam->sendCustomRequest(request, verb, m_request.body);
    }

    connect(m_reply, &QNetworkReply::finished, this, &ApiRequestJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiRequestJob::onActivity);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        onActivity();
        if (!m_request.uploadFile.isEmpty() && total > 0)
            Q_EMIT progress(sent, total);
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message; never ignored, so the reply fails.
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.errorString());
    });
    const int inactivity = m_request.inactivityTimeoutMs > 0 ? m_request.inactivityTimeoutMs
                                                             : options.inactivityTimeoutMs;
    if (inactivity > 0)
        m_inactivityTimer->start(inactivity);
    m_attemptElapsed.start();
    qCDebug(lcApi).noquote() << verb << url.toString() << "attempt" << m_attempts;
}

void ApiRequestJob::onActivity()
{
    if (m_inactivityTimer->isActive())
        m_inactivityTimer->start();
}

void ApiRequestJob::onInactivity()
{
    if (!m_reply)
        return;
    m_abort = Abort::Inactivity;
    m_reply->abort(); // finished() follows synchronously
}

void ApiRequestJob::onDeadline()
{
    if (!isRunning())
        return;
    m_abort = Abort::Deadline;
    if (m_reply) {
        m_reply->abort();
        return;
    }
    // Waiting (token, limiter, backoff, Retry-After): give up now.
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    error.deadlineExceeded = true;
    error.timeoutSeconds = int(std::ceil(m_deadlineTimer->interval() / 1000.0));
    if (m_attempts > 0 && !m_request.isIdempotent())
        error.writeOutcome = ApiError::WriteOutcome::Unknown;
    fail(error);
}

void ApiRequestJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    m_inactivityTimer->stop();
    releaseUploadDevice();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    m_response.httpStatus = status;
    m_response.headers.clear();
    for (const auto &pair : reply->rawHeaderPairs())
        m_response.headers.insert(pair.first.toLower(), pair.second);
    const Abort abort = m_abort;
    m_abort = Abort::None;
    const qint64 attemptMs = m_attemptElapsed.elapsed();

    if (abort == Abort::Inactivity || abort == Abort::Deadline ||
        (networkError == QNetworkReply::OperationCanceledError && abort == Abort::None)) {
        ApiError error;
        error.kind = ApiError::Kind::Timeout;
        error.deadlineExceeded = abort == Abort::Deadline;
        error.timeoutSeconds =
            int(std::ceil((abort == Abort::Deadline ? m_deadlineTimer->interval()
                                                    : m_inactivityTimer->interval()) /
                          1000.0));
        qCInfo(lcApi).noquote() << m_request.method << reply->url().toString() << "timed out after"
                                << attemptMs << "ms";
        if (abort == Abort::Deadline) {
            if (!m_request.isIdempotent())
                error.writeOutcome = ApiError::WriteOutcome::Unknown;
            fail(error);
        } else {
            handleFailure(error, true);
        }
        return;
    }

    if (isNetworkLevel(networkError) || status == 0) {
        ApiError error;
        error.networkError = int(networkError);
        error.networkErrorText = reply->errorString();
        if (networkError == QNetworkReply::SslHandshakeFailedError || !m_tlsErrors.isEmpty()) {
            error.kind = ApiError::Kind::Tls;
            error.detail = m_tlsErrors.join(QLatin1String("; "));
        } else if (networkError == QNetworkReply::InsecureRedirectError ||
                   networkError == QNetworkReply::TooManyRedirectsError) {
            error.kind = ApiError::Kind::Redirect;
        } else {
            error.kind = ApiError::Kind::Network;
        }
        qCInfo(lcApi).noquote() << m_request.method << reply->url().toString()
                                << "failed:" << reply->errorString();
        if (error.kind == ApiError::Kind::Network && isTransientNetworkError(networkError))
            handleFailure(error, !nothingWasSent(networkError));
        else
            fail(error);
        return;
    }

    const QByteArray body = reply->readAll();
    qCDebug(lcApi).noquote() << m_request.method << reply->url().toString() << "->" << status
                             << "in" << attemptMs << "ms";
    if (status >= 200 && status < 300) {
        m_response.body = body;
        releaseSlot();
        finish({});
        return;
    }

    ApiError error;
    error.httpStatus = status;
    error.readServerBody(body, m_client->apiLocale());
    const bool tokenCall = m_request.auth == ApiRequest::Auth::None;

    if (status == 401 && !tokenCall && !m_reauthenticated) {
        // The token expired or was revoked: one fresh token, one repeat.
        m_reauthenticated = true;
        qCInfo(lcAuth) << "token refused (401); fetching a fresh one and repeating once";
        m_client->tokenManager()->invalidate(m_tokenGeneration);
        releaseSlot();
        updateJournal();
        acquireSlot();
        return;
    }
    if (status == 401 || (tokenCall && status == 400)) {
        error.kind = ApiError::Kind::Unauthorized;
        fail(error);
        return;
    }
    if (status == 429) {
        const PipelineOptions &options = m_client->options();
        const int retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"));
        error.kind = ApiError::Kind::RateLimited;
        error.retryAfterSeconds = retryAfter;
        error.writeOutcome = m_request.isMutating() ? ApiError::WriteOutcome::NotApplied
                                                    : ApiError::WriteOutcome::NotApplicable;
        int waitSeconds = retryAfter;
        if (waitSeconds < 0) {
            // No Retry-After: the backoff schedule, rounded up to whole seconds.
            const int cap = qMin(options.backoffMaxMs,
                                 options.backoffBaseMs * (1 << qMin(m_rateLimitRetries, 10)));
            waitSeconds = qMax(1, (cap + 999) / 1000);
        }
        const qint64 left = m_deadlineTimer->isActive() ? m_deadlineTimer->remainingTime() : -1;
        if (m_rateLimitRetries >= options.maxRateLimitRetries ||
            waitSeconds > options.maxRetryAfterSeconds ||
            (left >= 0 && waitSeconds * 1000 >= left)) {
            fail(error);
            return;
        }
        ++m_rateLimitRetries;
        qCInfo(lcApi).noquote() << "429 on" << m_request.method << reply->url().toString()
                                << "- waiting" << waitSeconds << "s";
        releaseSlot();
        m_client->limiter()->holdBucket(m_request.apiVersion(), waitSeconds * 1000);
        waitForRateLimit(waitSeconds);
        return;
    }
    if (status >= 500) {
        error.kind = ApiError::Kind::Http;
        error.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"));
        handleFailure(error, true);
        return;
    }
    error.kind = ApiError::Kind::Http;
    fail(error);
}

void ApiRequestJob::handleFailure(const ApiError &error, bool sent)
{
    const PipelineOptions &options = m_client->options();
    const bool repeatable = m_request.isIdempotent() || !sent;
    if (repeatable && m_transientRetries + 1 < options.maxAttempts) {
        const int cap =
            qMin(options.backoffMaxMs, options.backoffBaseMs * (1 << qMin(m_transientRetries, 16)));
        // Equal jitter: half the step for sure, the other half at random.
        int delay = cap / 2 + int(QRandomGenerator::global()->bounded(cap / 2 + 1));
        if (error.retryAfterSeconds > 0)
            delay = qMax(delay, error.retryAfterSeconds * 1000);
        const qint64 left = m_deadlineTimer->isActive() ? m_deadlineTimer->remainingTime() : -1;
        if (left < 0 || delay < left) {
            ++m_transientRetries;
            scheduleRetry(delay, error);
            return;
        }
    }
    ApiError final = error;
    if (m_request.isMutating() && !m_request.isIdempotent())
        final.writeOutcome =
            sent ? ApiError::WriteOutcome::Unknown : ApiError::WriteOutcome::NotApplied;
    fail(final);
}

void ApiRequestJob::scheduleRetry(int delayMs, const ApiError &cause)
{
    releaseSlot();
    ApiError described = cause;
    described.method = m_request.method.toUpper();
    described.url = m_client->urlFor(m_request);
    described.attempts = m_attempts;
    qCInfo(lcApi).noquote() << "repeating" << described.method << described.url.toString() << "in"
                            << delayMs << "ms after:" << describe(described);
    updateJournal();
    Q_EMIT retrying(m_attempts + 1, delayMs, described);
    m_waitTimer->disconnect(this);
    connect(m_waitTimer, &QTimer::timeout, this, [this] {
        if (isRunning())
            acquireSlot();
    });
    m_waitTimer->start(delayMs);
}

void ApiRequestJob::waitForRateLimit(int seconds)
{
    updateJournal();
    m_waitTimer->disconnect(this);
    if (seconds <= 0) {
        Q_EMIT rateLimited(0);
        acquireSlot();
        return;
    }
    connect(m_waitTimer, &QTimer::timeout, this, [this] {
        m_countdownTimer->stop();
        if (!isRunning())
            return;
        Q_EMIT rateLimited(0);
        acquireSlot();
    });
    m_waitTimer->start(seconds * 1000);
    m_countdown = seconds;
    m_countdownTimer->start(qMax(1, m_client->options().countdownTickMs));
    Q_EMIT rateLimited(seconds);
}

void ApiRequestJob::onCountdownTick()
{
    const int left = int((m_waitTimer->remainingTime() + 999) / 1000);
    if (left > 0 && left != m_countdown) {
        m_countdown = left;
        Q_EMIT rateLimited(left);
    }
}

void ApiRequestJob::releaseSlot()
{
    if (m_slot && m_client)
        m_client->limiter()->release(m_slot);
    m_slot = 0;
}

void ApiRequestJob::releaseUploadDevice()
{
    // The reply is done with it (finished or aborted); the file is the top-level one.
    QIODevice *device = m_uploadDevice;
    m_uploadDevice = nullptr;
    if (!device)
        return;
    QObject *owner = device->parent() == this ? device : device->parent();
    owner->deleteLater();
}

void ApiRequestJob::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    releaseUploadDevice();
}

void ApiRequestJob::cancelImpl()
{
    m_abort = Abort::Cancelled;
    dropReply();
    releaseSlot();
    m_inactivityTimer->stop();
    m_deadlineTimer->stop();
    m_waitTimer->stop();
    m_countdownTimer->stop();
}

void ApiRequestJob::fail(ApiError error)
{
    dropReply();
    releaseSlot();
    finish(error);
}

void ApiRequestJob::updateJournal()
{
    if (!m_client || !m_journalId)
        return;
    JournalEntry entry = m_client->journal()->entry(m_journalId);
    if (!entry.id)
        return;
    entry.httpStatus = m_response.httpStatus;
    entry.retries = qMax(0, m_attempts - 1);
    entry.durationMs = m_elapsed.elapsed();
    m_client->journal()->update(entry);
}

void ApiRequestJob::emitResult()
{
    m_inactivityTimer->stop();
    m_deadlineTimer->stop();
    m_waitTimer->stop();
    m_countdownTimer->stop();
    releaseUploadDevice();

    ApiError result = error();
    if (!result.isNull()) {
        if (result.method.isEmpty())
            result.method = m_request.method.toUpper();
        if (result.url.isEmpty() && m_client)
            result.url = m_client->urlFor(m_request);
        if (result.context.isEmpty())
            result.context = m_request.context;
        result.attempts = m_attempts;
        m_response.body.clear();
    }
    m_response.error = result;
    m_response.attempts = m_attempts;

    if (m_client && m_journalId) {
        JournalEntry entry = m_client->journal()->entry(m_journalId);
        if (entry.id) {
            entry.httpStatus = m_response.httpStatus;
            entry.retries = qMax(0, m_attempts - 1);
            entry.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
            entry.trackingId = result.trackingId;
            if (entry.trackingId.isEmpty())
                entry.trackingId = QString::fromLatin1(m_response.header("slpt-request-id"));
            entry.error = describe(result);
            entry.state = result.isNull()                  ? JournalEntry::State::Succeeded
                : result.kind == ApiError::Kind::Cancelled ? JournalEntry::State::Cancelled
                                                           : JournalEntry::State::Failed;
            m_client->journal()->update(entry);
        }
    }
    if (!result.isNull() && !result.isCancelled())
        qCInfo(lcApi).noquote() << "failed:" << result.method << result.url.toString() << "-"
                                << kindName(result.kind) << result.httpStatus << result.trackingId;
    Q_EMIT finished(m_response);
}

} // namespace isc
