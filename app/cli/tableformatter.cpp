#include "tableformatter.h"

#include <QAbstractItemModel>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace isc::cli {

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
        (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
        (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
        (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
        (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

// One line per cell: control characters would break the alignment (or the terminal).
QString cellText(const QVariant &value)
{
    QString text = value.toString();
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c.category() == QChar::Other_Control)
            c = u' ';
    }
    return text;
}

} // namespace

int TableFormatter::displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
            category == QChar::Other_Format)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString TableFormatter::format(const QAbstractItemModel &model, const QList<int> &columns)
{
    QList<int> shown = columns;
    if (shown.isEmpty()) {
        for (int column = 0; column < model.columnCount(); ++column)
            shown << column;
    }
    const int rows = model.rowCount();
    const qsizetype count = shown.size();

    // Every cell once, with its width; then the lines.
    std::vector<QStringList> lines(std::size_t(rows) + 1);
    std::vector<int> widths(std::size_t(count), 0);
    std::vector<bool> right(std::size_t(count), false);
    std::vector<std::vector<int>> cellWidths(std::size_t(rows) + 1,
                                             std::vector<int>(std::size_t(count), 0));
    for (qsizetype c = 0; c < count; ++c) {
        const int column = shown.at(c);
        const QString title = cellText(model.headerData(column, Qt::Horizontal));
        const auto alignment =
            model.headerData(column, Qt::Horizontal, Qt::TextAlignmentRole).value<int>();
        right[std::size_t(c)] = (alignment & Qt::AlignRight) != 0;
        lines[0] << title;
        cellWidths[0][std::size_t(c)] = displayWidth(title);
        for (int row = 0; row < rows; ++row) {
            const QString text = cellText(model.data(model.index(row, column)));
            lines[std::size_t(row) + 1] << text;
            cellWidths[std::size_t(row) + 1][std::size_t(c)] = displayWidth(text);
        }
        for (std::size_t line = 0; line < lines.size(); ++line)
            widths[std::size_t(c)] = qMax(widths[std::size_t(c)], cellWidths[line][std::size_t(c)]);
    }

    QString out;
    for (std::size_t line = 0; line < lines.size(); ++line) {
        QString text;
        for (qsizetype c = 0; c < count; ++c) {
            const std::size_t i = std::size_t(c);
            const int padding = widths[i] - cellWidths[line][i];
            if (c > 0)
                text += QStringLiteral("  ");
            if (right[i])
                text += QString(padding, u' ') + lines[line].at(c);
            else if (c + 1 < count)
                text += lines[line].at(c) + QString(padding, u' ');
            else
                text += lines[line].at(c);
        }
        while (text.endsWith(u' '))
            text.chop(1);
        out += text + u'\n';
    }
    return out;
}

} // namespace isc::cli
