#include "sandbox.h"

#include "testsupport.h"

#include <QNetworkRequest>

namespace isc::test {

Sandbox::Sandbox() = default;

Sandbox::~Sandbox()
{
    stop();
}

bool Sandbox::start(const QStringList &arguments, int timeoutMs)
{
    m_token.clear();
    SandboxProcess::Options options;
    options.program = sandboxProgram();
    options.arguments = arguments;
    options.startTimeoutMs = timeoutMs;
    m_process.start(options);
    if (!m_process.waitForReady(timeoutMs)) {
        qWarning("the sandbox (%s) did not start: %s", qPrintable(options.program),
                 qPrintable(m_process.errorString()));
        return false;
    }
    return true;
}

void Sandbox::stop()
{
    m_process.stop();
    m_token.clear();
}

QUrl Sandbox::url(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = baseUrl();
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(encodeQuery(query), QUrl::StrictMode);
    return url;
}

QString Sandbox::fetchToken()
{
    Call tokenCall;
    tokenCall.method = QByteArrayLiteral("POST");
    tokenCall.path = QStringLiteral("/oauth/token");
    tokenCall.authorize = false;
    tokenCall.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    tokenCall.body =
        encodeQuery({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                     {QStringLiteral("client_id"), clientId()},
                     {QStringLiteral("client_secret"), clientSecret()}})
            .toLatin1();
    const HttpResult result = call(tokenCall);
    const QString token = result.object().value(QLatin1String("access_token")).toString();
    if (result.status != 200 || token.isEmpty())
        qWarning("no token from the sandbox: HTTP %d %s", result.status,
                 qPrintable(result.errorString));
    return token;
}

QString Sandbox::token()
{
    if (m_token.isEmpty())
        m_token = fetchToken();
    return m_token;
}

HttpResult Sandbox::call(const Call &call)
{
    QNetworkRequest request(url(call.path, call.query));
    if (!call.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
    if (call.authorize)
        request.setRawHeader("Authorization", "Bearer " + token().toLatin1());
    for (const auto &[name, value] : call.headers)
        request.setRawHeader(name, value);
    return sendRequest(m_network, request, call.method, call.body, call.timeoutMs);
}

HttpResult Sandbox::get(const QString &path, const QList<std::pair<QString, QString>> &query,
                        const RawHeaders &headers)
{
    Call c;
    c.path = path;
    c.query = query;
    c.headers = headers;
    return call(c);
}

HttpResult Sandbox::sendJson(const QByteArray &method, const QString &path,
                             const QJsonDocument &body)
{
    Call c;
    c.method = method;
    c.path = path;
    c.body = body.toJson(QJsonDocument::Compact);
    c.contentType = QByteArrayLiteral("application/json");
    return call(c);
}

HttpResult Sandbox::del(const QString &path)
{
    Call c;
    c.method = QByteArrayLiteral("DELETE");
    c.path = path;
    return call(c);
}

HttpResult Sandbox::control(const QByteArray &method, const QString &route,
                            const QJsonDocument &body,
                            const QList<std::pair<QString, QString>> &query)
{
    Call c;
    c.method = method;
    c.path = QStringLiteral("/__sandbox/") + route;
    c.query = query;
    c.authorize = false;
    if (!body.isNull()) {
        c.body = body.toJson(QJsonDocument::Compact);
        c.contentType = QByteArrayLiteral("application/json");
    }
    const HttpResult result = call(c);
    if (result.status < 200 || result.status > 299)
        qWarning("sandbox control %s %s failed: HTTP %d %s", method.constData(), qPrintable(route),
                 result.status, result.body.constData());
    return result;
}

bool Sandbox::addFault(const QJsonObject &rule)
{
    return control("POST", QStringLiteral("faults"), QJsonDocument(rule)).status == 201;
}

bool Sandbox::addFaults(const QJsonArray &rules)
{
    return control("POST", QStringLiteral("faults"), QJsonDocument(rules)).status == 201;
}

QJsonArray Sandbox::pendingFaults()
{
    return control("GET", QStringLiteral("faults"))
        .object()
        .value(QLatin1String("faults"))
        .toArray();
}

bool Sandbox::clearFaults()
{
    return control("DELETE", QStringLiteral("faults")).status == 204;
}

bool Sandbox::expireTokens()
{
    return control("POST", QStringLiteral("tokens/expire")).status == 200;
}

QJsonArray Sandbox::requestLog(qint64 afterSequence)
{
    return control("GET", QStringLiteral("requests"), {},
                   {{QStringLiteral("after"), QString::number(afterSequence)}})
        .object()
        .value(QLatin1String("requests"))
        .toArray();
}

bool Sandbox::clearRequestLog()
{
    return control("DELETE", QStringLiteral("requests")).status == 204;
}

bool Sandbox::configure(const QJsonObject &changes)
{
    return control("PATCH", QStringLiteral("config"), QJsonDocument(changes)).status == 200;
}

QJsonObject Sandbox::state()
{
    return control("GET", QStringLiteral("state")).object();
}

} // namespace isc::test
