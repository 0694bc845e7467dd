#include "controlapi.h"

#include "faultscript.h"
#include "ratelimiter.h"
#include "requestlog.h"
#include "sandboxoptions.h"
#include "tokenauthority.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace isc::sandbox {

namespace {

Reply controlError(int status, const QString &message)
{
    return Reply::json(status, QJsonObject{{QLatin1String("error"), message}});
}

std::optional<QJsonDocument> jsonBody(const Request &request, Reply *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = controlError(400,
                              QStringLiteral("the body is not JSON: %1 at offset %2")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
        return std::nullopt;
    }
    return document;
}

} // namespace

ControlApi::ControlApi(Context context)
    : m_context(std::move(context))
{ }

Reply ControlApi::handle(const Request &request)
{
    if (!request.peer.isLoopback())
        return controlError(403, QStringLiteral("the control routes answer loopback peers only"));

    const QString route = request.path.mid(qsizetype(qstrlen("/__sandbox")));
    if (route == QLatin1String("/faults"))
        return faults(request);
    if (route == QLatin1String("/config"))
        return config(request);
    if (route == QLatin1String("/tokens/expire")) {
        if (request.method != "POST")
            return controlError(405, QStringLiteral("use POST"));
        m_context.tokens->expireAll();
        return Reply::json(
            200, QJsonObject{{QLatin1String("expired"), m_context.tokens->issuedCount()}});
    }
    if (route == QLatin1String("/requests")) {
        if (request.method == "DELETE") {
            m_context.log->clear();
            return Reply::noContent();
        }
        if (request.method != "GET")
            return controlError(405, QStringLiteral("use GET or DELETE"));
        const qint64 after =
            request.queryValue(QStringLiteral("after")).value_or(QStringLiteral("0")).toLongLong();
        return Reply::json(200,
                           QJsonObject{{QLatin1String("total"), m_context.log->total()},
                                       {QLatin1String("requests"), m_context.log->toJson(after)}});
    }
    if (route == QLatin1String("/state")) {
        if (request.method != "GET")
            return controlError(405, QStringLiteral("use GET"));
        QJsonObject state = m_context.state ? m_context.state() : QJsonObject();
        state.insert(QLatin1String("requests"), m_context.log->total());
        state.insert(QLatin1String("tokensIssued"), m_context.tokens->issuedCount());
        state.insert(QLatin1String("pendingFaults"), qint64(m_context.faults->rules().size()));
        state.insert(QLatin1String("tenantId"), m_context.tokens->tenantId());
        state.insert(QLatin1String("config"), configJson());
        return Reply::json(200, state);
    }
    return controlError(404, QStringLiteral("no control route %1").arg(request.path));
}

Reply ControlApi::faults(const Request &request)
{
    if (request.method == "GET") {
        QJsonArray rules;
        for (const FaultRule &rule : m_context.faults->rules())
            rules.append(rule.toJson());
        return Reply::json(200, QJsonObject{{QLatin1String("faults"), rules}});
    }
    if (request.method == "DELETE") {
        m_context.faults->clear();
        return Reply::noContent();
    }
    if (request.method != "POST")
        return controlError(405, QStringLiteral("use GET, POST or DELETE"));

    Reply error;
    const std::optional<QJsonDocument> document = jsonBody(request, &error);
    if (!document)
        return error;
    QJsonArray objects;
    if (document->isArray())
        objects = document->array();
    else
        objects.append(document->object());
    // All or nothing: a typo in the third rule must not leave the first two armed.
    QList<FaultRule> rules;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        QString why;
        if (!objects.at(i).isObject())
            return controlError(400, QStringLiteral("rule %1 is not an object").arg(i + 1));
        const std::optional<FaultRule> rule = FaultRule::fromJson(objects.at(i).toObject(), &why);
        if (!rule)
            return controlError(400, QStringLiteral("rule %1: %2").arg(i + 1).arg(why));
        rules.append(*rule);
    }
    QJsonArray added;
    for (const FaultRule &rule : rules)
        added.append(m_context.faults->add(rule).toJson());
    return Reply::json(201, QJsonObject{{QLatin1String("faults"), added}});
}

QJsonObject ControlApi::configJson() const
{
    const SandboxOptions &o = *m_context.options;
    return {{QLatin1String("latencyMs"), o.latencyMs},
            {QLatin1String("jitterMs"), o.jitterMs},
            {QLatin1String("failRate"), o.failRate},
            {QLatin1String("rateLimit"), m_context.rateLimiter->limit()},
            {QLatin1String("rateWindowSeconds"), m_context.rateLimiter->windowSeconds()},
            {QLatin1String("tokenLifetimeSeconds"), m_context.tokens->lifetimeSeconds()}};
}

Reply ControlApi::config(const Request &request)
{
    if (request.method == "GET")
        return Reply::json(200, configJson());
    if (request.method != "PATCH" && request.method != "PUT")
        return controlError(405, QStringLiteral("use GET or PATCH"));
    Reply error;
    const std::optional<QJsonDocument> document = jsonBody(request, &error);
    if (!document)
        return error;
    const QJsonObject changes = document->object();
    SandboxOptions &o = *m_context.options;
    // Check everything first so that a bad value changes nothing.
    auto integer = [&changes](const char *name, int minimum, int *out) -> std::optional<QString> {
        const QJsonValue value = changes.value(QLatin1String(name));
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isDouble() || value.toDouble() < minimum || value.toDouble() > 1e8)
            return QStringLiteral("'%1' must be a number of at least %2")
                .arg(QLatin1String(name))
                .arg(minimum);
        *out = int(value.toDouble());
        return std::nullopt;
    };
    int latency = o.latencyMs;
    int jitter = o.jitterMs;
    int rateLimit = m_context.rateLimiter->limit();
    int lifetime = m_context.tokens->lifetimeSeconds();
    for (const auto &why :
         {integer("latencyMs", 0, &latency), integer("jitterMs", 0, &jitter),
          integer("rateLimit", 1, &rateLimit), integer("tokenLifetimeSeconds", 1, &lifetime)}) {
        if (why)
            return controlError(400, *why);
    }
    double failRate = o.failRate;
    if (changes.contains(QLatin1String("failRate"))) {
        const QJsonValue value = changes.value(QLatin1String("failRate"));
        if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1)
            return controlError(400, QStringLiteral("'failRate' must be a number from 0 to 1"));
        failRate = value.toDouble();
    }
    o.latencyMs = latency;
    o.jitterMs = jitter;
    o.failRate = failRate;
    m_context.rateLimiter->setLimit(rateLimit);
    m_context.tokens->setLifetimeSeconds(lifetime);
    return Reply::json(200, configJson());
}

} // namespace isc::sandbox
