#include "oneshotuploaddevice.h"

#include <cstring>

namespace isc {

OneShotUploadDevice::OneShotUploadDevice(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
    , m_size(data.size())
{
    open(QIODevice::ReadOnly);
}

OneShotUploadDevice::OneShotUploadDevice(QIODevice *source, QObject *parent)
    : QIODevice(parent)
    , m_source(source)
    , m_size(source->size() - source->pos())
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotUploadDevice::bytesAvailable() const
{
    return (m_size - m_read) + QIODevice::bytesAvailable();
}

bool OneShotUploadDevice::atEnd() const
{
    return m_read >= m_size && QIODevice::bytesAvailable() == 0;
}

qint64 OneShotUploadDevice::readData(char *data, qint64 maxSize)
{
    const qint64 wanted = qMin(maxSize, m_size - m_read);
    if (wanted <= 0)
        return m_read >= m_size ? -1 : 0;
    qint64 got = 0;
    if (m_source) {
        got = m_source->read(data, wanted);
        if (got < 0)
            return -1;
    } else {
        std::memcpy(data, m_data.constData() + m_read, size_t(wanted));
        got = wanted;
    }
    m_read += got;
    return got;
}

} // namespace isc
