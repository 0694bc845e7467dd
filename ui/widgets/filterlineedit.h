#pragma once

#include <QLineEdit>

namespace isc {

// A line edit for a `filters` expression that can mark a span of its text (the part a
// parse or whitelist error points at) with a red wavy underline, without changing the text,
// the cursor or the undo history.
class FilterLineEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit FilterLineEdit(QWidget *parent = nullptr);

    // 1-based column and length, as filter::ParseError gives them; a length of 0 marks one
    // character (or the end of the text).
    void setErrorSpan(int column, int length);
    void clearErrorSpan();
    bool hasErrorSpan() const { return m_errorColumn > 0; }
    int errorColumn() const { return m_errorColumn; }
    int errorLength() const { return m_errorLength; }

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    void applyFormats();

    int m_errorColumn = 0;
    int m_errorLength = 0;
};

} // namespace isc
