#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QPointer>

namespace isc {

// Part of the pipeline: the body of a call that must not be repeated blindly (a POST that
// creates something), as a device that can be read once and never rewound.
//
// QNetworkAccessManager silently sends a request again when the connection closes before
// the reply (meant for stale keep-alive connections), whatever the method. For a create
// that may already have happened, that is a duplicate. With an upload device that cannot
// be reset (and DoNotBufferUploadDataAttribute), that resend fails with
// ContentReSendError instead, and the pipeline treats the outcome as unknown.
// The data comes from a byte array or is streamed from `source` (an open file).
class OneShotUploadDevice final : public QIODevice
{
    Q_OBJECT

public:
    OneShotUploadDevice(const QByteArray &data, QObject *parent);
    OneShotUploadDevice(QIODevice *source, QObject *parent); // not owned; open for reading

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_size; }
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    QPointer<QIODevice> m_source;
    qint64 m_size = 0;
    qint64 m_read = 0;
};

} // namespace isc
