#include "zipinspector.h"

#include <zip.h>

namespace isc::sandbox {

ZipInspection inspectZip(const QByteArray &bytes)
{
    ZipInspection result;
    if (bytes.isEmpty()) {
        result.error = QStringLiteral("the body is empty");
        return result;
    }
    zip_error_t error;
    zip_error_init(&error);
    // freep = 0: the source reads our buffer and never frees it.
    zip_source_t *source =
        zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source) {
        result.error = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return result;
    }
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive) {
        result.error = QString::fromUtf8(zip_error_strerror(&error));
        zip_source_free(source); // still ours when the open failed
        zip_error_fini(&error);
        return result;
    }
    result.readable = true;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        if (const char *name = zip_get_name(archive, zip_uint64_t(i), 0))
            result.entries.append(QString::fromUtf8(name));
    }
    zip_discard(archive); // read-only: closes and frees the source
    zip_error_fini(&error);
    return result;
}

} // namespace isc::sandbox
