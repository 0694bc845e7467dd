#pragma once

#include "apirequest.h"
#include "connection.h"
#include "pipelineoptions.h"
#include "tokeninfo.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace isc {

class ApiRequestJob;
class ConnectionTestJob;
class RequestJournal;
class RequestLimiter;
class TokenManager;

// The request pipeline of one connection (tenant): the entry point of every call. It uses
// the injected QNetworkAccessManager (one per application; not owned), and owns the token
// manager, the rate limiter and the journal shared by every service built on it. To talk
// to another tenant, or with other credentials, make another ApiClient.
//
//   QNetworkAccessManager nam;
//   ApiClient client(&nam, connection);
//   ConnectorService connectors(&client);
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    ApiClient(QNetworkAccessManager *nam, const Connection &connection, QObject *parent = nullptr);
    ApiClient(QNetworkAccessManager *nam, const Connection &connection,
              const PipelineOptions &options, QObject *parent = nullptr);
    ~ApiClient() override;

    const Connection &connection() const { return m_connection; }
    bool isReadOnly() const { return m_connection.readOnly; }
    const PipelineOptions &options() const { return m_options; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // The API locale sent as Accept-Language (one of apiLocales(); default: the API locale
    // of the system locale). Takes effect for calls started afterwards.
    QString apiLocale() const { return m_apiLocale; }
    void setApiLocale(const QString &apiLocale);

    // What the last token reply said about the tenant; invalid before the first token.
    TokenInfo tokenInfo() const;

    // Fetches a fresh token (the credentials are checked even when one is cached) and
    // reports tenant_id, pod and org.
    ConnectionTestJob *testConnection(QObject *parent = nullptr);

    // A job for one call through the pipeline (not started). Parent: `parent`, else this.
    ApiRequestJob *send(const ApiRequest &request, QObject *parent = nullptr);

    // The absolute URL of `request` (base URL + path + encoded query).
    QUrl urlFor(const ApiRequest &request) const;

    RequestJournal *journal() const { return m_journal; }
    RequestLimiter *limiter() const { return m_limiter; }
    TokenManager *tokenManager() const { return m_tokens; } // pipeline use

Q_SIGNALS:
    void tokenInfoChanged(const isc::TokenInfo &info);

private:
    QNetworkAccessManager *m_nam;
    Connection m_connection;
    PipelineOptions m_options;
    QString m_apiLocale;
    RequestJournal *m_journal;
    RequestLimiter *m_limiter;
    TokenManager *m_tokens;
};

} // namespace isc
