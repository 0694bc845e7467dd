#pragma once

#include "httpexchange.h"

namespace isc::sandbox {

class SandboxStore;

// /{version}/connector-customizers[/{id}[/versions]]: list, create (201), get, rename
// (PUT), delete (204) and version uploads (a raw ZIP holding index.js).
class CustomizerApi
{
public:
    explicit CustomizerApi(SandboxStore *store);

    // `rest`: the path segments after "connector-customizers".
    Reply handle(const Request &request, const QStringList &rest);

private:
    Reply list(const Request &request);
    Reply create(const Request &request);
    Reply get(const Request &request, const QString &id);
    Reply rename(const Request &request, const QString &id);
    Reply remove(const Request &request, const QString &id);
    Reply addVersion(const Request &request, const QString &id);

    SandboxStore *m_store;
};

} // namespace isc::sandbox
