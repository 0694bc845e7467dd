#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace isc::test {

// A ZIP archive built in memory with libzip, e.g. a connector customizer upload:
//     makeZip({{"index.js", "module.exports = {}"}, {"connector-spec.json", "{}"}})
// Empty on failure (with a warning).
QByteArray makeZip(const QList<std::pair<QString, QByteArray>> &files);

} // namespace isc::test
