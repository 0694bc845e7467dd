#include "sandboxserver.h"

#include "apirouter.h"
#include "catalogueseed.h"
#include "connectorcatalogue.h"
#include "controlapi.h"
#include "errorreplies.h"
#include "faultscript.h"
#include "ratelimiter.h"
#include "requestlog.h"
#include "tokenauthority.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace isc::sandbox {

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_random(options.randomSeed ? options.randomSeed : QRandomGenerator::system()->generate())
    , m_tokens(std::make_unique<TokenAuthority>(options.clients, options.tokenLifetimeSeconds,
                                                options.org))
    , m_rateLimiter(std::make_unique<RateLimiter>(options.rateLimit, options.rateWindowSeconds))
    , m_faults(std::make_unique<FaultScript>())
    , m_log(std::make_unique<RequestLog>())
    , m_catalogue(std::make_unique<ConnectorCatalogue>(seedCatalogue(options.connectorCount)))
    , m_api(std::make_unique<ApiRouter>(m_catalogue.get()))
{
    ControlApi::Context context;
    context.faults = m_faults.get();
    context.log = m_log.get();
    context.tokens = m_tokens.get();
    context.rateLimiter = m_rateLimiter.get();
    context.options = &m_options;
    context.state = [this] {
        return QJsonObject{{QLatin1String("connectors"), m_catalogue->releasedCount()}};
    };
    m_control = std::make_unique<ControlApi>(std::move(context));
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::start()
{
    auto *tcpServer = new QTcpServer(this);
    if (!tcpServer->listen(m_options.listenAddress, m_options.port)) {
        m_error = tcpServer->errorString();
        delete tcpServer;
        return 0;
    }
    bind(tcpServer);
    m_port = tcpServer->serverPort();
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QHostAddress host = m_options.listenAddress;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    const Request request = Request::fromHttp(httpRequest);
    if (ControlApi::isControlPath(request.path)) {
        write(socket, m_control->handle(request));
        return true;
    }

    const qint64 sequence = m_log->record(request);
    QString clientId;
    Reply reply;
    const std::optional<FaultRule> fault = m_faults->take(request.method, request.path);
    if (fault && fault->status)
        reply = faultReply(request, *fault);
    else if (fault && !fault->process)
        reply = Reply::noContent(); // never sent: the rule damages it
    else
        reply = process(request, &clientId);
    if (fault) {
        if (fault->damage != Reply::Damage::None)
            reply.damage = fault->damage;
        if (!fault->retryAfter.isEmpty())
            reply.setHeader(QByteArrayLiteral("Retry-After"), fault->retryAfter);
        reply.delayMs += fault->delayMs;
    }
    m_log->finish(sequence, reply.damage == Reply::Damage::Dropped ? 0 : reply.status, clientId,
                  fault ? fault->id : 0);

    if (m_options.latencyMs > 0 || m_options.jitterMs > 0) {
        reply.delayMs += m_options.latencyMs;
        if (m_options.jitterMs > 0)
            reply.delayMs += int(m_random.bounded(m_options.jitterMs + 1));
    }
    deliver(socket, std::move(reply));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() answers every request.
}

Reply SandboxServer::process(const Request &request, QString *clientId)
{
    if (request.path == QLatin1String("/oauth/token"))
        return m_tokens->handleTokenRequest(request);
    const QString version = request.apiVersion();
    if (version.isEmpty())
        return errorReply(request, 404, Message::NotFound);
    const TokenAuthority::Check token = m_tokens->check(request.header("authorization"));
    if (!token.ok)
        return unauthorizedReply(token.error);
    *clientId = token.clientId;
    if (const std::optional<int> retryAfter = m_rateLimiter->admit(
            token.clientId + QLatin1Char('|') + version, QDateTime::currentMSecsSinceEpoch()))
        return rateLimitReply(*retryAfter);
    if (m_options.failRate > 0 && m_random.generateDouble() < m_options.failRate) {
        const int status = m_random.bounded(2) == 0 ? 500 : 503;
        return errorReply(request, status, messageForStatus(status));
    }
    return m_api->route(request);
}

Reply SandboxServer::faultReply(const Request &request, const FaultRule &rule) const
{
    const int status = *rule.status;
    if (status == 401)
        return unauthorizedReply(rule.message.isEmpty()
                                     ? QStringLiteral("JWT validation failed: JWT is expired")
                                     : rule.message);
    if (status == 429) {
        Reply reply = rateLimitReply(1);
        if (!rule.message.isEmpty())
            reply = Reply::json(429, QJsonObject{{QLatin1String("message"), rule.message}});
        return reply;
    }
    Reply reply = errorReply(request, status, messageForStatus(status));
    if (!rule.message.isEmpty()) {
        QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QJsonObject first = messages.first().toObject();
        first.insert(QLatin1String("text"), rule.message);
        messages.replace(0, first);
        body.insert(QLatin1String("messages"), messages);
        reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return reply;
}

void SandboxServer::deliver(QTcpSocket *socket, Reply reply)
{
    if (reply.delayMs <= 0) {
        write(socket, reply);
        return;
    }
    // A timer, never a sleep: other connections are served meanwhile. The socket may be
    // gone (client gave up) by the time the timer fires.
    QTimer::singleShot(reply.delayMs, Qt::PreciseTimer, this,
                       [socket = QPointer<QTcpSocket>(socket), reply = std::move(reply)] {
                           if (socket)
                               write(socket, reply);
                       });
}

void SandboxServer::write(QTcpSocket *socket, const Reply &reply)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (reply.damage == Reply::Damage::Dropped) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray body = reply.body;
    qsizetype announced = body.size();
    switch (reply.damage) {
    case Reply::Damage::Malformed:
        // Half a JSON document is never valid JSON; an empty body gets a lone brace.
        body = body.size() >= 2 ? body.left(body.size() / 2) : QByteArrayLiteral("{");
        announced = body.size();
        break;
    case Reply::Damage::Truncated:
        announced = qMax<qsizetype>(body.size(), 64);
        body = body.left(body.size() / 2);
        break;
    case Reply::Damage::None:
    case Reply::Damage::Dropped:
        break;
    }

    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    if (reply.status != 204 && reply.status != 304)
        head += "Content-Length: " + QByteArray::number(announced) + "\r\n";
    if (reply.damage == Reply::Damage::Truncated)
        head += "Connection: close\r\n";
    head += "\r\n";
    socket->write(head);
    if (reply.status != 204)
        socket->write(body);
    if (reply.damage == Reply::Damage::Truncated)
        socket->disconnectFromHost(); // after the bytes written so far are sent
}

} // namespace isc::sandbox
