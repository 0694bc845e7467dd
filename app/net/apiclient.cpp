#include "apiclient.h"

#include "apirequestjob.h"
#include "connectiontestjob.h"
#include "requestjournal.h"
#include "requestlimiter.h"
#include "tokenmanager.h"

#include "base/apilocale.h"

#include <QLocale>
#include <QNetworkAccessManager>

namespace isc {

ApiClient::ApiClient(QNetworkAccessManager *nam, const Connection &connection, QObject *parent)
    : ApiClient(nam, connection, PipelineOptions(), parent)
{ }

ApiClient::ApiClient(QNetworkAccessManager *nam, const Connection &connection,
                     const PipelineOptions &options, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_connection(connection)
    , m_options(options)
    , m_apiLocale(apiLocaleFor(QLocale()))
    , m_journal(new RequestJournal(this))
    , m_limiter(new RequestLimiter(options.rateLimitRequests, options.rateLimitWindowMs,
                                   options.maxInFlight, this))
    , m_tokens(new TokenManager(this))
{
    m_connection.baseUrl = normalizedBaseUrl(connection.baseUrl);
    connect(m_tokens, &TokenManager::infoChanged, this, &ApiClient::tokenInfoChanged);
}

ApiClient::~ApiClient()
{
    m_connection.clientSecret.fill(QChar(0));
}

void ApiClient::setApiLocale(const QString &apiLocale)
{
    m_apiLocale = isApiLocale(apiLocale) ? apiLocale : QStringLiteral("en");
}

TokenInfo ApiClient::tokenInfo() const
{
    return m_tokens->info();
}

ConnectionTestJob *ApiClient::testConnection(QObject *parent)
{
    return new ConnectionTestJob(this, parent ? parent : this);
}

ApiRequestJob *ApiClient::send(const ApiRequest &request, QObject *parent)
{
    return new ApiRequestJob(this, request, parent ? parent : this);
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url = m_connection.baseUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + request.path, QUrl::DecodedMode);
    if (!request.query.isEmpty()) {
        // Each value percent-encoded whole: a filter may hold & = + # " and spaces.
        QByteArray query;
        for (const auto &item : request.query) {
            if (!query.isEmpty())
                query += '&';
            query +=
                QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
        }
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    }
    return url;
}

} // namespace isc
