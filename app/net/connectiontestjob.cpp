#include "connectiontestjob.h"

#include "apiclient.h"
#include "tokenmanager.h"

#include <QCoreApplication>

namespace isc {

ConnectionTestJob::ConnectionTestJob(ApiClient *client, QObject *parent)
    : ApiJob(parent)
    , m_client(client)
{ }

ConnectionTestJob::~ConnectionTestJob() = default;

void ConnectionTestJob::startImpl()
{
    if (!m_client) {
        finish(ApiError::invalidInput(
            QCoreApplication::translate("isc::ConnectionTestJob", "The connection was closed.")));
        return;
    }
    TokenManager *tokens = m_client->tokenManager();
    m_ok = connect(tokens, &TokenManager::refreshed, this, [this] {
        cancelImpl();
        finish({});
    });
    m_failed = connect(tokens, &TokenManager::refreshFailed, this, [this](const ApiError &error) {
        cancelImpl();
        finish(error);
    });
    tokens->refresh(true);
}

void ConnectionTestJob::cancelImpl()
{
    disconnect(m_ok);
    disconnect(m_failed);
}

void ConnectionTestJob::emitResult()
{
    ApiResult<TokenInfo> result;
    result.error = error();
    if (result.ok() && m_client)
        result.value = m_client->tokenInfo();
    Q_EMIT finished(result);
}

} // namespace isc
