#include "ui/dialogs/newversiondialog.h"
#include "ui/widgets/requeststatuswidget.h"

#include "uitest.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include <zip.h>

using namespace isc;

namespace {

struct ZipEntry
{
    QString name;
    QByteArray data;
};

// Writes a real zip archive with libzip; the entries' data outlive zip_close().
bool writeZip(const QString &path, const QList<ZipEntry> &entries)
{
    int error = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    for (const ZipEntry &entry : entries) {
        zip_source_t *source =
            zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        if (!source ||
            zip_file_add(archive, entry.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

Customizer customizer()
{
    Customizer c;
    c.id = QStringLiteral("b07dc46a-1498-4de8-bfbb-259a68e70c8a");
    c.name = QStringLiteral("Workday Cleanup");
    c.imageVersion = 3;
    return c;
}

std::unique_ptr<QMimeData> urlsMime(const QStringList &paths)
{
    auto mime = std::make_unique<QMimeData>();
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime->setUrls(urls);
    return mime;
}

// What a drag and drop delivers: DragEnter (which must be accepted for the drop to reach
// the widget), then Drop. True when both were accepted.
bool dragAndDropOnto(QWidget *target, QMimeData *mime)
{
    const QPoint centre = target->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(centre), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

// The Upload Version dialog: the zip pre-flight, drag and drop, progress and the result.
class TestNewVersionDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_good; // index.js, connector-spec.json, package.json named like the customizer
    QString m_otherName; // a package named unlike the customizer
    QString m_noIndex;
    QString m_notZip;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_good = m_dir.filePath(QStringLiteral("good.zip"));
        QVERIFY(writeZip(m_good,
                         {{QStringLiteral("index.js"), "module.exports = {};\n"},
                          {QStringLiteral("connector-spec.json"), "{}"},
                          {QStringLiteral("package.json"),
                           "{\"name\": \"workday-cleanup\", \"version\": \"1.2.3\"}"}}));
        m_otherName = m_dir.filePath(QStringLiteral("other.zip"));
        QVERIFY(writeZip(m_otherName,
                         {{QStringLiteral("index.js"), "x"},
                          {QStringLiteral("package.json"),
                           "{\"name\": \"ldap-helper\", \"version\": \"0.1.0\"}"}}));
        m_noIndex = m_dir.filePath(QStringLiteral("noindex.zip"));
        QVERIFY(writeZip(
            m_noIndex,
            {{QStringLiteral("src/index.js"), "x"}, {QStringLiteral("README.md"), "hello"}}));
        m_notZip = m_dir.filePath(QStringLiteral("notes.zip"));
        QFile text(m_notZip);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("this is not an archive\n");
    }

    void nothingChosen()
    {
        NewVersionDialog dialog(customizer());
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.validationMessage().isEmpty());
    }

    void validZip()
    {
        NewVersionDialog dialog(customizer());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.setZipFile(m_good));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(dialog.validationMessage().isEmpty());
        QCOMPARE(dialog.inspection().entries.size(), 3);
        QVERIFY(dialog.warnings().isEmpty()); // "workday-cleanup" is the customizer's name
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("entriesTree"));
        QCOMPARE(tree->topLevelItemCount(), 3);
        auto *package = dialog.findChild<QLabel *>(QStringLiteral("packageValue"));
        QVERIFY(package->text().contains(QStringLiteral("workday-cleanup")));
        QVERIFY(package->text().contains(QStringLiteral("1.2.3")));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->isVisible());
    }

    void packageNamedOtherwiseWarns()
    {
        NewVersionDialog dialog(customizer());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.setZipFile(m_otherName));
        QVERIFY(dialog.okButton()->isEnabled()); // a warning, not a refusal
        const QStringList warnings = dialog.warnings();
        QVERIFY2(warnings.join(u'\n').contains(QStringLiteral("ldap-helper")),
                 qPrintable(warnings.join(u'\n')));
        // The inspection's own warning: no connector-spec.json.
        QVERIFY(warnings.size() >= 2);
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("warningsLabel"));
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(QStringLiteral("ldap-helper")));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("reasonMentions");
        QTest::newRow("not a zip") << QStringLiteral("notZip") << QStringLiteral("zip");
        QTest::newRow("no index.js") << QStringLiteral("noIndex") << QStringLiteral("index.js");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("missing.zip");
    }

    void refused()
    {
        QFETCH(QString, which);
        QFETCH(QString, reasonMentions);
        const QString path = which == QLatin1String("notZip")
            ? m_notZip
            : (which == QLatin1String("noIndex") ? m_noIndex
                                                 : m_dir.filePath(QStringLiteral("missing.zip")));
        NewVersionDialog dialog(customizer());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.setZipFile(path));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(dialog.validationMessage().contains(reasonMentions),
                 qPrintable(dialog.validationMessage()));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), dialog.validationMessage());

        // A good file afterwards is accepted: the refusal does not stick.
        QVERIFY(dialog.setZipFile(m_good));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(!problem->isVisible());
    }

    void dragAndDrop()
    {
        NewVersionDialog dialog(customizer());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        const std::unique_ptr<QMimeData> mime = urlsMime({m_good});
        QVERIFY(dragAndDropOnto(&dialog, mime.get()));
        QCOMPARE(dialog.zipFile(), m_good);
        QVERIFY(dialog.okButton()->isEnabled());

        // A dropped non-zip is taken in and refused with the reason.
        const std::unique_ptr<QMimeData> bad = urlsMime({m_notZip});
        QVERIFY(dragAndDropOnto(&dialog, bad.get()));
        QCOMPARE(dialog.zipFile(), m_notZip);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.validationMessage().isEmpty());

        // Two files, or text that is no file, are not accepted at all.
        const std::unique_ptr<QMimeData> two = urlsMime({m_good, m_otherName});
        QVERIFY(!dragAndDropOnto(&dialog, two.get()));
        QMimeData text;
        text.setText(m_good);
        QVERIFY(!dragAndDropOnto(&dialog, &text));
        QCOMPARE(dialog.zipFile(), m_notZip);
    }

    void uploadProgressAndResult()
    {
        NewVersionDialog dialog(customizer());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.setZipFile(m_good));
        QSignalSpy submitted(&dialog, &NewVersionDialog::submitted);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.at(0).at(0).toString(), m_good);
        QVERIFY(dialog.isBusy());

        // No file can be swapped in while it uploads.
        const std::unique_ptr<QMimeData> mime = urlsMime({m_otherName});
        QVERIFY(!dragAndDropOnto(&dialog, mime.get()));
        QCOMPARE(dialog.zipFile(), m_good);

        dialog.setUploadProgress(512, 2048);
        auto *bar = dialog.statusWidget()->findChild<QProgressBar *>();
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->maximum() > 0, true);
        QCOMPARE(bar->value() * 4, bar->maximum()); // a quarter
        QVERIFY(dialog.statusWidget()->text().contains(QLocale().formattedDataSize(2048)));

        CustomizerVersion version;
        version.customizerId = customizer().id;
        version.imageId = QStringLiteral("image-4");
        version.version = 4;
        dialog.showResult(version);
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.hasResult());
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("resultLabel"));
        QVERIFY(result->isVisible());
        QVERIFY(result->text().contains(QStringLiteral("4")));
        QVERIFY(result->text().contains(QStringLiteral("image-4")));
        QVERIFY(dialog.isVisible()); // shown before closing

        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QPushButton *close = buttons->button(QDialogButtonBox::Close);
        QVERIFY(close);
        QVERIFY(!buttons->button(QDialogButtonBox::Ok));
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void failedUploadKeepsFile()
    {
        NewVersionDialog dialog(customizer());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.setZipFile(m_good));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.writeOutcome = ApiError::WriteOutcome::Unknown;
        dialog.showError(error);
        QVERIFY(!dialog.isBusy());
        QCOMPARE(dialog.zipFile(), m_good);
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.statusWidget()->state(), RequestStatusWidget::State::Error);
        QCOMPARE(dialog.statusWidget()->text(), describe(error));
    }

    void retranslates()
    {
        NewVersionDialog dialog(customizer());
        {
            const test::ScopedPseudoTranslation translation;
            QCOMPARE(dialog.okButton()->text(),
                     test::PseudoTranslator::wrap(QStringLiteral("Upload")));
            QVERIFY(dialog.windowTitle().startsWith(u'\u00AB'));
            QVERIFY(dialog.validationMessage().startsWith(u'\u00AB'));
        }
        QCOMPARE(dialog.okButton()->text(), QStringLiteral("Upload"));
    }
};

QTEST_MAIN(TestNewVersionDialog)
#include "tst_newversiondialog.moc"
