#pragma once

#include "net/apicalljob.h"
#include "net/apiresult.h"

namespace isc {

// DELETE /v2024/connector-customizers/{id}; the result's value is the id deleted. Make one
// with CustomizerService::remove().
class DeleteCustomizerJob final : public ApiCallJob
{
    Q_OBJECT

public:
    QString customizerId() const { return m_id; }

Q_SIGNALS:
    void finished(const isc::ApiResult<QString> &result);

private:
    friend class CustomizerService;
    DeleteCustomizerJob(ApiClient *client, const QString &id, QObject *parent);

    ApiError validate() const override;
    bool decodeReply(const ApiResponse &response, QString *error) override;
    void emitResult() override;

    QString m_id;
};

} // namespace isc
