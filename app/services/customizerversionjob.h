#pragma once

#include "base/customizer.h"
#include "net/apicalljob.h"
#include "net/apiresult.h"
#include "zipinspection.h"

#include <QPointer>

#include <functional>

namespace isc {

// POST /v2024/connector-customizers/{id}/versions with a zip archive: the file is inspected
// first (refused when it is not a zip or has no index.js), then streamed from disk
// (Content-Type: application/zip) with progress(bytesSent, bytesTotal). Cancelable.
// The customizer is read first: an unknown id fails before any byte of the archive is sent,
// and its imageVersion is the mark for what follows. The upload is never repeated blindly:
// after an ambiguous failure (dropped connection, timeout, 5xx after sending, unreadable 2xx)
// the customizer is read again, and the job reports
// - success with wasRecovered() when its imageVersion moved past the mark: the version was
//   created after all (`value` holds the customizer's new version, imageId and id);
// - the failure with writeOutcome NotApplied when it did not: safe to try again;
// - the failure with writeOutcome Unknown when that lookup failed too.
// Make one with CustomizerService::uploadVersion().
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
    void cancelImpl() override;
    ApiError validate() const override;
    bool decodeReply(const ApiResponse &response, QString *error) override;
    void handleResponse(const ApiResponse &response) override;
    void emitResult() override;

    using CustomizerHandler = std::function<void(const ApiResult<Customizer> &)>;
    void readCustomizer(const CustomizerHandler &handler);
    void lookUp(const ApiError &failure);

    QString m_customizerId;
    ZipInspection m_inspection;
    CustomizerVersion m_version;
    qint64 m_versionBefore = 0;
    ApiError m_recoveredFrom;
    QPointer<ApiJob> m_read;
};

} // namespace isc
