#pragma once

// A minimal HTTP/1.1 server for what the sandbox cannot script (TLS, redirects, a total
// that changes between pages): a stand-in for a remote server, not for our own classes.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace isc::test {

// A minimal HTTP/1.1 server: answers each request with what `reply` says for its first
// line, and records the request heads it received.
class TinyHttpServer final : public QObject
{
public:
    std::function<QByteArray(const QByteArray &requestLine)> reply;
    QList<QByteArray> heads;
    int connections = 0;

    explicit TinyHttpServer(QTcpServer *server)
        : m_server(server)
    {
        m_server->setParent(this);
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server->listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server->serverPort(); }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        buffer.remove(0, end + 4 + length);
        heads.append(head);
        socket->write(reply(head.left(head.indexOf('\r'))));
    }

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

inline QByteArray response(int status, const QByteArray &reason, const QByteArray &body,
                           const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n" + extraHeaders + "\r\n" + body;
}

} // namespace isc::test
