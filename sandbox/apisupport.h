#pragma once

#include "httpexchange.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

// Helpers shared by the API handlers: paging, JSON bodies, 405s.
namespace isc::sandbox {

struct Paging
{
    qsizetype offset = 0;
    qsizetype limit = 250;
};

// offset/limit of a collection call: limit 0..250 (default 250), offset >= 0; the 400 reply
// when they are not.
std::optional<Reply> parsePaging(const Request &request, Paging &out);

// The items of one page.
QJsonArray pageOf(const QJsonArray &all, const Paging &paging);

// A JSON body: 415 for a content type that is not JSON (`accepted` lists what else is
// fine, e.g. "application/json-patch+json"), 400 when empty or not JSON.
std::optional<Reply> readJsonBody(const Request &request, QJsonDocument &out,
                                  const QList<QByteArray> &accepted = {});

Reply methodNotAllowed(const Request &request, const QByteArray &allowed);

} // namespace isc::sandbox
