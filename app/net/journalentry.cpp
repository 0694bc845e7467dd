#include "journalentry.h"

#include <QStringList>

namespace isc {

namespace {

QString singleQuoted(const QString &text)
{
    QString out = text;
    out.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + out + u'\'';
}

// Double quotes, so that the shell expands exactly the one placeholder variable.
QString doubleQuoted(const QString &text, const QString &placeholder)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\' || c == u'$' || c == u'`')
            out += u'\\';
        out += c;
    }
    out.replace(u'\\' + placeholder, placeholder);
    return u'"' + out + u'"';
}

} // namespace

QString toCurl(const JournalEntry &entry)
{
    QStringList parts;
    QString first = QStringLiteral("curl -sS");
    if (entry.method != "GET")
        first += QLatin1String(" -X ") + QString::fromLatin1(entry.method);
    first += u' ' + singleQuoted(entry.url.toString(QUrl::FullyEncoded));
    parts.append(first);
    parts.append(QStringLiteral("-H 'Accept: application/json'"));
    if (!entry.acceptLanguage.isEmpty())
        parts.append(QStringLiteral("-H ") +
                     singleQuoted(QLatin1String("Accept-Language: ") +
                                  QString::fromLatin1(entry.acceptLanguage)));
    if (entry.authenticated)
        parts.append(QStringLiteral("-H \"Authorization: Bearer $ISC_ACCESS_TOKEN\""));
    if (!entry.contentType.isEmpty())
        parts.append(
            QStringLiteral("-H ") +
            singleQuoted(QLatin1String("Content-Type: ") + QString::fromLatin1(entry.contentType)));
    if (!entry.uploadFile.isEmpty()) {
        parts.append(QStringLiteral("--data-binary @") + singleQuoted(entry.uploadFile));
    } else if (!entry.requestBody.isEmpty()) {
        const QString body = QString::fromUtf8(entry.requestBody);
        const QString secret = QStringLiteral("$SAIL_CLIENT_SECRET");
        parts.append(QStringLiteral("--data-raw ") +
                     (body.contains(secret) ? doubleQuoted(body, secret) : singleQuoted(body)));
    }
    return parts.join(QLatin1String(" \\\n  "));
}

} // namespace isc
