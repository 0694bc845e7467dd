#pragma once

#include "apierror.h"
#include "apiresponse.h"
#include "tokeninfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace isc {

class ApiClient;
class ApiRequestJob;

// Part of the pipeline (used by ApiRequestJob, owned by ApiClient): the client-credentials
// token of one connection. Cached until shortly before `expires_in`; one fetch in flight at
// a time, every caller waiting for it. The token value never leaves the pipeline: outside
// net/ use ApiClient::tokenInfo() and ApiClient::testConnection().
class TokenManager final : public QObject
{
    Q_OBJECT

public:
    explicit TokenManager(ApiClient *client);
    ~TokenManager() override;

    bool hasValidToken() const;
    // Increments with each new token; a request remembers the one it carried.
    quint64 generation() const { return m_generation; }
    TokenInfo info() const { return m_info; }
    bool isRefreshing() const { return !m_job.isNull(); }

    // Starts a fetch unless one is in flight; refreshed() or refreshFailed() follows.
    // With `force`, a cached token is dropped first (Test connection).
    void refresh(bool force = false);

    // The token of `generation` was refused (401): forget it, unless a newer one already
    // replaced it (parallel callers refused the same token: one refresh only).
    void invalidate(quint64 generation);

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const isc::ApiError &error);
    void infoChanged(const isc::TokenInfo &info);

private:
    friend class ApiRequestJob;
    QByteArray authorizationHeader() const; // "Bearer <token>"; pipeline only

    void onTokenReply(const ApiResponse &response);

    ApiClient *m_client;
    QPointer<ApiRequestJob> m_job;
    QByteArray m_token;
    QDateTime m_refreshAfter; // UTC; the cached token is used until then
    TokenInfo m_info;
    quint64 m_generation = 0;
};

} // namespace isc
