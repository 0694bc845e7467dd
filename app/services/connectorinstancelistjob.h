#pragma once

#include "base/connectorinstance.h"
#include "net/apiresult.h"
#include "net/pagedlistjob.h"

#include <QMap>

namespace isc {

// Every connector instance (GET /beta/connector-instances, pages one after the other),
// optionally only those linked to one customizer. Make one with ConnectorInstanceService.
class ConnectorInstanceListJob final : public PagedListJob
{
    Q_OBJECT

public:
    // Empty: every instance; else only those whose connectorCustomizerId is this.
    QString customizerId() const { return m_customizerId; }

Q_SIGNALS:
    void pageLoaded(const QList<isc::ConnectorInstance> &instances, const isc::PageInfo &page);
    void finished(const isc::ApiResult<QList<isc::ConnectorInstance>> &result);

private:
    friend class ConnectorInstanceService;
    ConnectorInstanceListJob(ApiClient *client, const QString &customizerId, int pageSize,
                             QObject *parent);

    PageDecoder pageDecoder() const override;
    int acceptPage(const ApiResponse &response, const PageInfo &page, std::any &decoded,
                   QString *decodeError) override;
    qint64 itemsKept() const override { return m_kept; }
    void emitResult() override;

    QString m_customizerId;
    QMap<int, QList<ConnectorInstance>> m_pages;
    qint64 m_kept = 0;
};

} // namespace isc
