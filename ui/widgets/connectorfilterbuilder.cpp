#include "connectorfilterbuilder.h"
#include "ui_connectorfilterbuilder.h"

#include "base/filterrules.h"

#include <QEvent>
#include <QLineEdit>
#include <QScopedValueRollback>

namespace isc {

namespace {

// directConnectCombo's items.
enum DirectConnect { AnyDirectConnect, DirectConnectYes, DirectConnectNo };

} // namespace

ConnectorFilterBuilder::ConnectorFilterBuilder(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectorFilterBuilder>())
{
    m_ui->setupUi(this);
    m_ui->directConnectCombo->addItem(QString());
    m_ui->directConnectCombo->addItem(QString());
    m_ui->directConnectCombo->addItem(QString());
    m_ui->typeCombo->addItem(QString());
    m_ui->categoryCombo->addItem(QString());
    setKnownFeatures(ConnectorFilterFields::knownFeatures());
    // Rows enough to see that it is a list, few enough for a side panel.
    m_ui->featuresList->setMaximumHeight(qMax(m_ui->featuresList->sizeHintForRow(0), 16) * 6 +
                                         2 * m_ui->featuresList->frameWidth());

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ConnectorFilterBuilder::fieldsEdited);
    connect(m_ui->typeCombo, &QComboBox::currentTextChanged, this,
            &ConnectorFilterBuilder::fieldsEdited);
    connect(m_ui->categoryCombo, &QComboBox::currentTextChanged, this,
            &ConnectorFilterBuilder::fieldsEdited);
    connect(m_ui->directConnectCombo, &QComboBox::currentIndexChanged, this,
            &ConnectorFilterBuilder::fieldsEdited);
    connect(m_ui->featuresList, &QListWidget::itemChanged, this,
            &ConnectorFilterBuilder::fieldsEdited);
    connect(m_ui->advancedEdit, &QLineEdit::textChanged, this, &ConnectorFilterBuilder::textEdited);

    for (QLineEdit *edit : std::initializer_list<QLineEdit *>{m_ui->nameEdit, m_ui->advancedEdit,
                                                              m_ui->typeCombo->lineEdit(),
                                                              m_ui->categoryCombo->lineEdit()}) {
        connect(edit, &QLineEdit::returnPressed, this, &ConnectorFilterBuilder::apply);
    }
    connect(m_ui->applyButton, &QPushButton::clicked, this, &ConnectorFilterBuilder::apply);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &ConnectorFilterBuilder::clear);

    retranslate();
    check(QString());
    updateState();
}

ConnectorFilterBuilder::~ConnectorFilterBuilder() = default;

void ConnectorFilterBuilder::setKnownTypes(const QStringList &types)
{
    const QSignalBlocker blocker(m_ui->typeCombo);
    const QString current = m_ui->typeCombo->currentText();
    m_ui->typeCombo->clear();
    m_ui->typeCombo->addItem(QString());
    m_ui->typeCombo->addItems(types);
    m_ui->typeCombo->setCurrentText(current);
}

void ConnectorFilterBuilder::setKnownCategories(const QStringList &categories)
{
    const QSignalBlocker blocker(m_ui->categoryCombo);
    const QString current = m_ui->categoryCombo->currentText();
    m_ui->categoryCombo->clear();
    m_ui->categoryCombo->addItem(QString());
    m_ui->categoryCombo->addItems(categories);
    m_ui->categoryCombo->setCurrentText(current);
}

void ConnectorFilterBuilder::setKnownFeatures(const QStringList &features)
{
    const QSignalBlocker blocker(m_ui->featuresList);
    QStringList checked;
    for (int row = 0; row < m_ui->featuresList->count(); ++row) {
        const QListWidgetItem *item = m_ui->featuresList->item(row);
        if (item->checkState() == Qt::Checked)
            checked.append(item->text());
    }
    m_ui->featuresList->clear();
    QStringList all = features;
    for (const QString &feature : std::as_const(checked)) {
        if (!all.contains(feature))
            all.append(feature);
    }
    for (const QString &feature : std::as_const(all)) {
        auto *item = new QListWidgetItem(feature, m_ui->featuresList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(feature) ? Qt::Checked : Qt::Unchecked);
    }
}

QString ConnectorFilterBuilder::filters() const
{
    return m_ui->advancedEdit->text().trimmed();
}

void ConnectorFilterBuilder::setFilters(const QString &filters)
{
    m_ui->advancedEdit->setText(filters);
}

QString ConnectorFilterBuilder::errorMessage() const
{
    if (!m_error)
        return {};
    //: %1 is a 1-based character position in the filter text, %2 what is wrong there
    return tr("Column %1: %2").arg(m_error->column).arg(m_error->message);
}

ConnectorFilterFields ConnectorFilterBuilder::fields() const
{
    ConnectorFilterFields fields;
    fields.nameStartsWith = m_ui->nameEdit->text();
    fields.type = m_ui->typeCombo->currentText().trimmed();
    fields.category = m_ui->categoryCombo->currentText().trimmed();
    switch (m_ui->directConnectCombo->currentIndex()) {
    case DirectConnectYes:
        fields.directConnect = true;
        break;
    case DirectConnectNo:
        fields.directConnect = false;
        break;
    default:
        break;
    }
    for (int row = 0; row < m_ui->featuresList->count(); ++row) {
        const QListWidgetItem *item = m_ui->featuresList->item(row);
        if (item->checkState() == Qt::Checked)
            fields.features.append(item->text());
    }
    return fields;
}

void ConnectorFilterBuilder::setFields(const ConnectorFilterFields &fields)
{
    showFields(fields);
    fieldsEdited();
}

bool ConnectorFilterBuilder::apply()
{
    if (!isValid())
        return false;
    Q_EMIT applyRequested(filters());
    return true;
}

void ConnectorFilterBuilder::clear()
{
    showFields(ConnectorFilterFields());
    m_ui->advancedEdit->clear();
}

void ConnectorFilterBuilder::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ConnectorFilterBuilder::fieldsEdited()
{
    if (m_updating)
        return;
    const QString text = fields().toFilter();
    {
        const QScopedValueRollback<bool> guard(m_updating, true);
        m_ui->advancedEdit->setText(text);
    }
    m_custom = false;
    check(text);
    updateState();
}

void ConnectorFilterBuilder::textEdited()
{
    if (m_updating)
        return;
    const QString text = m_ui->advancedEdit->text();
    check(text);
    std::optional<ConnectorFilterFields> parsed;
    if (isValid())
        parsed = ConnectorFilterFields::fromFilter(text);
    m_custom = !parsed.has_value();
    if (parsed)
        showFields(*parsed);
    updateState();
}

void ConnectorFilterBuilder::showFields(const ConnectorFilterFields &fields)
{
    const QScopedValueRollback<bool> guard(m_updating, true);
    m_ui->nameEdit->setText(fields.nameStartsWith);
    m_ui->typeCombo->setCurrentText(fields.type);
    m_ui->categoryCombo->setCurrentText(fields.category);
    m_ui->directConnectCombo->setCurrentIndex(
        !fields.directConnect ? AnyDirectConnect
                              : (*fields.directConnect ? DirectConnectYes : DirectConnectNo));
    for (const QString &feature : fields.features) {
        if (m_ui->featuresList->findItems(feature, Qt::MatchExactly).isEmpty()) {
            auto *item = new QListWidgetItem(feature, m_ui->featuresList);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    for (int row = 0; row < m_ui->featuresList->count(); ++row) {
        QListWidgetItem *item = m_ui->featuresList->item(row);
        item->setCheckState(fields.features.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

void ConnectorFilterBuilder::check(const QString &text)
{
    const bool wasValid = isValid();
    m_error = filter::validate(text, filter::connectorFilterRules());
    if (m_error) {
        m_ui->advancedEdit->setErrorSpan(m_error->column, m_error->length);
        m_ui->errorLabel->setText(errorMessage());
        m_ui->advancedEdit->setToolTip(errorMessage());
    } else {
        m_ui->advancedEdit->clearErrorSpan();
        m_ui->errorLabel->clear();
        m_ui->advancedEdit->setToolTip(QString());
    }
    m_ui->errorLabel->setVisible(m_error.has_value());
    if (wasValid != isValid())
        Q_EMIT validityChanged(isValid());
    const QString trimmed = text.trimmed();
    if (isValid() && trimmed != m_lastEmitted) {
        m_lastEmitted = trimmed;
        Q_EMIT filtersChanged(trimmed);
    }
}

void ConnectorFilterBuilder::updateState()
{
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_ui->nameEdit, m_ui->typeCombo, m_ui->categoryCombo,
                                          m_ui->directConnectCombo, m_ui->featuresList}) {
        field->setEnabled(!m_custom);
    }
    m_ui->customLabel->setVisible(m_custom);
    m_ui->customLabel->setText(m_error ? tr("The fields above cannot show this filter until it "
                                            "is valid. Clear starts over.")
                                       : tr("Custom filter: the fields above cannot show it. "
                                            "Clear starts over."));
    m_ui->applyButton->setEnabled(isValid());
    m_ui->applyButton->setToolTip(isValid() ? QString() : errorMessage());
}

void ConnectorFilterBuilder::retranslate()
{
    m_ui->directConnectCombo->setItemText(AnyDirectConnect, tr("Any"));
    m_ui->directConnectCombo->setItemText(DirectConnectYes, tr("Yes"));
    m_ui->directConnectCombo->setItemText(DirectConnectNo, tr("No"));
    m_ui->typeCombo->lineEdit()->setPlaceholderText(tr("Any type"));
    m_ui->categoryCombo->lineEdit()->setPlaceholderText(tr("Any category"));
    m_ui->nameEdit->setPlaceholderText(tr("Any name"));
    m_ui->featuresList->setToolTip(tr("Only connectors that have every feature ticked"));
    m_ui->advancedEdit->setPlaceholderText(tr("e.g. name sw \"Active\" and directConnect eq true"));
    m_ui->advancedEdit->setWhatsThis(
        tr("The filters parameter of the connectors list. Allowed: %1. Combine them with and, "
           "or, not and parentheses; strings in double quotes.")
            .arg(filter::connectorFilterRules().describe()));
    // The parser's messages are translated when made: check again in the new language.
    check(m_ui->advancedEdit->text());
    updateState();
}

} // namespace isc
