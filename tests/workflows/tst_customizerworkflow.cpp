// CustomizerWorkflow against the real isc-sandbox: the dialogs driven with QTest events,
// the requests really sent, the sandbox's state checked afterwards, failures injected with
// its fault rules.
#include "pipelinetestsupport.h"
#include "uitest.h"
#include "zipbuilder.h"

#include "services/connectorinstancejob.h"
#include "services/connectorinstancelistjob.h"
#include "services/connectorinstanceservice.h"
#include "services/createcustomizerjob.h"
#include "services/customizerjob.h"
#include "services/customizerservice.h"
#include "ui/dialogs/choosecustomizerdialog.h"
#include "ui/dialogs/deletecustomizerdialog.h"
#include "ui/dialogs/editcustomizerdialog.h"
#include "ui/dialogs/linkinstancesdialog.h"
#include "ui/dialogs/newcustomizerdialog.h"
#include "ui/dialogs/newversiondialog.h"
#include "ui/widgets/requeststatuswidget.h"
#include "ui/workflows/customizerworkflow.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace isc;
using namespace isc::test;

namespace {

const QString customizersPath = QStringLiteral("/v2024/connector-customizers");

QJsonObject rule(const char *method, const QString &path, const QJsonObject &extra)
{
    QJsonObject out{{QStringLiteral("method"), QLatin1String(method)},
                    {QStringLiteral("path"), path}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

template<typename T>
T *child(QWidget *widget, const char *name)
{
    return widget ? widget->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

QPushButton *buttonNamed(QWidget *widget, const QString &text)
{
    const QList<QPushButton *> buttons = widget->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text().remove(u'&') == text)
            return button;
    }
    return nullptr;
}

} // namespace

class TestCustomizerWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createsWithTypedName();
    void failedCreateKeepsTheDialogThenRetrySucceeds_data();
    void failedCreateKeepsTheDialogThenRetrySucceeds();
    void rateLimitedCreateShowsTheWait();
    void renames();
    void failedRenameShowsTheError();
    void uploadsVersion();
    void cancelledUploadKeepsTheDialog();
    void ambiguousUploadRecovered();
    void deletesUnusedCustomizer();
    void deleteOfUsedCustomizerNeedsTheName();
    void deleteAfterUnlinkingFirst();
    void readOnlyRefusesEveryChange();
    void disconnectedRefuses();
    void linksAndUnlinksFromTheCustomizer();
    void failedLinkThenRetry();
    void linksAndUnlinksFromTheInstance();
    void oneDialogAtATime();

private:
    Customizer createOnServer(const QString &name);
    QList<ConnectorInstance> instancesOnServer();
    ConnectorInstance instanceOnServer(const QString &id);
    ConnectorInstance unlinkedInstance();
    void linkOnServer(const QString &instanceId, const QString &customizerId);
    int customizerStatus(const QString &id);
    QString customizerNameOnServer(const QString &id);
    template<typename Dialog>
    Dialog *openedDialog()
    {
        auto *dialog = qobject_cast<Dialog *>(m_workflow->currentDialog());
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CustomizerService> m_customizers;
    std::unique_ptr<ConnectorInstanceService> m_instances;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<CustomizerWorkflow> m_workflow;
    int m_counter = 0;
};

void TestCustomizerWorkflow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start());
    m_client = std::make_unique<ApiClient>(&m_nam, connectionTo(m_sandbox), fastOptions());
    m_customizers = std::make_unique<CustomizerService>(m_client.get());
    m_instances = std::make_unique<ConnectorInstanceService>(m_client.get());
    m_window = std::make_unique<QWidget>();
    m_window->resize(800, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCustomizerWorkflow::init()
{
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.configure({{QLatin1String("latencyMs"), 0}}));
    m_workflow = std::make_unique<CustomizerWorkflow>(m_window.get());
    m_workflow->setServices(m_customizers.get(), m_instances.get(), false);
}

void TestCustomizerWorkflow::cleanup()
{
    m_workflow.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

Customizer TestCustomizerWorkflow::createOnServer(const QString &name)
{
    const auto created = runJob(m_customizers->create(name));
    if (!created || !created->ok()) {
        qWarning("create failed: %s", created ? qPrintable(describe(created->error)) : "timeout");
        return {};
    }
    return created->value;
}

QList<ConnectorInstance> TestCustomizerWorkflow::instancesOnServer()
{
    const auto all = runJob(m_instances->list());
    return all && all->ok() ? all->value : QList<ConnectorInstance>();
}

ConnectorInstance TestCustomizerWorkflow::instanceOnServer(const QString &id)
{
    const QList<ConnectorInstance> all = instancesOnServer();
    for (const ConnectorInstance &instance : all) {
        if (instance.id == id)
            return instance;
    }
    return {};
}

ConnectorInstance TestCustomizerWorkflow::unlinkedInstance()
{
    const QList<ConnectorInstance> all = instancesOnServer();
    for (const ConnectorInstance &instance : all) {
        if (!instance.isLinked())
            return instance;
    }
    return {};
}

void TestCustomizerWorkflow::linkOnServer(const QString &instanceId, const QString &customizerId)
{
    const auto linked = runJob(m_instances->link(instanceId, customizerId));
    QVERIFY(linked);
    QVERIFY2(linked->ok(), qPrintable(describe(linked->error)));
}

int TestCustomizerWorkflow::customizerStatus(const QString &id)
{
    return m_sandbox.get(customizersPath + u'/' + id).status;
}

QString TestCustomizerWorkflow::customizerNameOnServer(const QString &id)
{
    return m_sandbox.get(customizersPath + u'/' + id)
        .object()
        .value(QLatin1String("name"))
        .toString();
}

void TestCustomizerWorkflow::createsWithTypedName()
{
    QSignalSpy changed(m_workflow.get(), &CustomizerWorkflow::customizerChanged);
    QSignalSpy messages(m_workflow.get(), &CustomizerWorkflow::message);
    QVERIFY(m_workflow->createCustomizer());
    auto *dialog = openedDialog<NewCustomizerDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->isModal());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QCOMPARE(dialog->parentWidget(), m_window.get());

    const QString name = QStringLiteral("Workflow créé %1").arg(++m_counter);
    typeText(child<QLineEdit>(dialog, "nameEdit"), name);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QTRY_COMPARE(changed.count(), 1);
    const auto customizer = changed.at(0).at(0).value<Customizer>();
    QCOMPARE(customizer.name, name);
    QVERIFY(!customizer.id.isEmpty());
    QTRY_VERIFY(!m_workflow->currentDialog());
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(name));

    QCOMPARE(customizerStatus(customizer.id), 200);
    QCOMPARE(customizerNameOnServer(customizer.id), name);
}

void TestCustomizerWorkflow::failedCreateKeepsTheDialogThenRetrySucceeds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("safeToRetry"); // the job's lookup found nothing: "not carried out"
    QTest::newRow("400") << 400 << false;
    QTest::newRow("500") << 500 << true;
}

void TestCustomizerWorkflow::failedCreateKeepsTheDialogThenRetrySucceeds()
{
    QFETCH(int, status);
    QFETCH(bool, safeToRetry);
    QVERIFY(m_sandbox.addFault(rule("POST", customizersPath,
                                    {{QStringLiteral("status"), status},
                                     {QStringLiteral("message"), QStringLiteral("Injected")}})));
    QSignalSpy changed(m_workflow.get(), &CustomizerWorkflow::customizerChanged);
    QVERIFY(m_workflow->createCustomizer());
    auto *dialog = openedDialog<NewCustomizerDialog>();
    QVERIFY(dialog);
    const QString name = QStringLiteral("Retried %1").arg(++m_counter);
    auto *edit = child<QLineEdit>(dialog, "nameEdit");
    typeText(edit, name);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(m_workflow->currentDialog(), dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(edit->text(), name);
    RequestStatusWidget *status_ = dialog->statusWidget();
    QCOMPARE(status_->state(), RequestStatusWidget::State::Error);
    QCOMPARE(status_->httpStatus(), status);
    QCOMPARE(status_->trackingId().size(), 32);
    QVERIFY2(status_->text().contains(QStringLiteral("Injected")), qPrintable(status_->text()));
    QCOMPARE(status_->error().writeOutcome == ApiError::WriteOutcome::NotApplied, safeToRetry);
    QCOMPARE(changed.count(), 0);
    QVERIFY(dialog->okButton()->isEnabled());

    // The fault is used up: the same input, OK again.
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Customizer>().name, name);
    QTRY_VERIFY(!m_workflow->currentDialog());
}

void TestCustomizerWorkflow::rateLimitedCreateShowsTheWait()
{
    // 429 with Retry-After: the pipeline waits and sends again; the dialog counts down.
    QVERIFY(m_sandbox.addFault(rule(
        "POST", customizersPath,
        {{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), QStringLiteral("3")}})));
    QSignalSpy changed(m_workflow.get(), &CustomizerWorkflow::customizerChanged);
    QVERIFY(m_workflow->createCustomizer());
    auto *dialog = openedDialog<NewCustomizerDialog>();
    QVERIFY(dialog);
    const QString name = QStringLiteral("Patient %1").arg(++m_counter);
    typeText(child<QLineEdit>(dialog, "nameEdit"), name);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->statusWidget()->text().contains(QStringLiteral("slow down")) ||
                changed.count() > 0);
    QVERIFY2(changed.isEmpty(), "the wait was not shown");
    QVERIFY(dialog->isBusy());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Customizer>().name, name);
    QTRY_VERIFY(!m_workflow->currentDialog());
}

void TestCustomizerWorkflow::renames()
{
    const Customizer before = createOnServer(QStringLiteral("Rename me %1").arg(++m_counter));
    QVERIFY(!before.id.isEmpty());
    QSignalSpy changed(m_workflow.get(), &CustomizerWorkflow::customizerChanged);
    QVERIFY(m_workflow->editCustomizer(before));
    auto *dialog = openedDialog<EditCustomizerDialog>();
    QVERIFY(dialog);
    auto *edit = child<QLineEdit>(dialog, "nameEdit");
    edit->selectAll();
    const QString name = QStringLiteral("Renamed %1").arg(m_counter);
    typeText(edit, name);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 1);
    const auto after = changed.at(0).at(0).value<Customizer>();
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.name, name);
    QCOMPARE(after.created, before.created); // kept from before when the reply lacks it
    QTRY_VERIFY(!m_workflow->currentDialog());
    QCOMPARE(customizerNameOnServer(before.id), name);
}

void TestCustomizerWorkflow::failedRenameShowsTheError()
{
    const Customizer before = createOnServer(QStringLiteral("Stays %1").arg(++m_counter));
    QVERIFY(m_sandbox.addFault(
        rule("PUT", customizersPath + QStringLiteral("/*"), {{QStringLiteral("status"), 400}})));
    QSignalSpy changed(m_workflow.get(), &CustomizerWorkflow::customizerChanged);
    QVERIFY(m_workflow->editCustomizer(before));
    auto *dialog = openedDialog<EditCustomizerDialog>();
    QVERIFY(dialog);
    auto *edit = child<QLineEdit>(dialog, "nameEdit");
    edit->selectAll();
    typeText(edit, QStringLiteral("Refused name"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(dialog->statusWidget()->state(), RequestStatusWidget::State::Error);
    QCOMPARE(dialog->statusWidget()->httpStatus(), 400);
    QCOMPARE(dialog->statusWidget()->trackingId().size(), 32);
    QCOMPARE(edit->text(), QStringLiteral("Refused name"));
    QCOMPARE(m_workflow->currentDialog(), dialog);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(customizerNameOnServer(before.id), before.name);

    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_workflow->currentDialog());
    QCOMPARE(changed.count(), 0);
}

void TestCustomizerWorkflow::uploadsVersion()
{
    const Customizer customizer = createOnServer(QStringLiteral("Versioned %1").arg(++m_counter));
    const QString zip = m_dir.filePath(QStringLiteral("v1.zip"));
    {
        QFile file(zip);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(makeZip({{QStringLiteral("index.js"), "module.exports = {}"},
                            {QStringLiteral("connector-spec.json"), "{}"}}));
    }
    QSignalSpy changed(m_workflow.get(), &CustomizerWorkflow::customizerChanged);
    QVERIFY(m_workflow->uploadVersion(customizer));
    auto *dialog = openedDialog<NewVersionDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->setZipFile(zip));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->hasResult());
    QCOMPARE(changed.count(), 1);
    const auto updated = changed.at(0).at(0).value<Customizer>();
    QCOMPARE(updated.id, customizer.id);
    QCOMPARE(updated.name, customizer.name);
    QCOMPARE(updated.imageVersion, std::optional<qint64>(1));
    QVERIFY(!updated.imageId.isEmpty());
    QCOMPARE(m_sandbox.get(customizersPath + u'/' + customizer.id)
                 .object()
                 .value(QLatin1String("imageVersion"))
                 .toInteger(),
             1);
    // The dialog shows the version until closed.
    QCOMPARE(m_workflow->currentDialog(), dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_workflow->currentDialog());
}

void TestCustomizerWorkflow::cancelledUploadKeepsTheDialog()
{
    const Customizer customizer = createOnServer(QStringLiteral("Cancelled %1").arg(++m_counter));
    const QString zip = m_dir.filePath(QStringLiteral("cancelled.zip"));
    {
        QFile file(zip);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(makeZip({{QStringLiteral("index.js"), "module.exports = {}"}}));
    }
    // The upload is held by the server long enough to be cancelled.
    QVERIFY(m_sandbox.addFault(rule("POST", customizersPath + QStringLiteral("/*/versions"),
                                    {{QStringLiteral("delayMs"), 20000}})));
    QSignalSpy changed(m_workflow.get(), &CustomizerWorkflow::customizerChanged);
    QVERIFY(m_workflow->uploadVersion(customizer));
    auto *dialog = openedDialog<NewVersionDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->setZipFile(zip));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    // Wait until the archive went out, then cancel.
    QTRY_VERIFY(
        !loggedRequests(m_sandbox,
                        customizersPath + u'/' + customizer.id + QStringLiteral("/versions"))
             .isEmpty());
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(m_workflow->currentDialog(), dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->zipFile(), zip);
    QCOMPARE(dialog->statusWidget()->state(), RequestStatusWidget::State::Error);
    QVERIFY(dialog->statusWidget()->error().isCancelled());
    // The archive had gone out: the version may exist all the same.
    QCOMPARE(dialog->statusWidget()->error().writeOutcome, ApiError::WriteOutcome::Unknown);
    QVERIFY2(dialog->statusWidget()->text().contains(QStringLiteral("check before")),
             qPrintable(dialog->statusWidget()->text()));
    QVERIFY(!dialog->hasResult());
    QCOMPARE(changed.count(), 0);
    QVERIFY(dialog->okButton()->isEnabled());
}

void TestCustomizerWorkflow::ambiguousUploadRecovered()
{
    const Customizer customizer = createOnServer(QStringLiteral("Recovered %1").arg(++m_counter));
    const QString zip = m_dir.filePath(QStringLiteral("recovered.zip"));
    {
        QFile file(zip);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(makeZip({{QStringLiteral("index.js"), "module.exports = {}"}}));
    }
    // Processed, then the connection drops before the reply (twice: Qt resends once).
    QVERIFY(m_sandbox.addFault(
        rule("POST", customizersPath + QStringLiteral("/*/versions"),
             {{QStringLiteral("body"), QStringLiteral("drop")}, {QStringLiteral("count"), 2}})));
    QSignalSpy changed(m_workflow.get(), &CustomizerWorkflow::customizerChanged);
    QSignalSpy messages(m_workflow.get(), &CustomizerWorkflow::message);
    QVERIFY(m_workflow->uploadVersion(customizer));
    auto *dialog = openedDialog<NewVersionDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->setZipFile(zip));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasResult(), 30000);
    QCOMPARE(changed.count(), 1);
    const qint64 version = changed.at(0).at(0).value<Customizer>().imageVersion.value_or(0);
    QVERIFY(version >= 1);
    // Outcome-specific: the dialog says the upload went through despite the failure.
    QCOMPARE(dialog->statusWidget()->state(), RequestStatusWidget::State::Message);
    QVERIFY2(dialog->statusWidget()->text().contains(QStringLiteral("went through")),
             qPrintable(dialog->statusWidget()->text()));
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("reply was lost")));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_workflow->currentDialog());
}

void TestCustomizerWorkflow::deletesUnusedCustomizer()
{
    const Customizer customizer = createOnServer(QStringLiteral("Unused %1").arg(++m_counter));
    QSignalSpy deleted(m_workflow.get(), &CustomizerWorkflow::customizerDeleted);
    QVERIFY(m_workflow->deleteCustomizer(customizer, {}));
    auto *dialog = openedDialog<DeleteCustomizerDialog>();
    QVERIFY(dialog);
    // Enabled once the sandbox said that no source uses it.
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    QVERIFY(!dialog->requiresTypedName());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE(deleted.count(), 1);
    QCOMPARE(deleted.at(0).at(0).toString(), customizer.id);
    QTRY_VERIFY(!m_workflow->currentDialog());
    QCOMPARE(customizerStatus(customizer.id), 404);
}

void TestCustomizerWorkflow::deleteOfUsedCustomizerNeedsTheName()
{
    const Customizer customizer = createOnServer(QStringLiteral("Used %1").arg(++m_counter));
    const ConnectorInstance instance = unlinkedInstance();
    QVERIFY(!instance.id.isEmpty());
    linkOnServer(instance.id, customizer.id);

    QSignalSpy deleted(m_workflow.get(), &CustomizerWorkflow::customizerDeleted);
    // The caller does not know about the link: the workflow asks.
    QVERIFY(m_workflow->deleteCustomizer(customizer, {}));
    auto *dialog = openedDialog<DeleteCustomizerDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->requiresTypedName());
    QVERIFY(!dialog->okButton()->isEnabled());
    auto *confirm = child<QLineEdit>(dialog, "confirmEdit");
    QVERIFY(confirm->isVisible());
    typeText(confirm, customizer.name.left(3));
    QVERIFY(!dialog->okButton()->isEnabled());
    typeText(confirm, customizer.name.mid(3));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE(deleted.count(), 1);
    QTRY_VERIFY(!m_workflow->currentDialog());
    QCOMPARE(customizerStatus(customizer.id), 404);
}

void TestCustomizerWorkflow::deleteAfterUnlinkingFirst()
{
    const Customizer customizer =
        createOnServer(QStringLiteral("Unlink first %1").arg(++m_counter));
    ConnectorInstance instance = unlinkedInstance();
    QVERIFY(!instance.id.isEmpty());
    linkOnServer(instance.id, customizer.id);
    instance.connectorCustomizerId = customizer.id;

    QSignalSpy deleted(m_workflow.get(), &CustomizerWorkflow::customizerDeleted);
    QSignalSpy instanceChanged(m_workflow.get(), &CustomizerWorkflow::instanceChanged);
    QVERIFY(m_workflow->deleteCustomizer(customizer, {instance}));
    auto *dialog = openedDialog<DeleteCustomizerDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->requiresTypedName());
    auto *unlinkButton = child<QPushButton>(dialog, "unlinkButton");
    QVERIFY(unlinkButton->isVisible());
    QTest::mouseClick(unlinkButton, Qt::LeftButton);
    QTRY_COMPARE(instanceChanged.count(), 1);
    const auto unlinked = instanceChanged.at(0).at(0).value<ConnectorInstance>();
    QCOMPARE(unlinked.id, instance.id);
    QVERIFY(!unlinked.isLinked());
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(!dialog->requiresTypedName());
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(!instanceOnServer(instance.id).isLinked());
    QCOMPARE(customizerStatus(customizer.id), 200); // not deleted yet

    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE(deleted.count(), 1);
    QTRY_VERIFY(!m_workflow->currentDialog());
    QCOMPARE(customizerStatus(customizer.id), 404);
}

void TestCustomizerWorkflow::readOnlyRefusesEveryChange()
{
    ApiClient readOnlyClient(&m_nam, connectionTo(m_sandbox, true), fastOptions());
    CustomizerService customizers(&readOnlyClient);
    ConnectorInstanceService instances(&readOnlyClient);
    m_workflow->setServices(&customizers, &instances, true);
    QVERIFY(m_workflow->isReadOnly());
    QSignalSpy messages(m_workflow.get(), &CustomizerWorkflow::message);

    Customizer customizer;
    customizer.id = QStringLiteral("any");
    customizer.name = QStringLiteral("Any");
    ConnectorInstance instance;
    instance.id = QStringLiteral("source");
    instance.name = QStringLiteral("Source");
    instance.connectorCustomizerId = customizer.id;
    const qint64 mark = lastSequence(m_sandbox);

    QVERIFY(!m_workflow->createCustomizer());
    QVERIFY(!m_workflow->editCustomizer(customizer));
    QVERIFY(!m_workflow->deleteCustomizer(customizer, {}));
    QVERIFY(!m_workflow->uploadVersion(customizer));
    QVERIFY(!m_workflow->linkInstances(customizer, {instance}));
    QVERIFY(!m_workflow->chooseCustomizer(instance, {customizer}));
    QVERIFY(!m_workflow->unlink(instance));
    QVERIFY(!m_workflow->currentDialog());
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(messages.count(), 7);
    QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("read-only")));
    QCOMPARE(m_sandbox.requestLog(mark).size(), 0);

    // Writable again.
    m_workflow->setServices(m_customizers.get(), m_instances.get(), false);
    QVERIFY(m_workflow->createCustomizer());
    QVERIFY(m_workflow->currentDialog());
}

void TestCustomizerWorkflow::disconnectedRefuses()
{
    m_workflow->setServices(nullptr, nullptr, false);
    QVERIFY(!m_workflow->isConnected());
    QSignalSpy messages(m_workflow.get(), &CustomizerWorkflow::message);
    QVERIFY(!m_workflow->createCustomizer());
    QVERIFY(!m_workflow->unlink(
        ConnectorInstance{QStringLiteral("i"), QStringLiteral("I"), {}, QStringLiteral("c"), {}}));
    QVERIFY(!m_workflow->currentDialog());
    QCOMPARE(messages.count(), 2);
}

void TestCustomizerWorkflow::linksAndUnlinksFromTheCustomizer()
{
    const Customizer customizer = createOnServer(QStringLiteral("Linker %1").arg(++m_counter));
    QList<ConnectorInstance> instances = instancesOnServer();
    const ConnectorInstance target = unlinkedInstance();
    QVERIFY(!target.id.isEmpty());

    QSignalSpy changed(m_workflow.get(), &CustomizerWorkflow::instanceChanged);
    QSignalSpy messages(m_workflow.get(), &CustomizerWorkflow::message);
    QVERIFY(m_workflow->linkInstances(customizer, instances, {customizer}));
    auto *dialog = openedDialog<LinkInstancesDialog>();
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->setInstanceChecked(target.id, true);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<ConnectorInstance>().connectorCustomizerId, customizer.id);
    QTRY_VERIFY(!m_workflow->currentDialog());
    QCOMPARE(instanceOnServer(target.id).connectorCustomizerId, customizer.id);
    QVERIFY(messages.last().at(0).toString().contains(target.name));

    // Untick it again: unlinked.
    instances = instancesOnServer();
    QVERIFY(m_workflow->linkInstances(customizer, instances, {customizer}));
    dialog = openedDialog<LinkInstancesDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->checkedInstanceIds().contains(target.id));
    dialog->setInstanceChecked(target.id, false);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 2);
    QVERIFY(!changed.at(1).at(0).value<ConnectorInstance>().isLinked());
    QTRY_VERIFY(!m_workflow->currentDialog());
    QVERIFY(!instanceOnServer(target.id).isLinked());
}

void TestCustomizerWorkflow::failedLinkThenRetry()
{
    const Customizer customizer = createOnServer(QStringLiteral("Link retry %1").arg(++m_counter));
    const QList<ConnectorInstance> instances = instancesOnServer();
    QList<ConnectorInstance> unlinked;
    for (const ConnectorInstance &instance : instances) {
        if (!instance.isLinked())
            unlinked.append(instance);
    }
    QVERIFY(unlinked.size() >= 2);
    // The second PATCH is refused (a 5xx would be repeated: a link is idempotent); the first
    // one went through and is not sent again.
    QVERIFY(m_sandbox.addFault(rule("PATCH", QStringLiteral("/beta/connector-instances/*"),
                                    {{QStringLiteral("status"), 400},
                                     {QStringLiteral("skip"), 1},
                                     {QStringLiteral("count"), 1}})));
    QSignalSpy changed(m_workflow.get(), &CustomizerWorkflow::instanceChanged);
    QVERIFY(m_workflow->linkInstances(customizer, instances));
    auto *dialog = openedDialog<LinkInstancesDialog>();
    QVERIFY(dialog);
    dialog->setInstanceChecked(unlinked.at(0).id, true);
    dialog->setInstanceChecked(unlinked.at(1).id, true);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_workflow->currentDialog(), dialog);
    QCOMPARE(dialog->statusWidget()->state(), RequestStatusWidget::State::Error);
    QCOMPARE(dialog->statusWidget()->httpStatus(), 400);
    QCOMPARE(dialog->statusWidget()->trackingId().size(), 32);
    QCOMPARE(dialog->checkedInstanceIds().size(), 2); // the choice is kept

    const qint64 mark = lastSequence(m_sandbox);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 2);
    QTRY_VERIFY(!m_workflow->currentDialog());
    QCOMPARE(loggedRequests(m_sandbox, QString(), mark, QStringLiteral("PATCH")).size(), 1);
    QCOMPARE(instanceOnServer(unlinked.at(0).id).connectorCustomizerId, customizer.id);
    QCOMPARE(instanceOnServer(unlinked.at(1).id).connectorCustomizerId, customizer.id);
    // Leave the seeded sources as they were for the other tests.
    for (int i = 0; i < 2; ++i)
        QVERIFY(runJob(m_instances->unlink(unlinked.at(i).id))->ok());
}

void TestCustomizerWorkflow::linksAndUnlinksFromTheInstance()
{
    const Customizer first = createOnServer(QStringLiteral("Chosen %1").arg(++m_counter));
    const Customizer second = createOnServer(QStringLiteral("Other %1").arg(m_counter));
    ConnectorInstance instance = unlinkedInstance();
    QVERIFY(!instance.id.isEmpty());

    QSignalSpy changed(m_workflow.get(), &CustomizerWorkflow::instanceChanged);
    QVERIFY(m_workflow->chooseCustomizer(instance, {first, second}));
    auto *choose = openedDialog<ChooseCustomizerDialog>();
    QVERIFY(choose);
    QVERIFY(choose->selectCustomizer(second.id));
    QTest::mouseClick(choose->okButton(), Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 1);
    QTRY_VERIFY(!m_workflow->currentDialog());
    instance = instanceOnServer(instance.id);
    QCOMPARE(instance.connectorCustomizerId, second.id);

    // Unlink: a confirmation first; Cancel changes nothing.
    QVERIFY(m_workflow->unlink(instance));
    auto *box = qobject_cast<QMessageBox *>(m_workflow->currentDialog());
    QVERIFY(box);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_workflow->currentDialog());
    QTest::qWait(10);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(instanceOnServer(instance.id).connectorCustomizerId, second.id);

    QVERIFY(m_workflow->unlink(instance));
    box = qobject_cast<QMessageBox *>(m_workflow->currentDialog());
    QVERIFY(box);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    QPushButton *unlinkButton = buttonNamed(box, QStringLiteral("Unlink"));
    QVERIFY(unlinkButton);
    QTest::mouseClick(unlinkButton, Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 2);
    QVERIFY(!changed.at(1).at(0).value<ConnectorInstance>().isLinked());
    QVERIFY(!instanceOnServer(instance.id).isLinked());
    QVERIFY(!m_workflow->currentDialog());

    // A failed unlink is shown in a message box with status and tracking ID.
    linkOnServer(instance.id, first.id);
    instance.connectorCustomizerId = first.id;
    QVERIFY(m_sandbox.addFault(rule("PATCH", QStringLiteral("/beta/connector-instances/*"),
                                    {{QStringLiteral("status"), 400}})));
    QVERIFY(m_workflow->unlink(instance));
    box = qobject_cast<QMessageBox *>(m_workflow->currentDialog());
    QVERIFY(box);
    QTest::mouseClick(buttonNamed(box, QStringLiteral("Unlink")), Qt::LeftButton);
    QTRY_VERIFY(qobject_cast<QMessageBox *>(m_workflow->currentDialog()));
    auto *error = qobject_cast<QMessageBox *>(m_workflow->currentDialog());
    QVERIFY(error->text().contains(QStringLiteral("400")));
    QVERIFY(error->text().contains(QStringLiteral("Tracking ID")));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(instanceOnServer(instance.id).connectorCustomizerId, first.id);
    error->accept();
    QTRY_VERIFY(!m_workflow->currentDialog());
    QVERIFY(runJob(m_instances->unlink(instance.id))->ok());
}

void TestCustomizerWorkflow::oneDialogAtATime()
{
    QVERIFY(m_workflow->createCustomizer());
    QDialog *first = m_workflow->currentDialog();
    QVERIFY(first);
    QVERIFY(!m_workflow->createCustomizer());
    QCOMPARE(m_workflow->currentDialog(), first);
    // Another tenant: the dialog of the previous one closes.
    ApiClient other(&m_nam, connectionTo(m_sandbox), fastOptions());
    CustomizerService customizers(&other);
    m_workflow->setServices(&customizers, nullptr, false);
    QVERIFY(!m_workflow->currentDialog());
    QTRY_VERIFY(!QApplication::activeModalWidget());
    m_workflow->setServices(m_customizers.get(), m_instances.get(), false);
}

QTEST_MAIN(TestCustomizerWorkflow)
#include "tst_customizerworkflow.moc"
