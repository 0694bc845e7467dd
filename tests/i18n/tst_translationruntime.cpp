// The compiled catalogues (embedded under :/i18n in isc-ui), loaded by LanguageManager as
// the console loads them, reach real widgets, models and messages: a dialog and Qt's own
// button texts, table headers, the one error-mapping function, the column filter and the
// filter grammar (free functions with their own translation context), and plural forms,
// English included.
#include "base/filter.h"
#include "models/columnfilter.h"
#include "models/connectortablemodel.h"
#include "net/apierror.h"
#include "ui/dialogs/newcustomizerdialog.h"
#include "ui/widgets/languagemanager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTest>

using namespace isc;

namespace {

void deliverLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

ApiError timeoutAfter(int seconds)
{
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    error.deadlineExceeded = true;
    error.timeoutSeconds = seconds;
    return error;
}

} // namespace

class TestTranslationRuntime : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages{nullptr};

    void switchTo(const QString &language)
    {
        QVERIFY2(m_languages.setLanguage(language), qPrintable(language));
        deliverLanguageChange();
    }

private Q_SLOTS:
    void cleanup() { switchTo(QStringLiteral("en")); }

    void dialog_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("ok");
        QTest::addColumn<QString>("cancel"); // Qt's own, from qtbase_<language>.qm
        QTest::addColumn<QString>("problem");
        QTest::newRow("en") << "en"
                            << "New Customizer"
                            << "Create"
                            << "Cancel"
                            << "Enter a name.";
        QTest::newRow("de") << "de"
                            << "Neuer Customizer"
                            << "Erstellen"
                            << "Abbrechen"
                            << "Geben Sie einen Namen ein.";
        QTest::newRow("fr") << "fr"
                            << "Nouveau personnalisateur"
                            << "Créer"
                            << "Annuler"
                            << "Saisissez un nom.";
    }

    void dialog()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, ok);
        QFETCH(QString, cancel);
        QFETCH(QString, problem);
        // Qt's catalogues come with the system (Debian: qt6-translations-l10n).
        QVERIFY(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                              QStringLiteral("/qtbase_de.qm")));

        NewCustomizerDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        switchTo(language);
        QCOMPARE(dialog.windowTitle(), title);
        QCOMPARE(dialog.okButton()->text(), ok);
        QCOMPARE(dialog.cancelButton()->text(), cancel);
        QCOMPARE(dialog.validationMessage(), problem);

        // Opened after the switch, it shows the same.
        NewCustomizerDialog later;
        QCOMPARE(later.windowTitle(), title);
        QCOMPARE(later.okButton()->text(), ok);
    }

    void tableHeaders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("scriptName");
        QTest::addColumn<QString>("features");
        QTest::addColumn<QString>("yes");
        QTest::newRow("en") << "en"
                            << "Script Name"
                            << "Features"
                            << "Yes";
        QTest::newRow("de") << "de"
                            << "Skriptname"
                            << "Funktionen"
                            << "Ja";
        QTest::newRow("fr") << "fr"
                            << "Nom du script"
                            << "Fonctionnalités"
                            << "Oui";
    }

    void tableHeaders()
    {
        QFETCH(QString, language);
        QFETCH(QString, scriptName);
        QFETCH(QString, features);
        QFETCH(QString, yes);
        ConnectorTableModel model;
        switchTo(language);
        QCOMPARE(model.headerData(ConnectorTableModel::ScriptNameColumn, Qt::Horizontal).toString(),
                 scriptName);
        QCOMPARE(model.headerData(ConnectorTableModel::FeaturesColumn, Qt::Horizontal).toString(),
                 features);
        QCOMPARE(TableModel::yesNo(true), yes);
    }

    // Messages made in free functions and value types (contexts isc::ApiError,
    // isc::ColumnFilter, isc::filter): lupdate and the run time agree on the context.
    void messages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("notFound");
        QTest::addColumn<QString>("badRegex");
        QTest::addColumn<QString>("badFilter");
        QTest::newRow("en") << "en"
                            << "It was not found on the server (404); it may have been deleted "
                               "meanwhile."
                            << "Invalid regular expression: "
                            << "unterminated string: a closing \" is missing";
        QTest::newRow("de") << "de"
                            << "Es wurde auf dem Server nicht gefunden (404); vielleicht wurde es "
                               "inzwischen gelöscht."
                            << "Ungültiger regulärer Ausdruck: "
                            << "nicht abgeschlossene Zeichenkette: ein schließendes \" fehlt";
        QTest::newRow("fr") << "fr"
                            << QStringLiteral(
                                   "Élément introuvable sur le serveur (404)\u00a0; il a "
                                   "peut-être été supprimé entre-temps.")
                            << QStringLiteral("Expression régulière non valide\u00a0: ")
                            << QStringLiteral("chaîne non terminée\u00a0: il manque un \" fermant");
    }

    void messages()
    {
        QFETCH(QString, language);
        QFETCH(QString, notFound);
        QFETCH(QString, badRegex);
        QFETCH(QString, badFilter);
        switchTo(language);

        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = 404;
        QCOMPARE(describe(error), notFound);

        const ColumnFilter filter(QStringLiteral("/[a/"));
        QVERIFY2(filter.error().startsWith(badRegex), qPrintable(filter.error()));

        const filter::ParseResult parsed = filter::parse(u"name eq \"Active");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error->message, badFilter);
    }

    // English shows "1 second", not "1 second(s)": its catalogue holds the plural forms.
    void plurals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 1") << "en" << 1 << "The request did not complete within 1 second.";
        QTest::newRow("en 2") << "en" << 2 << "The request did not complete within 2 seconds.";
        QTest::newRow("de 1") << "de" << 1
                              << "Die Anfrage wurde nicht innerhalb von 1 Sekunde abgeschlossen.";
        QTest::newRow("de 30")
            << "de" << 30 << "Die Anfrage wurde nicht innerhalb von 30 Sekunden abgeschlossen.";
        QTest::newRow("fr 1") << "fr" << 1 << "La requête ne s'est pas terminée en 1 seconde.";
        QTest::newRow("fr 30") << "fr" << 30 << "La requête ne s'est pas terminée en 30 secondes.";
    }

    void plurals()
    {
        QFETCH(QString, language);
        QFETCH(int, seconds);
        QFETCH(QString, expected);
        switchTo(language);
        QCOMPARE(describe(timeoutAfter(seconds)), expected);
    }
};

QTEST_MAIN(TestTranslationRuntime)
#include "tst_translationruntime.moc"
