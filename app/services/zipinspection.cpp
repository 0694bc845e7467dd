#include "zipinspection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <zip.h>

#include <memory>

namespace isc {

namespace {

// Free functions have no tr(): this gives lupdate and the run time the same context.
struct ZipText
{
    Q_DECLARE_TR_FUNCTIONS(isc::ZipInspection)
};

constexpr qint64 maxPackageJsonSize = 1024 * 1024;

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};

void readPackageJson(zip_t *archive, zip_uint64_t index, qint64 size, ZipInspection &out)
{
    if (size > maxPackageJsonSize) {
        out.warnings.append(ZipText::tr("package.json is too large to read (%1 bytes).").arg(size));
        return;
    }
    zip_file_t *file = zip_fopen_index(archive, index, 0);
    if (!file) {
        out.warnings.append(ZipText::tr("package.json cannot be read: %1")
                                .arg(QString::fromLocal8Bit(zip_strerror(archive))));
        return;
    }
    QByteArray data(int(size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, data.data(), zip_uint64_t(size));
    zip_fclose(file);
    if (read != size) {
        out.warnings.append(ZipText::tr("package.json cannot be read completely."));
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        out.warnings.append(ZipText::tr("package.json is not valid JSON."));
        return;
    }
    const QJsonObject object = document.object();
    out.packageName = object.value(QLatin1String("name")).toString();
    out.packageVersion = object.value(QLatin1String("version")).toString();
}

} // namespace

ZipInspection ZipInspection::inspect(const QString &filePath)
{
    ZipInspection out;
    out.filePath = filePath;
    const QFileInfo info(filePath);
    if (!info.exists()) {
        out.error = ZipText::tr("The file %1 does not exist.").arg(filePath);
        return out;
    }
    if (!info.isFile() || !info.isReadable()) {
        out.error = ZipText::tr("The file %1 cannot be read.").arg(filePath);
        return out;
    }
    out.fileSize = info.size();

    int code = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(
        zip_open(QFile::encodeName(filePath).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString reason = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        out.error =
            ZipText::tr("%1 is not a readable zip archive (%2).").arg(info.fileName(), reason);
        return out;
    }

    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    QString nestedIndex;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) != 0) {
            out.error =
                ZipText::tr("Entry %1 of %2 cannot be read: %3")
                    .arg(i + 1)
                    .arg(info.fileName(), QString::fromLocal8Bit(zip_strerror(archive.get())));
            return out;
        }
        Entry entry;
        entry.name = QString::fromUtf8(stat.name);
        entry.size = (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : 0;
        entry.compressedSize = (stat.valid & ZIP_STAT_COMP_SIZE) ? qint64(stat.comp_size) : 0;
        entry.isDirectory = entry.name.endsWith(u'/');
        out.totalSize += entry.size;
        if (entry.name == QLatin1String("index.js"))
            out.hasIndexJs = true;
        else if (entry.name.endsWith(QLatin1String("/index.js")) && nestedIndex.isEmpty())
            nestedIndex = entry.name;
        if (entry.name == QLatin1String("connector-spec.json"))
            out.hasConnectorSpec = true;
        if (entry.name == QLatin1String("package.json"))
            readPackageJson(archive.get(), zip_uint64_t(i), entry.size, out);
        out.entries.append(entry);
    }

    if (out.entries.isEmpty()) {
        out.error = ZipText::tr("%1 is an empty zip archive.").arg(info.fileName());
    } else if (!out.hasIndexJs) {
        out.error = nestedIndex.isEmpty()
            ? ZipText::tr("%1 has no index.js, so it is not a connector customizer (build it with "
                          "\"spcx package\").")
                  .arg(info.fileName())
            : ZipText::tr("%1 has its index.js in a folder (%2), not at the top of the archive.")
                  .arg(info.fileName(), nestedIndex);
    }
    if (out.usable() && !out.hasConnectorSpec)
        out.warnings.append(
            ZipText::tr("There is no connector-spec.json at the top of the archive."));
    return out;
}

} // namespace isc
