#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

namespace isc::retry {

namespace {
constexpr qint64 maxSeconds = 24 * 3600;
}

int parseRetryAfter(const QByteArray &raw, const QDateTime &now)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? 0 : int(qMin(seconds, maxSeconds));
    const QString text = QString::fromLatin1(value);
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        when.setTimeSpec(Qt::UTC);
    }
    if (!when.isValid())
        return -1;
    const qint64 ms = now.msecsTo(when.toUTC());
    return ms <= 0 ? 0 : int(qMin((ms + 999) / 1000, maxSeconds));
}

bool isNetworkLevel(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 200;
}

bool nothingWasSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
        return true;
    default:
        return false;
    }
}

bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's own transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ContentReSendError: // Qt wanted to resend a one-shot body
        return true;
    default:
        return false;
    }
}

int backoffDelayMs(int retry, int baseMs, int maxMs)
{
    const qint64 step =
        qMin<qint64>(qMax(0, maxMs), qint64(qMax(1, baseMs)) << qBound(0, retry, 20));
    const int half = int(step / 2);
    return half + int(QRandomGenerator::global()->bounded(int(step - half) + 1));
}

} // namespace isc::retry
