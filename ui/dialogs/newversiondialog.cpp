#include "newversiondialog.h"
#include "ui_newversiondialog.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>

namespace isc {

namespace {

// "Workday Cleanup", "workday-cleanup" and "workday_cleanup" name the same thing.
QString comparableName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    }
    return out;
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

NewVersionDialog::NewVersionDialog(const Customizer &customizer, QWidget *parent)
    : RequestDialog(parent)
    , m_ui(std::make_unique<Ui::NewVersionDialog>())
    , m_customizer(customizer)
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    m_ui->entriesTree->setColumnCount(2);
    initRequestUi(m_ui->statusWidget, m_ui->buttonBox, {m_ui->fileEdit, m_ui->browseButton});
    connect(m_ui->browseButton, &QPushButton::clicked, this, &NewVersionDialog::browse);
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, [this] {
        const QString path = m_ui->fileEdit->text().trimmed();
        if (!isBusy() && !hasResult() && path != m_inspection.filePath)
            setZipFile(path);
    });
    retranslate();
}

NewVersionDialog::~NewVersionDialog() = default;

bool NewVersionDialog::setZipFile(const QString &path)
{
    if (path.isEmpty()) {
        m_inspection = ZipInspection();
    } else {
        // Only the central directory and a small package.json are read: quick even for a
        // large archive, so it runs here rather than in a thread.
        m_inspection = ZipInspection::inspect(QDir::fromNativeSeparators(path));
    }
    m_warnings = m_inspection.warnings;
    if (m_inspection.usable() && !m_inspection.packageName.isEmpty() &&
        comparableName(m_inspection.packageName) != comparableName(m_customizer.name)) {
        m_warnings.append(
            tr("The package is named “%1”, unlike the customizer “%2”: is it the right archive?")
                .arg(m_inspection.packageName, m_customizer.name));
    }
    {
        const QSignalBlocker blocker(m_ui->fileEdit);
        m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    }
    clearError();
    showInspection();
    return !path.isEmpty() && m_inspection.usable();
}

QString NewVersionDialog::zipFile() const
{
    return m_inspection.filePath;
}

QString NewVersionDialog::validationMessage() const
{
    if (m_inspection.filePath.isEmpty())
        return tr("Choose the zip archive of the new version.");
    return m_inspection.error;
}

QStringList NewVersionDialog::warnings() const
{
    return m_warnings;
}

void NewVersionDialog::setUploadProgress(qint64 sent, qint64 total)
{
    if (!isBusy() || isCancelling())
        return;
    if (total > 0) {
        //: Upload progress: "1.2 MB of 3.4 MB"
        setBusy(true, tr("Uploading… %1 of %2").arg(dataSize(sent), dataSize(total)));
    }
    setProgress(sent, total);
}

void NewVersionDialog::showResult(const CustomizerVersion &version)
{
    m_result = version;
    setBusy(false);
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    setAcceptable(false);
    m_ui->fileEdit->setReadOnly(true);
    m_ui->browseButton->setEnabled(false);
    showResultText();
    if (QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close))
        close->setFocus();
}

void NewVersionDialog::reject()
{
    if (hasResult()) {
        accept(); // the version exists: closing is a success
        return;
    }
    RequestDialog::reject();
}

void NewVersionDialog::submit()
{
    Q_EMIT submitted(m_inspection.filePath);
}

QString NewVersionDialog::defaultBusyText() const
{
    return tr("Uploading…");
}

void NewVersionDialog::busyChanged(bool busy)
{
    setAcceptDrops(!busy && !hasResult());
}

void NewVersionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    RequestDialog::changeEvent(event);
}

void NewVersionDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isBusy() && !hasResult() && !zipPathOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void NewVersionDialog::dragMoveEvent(QDragMoveEvent *event)
{
    if (!isBusy() && !hasResult() && !zipPathOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void NewVersionDialog::dropEvent(QDropEvent *event)
{
    const QString path = zipPathOf(event->mimeData());
    if (isBusy() || hasResult() || path.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    setZipFile(path);
}

void NewVersionDialog::browse()
{
    const QString start = m_inspection.filePath.isEmpty()
        ? QString()
        : QFileInfo(m_inspection.filePath).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the Archive of the New Version"), start,
                                     tr("Zip archives (*.zip);;All files (*)"));
    if (!path.isEmpty())
        setZipFile(path);
}

void NewVersionDialog::showInspection()
{
    const ZipInspection &report = m_inspection;
    const bool chosen = !report.filePath.isEmpty();
    const bool readable = chosen && !report.entries.isEmpty();

    if (!report.packageName.isEmpty()) {
        m_ui->packageValue->setText(
            report.packageVersion.isEmpty()
                ? report.packageName
                //: A package name and version: "my-customizer 1.2.0"
                : tr("%1 %2").arg(report.packageName, report.packageVersion));
    } else {
        m_ui->packageValue->setText(readable ? tr("No package.json") : QString());
    }
    if (chosen && report.fileSize > 0) {
        m_ui->sizeValue->setText(
            //: %1 the archive's size, %2 its unpacked size, %n the number of entries
            tr("%1 (%2 unpacked, %n entries)", nullptr, int(report.entries.size()))
                .arg(dataSize(report.fileSize), dataSize(report.totalSize)));
    } else {
        m_ui->sizeValue->clear();
    }

    m_ui->entriesTree->clear();
    for (const ZipInspection::Entry &entry : report.entries) {
        auto *item = new QTreeWidgetItem(m_ui->entriesTree);
        item->setText(0, entry.name);
        item->setText(1, entry.isDirectory ? QString() : dataSize(entry.size));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_ui->entriesTree->resizeColumnToContents(1);

    const QString problem = validationMessage();
    m_ui->problemLabel->setText(chosen ? problem : QString());
    m_ui->problemLabel->setVisible(chosen && !problem.isEmpty());
    m_ui->warningsLabel->setText(m_warnings.join(u'\n'));
    m_ui->warningsLabel->setVisible(!m_warnings.isEmpty());
    if (QPushButton *ok = okButton())
        ok->setToolTip(problem);
    setAcceptable(!hasResult() && chosen && problem.isEmpty());
}

void NewVersionDialog::showResultText()
{
    if (!m_result) {
        m_ui->resultLabel->clear();
        m_ui->resultLabel->hide();
        return;
    }
    const CustomizerVersion &version = *m_result;
    QString when = version.created.raw;
    if (version.created.isValid())
        when = QLocale().toString(version.created.value.toLocalTime(), QLocale::LongFormat);
    QString text = tr("Version %1 of “%2” was created.")
                       .arg(QLocale().toString(version.version), m_customizer.name);
    if (!when.isEmpty())
        text += u'\n' + tr("Created: %1").arg(when);
    if (!version.imageId.isEmpty())
        text += u'\n' + tr("Image ID: %1").arg(version.imageId);
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->show();
}

void NewVersionDialog::retranslate()
{
    setWindowTitle(tr("Upload Version of “%1”").arg(m_customizer.name));
    m_ui->introLabel->setText(
        tr("Upload a new version of “%1”: the zip archive that “spcx package” makes, with "
           "index.js at its top. Drop it on this window or browse for it.")
            .arg(m_customizer.name));
    m_ui->entriesTree->setHeaderLabels({tr("Entry"), tr("Size")});
    setOkButtonText(tr("Upload"));
    showInspection();
    showResultText();
}

QString NewVersionDialog::zipPathOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    // One archive per version: several dropped files are refused rather than guessed at.
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    return urls.first().toLocalFile();
}

} // namespace isc
