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
class ControlApi;
class FaultScript;
class RateLimiter;
class RequestLog;
class TokenAuthority;
struct FaultRule;

// The emulator. Every request goes through one pipeline:
//   control routes (/__sandbox/..., loopback only, answered at once), else
//   request log -> scripted fault -> token endpoint, or Bearer check -> rate limit ->
//   random failure (--fail-rate) -> API handlers -> damage, latency and jitter.
// It writes replies itself, so that it can delay them with a timer (never blocking the
// event loop), cut them short or drop the connection.
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
    Reply process(const Request &request, QString *clientId);
    Reply faultReply(const Request &request, const FaultRule &rule) const;
    void deliver(QTcpSocket *socket, Reply reply);
    static void write(QTcpSocket *socket, const Reply &reply);

    SandboxOptions m_options;
    QString m_error;
    quint16 m_port = 0;
    QRandomGenerator m_random;
    std::unique_ptr<TokenAuthority> m_tokens;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<FaultScript> m_faults;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<ControlApi> m_control;
    std::unique_ptr<ConnectorCatalogue> m_catalogue;
    std::unique_ptr<ApiRouter> m_api;
};

} // namespace isc::sandbox
