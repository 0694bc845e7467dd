#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QWidget>

#include <functional>

namespace isc::test {

// QTest::keyClicks() takes ASCII only: other characters go as key events carrying their text,
// as an input method or a keyboard layout sends them.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Answers the next modal dialog (a QMessageBox opened by the code under test) once it is
// shown: `answer` gets it, e.g. to click a button.
inline void whenModalShown(const std::function<void(QWidget *)> &answer)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

// Clicks a check box or radio button on its indicator: its centre may lie beyond the text,
// where a click does not count.
inline void clickIndicator(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier,
                      QPoint(qMin(8, button->width() / 2), button->height() / 2));
}

// QApplication posts QEvent::LanguageChange to the windows when a translator comes or goes:
// deliver it now.
inline void deliverLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

// A translation of every string of the console's own classes (contexts "isc::..."):
// "«text»". Installing it sends QEvent::LanguageChange to every widget, as a real catalogue
// does; what a widget shows afterwards tells whether it retranslated. The shipped .ts files
// are completed later, so the tests do not depend on their contents.
class PseudoTranslator final : public QTranslator
{
public:
    static QString wrap(const QString &text) { return u'\u00AB' + text + u'\u00BB'; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!context || qstrncmp(context, "isc::", 5) != 0 || !sourceText || !*sourceText)
            return {};
        return wrap(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};

// Installs a PseudoTranslator for its lifetime (and removes it, sending LanguageChange again).
class ScopedPseudoTranslation
{
public:
    ScopedPseudoTranslation()
    {
        QCoreApplication::installTranslator(&m_translator);
        deliverLanguageChange();
    }
    ~ScopedPseudoTranslation()
    {
        QCoreApplication::removeTranslator(&m_translator);
        deliverLanguageChange();
    }
    ScopedPseudoTranslation(const ScopedPseudoTranslation &) = delete;
    ScopedPseudoTranslation &operator=(const ScopedPseudoTranslation &) = delete;

private:
    PseudoTranslator m_translator;
};

} // namespace isc::test
