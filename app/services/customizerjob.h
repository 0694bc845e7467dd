#pragma once

#include "base/customizer.h"
#include "net/apicalljob.h"
#include "net/apiresult.h"

namespace isc {

// A call answered by one customizer: get and rename. Make one with CustomizerService.
class CustomizerJob final : public ApiCallJob
{
    Q_OBJECT

Q_SIGNALS:
    void finished(const isc::ApiResult<isc::Customizer> &result);

private:
    friend class CustomizerService;
    CustomizerJob(ApiClient *client, const ApiRequest &request, const QString &inputError,
                  QObject *parent);

    ApiError validate() const override;
    bool decodeReply(const ApiResponse &response, QString *error) override;
    void emitResult() override;

    QString m_inputError;
    Customizer m_customizer;
};

} // namespace isc
