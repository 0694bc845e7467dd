#include "exportworkflow.h"

#include "workflowsupport.h"

#include "models/tableexporter.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/widgets/requeststatuswidget.h"

#include <QAbstractProxyModel>
#include <QCoreApplication>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace isc {

ExportWorkflow::ExportWorkflow(QWidget *dialogParent, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_settings(settings)
{ }

ExportWorkflow::~ExportWorkflow()
{
    if (m_exporter)
        m_exporter->cancel(); // destroyed from within a progress report: stop at the next row
    if (m_dialog)
        delete m_dialog.data();
}

QDialog *ExportWorkflow::currentDialog() const
{
    return m_dialog;
}

bool ExportWorkflow::exportTable(const ExportContext &context)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return false;
    }
    if (!context.model)
        return false;
    m_model = context.model;
    m_selection = context.selection;
    m_waitingForRows = false;

    auto *dialog = new ExportDialog(setupFor(context), m_dialogParent);
    dialog->setSettings(m_settings);
    m_dialog = dialog;
    connect(dialog, &ExportDialog::submitted, this, &ExportWorkflow::submitted);
    connect(dialog, &RequestDialog::cancelRequested, this, [this] {
        if (!m_waitingForRows)
            return; // a running export is cancelled by its own connection
        m_waitingForRows = false;
        if (m_dialog) {
            m_dialog->setBusy(false);
            m_dialog->statusWidget()->showMessage(
                tr("Stopped waiting for the remaining rows; nothing was written."));
        }
        Q_EMIT loadAllCancelled();
    });
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
        if (m_waitingForRows) {
            m_waitingForRows = false;
            Q_EMIT loadAllCancelled();
        }
    });
    workflow::openDialog(dialog);
    return true;
}

ExportSetup ExportWorkflow::setupFor(const ExportContext &context) const
{
    ExportSetup setup;
    setup.tenantName = context.tenantName;
    setup.tableName = context.tableName;
    const QAbstractItemModel *model = context.model;
    const int columns = model->columnCount();
    QList<int> order;
    if (context.header && context.header->count() == columns) {
        for (int visual = 0; visual < columns; ++visual)
            order.append(context.header->logicalIndex(visual));
    } else {
        for (int column = 0; column < columns; ++column)
            order.append(column);
    }
    for (const int column : std::as_const(order)) {
        ExportSetup::Column entry;
        entry.column = column;
        entry.title = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        entry.visible = !context.header || !context.header->isSectionHidden(column);
        setup.columns.append(entry);
    }
    setup.totalRows = modelFor(ExportRequest::Rows::All)->rowCount();
    setup.filteredRows = model->rowCount();
    setup.selectedRows = selectedRows().size();
    setup.partiallyLoaded = !context.complete;
    return setup;
}

const QAbstractItemModel *ExportWorkflow::modelFor(ExportRequest::Rows rows) const
{
    const QAbstractItemModel *model = m_model;
    if (rows != ExportRequest::Rows::All)
        return model;
    // Every loaded row: the model under the proxies, as long as they keep its columns (a
    // sort/filter proxy does); the exporter reads it in model order.
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model)) {
        const QAbstractItemModel *source = proxy->sourceModel();
        if (!source || source->columnCount() != model->columnCount())
            break;
        model = source;
    }
    return model;
}

QList<int> ExportWorkflow::selectedRows() const
{
    if (!m_selection || !m_model)
        return {};
    // Rows of the exported model (the view's), in view order, each once, whatever the
    // selection's shape (whole rows, or cells of some columns).
    QSet<int> rows;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_model.data());
    const QItemSelection selection = m_selection->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QModelIndex index = range.model()->index(row, range.left(), range.parent());
            if (index.model() == m_model) {
                rows.insert(row);
            } else if (proxy && index.model() == proxy->sourceModel()) {
                const QModelIndex mapped = proxy->mapFromSource(index);
                if (mapped.isValid())
                    rows.insert(mapped.row());
            }
        }
    }
    QList<int> out(rows.begin(), rows.end());
    std::sort(out.begin(), out.end());
    return out;
}

void ExportWorkflow::submitted(const ExportRequest &request)
{
    if (!m_dialog)
        return;
    if (!m_model) {
        m_dialog->showErrorText(tr("The table is gone; nothing was written."));
        return;
    }
    if (request.loadAllFirst) {
        m_pending = request;
        m_waitingForRows = true;
        m_dialog->setBusy(true, tr("Loading the remaining rows…"));
        Q_EMIT loadAllRequested();
        return;
    }
    write(request);
}

void ExportWorkflow::allRowsLoaded()
{
    if (!m_waitingForRows)
        return;
    m_waitingForRows = false;
    if (!m_dialog)
        return;
    write(m_pending);
}

void ExportWorkflow::loadAllFailed(const QString &error)
{
    if (!m_waitingForRows)
        return;
    m_waitingForRows = false;
    if (m_dialog) {
        m_dialog->showErrorText(
            tr("Could not load the remaining rows: %1 Nothing was written; you can export the "
               "rows loaded.")
                .arg(error));
    }
}

void ExportWorkflow::write(const ExportRequest &request)
{
    if (m_exporter || !m_dialog)
        return;
    if (!m_model) {
        m_dialog->showErrorText(tr("The table is gone; nothing was written."));
        return;
    }
    const QPointer<ExportWorkflow> self(this);
    const QPointer<ExportDialog> dialog(m_dialog);

    ExportOptions options = request.options;
    const QAbstractItemModel *model = modelFor(request.rows);
    if (request.rows == ExportRequest::Rows::Selected) {
        options.rows = selectedRows();
        if (options.rows->isEmpty()) {
            dialog->showErrorText(tr("No rows are selected any more; nothing was written."));
            return;
        }
    }

    TableExporter exporter(options);
    const QString fileName = QDir::toNativeSeparators(request.fileName);
    dialog->setBusy(true, tr("Exporting to %1…").arg(fileName));
    const QMetaObject::Connection cancel =
        connect(dialog, &RequestDialog::cancelRequested, &exporter, &TableExporter::cancel);
    connect(&exporter, &TableExporter::progress, this,
            [dialog, fileName](qint64 done, qint64 total) {
                if (dialog && !dialog->isCancelling()) {
                    dialog->setBusy(
                        true,
                        //: %1 rows written of %2, %3 the file
                        tr("Exporting to %3… %1 of %2 rows")
                            .arg(QLocale().toString(done), QLocale().toString(total), fileName));
                    dialog->setProgress(done, total);
                }
                // Let Cancel, repaints and the progress bar through.
                QCoreApplication::processEvents();
            });

    m_exporter = &exporter;
    const ExportResult result = exporter.writeFile(*model, request.fileName);
    if (!self)
        return;
    m_exporter = nullptr;
    disconnect(cancel);

    if (result.ok()) {
        Q_EMIT exported(request.fileName, result.rowsWritten);
        Q_EMIT message(
            tr("Exported %n row(s) to %1.", nullptr, int(result.rowsWritten)).arg(fileName));
        if (dialog)
            dialog->accept();
        return;
    }
    if (!dialog)
        return;
    if (result.cancelled) {
        dialog->setBusy(false);
        dialog->statusWidget()->showMessage(tr("Export cancelled; no file was written."));
    } else {
        dialog->showErrorText(result.error);
    }
}

} // namespace isc
