#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace isc {

// Every field of one row (RowJsonRole of the selected row), in a two-column tree: Field,
// Value. Fields in alphabetical order; nested objects and arrays (connectorMetadata,
// features) as expandable children ("3 fields", "2 items"); booleans as Yes/No; null as an
// em dash; a long or multi-line value on one line, cut with an ellipsis, the whole value in
// its tooltip.
//
// "Copy Value" (also Ctrl+C in the tree) copies the selected item's value as it is: the
// exact text, a number, true/false, an empty text for null, indented JSON for an object or
// an array. "Copy as JSON" copies the whole row as indented JSON. With no row, a
// placeholder says "Select a row to see its details".
class DetailsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);
    ~DetailsPane() override;

    void setRow(const QJsonObject &row, const QString &title);
    void clear();

    bool hasRow() const { return m_hasRow; }
    const QJsonObject &row() const { return m_row; }
    QString title() const { return m_title; }

    QTreeWidget *tree() const { return m_tree; }
    QAction *copyValueAction() const { return m_copyValue; }
    QAction *copyJsonAction() const { return m_copyJson; }

    // The value Copy Value copies for `item` (see the class comment).
    static QString copyText(const QTreeWidgetItem *item);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void addValue(QTreeWidgetItem *item, const QJsonValue &value);
    void updateActions();

    QJsonObject m_row;
    QString m_title;
    bool m_hasRow = false;
    QLabel *m_titleLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_copyValueButton = nullptr;
    QPushButton *m_copyJsonButton = nullptr;
    QAction *m_copyValue = nullptr;
    QAction *m_copyJson = nullptr;
};

} // namespace isc
