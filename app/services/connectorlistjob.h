#pragma once

#include "base/connector.h"
#include "connectorquery.h"
#include "net/apiresult.h"
#include "net/pagedlistjob.h"

#include <QMap>

namespace isc {

// Every connector matching a query, streamed page by page (see PagedListJob for the
// paging rules). Make one with ConnectorService::fetchAll().
class ConnectorListJob final : public PagedListJob
{
    Q_OBJECT

public:
    const ConnectorQuery &query() const { return m_query; }

Q_SIGNALS:
    // A page arrived (pages may arrive out of order; `page.offset` says where it goes).
    void pageLoaded(const QList<isc::Connector> &connectors, const isc::PageInfo &page);
    // All loaded connectors in offset order; with an error, what was loaded before it
    // stopped (error().detail names the missing items).
    void finished(const isc::ApiResult<QList<isc::Connector>> &result);

private:
    friend class ConnectorService;
    ConnectorListJob(ApiClient *client, const ConnectorQuery &query, QObject *parent);

    void startImpl() override;
    PageDecoder pageDecoder() const override;
    int acceptPage(const ApiResponse &response, const PageInfo &page, std::any &decoded,
                   QString *decodeError) override;
    qint64 itemsKept() const override { return m_kept; }
    void emitResult() override;

    ConnectorQuery m_query;
    QMap<int, QList<Connector>> m_pages;
    qint64 m_kept = 0;
};

} // namespace isc
