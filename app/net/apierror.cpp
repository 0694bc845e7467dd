#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace isc {

namespace {

// Free functions have no tr(): this gives lupdate and the run time the same context.
struct ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(isc::ApiError)
};

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isObject()) {
        // Some gateways nest the text: {"error": {"message": "..."}}; else show it compact.
        const QJsonObject object = value.toObject();
        for (const char *key : {"message", "text", "error_description", "error"}) {
            const QJsonValue inner = object.value(QLatin1String(key));
            if (inner.isString() && !inner.toString().trimmed().isEmpty())
                return inner.toString().trimmed();
        }
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isDouble() || value.isBool())
        return value.toVariant().toString();
    return {};
}

QString normalizedLocale(QString locale)
{
    return locale.replace(u'_', u'-').toLower();
}

// messages[] / causes[] texts, the one in `preferred` first, then DEFAULT, then the rest.
QStringList localizedTexts(const QJsonValue &value, const QString &preferred)
{
    struct Item
    {
        int rank;
        QString text;
    };
    QList<Item> items;
    const QString want = normalizedLocale(preferred);
    for (const QJsonValue &entry : value.toArray()) {
        QString text;
        int rank = 2;
        if (entry.isObject()) {
            const QJsonObject object = entry.toObject();
            text = textOf(object.value(QLatin1String("text")));
            const QString locale =
                normalizedLocale(object.value(QLatin1String("locale")).toString());
            if (!want.isEmpty() && (locale == want || locale.section(u'-', 0, 0) == want))
                rank = 0;
            else if (object.value(QLatin1String("localeOrigin")).toString() ==
                     QLatin1String("DEFAULT"))
                rank = 1;
        } else {
            text = textOf(entry);
        }
        if (!text.isEmpty())
            items.append({rank, text});
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const Item &a, const Item &b) { return a.rank < b.rank; });
    QStringList out;
    for (const Item &item : std::as_const(items)) {
        if (!out.contains(item.text))
            out.append(item.text);
    }
    return out;
}

QString shortened(QString text)
{
    text = text.simplified();
    constexpr int maxLength = 300;
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

QString endWithStop(QString sentence)
{
    sentence = sentence.trimmed();
    if (!sentence.isEmpty() && !sentence.endsWith(u'.') && !sentence.endsWith(u'!') &&
        !sentence.endsWith(u'?') && !sentence.endsWith(QChar(0x2026)))
        sentence += u'.';
    return sentence;
}

QString hostOf(const ApiError &error)
{
    return error.url.host().isEmpty() ? ApiErrorText::tr("the server") : error.url.host();
}

// What the server said, best text first: messages, then the 401/429 text, then causes.
QString serverText(const ApiError &error)
{
    QStringList parts;
    if (!error.messages.isEmpty())
        parts.append(error.messages.constFirst());
    else if (!error.serverMessage.isEmpty())
        parts.append(error.serverMessage);
    if (!error.causes.isEmpty() && !parts.contains(error.causes.constFirst()))
        parts.append(error.causes.constFirst());
    for (QString &part : parts)
        part = endWithStop(part);
    return parts.join(u' ');
}

QString networkReason(const ApiError &error)
{
    switch (QNetworkReply::NetworkError(error.networkError)) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiErrorText::tr("%1 refused the connection.").arg(hostOf(error));
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        return ApiErrorText::tr("%1 closed the connection before the reply was complete.")
            .arg(hostOf(error));
    case QNetworkReply::HostNotFoundError:
        return ApiErrorText::tr("The host name %1 was not found.").arg(hostOf(error));
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return ApiErrorText::tr("The network is not available.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ApiErrorText::tr("The proxy could not be used (%1).").arg(error.networkErrorText);
    default:
        break;
    }
    if (!error.networkErrorText.isEmpty())
        return ApiErrorText::tr("%1 could not be reached (%2).")
            .arg(hostOf(error), error.networkErrorText);
    return ApiErrorText::tr("%1 could not be reached.").arg(hostOf(error));
}

QString httpReason(const ApiError &error)
{
    const QString said = serverText(error);
    switch (error.httpStatus) {
    case 400:
        return said.isEmpty() ? ApiErrorText::tr("The server refused the request as invalid (400).")
                              : ApiErrorText::tr("The server refused the request: %1").arg(said);
    case 403:
        return said.isEmpty()
            ? ApiErrorText::tr(
                  "The credentials lack the permission for this (403); writing needs the "
                  "scope sp:connector:manage.")
            : ApiErrorText::tr("Permission denied: %1").arg(said);
    case 404:
        return said.isEmpty()
            ? ApiErrorText::tr("It was not found on the server (404); it may have been "
                               "deleted meanwhile.")
            : ApiErrorText::tr("Not found: %1").arg(said);
    case 409:
        return said.isEmpty() ? ApiErrorText::tr("The server reported a conflict (409).")
                              : ApiErrorText::tr("Conflict: %1").arg(said);
    default:
        break;
    }
    if (error.httpStatus >= 500) {
        return said.isEmpty()
            ? ApiErrorText::tr("The server failed with an internal error (%1).")
                  .arg(error.httpStatus)
            : ApiErrorText::tr("The server failed with an internal error (%1): %2")
                  .arg(error.httpStatus)
                  .arg(said);
    }
    return said.isEmpty()
        ? ApiErrorText::tr("The server answered with status %1.").arg(error.httpStatus)
        : ApiErrorText::tr("The server answered with status %1: %2")
              .arg(error.httpStatus)
              .arg(said);
}

QString reason(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Cancelled:
        return ApiErrorText::tr("The request was cancelled.");
    case ApiError::Kind::Timeout:
        if (error.deadlineExceeded)
            return ApiErrorText::tr("The request did not complete within %n second(s).", nullptr,
                                    error.timeoutSeconds);
        return ApiErrorText::tr("%1 sent nothing for %n second(s); the request was given up.",
                                nullptr, error.timeoutSeconds)
            .arg(hostOf(error));
    case ApiError::Kind::Network:
        return networkReason(error);
    case ApiError::Kind::Tls:
        return ApiErrorText::tr("The secure connection to %1 could not be verified: %2")
            .arg(hostOf(error),
                 endWithStop(error.detail.isEmpty() ? error.networkErrorText : error.detail));
    case ApiError::Kind::Redirect:
        return ApiErrorText::tr(
            "The server redirected the request to another address, which the console "
            "does not follow with your credentials. Check the API base URL.");
    case ApiError::Kind::Http:
        return httpReason(error);
    case ApiError::Kind::Unauthorized: {
        const QString said = serverText(error);
        return said.isEmpty() ? ApiErrorText::tr("The client ID or secret was not accepted (%1).")
                                    .arg(error.httpStatus)
                              : ApiErrorText::tr("The credentials were not accepted: %1").arg(said);
    }
    case ApiError::Kind::RateLimited:
        if (error.retryAfterSeconds > 0)
            return ApiErrorText::tr(
                "The server's rate limit was reached; try again in %n second(s).", nullptr,
                error.retryAfterSeconds);
        return ApiErrorText::tr("The server's rate limit was reached; try again later.");
    case ApiError::Kind::InvalidReply:
        return ApiErrorText::tr("The server sent a reply the console cannot read: %1")
            .arg(endWithStop(error.detail));
    case ApiError::Kind::ReadOnly:
        return ApiErrorText::tr(
            "This connection is read-only, so nothing is created, changed or deleted.");
    case ApiError::Kind::InvalidInput:
        return endWithStop(error.detail);
    }
    return {};
}

} // namespace

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = Kind::Cancelled;
    return error;
}

ApiError ApiError::readOnly(const QByteArray &method, const QUrl &url)
{
    ApiError error;
    error.kind = Kind::ReadOnly;
    error.method = method;
    error.url = url;
    error.writeOutcome = WriteOutcome::NotApplied;
    return error;
}

ApiError ApiError::invalidInput(const QString &detail)
{
    ApiError error;
    error.kind = Kind::InvalidInput;
    error.detail = detail;
    return error;
}

ApiError ApiError::invalidReply(const QString &decoderError, int httpStatus)
{
    ApiError error;
    error.kind = Kind::InvalidReply;
    error.detail = decoderError;
    error.httpStatus = httpStatus;
    return error;
}

void ApiError::readServerBody(const QByteArray &body, const QString &preferredLocale)
{
    if (body.trimmed().isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString text = QString::fromUtf8(body).trimmed();
        // An HTML error page says nothing useful in one line.
        if (!text.startsWith(u'<'))
            serverMessage = shortened(text);
        return;
    }
    const QJsonObject object = document.object();
    detailCode = textOf(object.value(QLatin1String("detailCode")));
    trackingId = textOf(object.value(QLatin1String("trackingId")));
    messages = localizedTexts(object.value(QLatin1String("messages")), preferredLocale);
    causes = localizedTexts(object.value(QLatin1String("causes")), preferredLocale);
    // 401 {"error": ...} (OAuth adds error_description), 429 {"message": ...}.
    QString said = textOf(object.value(QLatin1String("error")));
    const QString description = textOf(object.value(QLatin1String("error_description")));
    if (!description.isEmpty())
        said = said.isEmpty() ? description : said + QLatin1String(": ") + description;
    if (said.isEmpty())
        said = textOf(object.value(QLatin1String("message")));
    serverMessage = shortened(said);
}

QString describe(const ApiError &error)
{
    if (error.isNull())
        return {};
    QString sentence = reason(error);
    if (!error.context.isEmpty())
        //: A failed action and why: "Could not load the connectors: <reason>"
        sentence = ApiErrorText::tr("%1: %2", "context: reason").arg(error.context, sentence);
    switch (error.writeOutcome) {
    case ApiError::WriteOutcome::NotApplicable:
        break;
    case ApiError::WriteOutcome::NotApplied:
        if (error.kind != ApiError::Kind::ReadOnly && error.kind != ApiError::Kind::InvalidInput)
            sentence += u' ' + ApiErrorText::tr("It was not carried out; it is safe to try again.");
        break;
    case ApiError::WriteOutcome::Unknown:
        sentence += u' ' +
            ApiErrorText::tr("It may have been carried out anyway; check before trying again.");
        break;
    }
    return sentence;
}

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("none");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case ApiError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ApiError::Kind::Network:
        return QStringLiteral("network");
    case ApiError::Kind::Tls:
        return QStringLiteral("tls");
    case ApiError::Kind::Redirect:
        return QStringLiteral("redirect");
    case ApiError::Kind::Http:
        return QStringLiteral("http");
    case ApiError::Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case ApiError::Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case ApiError::Kind::InvalidReply:
        return QStringLiteral("invalid-reply");
    case ApiError::Kind::ReadOnly:
        return QStringLiteral("read-only");
    case ApiError::Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    }
    return QStringLiteral("unknown");
}

} // namespace isc
