#pragma once

#include "base/customizer.h"
#include "net/apicalljob.h"
#include "net/apiresult.h"

#include <QDateTime>

namespace isc {

// POST /v2024/connector-customizers. Never repeated blindly: after an ambiguous failure
// (dropped connection, timeout, 5xx after sending) it lists the customizers and looks for
// one of this name created since the attempt, then reports either
// - success with wasRecovered(): "it was created after all", `value` is the one found; or
// - the failure with writeOutcome NotApplied: "it was not created; safe to try again"; or
// - the failure with writeOutcome Unknown when the lookup itself failed.
// Make one with CustomizerService::create().
class CreateCustomizerJob final : public ApiCallJob
{
    Q_OBJECT

public:
    QString name() const { return m_name; }

Q_SIGNALS:
    void finished(const isc::ApiResult<isc::Customizer> &result);

private:
    friend class CustomizerService;
    CreateCustomizerJob(ApiClient *client, const QString &name, QObject *parent);

    ApiError validate() const override;
    bool decodeReply(const ApiResponse &response, QString *error) override;
    void handleResponse(const ApiResponse &response) override;
    void startImpl() override;
    void cancelImpl() override;
    void emitResult() override;
    void lookUp(const ApiError &failure);

    QString m_name;
    QDateTime m_attemptStart;
    Customizer m_customizer;
    ApiError m_recoveredFrom;
    QPointer<ApiJob> m_lookup;
};

} // namespace isc
