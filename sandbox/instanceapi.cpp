#include "instanceapi.h"

#include "apisupport.h"
#include "base/jsondecode.h"
#include "errorreplies.h"
#include "sandboxstore.h"

#include <QJsonArray>

namespace isc::sandbox {

QJsonObject instanceJson(const ConnectorInstance &instance)
{
    QJsonObject o = json::toJson(instance);
    if (!instance.isLinked())
        o.remove(QLatin1String("connectorCustomizerId"));
    return o;
}

InstanceApi::InstanceApi(SandboxStore *store)
    : m_store(store)
{ }

Reply InstanceApi::handle(const Request &request, const QStringList &rest)
{
    if (rest.isEmpty()) {
        if (request.method == "GET")
            return list(request);
        return methodNotAllowed(request, QByteArrayLiteral("GET"));
    }
    if (rest.size() == 1) {
        const QString &id = rest.first();
        if (request.method == "PATCH")
            return patch(request, id);
        if (request.method == "GET") {
            const ConnectorInstance *instance = m_store->instance(id);
            if (!instance)
                return errorReply(request, 404, Message::InstanceNotFound, {id});
            return Reply::json(200, instanceJson(*instance));
        }
        return methodNotAllowed(request, QByteArrayLiteral("GET, PATCH"));
    }
    return errorReply(request, 404, Message::NotFound);
}

Reply InstanceApi::list(const Request &request)
{
    Paging paging;
    if (std::optional<Reply> error = parsePaging(request, paging))
        return *error;
    QJsonArray all;
    for (const ConnectorInstance &instance : m_store->instances())
        all.append(instanceJson(instance));
    return Reply::json(200, pageOf(all, paging));
}

Reply InstanceApi::patch(const Request &request, const QString &id)
{
    if (!m_store->instance(id))
        return errorReply(request, 404, Message::InstanceNotFound, {id});
    QJsonDocument document;
    if (std::optional<Reply> error =
            readJsonBody(request, document, {QByteArrayLiteral("application/json-patch+json")}))
        return *error;
    if (!document.isArray())
        return errorReply(request, 400, Message::InvalidPatch,
                          {QStringLiteral("the body must be a JSON array of operations")});

    // Check every operation first: a bad third operation must not leave the first applied.
    std::optional<QString> link; // the customizer id the instance ends with; empty: unlinked
    const QJsonArray operations = document.array();
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const QJsonObject operation = operations.at(i).toObject();
        const QString op = operation.value(QLatin1String("op")).toString();
        const QString path = operation.value(QLatin1String("path")).toString();
        const QString where = QStringLiteral("operation %1: ").arg(i + 1);
        if (!operations.at(i).isObject() || op.isEmpty() || path.isEmpty())
            return errorReply(request, 400, Message::InvalidPatch,
                              {where + QStringLiteral("needs \"op\" and \"path\"")});
        if (path != QLatin1String("/connectorCustomizerId"))
            return errorReply(request, 400, Message::InvalidPatch,
                              {where +
                               QStringLiteral("the path %1 cannot be changed; only "
                                              "/connectorCustomizerId can")
                                   .arg(path)});
        if (op == QLatin1String("remove")) {
            link = QString();
        } else if (op == QLatin1String("replace") || op == QLatin1String("add")) {
            const QJsonValue value = operation.value(QLatin1String("value"));
            if (!value.isString() || value.toString().isEmpty())
                return errorReply(request, 400, Message::InvalidPatch,
                                  {where + QStringLiteral("\"value\" must be a customizer id")});
            if (!m_store->customizer(value.toString()))
                return errorReply(request, 400, Message::CustomizerNotFound, {value.toString()});
            link = value.toString();
        } else {
            return errorReply(request, 400, Message::InvalidPatch,
                              {where +
                               QStringLiteral("the operation '%1' is not supported; use "
                                              "replace or remove")
                                   .arg(op)});
        }
    }
    const ConnectorInstance *instance = link ? m_store->setLink(id, *link) : m_store->instance(id);
    return Reply::json(200, instanceJson(*instance));
}

} // namespace isc::sandbox
