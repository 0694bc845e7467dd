#include "tokenauthority.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace isc::sandbox {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Reply oauthError(int status, const QString &error, const QString &description)
{
    return Reply::json(status,
                       QJsonObject{{QLatin1String("error"), error},
                                   {QLatin1String("error_description"), description}});
}

QString jwtFailure(const char *why)
{
    return QStringLiteral("JWT validation failed: ") + QLatin1String(why);
}

} // namespace

TokenAuthority::TokenAuthority(QList<ClientCredentials> clients, int lifetimeSeconds,
                               const QString &org)
    : m_clients(std::move(clients))
    , m_lifetimeSeconds(lifetimeSeconds)
    , m_org(org)
    , m_pod(QStringLiteral("sandbox-local"))
{
    // Stable per org, so that a --data file keeps matching tenant ids across restarts.
    m_tenantId = QString::fromLatin1(
        QCryptographicHash::hash(org.toUtf8(), QCryptographicHash::Md5).toHex());
    m_key.resize(32);
    for (char &c : m_key)
        c = char(QRandomGenerator::system()->bounded(256));
}

QByteArray TokenAuthority::sign(const QByteArray &headerAndPayload) const
{
    return QMessageAuthenticationCode::hash(headerAndPayload, m_key, QCryptographicHash::Sha256)
        .toBase64(Base64Url);
}

TokenAuthority::Issued TokenAuthority::issue(const QString &clientId)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    // Rounded up: the token lives at least the promised number of seconds.
    const qint64 exp = (nowMs + qint64(m_lifetimeSeconds) * 1000 + 999) / 1000;
    const QString jti = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject header{{QLatin1String("alg"), QLatin1String("HS256")},
                             {QLatin1String("typ"), QLatin1String("JWT")}};
    const QJsonObject payload{
        {QLatin1String("tenant_id"), m_tenantId},
        {QLatin1String("pod"), m_pod},
        {QLatin1String("org"), m_org},
        {QLatin1String("internal"), true},
        {QLatin1String("client_id"), clientId},
        {QLatin1String("scope"), QJsonArray{QLatin1String("sp:scopes:all")}},
        {QLatin1String("authorities"), QJsonArray{QLatin1String("ORG_ADMIN")}},
        {QLatin1String("iat"), nowMs / 1000},
        {QLatin1String("exp"), exp},
        {QLatin1String("jti"), jti},
        {QLatin1String("sbx_gen"), m_generation},
    };
    const QByteArray signingInput =
        QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(Base64Url) + '.' +
        QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(Base64Url);
    ++m_issued;
    return {QString::fromLatin1(signingInput + '.' + sign(signingInput)), jti};
}

Reply TokenAuthority::handleTokenRequest(const Request &request)
{
    if (request.method != "POST") {
        Reply reply = oauthError(405, QStringLiteral("method_not_allowed"),
                                 QStringLiteral("Request method '%1' is not supported")
                                     .arg(QString::fromLatin1(request.method)));
        reply.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("POST"));
        return reply;
    }

    // Query first, then the body: the official SDKs use each of these encodings.
    QList<std::pair<QString, QString>> parameters = request.query;
    const QByteArray mediaType = request.mediaType();
    if (mediaType == "application/x-www-form-urlencoded")
        parameters += decodeFormUrlEncoded(request.body);
    else if (mediaType == "multipart/form-data")
        parameters += decodeMultipartFormData(
            request.body, request.mediaTypeParameter(QByteArrayLiteral("boundary")));
    auto parameter = [&parameters](const char *name) {
        for (const auto &[key, value] : parameters) {
            if (key == QLatin1String(name))
                return value;
        }
        return QString();
    };

    QString clientId = parameter("client_id");
    QString clientSecret = parameter("client_secret");
    const QByteArray authorization = request.header("authorization");
    if (clientId.isEmpty() && authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(decoded.left(colon));
            clientSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }

    const QString grantType = parameter("grant_type");
    if (grantType.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("Missing grant type"));
    if (grantType != QLatin1String("client_credentials"))
        return oauthError(400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("Unsupported grant type: %1").arg(grantType));

    const bool known =
        std::any_of(m_clients.cbegin(), m_clients.cend(), [&](const ClientCredentials &client) {
            return client.id == clientId && client.secret == clientSecret;
        });
    if (clientId.isEmpty() || !known)
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Bad credentials"));

    const Issued issued = issue(clientId);
    const QJsonObject body{
        {QLatin1String("access_token"), issued.token},
        {QLatin1String("token_type"), QLatin1String("bearer")},
        {QLatin1String("expires_in"), m_lifetimeSeconds},
        {QLatin1String("scope"), QLatin1String("sp:scopes:all")},
        {QLatin1String("tenant_id"), m_tenantId},
        {QLatin1String("pod"), m_pod},
        {QLatin1String("strong_auth_supported"), false},
        {QLatin1String("org"), m_org},
        {QLatin1String("claims_supported"), false},
        {QLatin1String("internal"), true},
        {QLatin1String("strong_auth"), false},
        {QLatin1String("jti"), issued.jti},
    };
    Reply reply = Reply::json(200, body);
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    reply.setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return reply;
}

TokenAuthority::Check TokenAuthority::check(const QByteArray &authorization) const
{
    Check result;
    if (authorization.isEmpty()) {
        result.error = jwtFailure("Authorization header is missing");
        return result;
    }
    if (!authorization.toLower().startsWith("bearer ")) {
        result.error = jwtFailure("Authorization header is not a Bearer token");
        return result;
    }
    const QByteArray token = authorization.mid(7).trimmed();
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
        result.error = jwtFailure("JWT is malformed");
        return result;
    }
    if (sign(parts.at(0) + '.' + parts.at(1)) != parts.at(2)) {
        result.error = jwtFailure("JWT signature does not match");
        return result;
    }
    const QJsonObject payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), Base64Url)).object();
    const qint64 exp = qint64(payload.value(QLatin1String("exp")).toDouble());
    if (QDateTime::currentMSecsSinceEpoch() >= exp * 1000 ||
        payload.value(QLatin1String("sbx_gen")).toInt() != m_generation) {
        result.error = jwtFailure("JWT is expired");
        return result;
    }
    result.ok = true;
    result.clientId = payload.value(QLatin1String("client_id")).toString();
    return result;
}

} // namespace isc::sandbox
