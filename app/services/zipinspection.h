#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace isc {

// The pre-flight report of a customizer archive, read locally (libzip) before an upload:
// the UI shows it, and the upload refuses what is not usable().
struct ZipInspection
{
    struct Entry
    {
        QString name; // path inside the archive
        qint64 size = 0; // uncompressed
        qint64 compressedSize = 0;
        bool isDirectory = false;
    };

    QString filePath;
    qint64 fileSize = 0; // bytes to upload
    QList<Entry> entries;
    qint64 totalSize = 0; // sum of the uncompressed sizes
    bool hasIndexJs = false; // `index.js` at the top of the archive
    bool hasConnectorSpec = false; // `connector-spec.json` at the top
    // From the top-level package.json, when present and readable.
    QString packageName;
    QString packageVersion;
    // Why the archive cannot be uploaded (translated), empty when it can. A bad package.json
    // is only a warning.
    QString error;
    QStringList warnings;

    bool usable() const { return error.isEmpty(); }

    // Reads `filePath` (never more than the central directory and a small package.json).
    static ZipInspection inspect(const QString &filePath);
};

} // namespace isc

Q_DECLARE_METATYPE(isc::ZipInspection)
