// The Qt Linguist catalogues in translations/ are complete and current:
//  - every message of isc-console_de.ts and isc-console_fr.ts has a finished, non-empty
//    translation (each plural form filled); isc-console_en.ts has its plural messages
//    finished (the others fall back to the English source text);
//  - every translation keeps the placeholders (%1..%9, %n) and the accelerator count of its
//    source;
//  - lupdate over the same sources (the list update_translations uses) finds no message that
//    the catalogues lack: a new tr() string fails here, with its text, until
//    `cmake --build build --target update_translations` has added it and it is translated.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment; // the disambiguation, part of the message's identity
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList forms; // one translation, or one per plural form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString display() const
    {
        QString text = context + QLatin1String(": \"") + source + u'"';
        if (!comment.isEmpty())
            text += QLatin1String(" (") + comment + u')';
        return text.replace(u'\n', QLatin1String("\\n"));
    }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message();
                message.context = context;
                message.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.forms = {xml.readElementText()};
            } else if (name == QLatin1String("numerusform")) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            catalogue.messages.append(message);
        }
    }
    if (xml.hasError())
        catalogue.error =
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

QStringList tsFiles()
{
    return QString::fromUtf8(ISC_TS_FILES).split(u',', Qt::SkipEmptyParts);
}

// "isc-console_de.ts" -> "de"
QString languageOf(const QString &path)
{
    return QFileInfo(path).completeBaseName().section(u'_', -1);
}

// Plural forms per language, as Qt's numerus rules have them for our languages.
int pluralForms(const QString &language)
{
    return language == QLatin1String("de") || language == QLatin1String("fr") ||
            language == QLatin1String("en")
        ? 2
        : -1;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[1-9]|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

// Mnemonic markers: "&File", not "&&" (a literal ampersand) nor "&amp;"-style entities nor
// "A & B".
int accelerators(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("^&(#[0-9]+|[A-Za-z]+);"));
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (i + 1 >= text.size() || text.at(i + 1).isSpace())
            continue;
        if (entity.match(QStringView(text).mid(i)).hasMatch())
            continue;
        ++count;
    }
    return count;
}

QString report(const QString &what, const QStringList &problems)
{
    return QStringLiteral("%1 (%2):\n  %3")
        .arg(what, QString::number(problems.size()), problems.join(QLatin1String("\n  ")));
}

} // namespace

class TestTranslationCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogues_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = tsFiles();
        QVERIFY(!files.isEmpty());
        for (const QString &path : files)
            QTest::newRow(qPrintable(languageOf(path))) << path;
    }

    void catalogues()
    {
        QFETCH(QString, path);
        const Catalogue catalogue = readCatalogue(path);
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QVERIFY2(!catalogue.messages.isEmpty(), qPrintable(path));
        const QString language = languageOf(path);
        QVERIFY2(catalogue.language.startsWith(language), qPrintable(catalogue.language));
        const int forms = pluralForms(language);
        QVERIFY2(forms > 0,
                 qPrintable(QStringLiteral("no plural rule known for %1").arg(language)));
        // English is the source language: its catalogue carries the plural forms only.
        const bool pluralsOnly = language == QLatin1String("en");

        QStringList unfinished;
        QStringList broken;
        for (const Message &m : catalogue.messages) {
            if (pluralsOnly && !m.numerus)
                continue;
            const bool empty = std::any_of(m.forms.cbegin(), m.forms.cend(),
                                           [](const QString &f) { return f.trimmed().isEmpty(); });
            if (!m.type.isEmpty() || m.forms.isEmpty() || empty ||
                (m.numerus && m.forms.size() != forms)) {
                unfinished.append(m.display());
                continue;
            }
            const QStringList wanted = placeholders(m.source);
            const int wantedAccelerators = accelerators(m.source);
            for (const QString &form : m.forms) {
                // A plural form may leave out %n ("une seconde"), never the other arguments.
                QStringList have = placeholders(form);
                QStringList need = wanted;
                if (m.numerus && !have.contains(QLatin1String("n")))
                    need.removeAll(QLatin1String("n"));
                // One arg() call: a translation may hold %2 itself.
                if (have != need)
                    broken.append(QStringLiteral("%1 -> \"%2\": placeholders {%3}, expected {%4}")
                                      .arg(m.display(), form, have.join(u' '), need.join(u' ')));
                if (accelerators(form) != wantedAccelerators)
                    broken.append(QStringLiteral("%1 -> \"%2\": %3 accelerators, expected %4")
                                      .arg(m.display(), form, QString::number(accelerators(form)),
                                           QString::number(wantedAccelerators)));
            }
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(report(QStringLiteral("%1: messages without a finished translation")
                                       .arg(QFileInfo(path).fileName()),
                                   unfinished)));
        QVERIFY2(broken.isEmpty(),
                 qPrintable(report(QStringLiteral("%1: translations that do not fit their source")
                                       .arg(QFileInfo(path).fileName()),
                                   broken)));
    }

    // lupdate, run as update_translations runs it but on copies, finds nothing new.
    void cataloguesAreCurrent()
    {
        const QString lupdate = QString::fromUtf8(ISC_LUPDATE);
        QVERIFY2(QFileInfo(lupdate).isExecutable(), qPrintable(lupdate));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList copies;
        for (const QString &path : tsFiles()) {
            const QString copy = dir.filePath(QFileInfo(path).fileName());
            QVERIFY(QFile::copy(path, copy));
            copies.append(copy);
        }
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(lupdate,
                      QStringList{QLatin1Char('@') + QString::fromUtf8(ISC_LUPDATE_SOURCES),
                                  QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                  QStringLiteral("none"), QStringLiteral("-ts")} +
                          copies);
        QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
        QVERIFY(process.waitForFinished(-1));
        const QString output = QString::fromLocal8Bit(process.readAll());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(output));

        QStringList missing;
        for (const QString &path : tsFiles()) {
            const Catalogue committed = readCatalogue(path);
            const Catalogue fresh = readCatalogue(dir.filePath(QFileInfo(path).fileName()));
            QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
            QSet<QString> known;
            for (const Message &m : committed.messages)
                known.insert(m.key());
            QSet<QString> current;
            for (const Message &m : fresh.messages) {
                current.insert(m.key());
                if (!known.contains(m.key()))
                    missing.append(QFileInfo(path).fileName() + QLatin1String(": ") + m.display());
            }
            // Messages no source has any more: lupdate drops them at the next update. Not a
            // failure: a branch may carry translations for strings another branch adds.
            for (const Message &m : committed.messages) {
                if (!current.contains(m.key()))
                    qInfo("%s: no source has %s", qPrintable(QFileInfo(path).fileName()),
                          qPrintable(m.display()));
            }
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(report(QStringLiteral("Messages of the sources that the catalogues "
                                                  "lack; run `cmake --build build --target "
                                                  "update_translations` and translate them"),
                                   missing)));
    }

    // The checks above check something: they catch what they are meant to.
    void checksFindProblems()
    {
        QCOMPARE(placeholders(QStringLiteral("%1 of %2, %n left, 100%")),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("n")}));
        QCOMPARE(accelerators(QStringLiteral("&File")), 1);
        QCOMPARE(accelerators(QStringLiteral("Salt && Pepper")), 0);
        QCOMPARE(accelerators(QStringLiteral("A & B")), 0);
        QCOMPARE(accelerators(QStringLiteral("&nbsp;&Save")), 1);
        QCOMPARE(languageOf(QStringLiteral("/x/isc-console_fr.ts")), QStringLiteral("fr"));
    }
};

QTEST_GUILESS_MAIN(TestTranslationCatalog)
#include "tst_translationcatalog.moc"
