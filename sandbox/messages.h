#pragma once

#include <QString>
#include <QStringList>

namespace isc::sandbox {

// The texts of the sandbox's error replies in the languages it answers in (en, de, fr, es),
// picked per request from Accept-Language like the real service does. These are server
// texts, so they are a table here rather than tr(): the language is the client's, not the
// process's.
enum class Message {
    BadRequest,
    NotFound,
    Forbidden,
    MethodNotAllowed, // %1 method, %2 path
    InternalFault,
    ServiceUnavailable,
    InvalidFilter, // %1 column, %2 detail
    InvalidLimit, // %1 value
    InvalidOffset, // %1 value
    InvalidCount, // %1 value
    EmptyBody,
    BodyNotJson, // %1 parser detail
    BodyNotObject,
    NameRequired,
    NameNotString,
    CustomizerNotFound, // %1 id
    InstanceNotFound, // %1 id
    UnsupportedMediaType, // %1 received, %2 expected
    NotAZip, // %1 detail
    ZipWithoutIndex,
    InvalidPatch, // %1 detail
};

// Where the language of a reply came from, for ErrorMessageDto.localeOrigin.
struct MessageLocale
{
    QString tag = QStringLiteral("en-US"); // what goes into `locale`
    QString language = QStringLiteral("en"); // the table column used
    bool fromRequest = false; // REQUEST when taken from Accept-Language, DEFAULT otherwise
};

// The first language of an Accept-Language value (by q, then order) that the sandbox
// speaks; DEFAULT en-US when none matches or the header is absent.
MessageLocale negotiateMessageLocale(const QByteArray &acceptLanguage);

// The text in `language` ("en", "de", "fr", "es"; others fall back to en), %1.. filled.
QString messageText(Message message, const QString &language, const QStringList &args = {});

} // namespace isc::sandbox
