#include "localeselector.h"

#include "languagemanager.h"

#include "base/apilocale.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace isc {

namespace {

// The API codes as Qt locale names: "zh-TW" -> "zh_TW", "no" -> "nb".
QLocale localeOfApiCode(const QString &code)
{
    if (code == QLatin1String("no"))
        return QLocale(QLocale::NorwegianBokmal);
    QString name = code;
    name.replace(u'-', u'_');
    return QLocale(name);
}

QString apiLocaleName(const QString &code)
{
    const QLocale locale = localeOfApiCode(code);
    QString name = locale.nativeLanguageName();
    if (code.contains(u'-'))
        name += QStringLiteral(" (") + locale.nativeTerritoryName() + u')';
    if (name.isEmpty())
        return code;
    // The first letter up: "français" -> "Français", as in a list of languages.
    return name.left(1).toUpper() + name.mid(1) + QStringLiteral(" — ") + code;
}

} // namespace

LocaleSelector::LocaleSelector(QWidget *parent)
    : QWidget(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_apiLocaleLabel(new QLabel(this))
    , m_apiLocale(new QComboBox(this))
    , m_apiLocaleNote(new QLabel(this))
{
    for (const QString &language : LanguageManager::availableLanguages())
        m_language->addItem(LanguageManager::nativeName(language), language);
    m_apiLocale->addItem(QString(), QString());
    for (const QString &code : apiLocales())
        m_apiLocale->addItem(apiLocaleDisplayName(code), code);
    m_languageLabel->setBuddy(m_language);
    m_apiLocaleLabel->setBuddy(m_apiLocale);
    m_apiLocaleNote->setWordWrap(true);

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(m_languageLabel, m_language);
    layout->addRow(m_apiLocaleLabel, m_apiLocale);
    layout->addRow(QString(), m_apiLocaleNote);
    setTabOrder(m_language, m_apiLocale);
    setFocusProxy(m_language);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        retranslate(); // "Same as the user interface (de)" follows the choice
        Q_EMIT languageChanged(language());
    });
    connect(m_apiLocale, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT apiLocaleOverrideChanged(apiLocaleOverride()); });
    retranslate();
}

LocaleSelector::~LocaleSelector() = default;

QString LocaleSelector::apiLocaleDisplayName(const QString &apiLocale)
{
    return apiLocaleName(apiLocale);
}

QString LocaleSelector::language() const
{
    return m_language->currentData().toString();
}

bool LocaleSelector::setLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    if (index < 0)
        return false;
    m_language->setCurrentIndex(index);
    return true;
}

QString LocaleSelector::apiLocaleOverride() const
{
    return m_apiLocale->currentData().toString();
}

bool LocaleSelector::setApiLocaleOverride(const QString &apiLocale)
{
    if (!apiLocale.isEmpty() && !isApiLocale(apiLocale))
        return false;
    m_apiLocale->setCurrentIndex(m_apiLocale->findData(apiLocale));
    return true;
}

void LocaleSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LocaleSelector::retranslate()
{
    m_languageLabel->setText(tr("User interface &language:"));
    m_language->setAccessibleName(tr("User interface language"));
    m_language->setToolTip(tr("The language of menus, dialogs and messages; applied at once."));
    m_apiLocaleLabel->setText(tr("Connector &texts in:"));
    m_apiLocale->setAccessibleName(tr("Language of connector texts and server messages"));
    //: %1 is a language code such as "de"
    m_apiLocale->setItemText(
        0, tr("Same as the user interface (%1)").arg(apiLocaleFor(QLocale(language()))));
    m_apiLocaleNote->setText(tr("The language Identity Security Cloud uses for connector "
                                "descriptions and its error messages."));
}

} // namespace isc
