#pragma once

#include "exportrequest.h"
#include "requestdialog.h"

#include <memory>

class QSettings;

namespace isc {

namespace Ui {
class ExportDialog;
}

// "Export": the exporter's options for one table. CSV or JSON; all, filtered (what the view
// shows) or selected rows; which columns (the visible ones preselected, in view order);
// delimiter, header row, UTF-8 BOM, line ends and the formula guard (on by default,
// explained) for CSV; a file name proposed from tenant, table and date
// ("acme-connectors-2026-11-25.csv") with Browse…; "Load all rows first" when the table
// holds only some pages.
//
// OK ("Export") emits submitted(request); the caller loads the remaining pages if asked,
// writes the file with TableExporter (feeding setProgress() from its progress signal and
// connecting cancelRequested() to TableExporter::cancel), then accept()s or showErrorText()s
// the ExportResult's error.
class ExportDialog final : public RequestDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const ExportSetup &setup, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // "acme-connectors-2026-11-25.csv": lowercase, characters unsafe in file names
    // replaced by '-', the extension of the format.
    static QString proposedFileName(const QString &tenantName, const QString &tableName,
                                    const QDate &date, ExportOptions::Format format);

    // What OK would submit.
    ExportRequest request() const;
    // Restores earlier choices (format, delimiter, ...); the columns and rows are kept
    // when they do not fit this table. The file name is kept when not empty.
    void setRequest(const ExportRequest &request);

    // Remembers the choices (not the columns or the file) under the group "Export" of
    // `settings` on each submit, and restores them now. Not owned; may be null.
    void setSettings(QSettings *settings);

    QString validationMessage() const;

Q_SIGNALS:
    void submitted(const isc::ExportRequest &request);

protected:
    void submit() override;
    QString defaultBusyText() const override;
    void changeEvent(QEvent *event) override;

private:
    void fillColumns();
    void browse();
    void formatChanged();
    void moveColumn(int delta);
    void validate();
    void retranslate();
    void saveChoices() const;
    void restoreChoices();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    ExportSetup m_setup;
    QSettings *m_settings = nullptr;
    bool m_fileNameEdited = false;
};

} // namespace isc
