#include "languagemanager.h"

#include "base/apilocale.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace isc {

namespace {

const QString languageKey = QStringLiteral("Ui/language");
const QString apiLocaleKey = QStringLiteral("Ui/apiLocale");

} // namespace

LanguageManager::LanguageManager(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{ }

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString LanguageManager::nativeName(const QString &language)
{
    // Written out rather than asked of QLocale, which says "American English" for "en".
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QLocale(language).nativeLanguageName();
}

QString LanguageManager::bestLanguageFor(const QLocale &locale)
{
    const QStringList available = availableLanguages();
    for (const QString &tag : locale.uiLanguages()) {
        const QString language = tag.section(u'-', 0, 0).toLower();
        if (available.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

void LanguageManager::restore()
{
    QString language;
    QString apiLocale;
    if (m_settings) {
        language = m_settings->value(languageKey).toString();
        apiLocale = m_settings->value(apiLocaleKey).toString();
    }
    if (!availableLanguages().contains(language))
        language = bestLanguageFor(QLocale::system());
    m_apiLocaleOverride = isApiLocale(apiLocale) ? apiLocale : QString();
    const QString before = effectiveApiLocale();
    if (!setLanguage(language))
        setLanguage(QStringLiteral("en"));
    // setLanguage() signals a change of the effective locale only when the language moved.
    if (effectiveApiLocale() != before)
        Q_EMIT apiLocaleChanged(effectiveApiLocale());
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    const QString apiBefore = effectiveApiLocale();
    if (!installTranslators(language))
        return false;
    const bool changed = language != m_language;
    m_language = language;
    // The user's own formats when the system speaks the same language (en_GB dates for a
    // British user), the language's usual ones otherwise.
    const QLocale system = QLocale::system();
    QLocale::setDefault(bestLanguageFor(system) == language && system.name().startsWith(language)
                            ? system
                            : QLocale(language));
    save();
    if (changed)
        Q_EMIT languageChanged(language);
    if (effectiveApiLocale() != apiBefore)
        Q_EMIT apiLocaleChanged(effectiveApiLocale());
    return true;
}

bool LanguageManager::setApiLocaleOverride(const QString &apiLocale)
{
    if (!apiLocale.isEmpty() && !isApiLocale(apiLocale))
        return false;
    if (apiLocale == m_apiLocaleOverride)
        return true;
    const QString before = effectiveApiLocale();
    m_apiLocaleOverride = apiLocale;
    save();
    if (effectiveApiLocale() != before)
        Q_EMIT apiLocaleChanged(effectiveApiLocale());
    return true;
}

QString LanguageManager::effectiveApiLocale() const
{
    if (!m_apiLocaleOverride.isEmpty())
        return m_apiLocaleOverride;
    return apiLocaleFor(QLocale(m_language));
}

bool LanguageManager::installTranslators(const QString &language)
{
    // English has a catalogue too, holding only the plural forms ("1 row", "2 rows"); its
    // other messages are unfinished and fall back to the source text.
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/isc-console_%1.qm").arg(language)))
        return false;
    std::unique_ptr<QTranslator> qt;
    if (language != QLatin1String("en")) {
        // Qt's own texts (standard buttons, file dialogs); missing catalogues are not an error:
        // the distribution may not ship them.
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }
    removeTranslators();
    m_appTranslator = std::move(app);
    m_qtTranslator = std::move(qt);
    // Each installation sends QEvent::LanguageChange to every widget.
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    QCoreApplication::installTranslator(m_appTranslator.get());
    return true;
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator.get());
        m_appTranslator.reset();
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
        m_qtTranslator.reset();
    }
}

void LanguageManager::save() const
{
    if (!m_settings)
        return;
    m_settings->setValue(languageKey, m_language);
    m_settings->setValue(apiLocaleKey, m_apiLocaleOverride);
}

} // namespace isc
