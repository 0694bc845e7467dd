#pragma once

#include "base/customizer.h"
#include "net/apiresult.h"
#include "net/pagedlistjob.h"

#include <QMap>

namespace isc {

// Every customizer (GET /v2024/connector-customizers has no count: pages one after the
// other). Make one with CustomizerService::list().
class CustomizerListJob final : public PagedListJob
{
    Q_OBJECT

Q_SIGNALS:
    void pageLoaded(const QList<isc::Customizer> &customizers, const isc::PageInfo &page);
    // All loaded customizers in offset order; with an error, what was loaded before it.
    void finished(const isc::ApiResult<QList<isc::Customizer>> &result);

private:
    friend class CustomizerService;
    friend class CreateCustomizerJob;
    CustomizerListJob(ApiClient *client, int pageSize, QObject *parent);

    PageDecoder pageDecoder() const override;
    int acceptPage(const ApiResponse &response, const PageInfo &page, std::any &decoded,
                   QString *decodeError) override;
    qint64 itemsKept() const override { return m_kept; }
    void emitResult() override;

    QMap<int, QList<Customizer>> m_pages;
    qint64 m_kept = 0;
};

} // namespace isc
