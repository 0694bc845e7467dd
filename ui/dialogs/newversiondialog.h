#pragma once

#include "requestdialog.h"

#include "base/customizer.h"
#include "services/zipinspection.h"

#include <memory>
#include <optional>

class QMimeData;

namespace isc {

namespace Ui {
class NewVersionDialog;
}

// "Upload Version": the user picks a zip (Browse… or drag and drop onto the dialog); the
// dialog shows its pre-flight report (ZipInspection: entries, sizes, package name/version,
// warnings, plus a package name that differs from the customizer's) and refuses what is
// not a readable zip with index.js at its top (OK disabled, the reason shown).
//
// OK ("Upload") emits submitted(zipPath); the caller starts the upload
// (CustomizerService::uploadVersion), feeds setUploadProgress() from the job's progress,
// and calls showResult(version) when it is done: the dialog then shows the new version
// and a Close button (which accept()s); on failure showError().
class NewVersionDialog final : public RequestDialog
{
    Q_OBJECT

public:
    explicit NewVersionDialog(const Customizer &customizer, QWidget *parent = nullptr);
    ~NewVersionDialog() override;

    // Inspects `path` and shows the report; true when it can be uploaded.
    bool setZipFile(const QString &path);
    QString zipFile() const;
    // Empty before a file was chosen.
    const ZipInspection &inspection() const { return m_inspection; }
    // The reason the file cannot be uploaded (translated); empty when it can.
    QString validationMessage() const;
    // The warnings shown (the inspection's and the dialog's own).
    QStringList warnings() const;

    bool hasResult() const { return m_result.has_value(); }

public Q_SLOTS:
    void setUploadProgress(qint64 sent, qint64 total);
    // After showResult(): closing (Close, Esc) accept()s.
    void reject() override;
    // Ends the busy state and shows the created version; the dialog then only closes.
    void showResult(const isc::CustomizerVersion &version);

Q_SIGNALS:
    void submitted(const QString &zipPath);

protected:
    void submit() override;
    QString defaultBusyText() const override;
    void busyChanged(bool busy) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void showInspection();
    void showResultText();
    void retranslate();
    static QString zipPathOf(const QMimeData *mime);

    std::unique_ptr<Ui::NewVersionDialog> m_ui;
    Customizer m_customizer;
    ZipInspection m_inspection;
    QStringList m_warnings;
    std::optional<CustomizerVersion> m_result;
};

} // namespace isc
