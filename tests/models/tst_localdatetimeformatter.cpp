#include "models/localdatetimeformatter.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace isc;

// The fast formatter must give exactly QLocale's text for local time, in any locale and
// time zone: compared value by value with QLocale::toString(dt.toLocalTime(), format).
class TestLocalDateTimeFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void matchesQLocale_data();
    void matchesQLocale();
    void fastForCommonFormats();
    void invalidIsEmpty();
    void appendsToExistingText();

private:
    static void setZone(const QByteArray &zone);
    QByteArray m_savedTz;
    bool m_hadTz = false;
};

void TestLocalDateTimeFormatter::initTestCase()
{
    m_hadTz = qEnvironmentVariableIsSet("TZ");
    m_savedTz = qgetenv("TZ");
}

void TestLocalDateTimeFormatter::cleanupTestCase()
{
    if (m_hadTz)
        setZone(m_savedTz);
    else
        qunsetenv("TZ");
    tzset();
}

void TestLocalDateTimeFormatter::setZone(const QByteArray &zone)
{
    qputenv("TZ", zone);
    tzset();
}

void TestLocalDateTimeFormatter::matchesQLocale_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("format");

    const QByteArray zones[] = {"UTC",          "Europe/Berlin",    "America/New_York",
                                "Asia/Kolkata", "America/St_Johns", "Australia/Lord_Howe"};
    const char *locales[] = {"C",     "en_US", "en_GB", "de_DE", "fr_FR", "ja_JP", "zh_CN",
                             "ko_KR", "ar_EG", "fa_IR", "hi_IN", "ru_RU", "pl_PL", "es_ES",
                             "sv_SE", "fi_FI", "cs_CZ", "hu_HU", "nl_NL", "da_DK", "he_IL",
                             "zh_TW", "bn_BD", "th_TH", "pt_BR", "tr_TR"};
    for (const QByteArray &zone : zones) {
        for (const char *locale : locales) {
            for (int format : {int(QLocale::ShortFormat), int(QLocale::LongFormat),
                               int(QLocale::NarrowFormat)}) {
                QTest::addRow("%s %s %d", zone.constData(), locale, format)
                    << zone << QString::fromLatin1(locale) << format;
            }
        }
    }
}

void TestLocalDateTimeFormatter::matchesQLocale()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, locale);
    QFETCH(int, format);
    setZone(zone);
    const QLocale l(locale);
    const auto type = QLocale::FormatType(format);
    const LocalDateTimeFormatter formatter(l, type);
    const QString pattern = l.dateTimeFormat(type);

    // Around the DST changes of several years, midnight and noon, the far past and future.
    QList<QDateTime> instants;
    for (int year : {1901, 1969, 1970, 1999, 2000, 2021, 2024, 2037, 2045, 2150, 2250}) {
        for (int month : {1, 3, 4, 6, 10, 11, 12}) {
            for (int day : {1, 5, 28}) {
                for (QTime time : {QTime(0, 0), QTime(0, 30), QTime(1, 59, 59), QTime(2, 0),
                                   QTime(11, 5, 7), QTime(12, 0), QTime(13, 45), QTime(23, 59, 59)})
                    instants.append(QDateTime(QDate(year, month, day), time, Qt::UTC));
            }
        }
    }
    // Every quarter hour across the European and American spring changes of 2024.
    for (QDateTime t(QDate(2024, 3, 9), QTime(0, 0), Qt::UTC);
         t < QDateTime(QDate(2024, 4, 2), QTime(0, 0), Qt::UTC); t = t.addSecs(15 * 60))
        instants.append(t);

    for (const QDateTime &utc : std::as_const(instants)) {
        const QString expected = l.toString(utc.toLocalTime(), pattern);
        const QString actual = formatter.format(utc);
        if (actual != expected) {
            QFAIL(qPrintable(QStringLiteral("%1: expected \"%2\", got \"%3\"")
                                 .arg(utc.toString(Qt::ISODate), expected, actual)));
        }
    }
}

void TestLocalDateTimeFormatter::fastForCommonFormats()
{
    // The comparison above is only worth something if the fast path is what it compared.
    setZone("Europe/Berlin");
    for (const char *locale : {"C", "en_US", "de_DE", "ja_JP", "ko_KR", "ar_EG", "fi_FI"})
        QVERIFY2(LocalDateTimeFormatter(QLocale(QString::fromLatin1(locale))).isFast(), locale);
}

void TestLocalDateTimeFormatter::invalidIsEmpty()
{
    const LocalDateTimeFormatter formatter(QLocale(QLocale::English));
    QVERIFY(formatter.format(QDateTime()).isEmpty());
}

void TestLocalDateTimeFormatter::appendsToExistingText()
{
    setZone("UTC");
    const LocalDateTimeFormatter formatter(QLocale(QLocale::German, QLocale::Germany));
    QString text = QStringLiteral("x ");
    formatter.appendTo(text, QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC));
    QCOMPARE(text, QStringLiteral("x 01.03.24 09:30"));
}

QTEST_GUILESS_MAIN(TestLocalDateTimeFormatter)
#include "tst_localdatetimeformatter.moc"
