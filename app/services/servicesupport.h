#pragma once

#include <QByteArray>
#include <QString>

// Helpers shared by the services' sources; not part of their API.
namespace isc::services {

// An id the services put into a path: non-empty, URL-safe characters only. Returns a
// translated sentence when it is not, empty when fine.
QString checkId(const QString &id, const QString &what);

// {"name": "..."}
QByteArray nameBody(const QString &name);

} // namespace isc::services
