#pragma once

#include "httpexchange.h"
#include "sandboxoptions.h"

#include <QAbstractHttpServer>
#include <QRandomGenerator>

#include <memory>

class QTcpSocket;

namespace isc::sandbox {

class ApiRouter;
class ConnectorCatalogue;
class TokenAuthority;

// The emulator: answers every request through one pipeline (token endpoint or Bearer
// check, then the API handlers) and writes the reply itself, so that it can delay it with
// a timer (never blocking the event loop), cut it short or drop the connection.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on the configured address and port; returns the port, 0 on failure.
    quint16 start();
    QString errorString() const { return m_error; }
    // The base URL clients use, e.g. http://127.0.0.1:41234 (valid after start()).
    QUrl baseUrl() const;

    const SandboxOptions &options() const { return m_options; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Reply process(const Request &request);
    void deliver(QTcpSocket *socket, Reply reply);
    static void write(QTcpSocket *socket, const Reply &reply);

    SandboxOptions m_options;
    QString m_error;
    quint16 m_port = 0;
    QRandomGenerator m_random;
    std::unique_ptr<TokenAuthority> m_tokens;
    std::unique_ptr<ConnectorCatalogue> m_catalogue;
    std::unique_ptr<ApiRouter> m_api;
};

} // namespace isc::sandbox
