#pragma once

#include <QString>

namespace isc {

// The outcome of one export.
struct ExportResult
{
    QString error; // translated, for the user; empty on success and on cancellation
    bool cancelled = false;
    qint64 rowsWritten = 0;
    qint64 bytesWritten = 0;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

} // namespace isc
