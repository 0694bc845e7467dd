#pragma once

#include "apijob.h"
#include "apiresult.h"
#include "tokeninfo.h"

#include <QPointer>

namespace isc {

class ApiClient;

// "Test connection": fetches a fresh token and reports what it says about the tenant
// (tenant_id, pod, org). Make one with ApiClient::testConnection().
class ConnectionTestJob final : public ApiJob
{
    Q_OBJECT

public:
    ~ConnectionTestJob() override;

Q_SIGNALS:
    void finished(const isc::ApiResult<isc::TokenInfo> &result);

private:
    friend class ApiClient;
    ConnectionTestJob(ApiClient *client, QObject *parent);

    void startImpl() override;
    void cancelImpl() override;
    void emitResult() override;

    QPointer<ApiClient> m_client;
    QMetaObject::Connection m_ok;
    QMetaObject::Connection m_failed;
};

} // namespace isc
