#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QString>

#include <utility>

class QNetworkAccessManager;
class QNetworkRequest;

namespace isc::test {

using RawHeaders = QList<std::pair<QByteArray, QByteArray>>;

// What one blocking HTTP request gave. For tests only.
struct HttpResult
{
    bool finished = false; // false when the request timed out
    int status = 0; // 0 when there was no HTTP reply (dropped connection, ...)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    RawHeaders headers;

    QByteArray header(const QByteArray &name) const; // case-insensitive
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
};

// Sends one request and waits for its end with a local QEventLoop (fine in tests, never in
// the product). `timeoutMs` aborts the request and leaves finished == false.
HttpResult sendRequest(QNetworkAccessManager &network, const QNetworkRequest &request,
                       const QByteArray &method, const QByteArray &body = {},
                       int timeoutMs = 30000);

// Percent-encodes every key and value (a literal '+' too) and joins them with '&'.
QString encodeQuery(const QList<std::pair<QString, QString>> &items);

} // namespace isc::test
