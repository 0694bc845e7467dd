#pragma once

#include <QList>
#include <QString>
#include <QStringView>

class QAbstractItemModel;

namespace isc::cli {

// The `--format table` output: a model's header titles and display text in aligned
// columns for a terminal. Columns are separated by two spaces and padded to their widest
// cell (East Asian wide characters count two, combining marks none); numeric columns (the
// header's TextAlignmentRole says right) are right-aligned; line breaks and tabs inside a
// cell become spaces; no line ends in spaces. Pure: no terminal, no I/O.
class TableFormatter
{
public:
    // `columns`: the model columns to show, in this order; empty: all, in model order.
    static QString format(const QAbstractItemModel &model, const QList<int> &columns = {});

    // How many terminal cells `text` takes.
    static int displayWidth(QStringView text);
};

} // namespace isc::cli
