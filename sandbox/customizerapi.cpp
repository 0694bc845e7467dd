#include "customizerapi.h"

#include "apisupport.h"
#include "base/jsondecode.h"
#include "errorreplies.h"
#include "sandboxstore.h"
#include "zipinspector.h"

#include <QJsonObject>

namespace isc::sandbox {

namespace {

// ConnectorCustomizersResponse: imageVersion and imageID only once there is a version.
QJsonObject responseJson(const Customizer &customizer)
{
    QJsonObject o = json::toJson(customizer);
    if (!customizer.imageVersion)
        o.remove(QLatin1String("imageVersion"));
    if (customizer.imageId.isEmpty())
        o.remove(QLatin1String("imageID"));
    return o;
}

// The name of a create or update body; the 400 reply when it is not a non-empty string.
std::optional<Reply> readName(const Request &request, QString &name)
{
    QJsonDocument document;
    if (std::optional<Reply> error = readJsonBody(request, document))
        return error;
    if (!document.isObject())
        return errorReply(request, 400, Message::BodyNotObject);
    const QJsonValue value = document.object().value(QLatin1String("name"));
    if (value.isUndefined() || value.isNull())
        return errorReply(request, 400, Message::NameRequired);
    if (!value.isString())
        return errorReply(request, 400, Message::NameNotString);
    name = value.toString().trimmed();
    if (name.isEmpty())
        return errorReply(request, 400, Message::NameRequired);
    return std::nullopt;
}

} // namespace

CustomizerApi::CustomizerApi(SandboxStore *store)
    : m_store(store)
{ }

Reply CustomizerApi::handle(const Request &request, const QStringList &rest)
{
    if (rest.isEmpty()) {
        if (request.method == "GET")
            return list(request);
        if (request.method == "POST")
            return create(request);
        return methodNotAllowed(request, QByteArrayLiteral("GET, POST"));
    }
    const QString &id = rest.first();
    if (rest.size() == 1) {
        if (request.method == "GET")
            return get(request, id);
        if (request.method == "PUT")
            return rename(request, id);
        if (request.method == "DELETE")
            return remove(request, id);
        return methodNotAllowed(request, QByteArrayLiteral("GET, PUT, DELETE"));
    }
    if (rest.size() == 2 && rest.at(1) == QLatin1String("versions")) {
        if (request.method == "POST")
            return addVersion(request, id);
        return methodNotAllowed(request, QByteArrayLiteral("POST"));
    }
    return errorReply(request, 404, Message::NotFound);
}

Reply CustomizerApi::list(const Request &request)
{
    Paging paging;
    if (std::optional<Reply> error = parsePaging(request, paging))
        return *error;
    QJsonArray all;
    for (const Customizer &customizer : m_store->customizers())
        all.append(responseJson(customizer));
    return Reply::json(200, pageOf(all, paging));
}

Reply CustomizerApi::create(const Request &request)
{
    QString name;
    if (std::optional<Reply> error = readName(request, name))
        return *error;
    const Customizer created = m_store->createCustomizer(name);
    // ConnectorCustomizerCreateResponse: id, name, tenantID, created.
    return Reply::json(201,
                       QJsonObject{{QLatin1String("id"), created.id},
                                   {QLatin1String("name"), created.name},
                                   {QLatin1String("tenantID"), created.tenantId},
                                   {QLatin1String("created"), created.created.raw}});
}

Reply CustomizerApi::get(const Request &request, const QString &id)
{
    const Customizer *customizer = m_store->customizer(id);
    if (!customizer)
        return errorReply(request, 404, Message::CustomizerNotFound, {id});
    return Reply::json(200, responseJson(*customizer));
}

Reply CustomizerApi::rename(const Request &request, const QString &id)
{
    if (!m_store->customizer(id))
        return errorReply(request, 404, Message::CustomizerNotFound, {id});
    QString name;
    if (std::optional<Reply> error = readName(request, name))
        return *error;
    // ConnectorCustomizerUpdateResponse: the create response plus imageVersion, imageID.
    return Reply::json(200, responseJson(*m_store->renameCustomizer(id, name)));
}

Reply CustomizerApi::remove(const Request &request, const QString &id)
{
    if (!m_store->deleteCustomizer(id))
        return errorReply(request, 404, Message::CustomizerNotFound, {id});
    return Reply::noContent();
}

Reply CustomizerApi::addVersion(const Request &request, const QString &id)
{
    if (!m_store->customizer(id))
        return errorReply(request, 404, Message::CustomizerNotFound, {id});
    // The sail CLI posts the archive's raw bytes as application/zip, not multipart.
    const QByteArray mediaType = request.mediaType();
    if (!mediaType.isEmpty() && mediaType != "application/zip" &&
        mediaType != "application/octet-stream" && mediaType != "application/x-zip-compressed")
        return errorReply(request, 415, Message::UnsupportedMediaType,
                          {QString::fromLatin1(mediaType), QStringLiteral("application/zip")});
    if (request.body.isEmpty())
        return errorReply(request, 400, Message::EmptyBody);
    const ZipInspection zip = inspectZip(request.body);
    if (!zip.readable)
        return errorReply(request, 400, Message::NotAZip, {zip.error});
    if (!zip.hasIndexJs())
        return errorReply(request, 400, Message::ZipWithoutIndex);
    const std::optional<CustomizerVersion> version = m_store->addVersion(id);
    return Reply::json(200, json::toJson(*version));
}

} // namespace isc::sandbox
