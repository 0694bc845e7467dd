#include "zipbuilder.h"

#include <zip.h>

namespace isc::test {

QByteArray makeZip(const QList<std::pair<QString, QByteArray>> &files)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *target = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!target) {
        qWarning("makeZip: %s", zip_error_strerror(&error));
        zip_error_fini(&error);
        return {};
    }
    zip_source_keep(target); // read back after zip_close()
    zip_t *archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    if (!archive) {
        qWarning("makeZip: %s", zip_error_strerror(&error));
        zip_source_free(target);
        zip_source_free(target);
        zip_error_fini(&error);
        return {};
    }
    for (const auto &[name, content] : files) {
        // libzip copies nothing until zip_close(): keep each buffer alive until then.
        zip_source_t *file =
            zip_source_buffer(archive, content.constData(), zip_uint64_t(content.size()), 0);
        if (!file || zip_file_add(archive, name.toUtf8().constData(), file, ZIP_FL_ENC_UTF_8) < 0) {
            qWarning("makeZip: %s", zip_strerror(archive));
            zip_source_free(file);
            zip_discard(archive);
            zip_source_free(target);
            return {};
        }
    }
    if (zip_close(archive) < 0) {
        qWarning("makeZip: %s", zip_strerror(archive));
        zip_discard(archive);
        zip_source_free(target);
        return {};
    }
    QByteArray bytes;
    zip_stat_t stat;
    if (zip_source_stat(target, &stat) == 0 && zip_source_open(target) == 0) {
        bytes.resize(qsizetype(stat.size));
        const zip_int64_t read = zip_source_read(target, bytes.data(), stat.size);
        bytes.resize(read < 0 ? 0 : qsizetype(read));
        zip_source_close(target);
    }
    zip_source_free(target);
    zip_error_fini(&error);
    return bytes;
}

} // namespace isc::test
