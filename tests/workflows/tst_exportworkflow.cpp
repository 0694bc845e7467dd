// ExportWorkflow: the Export dialog over a real table (CustomizerTableModel behind the
// sort/filter proxy, in a QTableView), files written and read back, Cancel leaving nothing,
// and "load all rows first".
#include "csvreader.h"
#include "uitest.h"

#include "models/customizertablemodel.h"
#include "models/tablesortfilterproxymodel.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/widgets/requeststatuswidget.h"
#include "ui/workflows/exportworkflow.h"

#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace isc;
using namespace isc::test;

namespace {

Customizer customizer(int n, const QString &name)
{
    Customizer c;
    c.id = QStringLiteral("id-%1").arg(n);
    c.name = name;
    c.tenantId = QStringLiteral("tenant");
    c.imageVersion = n;
    return c;
}

QList<QStringList> readCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> records;
    QString error;
    if (!readCsv(QString::fromUtf8(file.readAll()), u',', &records, &error))
        qWarning("CSV: %s", qPrintable(error));
    return records;
}

QStringList column(const QList<QStringList> &records, int index)
{
    QStringList out;
    for (qsizetype i = 1; i < records.size(); ++i)
        out.append(records.at(i).value(index));
    return out;
}

} // namespace

class TestExportWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void exportsFilteredRows();
    void exportsSelectedRowsAsJson();
    void cancelledExportLeavesNoFile();
    void tableChangingDuringTheExportFails();
    void loadsAllRowsFirst();
    void exportsWhatIsLoaded();
    void refusesWithoutModel();

private:
    ExportDialog *openDialog(const ExportContext &context);
    ExportContext context(bool complete = true);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CustomizerTableModel> m_model;
    std::unique_ptr<TableSortFilterProxyModel> m_proxy;
    std::unique_ptr<QTableView> m_view;
    std::unique_ptr<ExportWorkflow> m_workflow;
    QString m_folder;
    int m_counter = 0;
};

void TestExportWorkflow::init()
{
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(QStringLiteral("out-%1").arg(++m_counter));
    QVERIFY(QDir().mkpath(m_folder));
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_counter)), QSettings::IniFormat);
    m_settings->setValue(QStringLiteral("Export/directory"), m_folder);

    m_model = std::make_unique<CustomizerTableModel>();
    const quint64 generation = m_model->beginLoad();
    QVERIFY(m_model->appendPage(
        generation,
        {customizer(1, QStringLiteral("Alpha one")), customizer(2, QStringLiteral("Beta")),
         customizer(3, QStringLiteral("=alpha formula")), customizer(4, QStringLiteral("Gamma")),
         customizer(5, QStringLiteral("alpha two"))}));
    m_proxy = std::make_unique<TableSortFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_view = std::make_unique<QTableView>();
    m_view->setModel(m_proxy.get());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CustomizerTableModel::NameColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->hideSection(CustomizerTableModel::TenantIdColumn);
    m_view->resize(800, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_workflow = std::make_unique<ExportWorkflow>(m_view.get(), m_settings.get());
}

void TestExportWorkflow::cleanup()
{
    m_workflow.reset();
    m_view.reset();
    m_proxy.reset();
    m_model.reset();
    m_settings.reset();
}

ExportContext TestExportWorkflow::context(bool complete)
{
    ExportContext context;
    context.model = m_proxy.get();
    context.selection = m_view->selectionModel();
    context.tenantName = QStringLiteral("Acme");
    context.tableName = QStringLiteral("customizers");
    context.complete = complete;
    context.header = m_view->horizontalHeader();
    return context;
}

ExportDialog *TestExportWorkflow::openDialog(const ExportContext &context)
{
    if (!m_workflow->exportTable(context))
        return nullptr;
    auto *dialog = qobject_cast<ExportDialog *>(m_workflow->currentDialog());
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestExportWorkflow::exportsFilteredRows()
{
    m_proxy->setQuickFilter(QStringLiteral("alpha"));
    QCOMPARE(m_proxy->rowCount(), 3);
    QSignalSpy exported(m_workflow.get(), &ExportWorkflow::exported);
    QSignalSpy messages(m_workflow.get(), &ExportWorkflow::message);
    ExportDialog *dialog = openDialog(context());
    QVERIFY(dialog);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    const ExportRequest request = dialog->request();
    QCOMPARE(request.rows, ExportRequest::Rows::Filtered);
    QCOMPARE(QFileInfo(request.fileName).absolutePath(), QFileInfo(m_folder).absoluteFilePath());
    QVERIFY(QFileInfo(request.fileName).fileName().startsWith(QStringLiteral("acme-customizers-")));
    // The hidden column is not preselected.
    QVERIFY(!request.options.columns.contains(CustomizerTableModel::TenantIdColumn));

    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(exported.count(), 1);
    const QString path = exported.at(0).at(0).toString();
    QCOMPARE(path, request.fileName);
    QCOMPARE(exported.at(0).at(1).toLongLong(), 3);
    QTRY_VERIFY(!m_workflow->currentDialog());
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QDir::toNativeSeparators(path)));

    const QList<QStringList> records = readCsvFile(path);
    QCOMPARE(records.size(), 4);
    const int nameIndex = int(records.at(0).indexOf(
        m_model->headerData(CustomizerTableModel::NameColumn, Qt::Horizontal).toString()));
    QCOMPARE(nameIndex, 0);
    QVERIFY(!records.at(0).contains(
        m_model->headerData(CustomizerTableModel::TenantIdColumn, Qt::Horizontal).toString()));
    // In view order (the collation is the locale's: ask the view), the formula guarded.
    QStringList expected;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString name =
            m_proxy->index(row, CustomizerTableModel::NameColumn).data().toString();
        expected.append(name.startsWith(u'=') ? u'\'' + name : name);
    }
    QVERIFY(expected.contains(QStringLiteral("'=alpha formula")));
    QCOMPARE(column(records, nameIndex), expected);
    // Only the file: the temporary one was renamed into place.
    QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestExportWorkflow::exportsSelectedRowsAsJson()
{
    // Two rows of the sorted view (its collation depends on the locale: ask the view).
    QItemSelectionModel *selection = m_view->selectionModel();
    const QString first = m_proxy->index(1, CustomizerTableModel::NameColumn).data().toString();
    const QString second = m_proxy->index(4, CustomizerTableModel::NameColumn).data().toString();
    for (const int row : {1, 4}) {
        selection->select(m_proxy->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QSignalSpy exported(m_workflow.get(), &ExportWorkflow::exported);
    ExportDialog *dialog = openDialog(context());
    QVERIFY(dialog);
    auto *selected = dialog->findChild<QRadioButton *>(QStringLiteral("selectedRowsRadio"));
    QVERIFY(selected->isEnabled());
    clickIndicator(selected);
    clickIndicator(dialog->findChild<QRadioButton *>(QStringLiteral("jsonRadio")));
    QCOMPARE(dialog->request().rows, ExportRequest::Rows::Selected);
    QVERIFY(dialog->request().fileName.endsWith(QStringLiteral(".json")));

    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.at(0).at(1).toLongLong(), 2);
    QFile file(exported.at(0).at(0).toString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QLatin1String("name")).toString(), first);
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("name")).toString(), second);
    const int secondRow = m_proxy->mapToSource(m_proxy->index(4, 0)).row();
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("imageVersion")).toInteger(),
             m_model->customizer(secondRow).imageVersion.value_or(-1));
}

void TestExportWorkflow::cancelledExportLeavesNoFile()
{
    QSignalSpy exported(m_workflow.get(), &ExportWorkflow::exported);
    ExportDialog *dialog = openDialog(context());
    QVERIFY(dialog);
    const QString path = dialog->request().fileName;

    // Cancel is clicked from the event loop the export lets run at its first progress
    // report (before any row is written).
    bool clicked = false;
    QTimer poll;
    poll.setInterval(0);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (!clicked && dialog->isBusy()) {
            clicked = true;
            QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        }
    });
    poll.start();
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    poll.stop();
    QVERIFY(clicked);

    QCOMPARE(exported.count(), 0);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden).size(), 0);
    QCOMPARE(m_workflow->currentDialog(), dialog);
    QVERIFY(!dialog->isBusy());
    QCOMPARE(dialog->statusWidget()->state(), RequestStatusWidget::State::Message);
    QVERIFY(dialog->statusWidget()->text().contains(QStringLiteral("cancelled")));
    QVERIFY(dialog->okButton()->isEnabled());

    // And again, without cancelling.
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(exported.count(), 1);
    QCOMPARE(readCsvFile(path).size(), 6);
}

void TestExportWorkflow::tableChangingDuringTheExportFails()
{
    QSignalSpy exported(m_workflow.get(), &ExportWorkflow::exported);
    ExportDialog *dialog = openDialog(context());
    QVERIFY(dialog);
    const QString path = dialog->request().fileName;
    // A page arrives while the export runs (the event loop runs at its progress reports).
    bool appended = false;
    QTimer poll;
    poll.setInterval(0);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (!appended && dialog->isBusy()) {
            appended = true;
            QVERIFY(m_model->appendPage(m_model->generation(),
                                        {customizer(8, QStringLiteral("Late arrival"))}));
        }
    });
    poll.start();
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    poll.stop();
    QVERIFY(appended);
    QCOMPARE(exported.count(), 0);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden).size(), 0);
    QCOMPARE(m_workflow->currentDialog(), dialog);
    QCOMPARE(dialog->statusWidget()->state(), RequestStatusWidget::State::Error);
    QVERIFY2(dialog->statusWidget()->text().contains(QStringLiteral("changed")),
             qPrintable(dialog->statusWidget()->text()));
    // Exporting again writes the table as it is now.
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.at(0).at(1).toLongLong(), 6);
}

void TestExportWorkflow::loadsAllRowsFirst()
{
    QSignalSpy exported(m_workflow.get(), &ExportWorkflow::exported);
    QSignalSpy loadAll(m_workflow.get(), &ExportWorkflow::loadAllRequested);
    ExportDialog *dialog = openDialog(context(false));
    QVERIFY(dialog);
    auto *loadAllCheck = dialog->findChild<QCheckBox *>(QStringLiteral("loadAllCheck"));
    QVERIFY(loadAllCheck->isVisible());
    clickIndicator(loadAllCheck);
    QVERIFY(dialog->request().loadAllFirst);

    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(loadAll.count(), 1);
    QVERIFY(m_workflow->isWaitingForRows());
    QVERIFY(dialog->isBusy());
    QCOMPARE(exported.count(), 0);

    // The window loads the remaining page, then says so.
    QVERIFY(m_model->appendPage(
        m_model->generation(),
        {customizer(6, QStringLiteral("Delta")), customizer(7, QStringLiteral("Epsilon"))}));
    m_workflow->allRowsLoaded();
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.at(0).at(1).toLongLong(), 7);
    QCOMPARE(readCsvFile(exported.at(0).at(0).toString()).size(), 8);
    QTRY_VERIFY(!m_workflow->currentDialog());
}

void TestExportWorkflow::exportsWhatIsLoaded()
{
    QSignalSpy exported(m_workflow.get(), &ExportWorkflow::exported);
    QSignalSpy loadAll(m_workflow.get(), &ExportWorkflow::loadAllRequested);
    ExportDialog *dialog = openDialog(context(false));
    QVERIFY(dialog);
    QVERIFY(!dialog->request().loadAllFirst);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(loadAll.count(), 0);
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.at(0).at(1).toLongLong(), 5);

    // Loading that fails keeps the dialog open with the reason; Cancel while waiting too.
    dialog = openDialog(context(false));
    QVERIFY(dialog);
    clickIndicator(dialog->findChild<QCheckBox *>(QStringLiteral("loadAllCheck")));
    dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"))
        ->setText(QDir(m_folder).filePath(QStringLiteral("second.csv")));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(loadAll.count(), 1);
    m_workflow->loadAllFailed(QStringLiteral("Page 3 failed."));
    QVERIFY(!dialog->isBusy());
    QCOMPARE(dialog->statusWidget()->state(), RequestStatusWidget::State::Error);
    QVERIFY(dialog->statusWidget()->text().contains(QStringLiteral("Page 3 failed.")));
    QCOMPARE(exported.count(), 1);

    QSignalSpy cancelled(m_workflow.get(), &ExportWorkflow::loadAllCancelled);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(loadAll.count(), 2);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!m_workflow->isWaitingForRows());
    QVERIFY(!dialog->isBusy());
    m_workflow->allRowsLoaded(); // too late: ignored
    QCOMPARE(exported.count(), 1);
    QVERIFY(!QFileInfo::exists(QDir(m_folder).filePath(QStringLiteral("second.csv"))));
}

void TestExportWorkflow::refusesWithoutModel()
{
    QVERIFY(!m_workflow->exportTable(ExportContext()));
    QVERIFY(!m_workflow->currentDialog());
    QVERIFY(openDialog(context()));
    QVERIFY(!m_workflow->exportTable(context())); // one at a time
}

QTEST_MAIN(TestExportWorkflow)
#include "tst_exportworkflow.moc"
