#pragma once

#include "connectorquery.h"

#include "net/apiclient.h"

#include <QObject>
#include <QPointer>

namespace isc {

class ConnectorListJob;
class ConnectorPageJob;

// The connector catalogue: GET /beta/connectors. Jobs are returned not started; connect to
// their `finished` signal, then start() them. Their parent is `parent`, else the service.
class ConnectorService final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectorService(ApiClient *client, QObject *parent = nullptr);

    // One page: filters, limit, offset, count, locale in any combination.
    ConnectorPageJob *fetchPage(const ConnectorQuery &query, QObject *parent = nullptr);

    // Every matching connector, streamed page by page (ConnectorListJob::pageLoaded).
    ConnectorListJob *fetchAll(const ConnectorQuery &query, QObject *parent = nullptr);

    // The local check of a query, the one every job makes before sending: a translated
    // sentence naming the problem, empty when the query is fine. `forAllPages`: limit is a
    // page size (1..250) rather than 0..250.
    static QString validate(const ConnectorQuery &query, bool forAllPages = false);

    ApiClient *client() const { return m_client; }

private:
    QPointer<ApiClient> m_client;
};

} // namespace isc
