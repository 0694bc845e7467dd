#include "ui/dialogs/exportdialog.h"

#include "uitest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isc;

// The Export dialog: the exporter's options out, a proposed file name, remembered choices.
class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ExportSetup setup() const
    {
        ExportSetup s;
        s.tenantName = QStringLiteral("Acme");
        s.tableName = QStringLiteral("connectors");
        // View order: Type (model column 2), Name (0), hidden Script (1).
        s.columns = {{2, QStringLiteral("Type"), true},
                     {0, QStringLiteral("Name"), true},
                     {1, QStringLiteral("Script"), false}};
        s.totalRows = 500;
        s.filteredRows = 42;
        s.selectedRows = 0;
        s.partiallyLoaded = true;
        s.directory = m_dir.path();
        s.date = QDate(2026, 11, 25);
        return s;
    }

    template<typename T>
    static T *child(QWidget &dialog, const char *name)
    {
        return dialog.findChild<T *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void proposedFileName_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("table");
        QTest::addColumn<bool>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("csv") << QStringLiteral("Acme") << QStringLiteral("connectors") << false
                             << QStringLiteral("acme-connectors-2026-11-25.csv");
        QTest::newRow("json") << QStringLiteral("Acme") << QStringLiteral("customizers") << true
                              << QStringLiteral("acme-customizers-2026-11-25.json");
        QTest::newRow("unsafe") << QStringLiteral("ACME Corp / EU: prod")
                                << QStringLiteral("sources") << false
                                << QStringLiteral("acme-corp-eu-prod-sources-2026-11-25.csv");
        QTest::newRow("no tenant") << QString() << QStringLiteral("connectors") << false
                                   << QStringLiteral("connectors-2026-11-25.csv");
        QTest::newRow("nothing") << QString() << QString() << true
                                 << QStringLiteral("export-2026-11-25.json");
    }

    void proposedFileName()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, table);
        QFETCH(bool, json);
        QFETCH(QString, expected);
        QCOMPARE(ExportDialog::proposedFileName(tenant, table, QDate(2026, 11, 25),
                                                json ? ExportOptions::Format::Json
                                                     : ExportOptions::Format::Csv),
                 expected);
    }

    void defaults()
    {
        ExportDialog dialog(setup());
        const ExportRequest request = dialog.request();
        QCOMPARE(request.fileName,
                 QDir(m_dir.path()).filePath(QStringLiteral("acme-connectors-2026-11-25.csv")));
        QCOMPARE(request.options.format, ExportOptions::Format::Csv);
        QVERIFY(request.options.formulaGuard); // on by default
        QVERIFY(request.options.header);
        QCOMPARE(request.options.delimiter, QChar(u','));
        QCOMPARE(request.options.lineEnding, ExportOptions::LineEnding::CrLf);
        QVERIFY(!request.options.byteOrderMark);
        QCOMPARE(request.options.columns, (QList<int>{2, 0})); // visible, in view order
        QVERIFY(!request.options.rows.has_value());
        QCOMPARE(request.rows, ExportRequest::Rows::Filtered);
        QVERIFY(!request.loadAllFirst);
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(!child<QRadioButton>(dialog, "selectedRowsRadio")->isEnabled()); // none selected
        QVERIFY(!child<QLabel>(dialog, "formulaGuardNote")->text().isEmpty());
    }

    void optionsOut()
    {
        ExportDialog dialog(setup());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        test::clickIndicator(child<QRadioButton>(dialog, "allRowsRadio"));
        auto *loadAll = child<QCheckBox>(dialog, "loadAllCheck");
        QVERIFY(loadAll->isVisible());
        test::clickIndicator(loadAll);

        auto *delimiter = child<QComboBox>(dialog, "delimiterCombo");
        delimiter->setFocus();
        QTest::keyClick(delimiter, Qt::Key_Down); // semicolon
        auto *lineEnding = child<QComboBox>(dialog, "lineEndingCombo");
        lineEnding->setFocus();
        QTest::keyClick(lineEnding, Qt::Key_Down); // LF
        test::clickIndicator(child<QCheckBox>(dialog, "bomCheck"));
        test::clickIndicator(child<QCheckBox>(dialog, "headerCheck"));
        test::clickIndicator(child<QCheckBox>(dialog, "formulaGuardCheck"));

        // Columns: tick the hidden Script, move it to the top, untick Type.
        auto *columns = child<QListWidget>(dialog, "columnsList");
        columns->setFocus();
        columns->setCurrentRow(2);
        QTest::keyClick(columns->viewport(), Qt::Key_Space);
        QTest::mouseClick(child<QPushButton>(dialog, "upButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, "upButton"), Qt::LeftButton);
        columns->setCurrentRow(1); // Type
        QTest::keyClick(columns->viewport(), Qt::Key_Space);

        QSignalSpy submitted(&dialog, &ExportDialog::submitted);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        const auto request = submitted.at(0).at(0).value<ExportRequest>();
        QCOMPARE(request.rows, ExportRequest::Rows::All);
        QVERIFY(request.loadAllFirst);
        QCOMPARE(request.options.delimiter, QChar(u';'));
        QCOMPARE(request.options.lineEnding, ExportOptions::LineEnding::Lf);
        QVERIFY(request.options.byteOrderMark);
        QVERIFY(!request.options.header);
        QVERIFY(!request.options.formulaGuard);
        QCOMPARE(request.options.columns, (QList<int>{1, 0}));
        QVERIFY(dialog.isBusy());

        // The caller feeds progress; Cancel asks it to stop.
        dialog.setBusy(true, QStringLiteral("Exporting…"));
        dialog.setProgress(10, 42);
        QSignalSpy cancel(&dialog, &RequestDialog::cancelRequested);
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QCOMPARE(cancel.count(), 1);
    }

    void jsonFollowsFileName()
    {
        ExportDialog dialog(setup());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::clickIndicator(child<QRadioButton>(dialog, "jsonRadio"));
        QVERIFY(
            dialog.request().fileName.endsWith(QStringLiteral("acme-connectors-2026-11-25.json")));
        QVERIFY(!child<QGroupBox>(dialog, "csvGroup")->isEnabled());
        QCOMPARE(dialog.request().options.format, ExportOptions::Format::Json);
        test::clickIndicator(child<QRadioButton>(dialog, "csvRadio"));
        QVERIFY(dialog.request().fileName.endsWith(QStringLiteral(".csv")));
    }

    void refusals()
    {
        ExportDialog dialog(setup());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *columns = child<QListWidget>(dialog, "columnsList");
        for (int row = 0; row < columns->count(); ++row)
            columns->item(row)->setCheckState(Qt::Unchecked);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.validationMessage().isEmpty());
        QTest::mouseClick(child<QPushButton>(dialog, "visibleColumnsButton"), Qt::LeftButton);
        QVERIFY(dialog.okButton()->isEnabled());

        auto *file = child<QLineEdit>(dialog, "fileEdit");
        file->selectAll();
        QTest::keyClicks(file, m_dir.filePath(QStringLiteral("no/such/dir/x.csv")));
        QVERIFY(!dialog.okButton()->isEnabled());
        file->selectAll();
        QTest::keyClick(file, Qt::Key_Delete);
        QVERIFY(!dialog.okButton()->isEnabled());
    }

    void choicesRemembered()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        {
            ExportDialog dialog(setup());
            dialog.setSettings(&settings);
            test::clickIndicator(child<QRadioButton>(dialog, "jsonRadio"));
            child<QCheckBox>(dialog, "bomCheck")->setChecked(true);
            QSignalSpy submitted(&dialog, &ExportDialog::submitted);
            dialog.okButton()->click();
            QCOMPARE(submitted.count(), 1);
        }
        ExportDialog again(setup());
        again.setSettings(&settings);
        const ExportRequest request = again.request();
        QCOMPARE(request.options.format, ExportOptions::Format::Json);
        QVERIFY(request.options.byteOrderMark);
        QVERIFY(request.fileName.endsWith(QStringLiteral(".json")));
        QVERIFY(request.options.formulaGuard);
    }

    void retranslates()
    {
        ExportDialog dialog(setup());
        auto *delimiter = child<QComboBox>(dialog, "delimiterCombo");
        delimiter->setCurrentIndex(1);
        const QString file = dialog.request().fileName;
        {
            const test::ScopedPseudoTranslation translation;
            QCOMPARE(dialog.okButton()->text(),
                     test::PseudoTranslator::wrap(QStringLiteral("Export")));
            QCOMPARE(delimiter->itemText(1),
                     test::PseudoTranslator::wrap(QStringLiteral("Semicolon (;)")));
            QVERIFY(child<QRadioButton>(dialog, "allRowsRadio")->text().startsWith(u'\u00AB'));
            QCOMPARE(delimiter->currentIndex(), 1);
            QCOMPARE(dialog.request().fileName, file);
        }
        QCOMPARE(dialog.okButton()->text(), QStringLiteral("Export"));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
