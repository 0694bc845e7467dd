#include "apirequest.h"

namespace isc {

bool ApiRequest::isMutating() const
{
    const QByteArray verb = method.toUpper();
    return verb == "POST" || verb == "PUT" || verb == "PATCH" || verb == "DELETE";
}

bool ApiRequest::isIdempotent() const
{
    if (idempotent.has_value())
        return *idempotent;
    const QByteArray verb = method.toUpper();
    return verb == "GET" || verb == "HEAD" || verb == "PUT" || verb == "DELETE" ||
        verb == "OPTIONS";
}

QString ApiRequest::apiVersion() const
{
    // "/beta/connectors" -> "beta"; "/connector-customizers/v1/..." -> "connector-customizers".
    const QString first = path.section(u'/', 1, 1, QString::SectionSkipEmpty);
    return first.isEmpty() ? QStringLiteral("root") : first.toLower();
}

} // namespace isc
