#include "servicesupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace isc::services {

QString checkId(const QString &id, const QString &what)
{
    if (id.trimmed().isEmpty())
        return QCoreApplication::translate("isc::services", "No %1 was given.").arg(what);
    if (id.size() > 200)
        return QCoreApplication::translate("isc::services", "The %1 is too long.").arg(what);
    for (const QChar c : id) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
            (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.' || c == u'~';
        if (!safe)
            return QCoreApplication::translate(
                       "isc::services", "The %1 \"%2\" contains characters an id cannot have.")
                .arg(what, id);
    }
    return {};
}

QByteArray nameBody(const QString &name)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), name}})
        .toJson(QJsonDocument::Compact);
}

} // namespace isc::services
