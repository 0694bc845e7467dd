#include "tokenmanager.h"

#include "apiclient.h"
#include "apirequestjob.h"
#include "logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace isc {

namespace {

QString stringField(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 16);
    return {};
}

} // namespace

TokenManager::TokenManager(ApiClient *client)
    : QObject(client)
    , m_client(client)
{ }

TokenManager::~TokenManager()
{
    m_token.fill('\0'); // do not leave the token in freed memory longer than needed
}

bool TokenManager::hasValidToken() const
{
    return !m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_refreshAfter;
}

void TokenManager::invalidate(quint64 generation)
{
    if (generation == m_generation && !m_token.isEmpty()) {
        qCInfo(lcAuth) << "dropping the refused token";
        m_token.fill('\0');
        m_token.clear();
    }
}

QByteArray TokenManager::authorizationHeader() const
{
    return QByteArrayLiteral("Bearer ") + m_token;
}

void TokenManager::refresh(bool force)
{
    if (force) {
        m_token.fill('\0');
        m_token.clear();
    }
    if (m_job)
        return; // every caller waits for the one in flight

    const Connection &connection = m_client->connection();
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/oauth/token");
    request.auth = ApiRequest::Auth::None;
    request.idempotent = true; // a token request changes nothing: safe to repeat
    request.contentType = "application/x-www-form-urlencoded";
    request.body = QByteArrayLiteral("grant_type=client_credentials&client_id=") +
        QUrl::toPercentEncoding(connection.clientId) + QByteArrayLiteral("&client_secret=") +
        QUrl::toPercentEncoding(connection.clientSecret);
    request.context = tr("Could not sign in to %1")
                          .arg(connection.displayName.isEmpty() ? connection.baseUrl.host()
                                                                : connection.displayName);
    qCDebug(lcAuth).noquote() << "requesting a token from" << connection.baseUrl.host();
    m_job = m_client->send(request, this);
    connect(m_job, &ApiRequestJob::finished, this, &TokenManager::onTokenReply);
    m_job->start();
}

void TokenManager::onTokenReply(const ApiResponse &response)
{
    m_job = nullptr;
    if (!response.ok()) {
        qCInfo(lcAuth).noquote() << "no token:" << kindName(response.error.kind)
                                 << response.error.httpStatus;
        Q_EMIT refreshFailed(response.error);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonObject object = document.object();
    const QJsonValue token = object.value(QLatin1String("access_token"));
    ApiError error;
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        error = ApiError::invalidReply(tr("The token reply is not a JSON object."),
                                       response.httpStatus);
    else if (!token.isString() || token.toString().isEmpty())
        error =
            ApiError::invalidReply(tr("The token reply has no access_token."), response.httpStatus);
    if (!error.isNull()) {
        error.method = "POST";
        error.context = tr("Could not sign in");
        Q_EMIT refreshFailed(error);
        return;
    }

    qint64 expiresIn = 0;
    const QJsonValue expires = object.value(QLatin1String("expires_in"));
    if (expires.isDouble())
        expiresIn = qint64(expires.toDouble());
    else if (expires.isString())
        expiresIn = expires.toString().toLongLong();
    if (expiresIn <= 0) {
        qCInfo(lcAuth) << "token reply without a usable expires_in; assuming 300 s";
        expiresIn = 300;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 margin =
        qMin<qint64>(m_client->options().tokenRefreshMarginSeconds, expiresIn / 10);

    m_token.fill('\0');
    m_token = token.toString().toUtf8();
    m_refreshAfter = now.addSecs(expiresIn - margin);
    ++m_generation;

    m_info = {};
    m_info.tenantId = stringField(object, "tenant_id");
    m_info.pod = stringField(object, "pod");
    m_info.org = stringField(object, "org");
    m_info.scope = stringField(object, "scope");
    m_info.tokenType = stringField(object, "token_type");
    m_info.expiresInSeconds = expiresIn;
    m_info.obtainedAt = now;
    m_info.expiresAt = now.addSecs(expiresIn);
    qCInfo(lcAuth).noquote() << "token obtained for org" << m_info.org << "pod" << m_info.pod
                             << "valid for" << expiresIn << "s";
    Q_EMIT infoChanged(m_info);
    Q_EMIT refreshed();
}

} // namespace isc
