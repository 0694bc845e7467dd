#include "customizerservice.h"

#include "createcustomizerjob.h"
#include "customizerjob.h"
#include "customizerlistjob.h"
#include "customizerversionjob.h"
#include "deletecustomizerjob.h"
#include "servicesupport.h"

#include "net/apiclient.h"

#include <QCoreApplication>

namespace isc {

namespace {

QString customizerPath(const QString &id)
{
    return QStringLiteral("/v2024/connector-customizers/") + id;
}

} // namespace

CustomizerService::CustomizerService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

CustomizerListJob *CustomizerService::list(QObject *parent)
{
    return new CustomizerListJob(m_client, 250, parent ? parent : this);
}

CustomizerJob *CustomizerService::get(const QString &id, QObject *parent)
{
    ApiRequest request;
    request.path = customizerPath(id);
    request.context = tr("Could not load the customizer");
    return new CustomizerJob(m_client, request, services::checkId(id, tr("customizer ID")),
                             parent ? parent : this);
}

CreateCustomizerJob *CustomizerService::create(const QString &name, QObject *parent)
{
    return new CreateCustomizerJob(m_client, name, parent ? parent : this);
}

CustomizerJob *CustomizerService::rename(const QString &id, const QString &newName, QObject *parent)
{
    ApiRequest request;
    request.method = "PUT";
    request.path = customizerPath(id);
    request.contentType = "application/json";
    request.body = services::nameBody(newName);
    request.context = tr("Could not rename the customizer");
    QString problem = services::checkId(id, tr("customizer ID"));
    if (problem.isEmpty())
        problem = validateName(newName);
    return new CustomizerJob(m_client, request, problem, parent ? parent : this);
}

DeleteCustomizerJob *CustomizerService::remove(const QString &id, QObject *parent)
{
    return new DeleteCustomizerJob(m_client, id, parent ? parent : this);
}

CustomizerVersionJob *CustomizerService::uploadVersion(const QString &id, const QString &zipPath,
                                                       QObject *parent)
{
    return new CustomizerVersionJob(m_client, id, zipPath, parent ? parent : this);
}

QString CustomizerService::validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A customizer needs a name.");
    if (name != name.trimmed())
        return tr("The name cannot begin or end with spaces.");
    if (name.size() > 255)
        return tr("The name is too long (%1 characters; at most 255).").arg(name.size());
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("The name cannot contain control characters (such as line breaks).");
    }
    return {};
}

} // namespace isc
