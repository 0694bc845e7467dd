#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace isc::sandbox {

// What a connector customizer upload holds, read with libzip from memory.
struct ZipInspection
{
    bool readable = false; // a ZIP archive libzip can open
    QString error; // libzip's reason when it is not
    QStringList entries; // the names inside, in archive order
    bool hasIndexJs() const { return entries.contains(QStringLiteral("index.js")); }
};

ZipInspection inspectZip(const QByteArray &bytes);

} // namespace isc::sandbox
