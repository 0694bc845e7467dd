#include "httpclient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace isc::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResult sendRequest(QNetworkAccessManager &network, const QNetworkRequest &request,
                       const QByteArray &method, const QByteArray &body, int timeoutMs)
{
    HttpResult result;
    QBuffer *buffer = nullptr;
    if (!body.isNull()) {
        buffer = new QBuffer;
        buffer->setData(body);
        buffer->open(QIODevice::ReadOnly);
    }
    QNetworkReply *reply = network.sendCustomRequest(request, method, buffer);
    if (buffer)
        buffer->setParent(reply);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    if (timedOut) {
        reply->abort();
        result.errorString = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
    } else {
        result.finished = true;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.errorString = reply->errorString();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
    }
    reply->deleteLater();
    return result;
}

QString encodeQuery(const QList<std::pair<QString, QString>> &items)
{
    QByteArray query;
    for (const auto &[key, value] : items) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return QString::fromLatin1(query);
}

} // namespace isc::test
