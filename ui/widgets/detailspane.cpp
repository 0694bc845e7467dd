#include "detailspane.h"

#include "models/tablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <functional>

namespace isc {

namespace {

constexpr int valueRole = Qt::UserRole + 1; // the item's QJsonValue
constexpr int shownLength = 200; // characters shown on the line; the tooltip has the rest
constexpr int expandAllLimit = 500; // items; a bigger row starts collapsed

QString numberText(double number)
{
    // Integers (ids, counts, versions) without a fraction or an exponent.
    if (number == double(qint64(number)) && qAbs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 17);
}

int countItems(const QJsonValue &value)
{
    int count = 1;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            count += countItems(it.value());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            count += countItems(item);
    }
    return count;
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_stack))
    , m_tree(new QTreeWidget(m_stack))
    , m_copyValueButton(new QPushButton(this))
    , m_copyJsonButton(new QPushButton(this))
    , m_copyValue(new QAction(this))
    , m_copyJson(new QAction(this))
{
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setEnabled(false); // the palette's disabled text: a hint, not content

    m_tree->setColumnCount(2);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setWordWrap(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionsMovable(false);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tree);

    m_copyValue->setShortcut(QKeySequence::Copy);
    m_copyValue->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyValue->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_tree->addAction(m_copyValue);
    m_tree->addAction(m_copyJson);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copyValue, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            QGuiApplication::clipboard()->setText(copyText(item));
    });
    connect(m_copyJson, &QAction::triggered, this, [this] {
        if (m_hasRow)
            QGuiApplication::clipboard()->setText(
                QString::fromUtf8(QJsonDocument(m_row).toJson(QJsonDocument::Indented)));
    });
    connect(m_copyValueButton, &QPushButton::clicked, m_copyValue, &QAction::trigger);
    connect(m_copyJsonButton, &QPushButton::clicked, m_copyJson, &QAction::trigger);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DetailsPane::updateActions);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_copyValueButton);
    buttons->addWidget(m_copyJsonButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    retranslate();
    clear();
}

DetailsPane::~DetailsPane() = default;

void DetailsPane::setRow(const QJsonObject &row, const QString &title)
{
    m_row = row;
    m_title = title;
    m_hasRow = true;
    rebuild();
}

void DetailsPane::clear()
{
    m_row = {};
    m_title.clear();
    m_hasRow = false;
    rebuild();
}

QString DetailsPane::copyText(const QTreeWidgetItem *item)
{
    if (!item)
        return {};
    const QJsonValue value = item->data(1, valueRole).toJsonValue();
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

void DetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DetailsPane::retranslate()
{
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setAccessibleName(tr("Details"));
    m_placeholder->setText(tr("Select a row to see its details"));
    m_copyValue->setText(tr("Copy &Value"));
    m_copyValue->setToolTip(tr("Copy the selected value"));
    m_copyJson->setText(tr("Copy as &JSON"));
    m_copyJson->setToolTip(tr("Copy every field of the row as JSON"));
    m_copyValueButton->setText(m_copyValue->text());
    m_copyValueButton->setToolTip(m_copyValue->toolTip());
    m_copyJsonButton->setText(m_copyJson->text());
    m_copyJsonButton->setToolTip(m_copyJson->toolTip());
    setAccessibleName(tr("Details"));
    // Yes/No, "3 fields", "2 items" in the new language.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        addValue(*it, (*it)->data(1, valueRole).toJsonValue());
}

void DetailsPane::rebuild()
{
    m_tree->clear();
    m_titleLabel->setText(m_title);
    m_titleLabel->setVisible(m_hasRow && !m_title.isEmpty());
    m_stack->setCurrentWidget(m_hasRow ? static_cast<QWidget *>(m_tree) : m_placeholder);
    if (m_hasRow) {
        // QJsonObject keeps its keys sorted: the fields come alphabetically.
        std::function<void(QTreeWidgetItem *, const QJsonValue &)> addChildren =
            [&](QTreeWidgetItem *parent, const QJsonValue &value) {
                auto add = [&](const QString &field, const QJsonValue &child) {
                    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
                    item->setText(0, field);
                    item->setToolTip(0, field);
                    item->setData(1, valueRole, QVariant::fromValue(child));
                    addValue(item, child);
                    addChildren(item, child);
                };
                if (value.isObject()) {
                    const QJsonObject object = value.toObject();
                    for (auto it = object.begin(); it != object.end(); ++it)
                        add(it.key(), it.value());
                } else if (value.isArray()) {
                    const QJsonArray array = value.toArray();
                    for (qsizetype i = 0; i < array.size(); ++i)
                        add(QStringLiteral("[%1]").arg(i), array.at(i));
                }
            };
        addChildren(nullptr, m_row);
        if (countItems(m_row) <= expandAllLimit)
            m_tree->expandAll();
        m_tree->resizeColumnToContents(0);
        m_tree->setColumnWidth(0, qMin(m_tree->columnWidth(0), m_tree->width() / 2 + 40));
        if (m_tree->topLevelItemCount() > 0)
            m_tree->setCurrentItem(m_tree->topLevelItem(0));
    }
    updateActions();
}

void DetailsPane::addValue(QTreeWidgetItem *item, const QJsonValue &value)
{
    QString full;
    switch (value.type()) {
    case QJsonValue::String:
        full = value.toString();
        break;
    case QJsonValue::Double:
        full = numberText(value.toDouble());
        break;
    case QJsonValue::Bool:
        full = TableModel::yesNo(value.toBool());
        break;
    case QJsonValue::Object:
        //: The value shown for a nested object; %n is its number of fields
        full = tr("%n field(s)", nullptr, int(value.toObject().size()));
        break;
    case QJsonValue::Array:
        //: The value shown for a list; %n is its number of items
        full = tr("%n item(s)", nullptr, int(value.toArray().size()));
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        full = TableModel::absentText();
        break;
    }
    // One line per item: a multi-line or very long text is cut, and whole in the tooltip.
    QString shown = full;
    const qsizetype lineEnd = shown.indexOf(u'\n');
    bool cut = false;
    if (lineEnd >= 0) {
        shown.truncate(lineEnd);
        cut = true;
    }
    if (shown.size() > shownLength) {
        shown.truncate(shownLength);
        cut = true;
    }
    if (cut)
        shown = shown.trimmed() + QChar(0x2026); // ellipsis
    item->setText(1, shown);
    item->setToolTip(1, value.isString() || cut ? full : QString());
}

void DetailsPane::updateActions()
{
    m_copyValue->setEnabled(m_hasRow && m_tree->currentItem());
    m_copyJson->setEnabled(m_hasRow);
    m_copyValueButton->setEnabled(m_copyValue->isEnabled());
    m_copyJsonButton->setEnabled(m_copyJson->isEnabled());
}

} // namespace isc
