#pragma once

#include "ui/dialogs/exportrequest.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QAbstractItemModel;
class QDialog;
class QHeaderView;
class QItemSelectionModel;
class QSettings;
class QWidget;

namespace isc {

class ExportDialog;
class TableExporter;

// What the window tells the export about one table.
struct ExportContext
{
    // The view's model (the sort/filter proxy: "rows shown" is what it holds, in its order);
    // "all rows" come from the model under it.
    QAbstractItemModel *model = nullptr;
    QItemSelectionModel *selection = nullptr; // the view's; may be null
    QString tenantName; // for the proposed file name
    QString tableName; // for the proposed file name, not translated ("connectors")
    bool complete = true; // all pages loaded
    // The view's header (optional): columns in view order, the hidden ones not preselected.
    QHeaderView *header = nullptr;
};

// "Export…": opens the ExportDialog for a table and, when it submits, writes the file with
// TableExporter::writeFile() (a temporary file renamed into place: a failed or cancelled
// export leaves no file and no truncated one), with progress and Cancel in the dialog.
//
// The exporter runs in the GUI thread (the models are not thread-safe); it reports progress
// every 100 ms, and each report lets the event loop run, so Cancel, repaints and the
// progress bar work meanwhile (as QProgressDialog does). A model that changes during the
// export makes it fail rather than write a mix.
//
// When the table is not complete the dialog offers "Load all rows first": the workflow emits
// loadAllRequested() and waits for allRowsLoaded() (or loadAllFailed()) before writing.
class ExportWorkflow final : public QObject
{
    Q_OBJECT

public:
    // `settings` keeps the dialog's choices (group "Export"); not owned, may be null.
    ExportWorkflow(QWidget *dialogParent, QSettings *settings, QObject *parent = nullptr);
    ~ExportWorkflow() override;

    // Opens the dialog; false (and nothing opens) without a model or while one is open.
    bool exportTable(const ExportContext &context);

    // The dialog open now (for tests); null when none is.
    QDialog *currentDialog() const;
    bool isWaitingForRows() const { return m_waitingForRows; }

public Q_SLOTS:
    // The answer to loadAllRequested(): every page is in the model now; the export goes on.
    void allRowsLoaded();
    // The answer to loadAllRequested() when loading failed: the dialog shows `error` and
    // stays open (the user can export what is loaded).
    void loadAllFailed(const QString &error);

Q_SIGNALS:
    void exported(const QString &path, qint64 rows);
    // Load every remaining page of the table, then call allRowsLoaded().
    void loadAllRequested();
    // The user cancelled while waiting for the rows: loading may stop.
    void loadAllCancelled();
    void message(const QString &text);

private:
    ExportSetup setupFor(const ExportContext &context) const;
    void submitted(const ExportRequest &request);
    void write(const ExportRequest &request);
    // The model to export and the rows of it, for the request's choice of rows.
    const QAbstractItemModel *modelFor(ExportRequest::Rows rows) const;
    QList<int> selectedRows() const;

    QPointer<QWidget> m_dialogParent;
    QSettings *m_settings;
    QPointer<ExportDialog> m_dialog;
    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    ExportRequest m_pending; // while waiting for the rows
    bool m_waitingForRows = false;
    TableExporter *m_exporter = nullptr; // while writing
};

} // namespace isc
