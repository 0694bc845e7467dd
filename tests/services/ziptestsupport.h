#pragma once

// Builds zip archives for the tests with libzip.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <utility>

namespace isc::test {

using ZipFiles = QList<std::pair<QString, QByteArray>>;

inline bool writeZip(const QString &path, const ZipFiles &files)
{
    int error = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    for (const auto &[name, data] : files) {
        // libzip frees the copy when the archive is written.
        void *copy = std::malloc(size_t(qMax<qsizetype>(1, data.size())));
        std::memcpy(copy, data.constData(), size_t(data.size()));
        zip_source_t *source = zip_source_buffer(archive, copy, zip_uint64_t(data.size()), 1);
        if (!source ||
            zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

// A customizer archive as `spcx package` makes it.
inline bool writeCustomizerZip(const QString &path, const QByteArray &indexJs = "module.exports={}")
{
    return writeZip(
        path,
        {{QStringLiteral("index.js"), indexJs},
         {QStringLiteral("connector-spec.json"), R"({"name":"test"})"},
         {QStringLiteral("package.json"), R"({"name":"test-customizer","version":"0.0.1"})"}});
}

} // namespace isc::test
