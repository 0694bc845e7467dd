#include "filterlineedit.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QTextCharFormat>

namespace isc {

FilterLineEdit::FilterLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    // The text is code, not prose: no completion or correction by an input method.
    setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    connect(this, &QLineEdit::cursorPositionChanged, this, [this] {
        // The formats are placed relative to the cursor: keep them on the same characters.
        if (hasErrorSpan())
            applyFormats();
    });
}

void FilterLineEdit::setErrorSpan(int column, int length)
{
    m_errorColumn = qMax(0, column);
    m_errorLength = qMax(0, length);
    applyFormats();
}

void FilterLineEdit::clearErrorSpan()
{
    if (m_errorColumn == 0)
        return;
    m_errorColumn = 0;
    m_errorLength = 0;
    applyFormats();
}

void FilterLineEdit::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    applyFormats();
}

void FilterLineEdit::applyFormats()
{
    // QLineEdit has no API for formatting part of its text; an input method event that
    // commits nothing and carries only TextFormat attributes is the documented way an input
    // method styles text, and leaves text, cursor and undo history alone.
    QList<QInputMethodEvent::Attribute> attributes;
    const int size = int(text().size());
    if (m_errorColumn > 0 && size > 0) {
        int start = qMin(m_errorColumn - 1, size - 1);
        int length = m_errorLength > 0 ? m_errorLength : 1;
        length = qMin(length, size - start);
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(Qt::red);
        attributes.append(QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat,
                                                       start - cursorPosition(), length, format));
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(this, &event);
}

} // namespace isc
