#include "apilocale.h"

namespace isc {

const QStringList &apiLocales()
{
    // Order as in the OpenAPI text of GET /beta/connectors.
    static const QStringList locales = {
        QStringLiteral("de"), QStringLiteral("no"), QStringLiteral("fi"), QStringLiteral("sv"),
        QStringLiteral("ru"), QStringLiteral("pt"), QStringLiteral("ko"), QStringLiteral("zh-TW"),
        QStringLiteral("en"), QStringLiteral("it"), QStringLiteral("fr"), QStringLiteral("zh-CN"),
        QStringLiteral("hu"), QStringLiteral("es"), QStringLiteral("cs"), QStringLiteral("ja"),
        QStringLiteral("pl"), QStringLiteral("da"), QStringLiteral("nl")};
    return locales;
}

bool isApiLocale(const QString &code)
{
    return apiLocales().contains(code);
}

QString apiLocaleFor(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Chinese:
        if (locale.script() == QLocale::TraditionalChineseScript ||
            locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong ||
            locale.territory() == QLocale::Macao)
            return QStringLiteral("zh-TW");
        return QStringLiteral("zh-CN");
    case QLocale::NorwegianBokmal:
    case QLocale::NorwegianNynorsk:
        return QStringLiteral("no");
    default:
        break;
    }
    const QString code = QLocale::languageToCode(locale.language());
    return isApiLocale(code) ? code : QStringLiteral("en");
}

QByteArray acceptLanguageFor(const QString &apiLocale)
{
    return (isApiLocale(apiLocale) ? apiLocale : QStringLiteral("en")).toLatin1();
}

} // namespace isc
