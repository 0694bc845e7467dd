#pragma once

#include "base/customizer.h"
#include "net/apicalljob.h"
#include "net/apiresult.h"
#include "zipinspection.h"

namespace isc {

// POST /v2024/connector-customizers/{id}/versions with a zip archive: the file is inspected
// first (refused when it is not a zip or has no index.js), then streamed from disk
// (Content-Type: application/zip) with progress(bytesSent, bytesTotal). Cancelable. Never
// repeated after an ambiguous failure (writeOutcome Unknown: check the customizer's
// imageVersion before trying again). Make one with CustomizerService::uploadVersion().
class CustomizerVersionJob final : public ApiCallJob
{
    Q_OBJECT

public:
    // The pre-flight report; filled when the job starts.
    const ZipInspection &inspection() const { return m_inspection; }

Q_SIGNALS:
    void finished(const isc::ApiResult<isc::CustomizerVersion> &result);

private:
    friend class CustomizerService;
    CustomizerVersionJob(ApiClient *client, const QString &customizerId, const QString &zipPath,
                         QObject *parent);

    void startImpl() override;
    ApiError validate() const override;
    bool decodeReply(const ApiResponse &response, QString *error) override;
    void emitResult() override;

    QString m_customizerId;
    ZipInspection m_inspection;
    CustomizerVersion m_version;
};

} // namespace isc
