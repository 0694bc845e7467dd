// Case folding to UTF-8 and the substring search of the quick filter: their fast paths
// (eight UTF-16 units at a time, sixteen positions at a time) give exactly what the plain
// definitions give, at every alignment and around every non-ASCII character.
#include "models/textfold.h"

#include <QRandomGenerator>
#include <QTest>

using namespace isc;

namespace {

// What folding means: QString's own simple case folding, as UTF-8.
QByteArray reference(const QString &text)
{
    return text.toCaseFolded().toUtf8();
}

QString randomText(QRandomGenerator &random, int length)
{
    // Mostly ASCII, as real cells are, with letters of other scripts, a character outside the
    // BMP (a surrogate pair) and the odd lone surrogate.
    static const char16_t pool[] = {
        u'a',    u'Z',    u'q',    u'M',    u'0',     u'9',     u'-',     u' ',      u'_',     u'@',
        u'\x7f', u'\xe9', u'\xc9', u'\xdf', u'\x130', u'\x3a3', u'\x3c2', u'\x65e5', u'\xd800'};
    QString text;
    for (int i = 0; i < length; ++i) {
        const int pick = random.bounded(100);
        if (pick < 70) {
            text += QChar(char16_t(u'A' + random.bounded(26) + (random.bounded(2) ? 32 : 0)));
        } else if (pick < 97) {
            text += QChar(pool[random.bounded(int(std::size(pool)) - 1)]);
        } else if (pick < 99) {
            text += QString::fromUcs4(U"\U0001F600");
        } else {
            text += QChar(pool[std::size(pool) - 1]); // lone high surrogate
        }
    }
    return text;
}

} // namespace

class TestTextFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsLikeQString_data();
    void foldsLikeQString();
    void foldsRandomTexts();
    void appendsAfterExistingBytes();
    void findsWhatIndexOfFinds();
    void findsAtTheEdges();
};

void TestTextFold::foldsLikeQString_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("short") << QStringLiteral("AbC");
    QTest::newRow("eight") << QStringLiteral("ABCDEFGH");
    QTest::newRow("seventeen") << QStringLiteral("ABCDEFGHIJKLMNOPQ");
    QTest::newRow("punctuation around letters") << QStringLiteral("@AZ[`az{ 09:-_~\x7f");
    QTest::newRow("accent after eight") << QString::fromUtf8("ABCDEFGHÉcole");
    QTest::newRow("accent inside eight") << QString::fromUtf8("ABCÉDEFGHIJ");
    QTest::newRow("sharp s and dotted I") << QString::fromUtf8("STRAßE İstanbul");
    QTest::newRow("greek") << QString::fromUtf8("ΣΊΣΥΦΟΣ");
    QTest::newRow("emoji") << QString::fromUtf8("OKTA 😀 SYNC");
}

void TestTextFold::foldsLikeQString()
{
    QFETCH(QString, text);
    QCOMPARE(foldedUtf8(text), reference(text));
}

void TestTextFold::foldsRandomTexts()
{
    QRandomGenerator random(42);
    for (int round = 0; round < 3000; ++round) {
        const QString text = randomText(random, random.bounded(40));
        QByteArray expected = reference(text);
        // toUtf8() writes a lone surrogate as '?'; the folder writes U+FFFD, as documented.
        expected.replace('?', QByteArray("\xef\xbf\xbd"));
        QCOMPARE(foldedUtf8(text), expected);
    }
}

void TestTextFold::appendsAfterExistingBytes()
{
    QByteArray out("prefix|");
    appendFoldedUtf8(out, QStringLiteral("ONE"));
    out.append('|');
    appendFoldedUtf8(out, QString::fromUtf8("ZWEIUNDZWANZIG ÄPFEL"));
    QCOMPARE(out, QByteArray("prefix|one|zweiundzwanzig \xc3\xa4pfel"));
    QCOMPARE(out.size(), qstrlen(out.constData())); // no stray bytes past the text
}

void TestTextFold::findsWhatIndexOfFinds()
{
    QRandomGenerator random(9);
    const QByteArray alphabet("abcab-\xc3\xa9 ");
    for (int round = 0; round < 20000; ++round) {
        QByteArray text;
        const int size = random.bounded(70);
        for (int i = 0; i < size; ++i)
            text += alphabet.at(random.bounded(int(alphabet.size())));
        QByteArray needle;
        const int needleSize = random.bounded(6);
        for (int i = 0; i < needleSize; ++i)
            needle += alphabet.at(random.bounded(int(alphabet.size())));
        SubstringFinder finder;
        finder.setPattern(needle);
        QCOMPARE(finder.foundIn(text), text.contains(needle));
    }
}

void TestTextFold::findsAtTheEdges()
{
    SubstringFinder finder;
    finder.setPattern("okta");
    const QByteArray filler(40, 'o');
    for (int at = 0; at <= 40; ++at) {
        QByteArray text = filler;
        text.replace(at, 4, "okta");
        QVERIFY2(finder.foundIn(text.left(qMax(at + 4, 4))), qPrintable(QString::number(at)));
        QVERIFY(!finder.foundIn(text.left(at + 3)));
    }
    QVERIFY(!finder.foundIn(QByteArrayView()));
    finder.setPattern(QByteArray());
    QVERIFY(finder.foundIn("anything"));
    finder.setPattern("x");
    QVERIFY(finder.foundIn("abcx"));
    QVERIFY(!finder.foundIn("abc"));
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
