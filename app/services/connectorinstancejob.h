#pragma once

#include "base/connectorinstance.h"
#include "net/apicalljob.h"
#include "net/apiresult.h"

namespace isc {

// A call answered by one connector instance: link and unlink a customizer (JSON Patch).
// Make one with ConnectorInstanceService.
class ConnectorInstanceJob final : public ApiCallJob
{
    Q_OBJECT

Q_SIGNALS:
    void finished(const isc::ApiResult<isc::ConnectorInstance> &result);

private:
    friend class ConnectorInstanceService;
    ConnectorInstanceJob(ApiClient *client, const ApiRequest &request, const QString &inputError,
                         QObject *parent);

    ApiError validate() const override;
    bool decodeReply(const ApiResponse &response, QString *error) override;
    void emitResult() override;

    QString m_inputError;
    ConnectorInstance m_instance;
};

} // namespace isc
