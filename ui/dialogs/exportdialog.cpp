#include "exportdialog.h"
#include "ui_exportdialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace isc {

namespace {

constexpr int ColumnRole = Qt::UserRole + 1;

QString slug(const QString &text)
{
    QString out;
    bool dash = false;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() || c == u'_') {
            out.append(c);
            dash = false;
        } else if (!dash && !out.isEmpty()) {
            out.append(u'-');
            dash = true;
        }
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

QString extensionOf(ExportOptions::Format format)
{
    return format == ExportOptions::Format::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

ExportDialog::ExportDialog(const ExportSetup &setup, QWidget *parent)
    : RequestDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_setup(setup)
{
    m_ui->setupUi(this);
    if (!m_setup.date.isValid())
        m_setup.date = QDate::currentDate();
    if (m_setup.directory.isEmpty())
        m_setup.directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    m_ui->delimiterCombo->addItem(QString(), QVariant(QChar(u',')));
    m_ui->delimiterCombo->addItem(QString(), QVariant(QChar(u';')));
    m_ui->delimiterCombo->addItem(QString(), QVariant(QChar(u'\t')));
    m_ui->valuesCombo->addItem(QString(), int(ExportOptions::Values::Raw));
    m_ui->valuesCombo->addItem(QString(), int(ExportOptions::Values::Display));
    m_ui->lineEndingCombo->addItem(QString(), int(ExportOptions::LineEnding::CrLf));
    m_ui->lineEndingCombo->addItem(QString(), int(ExportOptions::LineEnding::Lf));
    m_ui->loadAllCheck->setVisible(m_setup.partiallyLoaded);
    m_ui->selectedRowsRadio->setEnabled(m_setup.selectedRows > 0);

    fillColumns();
    m_ui->fileEdit->setText(QDir::toNativeSeparators(
        QDir(m_setup.directory)
            .filePath(proposedFileName(m_setup.tenantName, m_setup.tableName, m_setup.date,
                                       ExportOptions::Format::Csv))));

    initRequestUi(m_ui->statusWidget, m_ui->buttonBox,
                  {m_ui->formatGroup, m_ui->rowsGroup, m_ui->columnsGroup, m_ui->csvGroup,
                   m_ui->fileEdit, m_ui->browseButton});

    connect(m_ui->csvRadio, &QRadioButton::toggled, this, &ExportDialog::formatChanged);
    for (QAbstractButton *button : std::initializer_list<QAbstractButton *>{
             m_ui->allRowsRadio, m_ui->filteredRowsRadio, m_ui->selectedRowsRadio}) {
        connect(button, &QAbstractButton::toggled, this, &ExportDialog::validate);
    }
    connect(m_ui->columnsList, &QListWidget::itemChanged, this, &ExportDialog::validate);
    connect(m_ui->columnsList->model(), &QAbstractItemModel::rowsMoved, this,
            &ExportDialog::validate);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveColumn(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveColumn(1); });
    connect(m_ui->allColumnsButton, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_ui->columnsList->count(); ++row)
            m_ui->columnsList->item(row)->setCheckState(Qt::Checked);
    });
    connect(m_ui->visibleColumnsButton, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_ui->columnsList->count(); ++row) {
            QListWidgetItem *item = m_ui->columnsList->item(row);
            bool visible = false;
            for (const ExportSetup::Column &column : std::as_const(m_setup.columns)) {
                if (column.column == item->data(ColumnRole).toInt())
                    visible = column.visible;
            }
            item->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
        }
    });
    connect(m_ui->fileEdit, &QLineEdit::textEdited, this, [this] {
        m_fileNameEdited = true;
        validate();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);

    retranslate();
    formatChanged();
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::proposedFileName(const QString &tenantName, const QString &tableName,
                                       const QDate &date, ExportOptions::Format format)
{
    QStringList parts;
    for (const QString &part : {slug(tenantName), slug(tableName)}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    if (parts.isEmpty())
        parts.append(QStringLiteral("export"));
    parts.append((date.isValid() ? date : QDate::currentDate()).toString(Qt::ISODate));
    return parts.join(u'-') + u'.' + extensionOf(format);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest out;
    ExportOptions &options = out.options;
    options.format =
        m_ui->jsonRadio->isChecked() ? ExportOptions::Format::Json : ExportOptions::Format::Csv;
    options.delimiter = m_ui->delimiterCombo->currentData().value<QChar>();
    options.header = m_ui->headerCheck->isChecked();
    options.byteOrderMark = m_ui->bomCheck->isChecked();
    options.lineEnding = ExportOptions::LineEnding(m_ui->lineEndingCombo->currentData().toInt());
    options.values = ExportOptions::Values(m_ui->valuesCombo->currentData().toInt());
    options.formulaGuard = m_ui->formulaGuardCheck->isChecked();
    for (int row = 0; row < m_ui->columnsList->count(); ++row) {
        const QListWidgetItem *item = m_ui->columnsList->item(row);
        if (item->checkState() == Qt::Checked)
            options.columns.append(item->data(ColumnRole).toInt());
    }
    if (m_ui->allRowsRadio->isChecked())
        out.rows = ExportRequest::Rows::All;
    else if (m_ui->selectedRowsRadio->isChecked())
        out.rows = ExportRequest::Rows::Selected;
    else
        out.rows = ExportRequest::Rows::Filtered;
    const QString typed = QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
    out.fileName = typed.isEmpty() ? QString() : QFileInfo(typed).absoluteFilePath();
    out.loadAllFirst = m_setup.partiallyLoaded && m_ui->loadAllCheck->isChecked();
    return out;
}

void ExportDialog::setRequest(const ExportRequest &request)
{
    const ExportOptions &options = request.options;
    (options.format == ExportOptions::Format::Json ? m_ui->jsonRadio : m_ui->csvRadio)
        ->setChecked(true);
    selectData(m_ui->delimiterCombo, QVariant(options.delimiter));
    m_ui->headerCheck->setChecked(options.header);
    m_ui->bomCheck->setChecked(options.byteOrderMark);
    selectData(m_ui->lineEndingCombo, int(options.lineEnding));
    selectData(m_ui->valuesCombo, int(options.values));
    m_ui->formulaGuardCheck->setChecked(options.formulaGuard);

    // Columns: the given ones in the given order, when all of them exist in this table.
    bool columnsFit = !options.columns.isEmpty();
    for (const int column : options.columns) {
        bool found = false;
        for (const ExportSetup::Column &known : std::as_const(m_setup.columns))
            found = found || known.column == column;
        columnsFit = columnsFit && found;
    }
    if (columnsFit) {
        const QSignalBlocker blocker(m_ui->columnsList);
        int target = 0;
        for (const int column : options.columns) {
            for (int row = target; row < m_ui->columnsList->count(); ++row) {
                if (m_ui->columnsList->item(row)->data(ColumnRole).toInt() == column) {
                    QListWidgetItem *item = m_ui->columnsList->takeItem(row);
                    m_ui->columnsList->insertItem(target++, item);
                    break;
                }
            }
        }
        for (int row = 0; row < m_ui->columnsList->count(); ++row) {
            QListWidgetItem *item = m_ui->columnsList->item(row);
            item->setCheckState(options.columns.contains(item->data(ColumnRole).toInt())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
    }

    switch (request.rows) {
    case ExportRequest::Rows::All:
        m_ui->allRowsRadio->setChecked(true);
        break;
    case ExportRequest::Rows::Selected:
        if (m_setup.selectedRows > 0)
            m_ui->selectedRowsRadio->setChecked(true);
        break;
    case ExportRequest::Rows::Filtered:
        m_ui->filteredRowsRadio->setChecked(true);
        break;
    }
    m_ui->loadAllCheck->setChecked(request.loadAllFirst);
    if (!request.fileName.isEmpty()) {
        m_ui->fileEdit->setText(QDir::toNativeSeparators(request.fileName));
        m_fileNameEdited = true;
    }
    formatChanged();
}

void ExportDialog::setSettings(QSettings *settings)
{
    m_settings = settings;
    restoreChoices();
}

QString ExportDialog::validationMessage() const
{
    const ExportRequest current = request();
    if (current.options.columns.isEmpty())
        return tr("Choose at least one column.");
    if (current.rows == ExportRequest::Rows::Selected && m_setup.selectedRows <= 0)
        return tr("No rows are selected.");
    if (current.fileName.isEmpty())
        return tr("Enter the name of the file to write.");
    const QFileInfo file(current.fileName);
    if (file.isDir())
        return tr("%1 is a folder; enter a file name.")
            .arg(QDir::toNativeSeparators(file.filePath()));
    if (!file.absoluteDir().exists()) {
        return tr("The folder %1 does not exist.")
            .arg(QDir::toNativeSeparators(file.absolutePath()));
    }
    return {};
}

void ExportDialog::submit()
{
    const ExportRequest current = request();
    if (QFileInfo::exists(current.fileName)) {
        const auto answer = QMessageBox::question(
            this, tr("Replace File?"),
            tr("%1 exists already. Replace it?").arg(QDir::toNativeSeparators(current.fileName)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            setBusy(false);
            return;
        }
    }
    saveChoices();
    Q_EMIT submitted(current);
}

QString ExportDialog::defaultBusyText() const
{
    return m_setup.partiallyLoaded && m_ui->loadAllCheck->isChecked()
        ? tr("Loading the remaining rows…")
        : tr("Exporting…");
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    RequestDialog::changeEvent(event);
}

void ExportDialog::fillColumns()
{
    const QSignalBlocker blocker(m_ui->columnsList);
    m_ui->columnsList->clear();
    for (const ExportSetup::Column &column : std::as_const(m_setup.columns)) {
        auto *item = new QListWidgetItem(column.title, m_ui->columnsList);
        item->setData(ColumnRole, column.column);
        item->setFlags((item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled) &
                       ~Qt::ItemIsDropEnabled);
        item->setCheckState(column.visible ? Qt::Checked : Qt::Unchecked);
    }
}

void ExportDialog::browse()
{
    const ExportRequest current = request();
    const bool json = current.options.format == ExportOptions::Format::Json;
    const QString filter = json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export To"), current.fileName,
                                     filter + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    m_fileNameEdited = true;
    validate();
}

void ExportDialog::formatChanged()
{
    const bool csv = m_ui->csvRadio->isChecked();
    m_ui->csvGroup->setEnabled(csv && !isBusy());
    // Follow the format in the file name unless the user chose another extension.
    const ExportOptions::Format format =
        csv ? ExportOptions::Format::Csv : ExportOptions::Format::Json;
    const QString other =
        u'.' + extensionOf(csv ? ExportOptions::Format::Json : ExportOptions::Format::Csv);
    QString name = m_ui->fileEdit->text();
    if (name.endsWith(other, Qt::CaseInsensitive)) {
        name.chop(other.size());
        m_ui->fileEdit->setText(name + u'.' + extensionOf(format));
    }
    validate();
}

void ExportDialog::moveColumn(int delta)
{
    const int row = m_ui->columnsList->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_ui->columnsList->count())
        return;
    QListWidgetItem *item = m_ui->columnsList->takeItem(row);
    m_ui->columnsList->insertItem(target, item);
    m_ui->columnsList->setCurrentRow(target);
    validate();
}

void ExportDialog::validate()
{
    const QString problem = validationMessage();
    m_ui->validationLabel->setText(problem);
    m_ui->validationLabel->setVisible(!problem.isEmpty());
    if (QPushButton *ok = okButton())
        ok->setToolTip(problem);
    setAcceptable(problem.isEmpty());
}

void ExportDialog::retranslate()
{
    setOkButtonText(tr("Export"));
    m_ui->allRowsRadio->setText(tr("&All loaded rows (%n)", nullptr, int(m_setup.totalRows)));
    m_ui->filteredRowsRadio->setText(
        tr("&Rows shown, filtered and sorted (%n)", nullptr, int(m_setup.filteredRows)));
    m_ui->selectedRowsRadio->setText(tr("&Selected rows (%n)", nullptr, int(m_setup.selectedRows)));
    m_ui->loadAllCheck->setToolTip(
        tr("The table holds only the rows loaded so far; load the others before writing."));
    m_ui->delimiterCombo->setItemText(0, tr("Comma (,)"));
    m_ui->delimiterCombo->setItemText(1, tr("Semicolon (;)"));
    m_ui->delimiterCombo->setItemText(2, tr("Tab"));
    m_ui->valuesCombo->setItemText(0, tr("Raw (ISO 8601 dates, true/false)"));
    m_ui->valuesCombo->setItemText(1, tr("As shown in the table"));
    m_ui->lineEndingCombo->setItemText(0, tr("CRLF (Windows, RFC 4180)"));
    m_ui->lineEndingCombo->setItemText(1, tr("LF (Linux, macOS)"));
    m_ui->bomCheck->setToolTip(tr("Some spreadsheets need it to read UTF-8 text correctly."));
    m_ui->formulaGuardNote->setText(
        tr("A cell that starts with =, +, -, @ or a tab gets a leading apostrophe, so that a "
           "spreadsheet shows it as text instead of running it as a formula. Keep it on unless "
           "the file goes to a program that needs the exact text."));
    validate();
}

void ExportDialog::saveChoices() const
{
    if (!m_settings)
        return;
    const ExportRequest current = request();
    const ExportOptions &options = current.options;
    m_settings->beginGroup(QStringLiteral("Export"));
    m_settings->setValue(QStringLiteral("format"),
                         options.format == ExportOptions::Format::Json ? QStringLiteral("json")
                                                                       : QStringLiteral("csv"));
    m_settings->setValue(QStringLiteral("delimiter"), QString(options.delimiter));
    m_settings->setValue(QStringLiteral("header"), options.header);
    m_settings->setValue(QStringLiteral("byteOrderMark"), options.byteOrderMark);
    m_settings->setValue(QStringLiteral("crlf"),
                         options.lineEnding == ExportOptions::LineEnding::CrLf);
    m_settings->setValue(QStringLiteral("displayValues"),
                         options.values == ExportOptions::Values::Display);
    m_settings->setValue(QStringLiteral("formulaGuard"), options.formulaGuard);
    m_settings->setValue(QStringLiteral("directory"), QFileInfo(current.fileName).absolutePath());
    m_settings->endGroup();
}

void ExportDialog::restoreChoices()
{
    if (!m_settings)
        return;
    m_settings->beginGroup(QStringLiteral("Export"));
    const bool json =
        m_settings->value(QStringLiteral("format")).toString() == QLatin1String("json");
    (json ? m_ui->jsonRadio : m_ui->csvRadio)->setChecked(true);
    const QString delimiter = m_settings->value(QStringLiteral("delimiter")).toString();
    if (delimiter.size() == 1)
        selectData(m_ui->delimiterCombo, QVariant(delimiter.at(0)));
    m_ui->headerCheck->setChecked(m_settings->value(QStringLiteral("header"), true).toBool());
    m_ui->bomCheck->setChecked(m_settings->value(QStringLiteral("byteOrderMark"), false).toBool());
    selectData(m_ui->lineEndingCombo,
               int(m_settings->value(QStringLiteral("crlf"), true).toBool()
                       ? ExportOptions::LineEnding::CrLf
                       : ExportOptions::LineEnding::Lf));
    selectData(m_ui->valuesCombo,
               int(m_settings->value(QStringLiteral("displayValues"), false).toBool()
                       ? ExportOptions::Values::Display
                       : ExportOptions::Values::Raw));
    m_ui->formulaGuardCheck->setChecked(
        m_settings->value(QStringLiteral("formulaGuard"), true).toBool());
    const QString directory = m_settings->value(QStringLiteral("directory")).toString();
    m_settings->endGroup();
    if (!m_fileNameEdited && !directory.isEmpty() && QFileInfo(directory).isDir()) {
        m_ui->fileEdit->setText(QDir::toNativeSeparators(QDir(directory).filePath(
            proposedFileName(m_setup.tenantName, m_setup.tableName, m_setup.date,
                             json ? ExportOptions::Format::Json : ExportOptions::Format::Csv))));
    }
    formatChanged();
}

} // namespace isc
