#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace isc {

// The 19 values GET /beta/connectors accepts for `locale` (anything else means "en").
const QStringList &apiLocales();
bool isApiLocale(const QString &code);

// The API locale that best matches a Qt locale: zh_TW/zh_HK -> zh-TW, other Chinese ->
// zh-CN, Norwegian Bokmål/Nynorsk -> no, a listed language -> its code, otherwise "en".
QString apiLocaleFor(const QLocale &locale);

// The `Accept-Language` value for an API locale ("zh-TW" stays, "de" stays).
QByteArray acceptLanguageFor(const QString &apiLocale);

} // namespace isc
