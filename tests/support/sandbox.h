#pragma once

#include "base/sandboxprocess.h"
#include "httpclient.h"

#include <QNetworkAccessManager>
#include <QStringList>
#include <QUrl>

namespace isc::test {

// The fixture of every network test: the freshly built isc-sandbox, started through the
// same SandboxProcess the console uses, plus blocking helpers to call it.
//
//     isc::test::Sandbox sandbox;
//     QVERIFY(sandbox.start({"--connectors", "500"}));
//     const HttpResult page = sandbox.get("/beta/connectors", {{"limit", "250"}});
class Sandbox
{
public:
    Sandbox();
    ~Sandbox();
    Q_DISABLE_COPY_MOVE(Sandbox)

    // Starts the sandbox with extra arguments; false (with a warning saying why) when it
    // does not come up. A running one is stopped first.
    bool start(const QStringList &arguments = {}, int timeoutMs = 60000);
    void stop();
    bool isRunning() const { return m_process.isReady(); }

    QUrl baseUrl() const { return m_process.baseUrl(); }
    // baseUrl + path + the percent-encoded query.
    QUrl url(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;
    QString clientId() const { return m_process.clientId(); }
    QString clientSecret() const { return m_process.clientSecret(); }
    SandboxProcess &process() { return m_process; }
    QNetworkAccessManager &network() { return m_network; }

    // A fresh access token for the fixture's client (form-encoded client credentials);
    // empty, with a warning, on failure.
    QString fetchToken();
    // The token the API helpers send; fetched on first use and after forgetToken().
    QString token();
    void forgetToken() { m_token.clear(); }

    // One API call. `authorize` adds "Authorization: Bearer <token()>".
    struct Call
    {
        QByteArray method = QByteArrayLiteral("GET");
        QString path;
        QList<std::pair<QString, QString>> query;
        QByteArray body; // null: no body
        QByteArray contentType;
        RawHeaders headers;
        bool authorize = true;
        int timeoutMs = 30000;
    };
    HttpResult call(const Call &call);
    HttpResult get(const QString &path, const QList<std::pair<QString, QString>> &query = {},
                   const RawHeaders &headers = {});
    HttpResult sendJson(const QByteArray &method, const QString &path, const QJsonDocument &body);
    HttpResult del(const QString &path);

    // The control routes (/__sandbox/...; see sandbox/controlapi.h). Each returns false /
    // an empty value, with a warning, when the sandbox refuses.
    //
    //     sandbox.addFault({{"method", "GET"}, {"path", "/beta/connectors"},
    //                       {"status", 503}, {"retryAfter", "2"}, {"count", 2}});
    bool addFault(const QJsonObject &rule);
    bool addFaults(const QJsonArray &rules);
    QJsonArray pendingFaults();
    bool clearFaults();
    bool expireTokens(); // every token issued so far now fails as expired
    // The request log: what clients sent (secrets redacted), oldest first.
    QJsonArray requestLog(qint64 afterSequence = 0);
    bool clearRequestLog();
    // Changes latencyMs, jitterMs, failRate, rateLimit, tokenLifetimeSeconds at run time.
    bool configure(const QJsonObject &changes);
    QJsonObject state();

private:
    HttpResult control(const QByteArray &method, const QString &route,
                       const QJsonDocument &body = {},
                       const QList<std::pair<QString, QString>> &query = {});

    SandboxProcess m_process;
    QNetworkAccessManager m_network;
    QString m_token;
};

} // namespace isc::test
