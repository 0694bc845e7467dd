// TenantWorkflow: the Tenants dialog's "Test Connection" run for real against isc-sandbox
// (a typed secret, a stored one, a wrong one, the built-in Sandbox profile), and Cancel.
#include "pipelinetestsupport.h"
#include "testsupport.h"
#include "uitest.h"

#include "tenants/connectionresolver.h"
#include "tenants/profilestore.h"
#include "tenants/secretstore.h"
#include "ui/dialogs/tenantprofilesdialog.h"
#include "ui/widgets/requeststatuswidget.h"
#include "ui/workflows/tenantworkflow.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace isc;
using namespace isc::test;

class TestTenantWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void testsTypedSecret();
    void testsStoredSecret();
    void wrongSecretShowsTheServerError();
    void cancelStopsTheTest();
    void testsTheBuiltInSandbox();
    void closingTheDialogEndsTheWorkflow();

private:
    TenantProfilesDialog *open();
    RequestStatusWidget *status() const;
    void clickTest();
    static void type(QWidget *dialog, const char *name, const QString &text);
    void fillNew(const QString &name, const QString &secret);
    // A saved profile of the sandbox fixture with its secret in the store; its id.
    QString addStored(const QString &name);

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ConnectionResolver> m_resolver;
    std::unique_ptr<TenantWorkflow> m_workflow;
};

void TestTenantWorkflow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start());
    m_window = std::make_unique<QWidget>();
    m_window->resize(900, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTenantWorkflow::init()
{
    QVERIFY(m_sandbox.clearFaults());
    ++m_counter;
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_counter)), QSettings::IniFormat);
    SecretStore::Options options;
    options.useKeychain = false; // never the desktop's keychain from a test
    options.fallbackFilePath = m_dir.filePath(QStringLiteral("secrets-%1.json").arg(m_counter));
    m_secrets = std::make_unique<SecretStore>(options);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_profiles->setEnvironment(SailEnvironment());
    m_profiles->setSecretStore(m_secrets.get());
    m_resolver = std::make_unique<ConnectionResolver>(m_profiles.get(), m_secrets.get());
    m_resolver->setSandboxProgram(sandboxProgram());
    m_workflow = std::make_unique<TenantWorkflow>(m_profiles.get(), m_secrets.get(),
                                                  m_resolver.get(), &m_nam, m_window.get());
    m_workflow->setPipelineOptions(fastOptions());
}

void TestTenantWorkflow::cleanup()
{
    m_workflow.reset();
    m_resolver.reset();
    m_profiles.reset();
    m_secrets.reset();
    m_settings.reset();
}

TenantProfilesDialog *TestTenantWorkflow::open()
{
    m_workflow->openTenantsDialog();
    TenantProfilesDialog *dialog = m_workflow->currentDialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

RequestStatusWidget *TestTenantWorkflow::status() const
{
    return m_workflow->currentDialog()->findChild<RequestStatusWidget *>(
        QStringLiteral("statusWidget"));
}

void TestTenantWorkflow::clickTest()
{
    QTest::mouseClick(
        m_workflow->currentDialog()->findChild<QPushButton *>(QStringLiteral("testButton")),
        Qt::LeftButton);
}

void TestTenantWorkflow::type(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestTenantWorkflow::fillNew(const QString &name, const QString &secret)
{
    TenantProfilesDialog *dialog = m_workflow->currentDialog();
    dialog->addProfile();
    type(dialog, "nameEdit", name);
    type(dialog, "baseUrlEdit", m_sandbox.baseUrl().toString());
    type(dialog, "clientIdEdit", m_sandbox.clientId());
    type(dialog, "secretEdit", secret);
}

QString TestTenantWorkflow::addStored(const QString &name)
{
    TenantProfile profile;
    profile.name = name;
    profile.baseUrl = m_sandbox.baseUrl();
    profile.clientId = m_sandbox.clientId();
    const auto stored = m_profiles->add(profile);
    if (!stored)
        return {};
    SecretJob *write = m_secrets->write(stored->id, m_sandbox.clientSecret());
    QSignalSpy written(write, &SecretJob::finished);
    write->start();
    if (!written.wait(10000))
        return {};
    return stored->id;
}

void TestTenantWorkflow::testsTypedSecret()
{
    TenantProfilesDialog *dialog = open();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    fillNew(QStringLiteral("Local"), m_sandbox.clientSecret());
    const qint64 mark = lastSequence(m_sandbox);
    clickTest();
    QVERIFY(dialog->isTesting());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 30000);
    QCOMPARE(status()->state(), RequestStatusWidget::State::Message);
    QVERIFY2(status()->text().contains(QStringLiteral("Connected")), qPrintable(status()->text()));
    QVERIFY(!m_workflow->isTesting());
    // A fresh token, then one call with it.
    QCOMPARE(loggedRequests(m_sandbox, QStringLiteral("/oauth/token"), mark).size(), 1);
    const QJsonArray calls =
        loggedRequests(m_sandbox, QStringLiteral("/v2024/connector-customizers"), mark);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).toObject().value(QLatin1String("status")).toInt(), 200);
    // Testing saves nothing.
    QVERIFY(dialog->hasUnsavedChanges());
    QCOMPARE(m_profiles->tenantProfiles().size(), 0);
}

void TestTenantWorkflow::testsStoredSecret()
{
    const QString id = addStored(QStringLiteral("Stored"));
    QVERIFY(!id.isEmpty());
    TenantProfilesDialog *dialog = open();
    QVERIFY(dialog);
    QVERIFY(dialog->selectProfile(id));
    clickTest();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 30000);
    QCOMPARE(status()->state(), RequestStatusWidget::State::Message);
    QVERIFY2(status()->text().contains(QStringLiteral("Connected")), qPrintable(status()->text()));
}

void TestTenantWorkflow::wrongSecretShowsTheServerError()
{
    TenantProfilesDialog *dialog = open();
    QVERIFY(dialog);
    fillNew(QStringLiteral("Wrong"), QString(40, u'x'));
    clickTest();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 30000);
    QCOMPARE(status()->state(), RequestStatusWidget::State::Error);
    QCOMPARE(status()->httpStatus(), 401);
    QCOMPARE(status()->error().kind, ApiError::Kind::Unauthorized);
    QVERIFY(!status()->text().contains(QString(40, u'x'))); // the secret is never shown

    // A token that works but a call that fails: the call's error, with its tracking ID.
    QVERIFY(m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                {QStringLiteral("path"), QStringLiteral("/v2024/*")},
                                {QStringLiteral("status"), 403}}));
    type(dialog, "secretEdit", m_sandbox.clientSecret());
    clickTest();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 30000);
    QCOMPARE(status()->state(), RequestStatusWidget::State::Error);
    QCOMPARE(status()->httpStatus(), 403);
    QCOMPARE(status()->trackingId().size(), 32);
}

void TestTenantWorkflow::cancelStopsTheTest()
{
    // The token request is held by the server until the test is cancelled.
    QVERIFY(m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/oauth/token")},
                                {QStringLiteral("delayMs"), 20000}}));
    TenantProfilesDialog *dialog = open();
    QVERIFY(dialog);
    fillNew(QStringLiteral("Slow"), m_sandbox.clientSecret());
    const qint64 mark = lastSequence(m_sandbox);
    clickTest();
    QTRY_VERIFY(!loggedRequests(m_sandbox, QStringLiteral("/oauth/token"), mark).isEmpty());
    QVERIFY(m_workflow->isTesting());
    clickTest(); // "Cancel" while testing
    QVERIFY(!dialog->isTesting());
    QVERIFY(!m_workflow->isTesting());
    QCOMPARE(status()->state(), RequestStatusWidget::State::Message);
    QVERIFY(status()->text().contains(QStringLiteral("cancelled")));

    // A new test runs normally.
    QVERIFY(m_sandbox.clearFaults());
    clickTest();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 30000);
    QVERIFY2(status()->text().contains(QStringLiteral("Connected")), qPrintable(status()->text()));
}

void TestTenantWorkflow::testsTheBuiltInSandbox()
{
    TenantProfilesDialog *dialog = open();
    QVERIFY(dialog);
    QVERIFY(dialog->selectProfile(TenantProfile::sandboxId()));
    clickTest();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 90000);
    QVERIFY2(status()->text().contains(QStringLiteral("Connected")), qPrintable(status()->text()));
    QVERIFY(m_resolver->isSandboxRunning());
}

void TestTenantWorkflow::closingTheDialogEndsTheWorkflow()
{
    QVERIFY(m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/oauth/token")},
                                {QStringLiteral("delayMs"), 20000}}));
    const QString id = addStored(QStringLiteral("Closed"));
    TenantProfilesDialog *dialog = open();
    QVERIFY(dialog);
    QVERIFY(dialog->selectProfile(id));
    m_workflow->openTenantsDialog(); // one at a time
    QCOMPARE(m_workflow->currentDialog(), dialog);
    const qint64 mark = lastSequence(m_sandbox);
    clickTest();
    QTRY_VERIFY(!loggedRequests(m_sandbox, QStringLiteral("/oauth/token"), mark).isEmpty());
    QVERIFY(m_workflow->isTesting());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_workflow->currentDialog());
    QVERIFY(!m_workflow->isTesting());
    QVERIFY(open());
}

QTEST_MAIN(TestTenantWorkflow)
#include "tst_tenantworkflow.moc"
