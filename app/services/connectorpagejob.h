#pragma once

#include "connectorpage.h"
#include "connectorquery.h"
#include "net/apicalljob.h"
#include "net/apiresult.h"

namespace isc {

// One page of connectors. Make one with ConnectorService::fetchPage().
class ConnectorPageJob final : public ApiCallJob
{
    Q_OBJECT

public:
    const ConnectorQuery &query() const { return m_query; }

Q_SIGNALS:
    void finished(const isc::ApiResult<isc::ConnectorPage> &result);

private:
    friend class ConnectorService;
    ConnectorPageJob(ApiClient *client, const ConnectorQuery &query, QObject *parent);

    ApiError validate() const override;
    bool decodeReply(const ApiResponse &response, QString *error) override;
    void emitResult() override;

    ConnectorQuery m_query;
    ConnectorPage m_page;
};

} // namespace isc
