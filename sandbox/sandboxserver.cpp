#include "sandboxserver.h"

#include "apirouter.h"
#include "catalogueseed.h"
#include "connectorcatalogue.h"
#include "errorreplies.h"
#include "tokenauthority.h"

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
    , m_catalogue(std::make_unique<ConnectorCatalogue>(seedCatalogue(options.connectorCount)))
    , m_api(std::make_unique<ApiRouter>(m_catalogue.get()))
{ }

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
    Reply reply = process(request);
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

Reply SandboxServer::process(const Request &request)
{
    if (request.path == QLatin1String("/oauth/token"))
        return m_tokens->handleTokenRequest(request);
    if (request.apiVersion().isEmpty())
        return errorReply(request, 404, Message::NotFound);
    const TokenAuthority::Check token = m_tokens->check(request.header("authorization"));
    if (!token.ok)
        return unauthorizedReply(token.error);
    return m_api->route(request);
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
