// The secret store when no keychain answers (the real QtKeychain, pointed at a session bus
// that does not exist, as in CI or on a minimal desktop): a clear status and message, secrets
// kept in memory for the session, the 0600 file only on explicit opt-in, rotation, deletion.
// The working keychain is tested by tst_keychain under a private D-Bus session.
#include "tenants/secretstore.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace isc;

namespace {

constexpr QFileDevice::Permissions groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
    QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther |
    QFileDevice::ExeOther;

SecretJob::Result run(SecretJob *job)
{
    SecretJob::Result out;
    bool done = false;
    int count = 0;
    QObject::connect(job, &SecretJob::finished, job, [&](const SecretJob::Result &result) {
        out = result;
        done = true;
        ++count;
    });
    job->start();
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("secret job did not finish");
    QTest::qWait(0);
    if (count != 1)
        qWarning("finished() emitted %d times", count);
    return out;
}

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void keychainUnavailableKeepsSecretsForTheSession();
    void probeReportsTheUnavailableKeychain();
    void rotationReplacesTheSecret();
    void fileFallbackIsOptInAndPrivate();
    void looseFilePermissionsAreTightened();
    void damagedFileIsReported();
    void disabledKeychainNeverCallsIt();
    void jobContract();

private:
    SecretStore::Options options(bool useKeychain = true) const
    {
        SecretStore::Options o;
        o.service = QStringLiteral("isc-console-test");
        o.useKeychain = useKeychain;
        o.fallbackFilePath = m_dir->filePath(QStringLiteral("private/client-secrets.json"));
        o.keychainTimeoutMs = 15000;
        return o;
    }

    QTemporaryDir m_busDir;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SecretStore::initTestCase()
{
    QVERIFY(m_busDir.isValid());
    // A bus that does not exist: the keychain is unreachable on every machine, and a
    // developer's real keychain is never touched by this test.
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            QByteArray("unix:path=") +
                QFile::encodeName(m_busDir.filePath(QStringLiteral("none"))));
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SecretStore::keychainUnavailableKeepsSecretsForTheSession()
{
    const QString id = QStringLiteral("11111111-2222-3333-4444-555555555555");
    const QString secret = QStringLiteral("session-only-secret-0123456789");
    {
        SecretStore store(options());
        QCOMPARE(store.keychainStatus(), SecretStore::KeychainStatus::Unknown);
        QVERIFY(store.keychainMessage().isEmpty());
        QSignalSpy status(&store, &SecretStore::keychainStatusChanged);

        const SecretJob::Result written = run(store.write(id, secret));
        QCOMPARE(written.status, SecretJob::Status::Ok);
        QCOMPARE(written.storage, SecretStorage::Session);
        QVERIFY(written.secret.isEmpty());
        QVERIFY2(written.message.contains(QLatin1String("session")), qPrintable(written.message));
        QCOMPARE(store.keychainStatus(), SecretStore::KeychainStatus::Unavailable);
        QCOMPARE(store.keychainMessage(), written.message);
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.at(0).at(0).value<SecretStore::KeychainStatus>(),
                 SecretStore::KeychainStatus::Unavailable);
        qInfo("unavailable keychain says: %s", qPrintable(store.keychainMessage()));

        const SecretJob::Result read = run(store.read(id));
        QCOMPARE(read.status, SecretJob::Status::Ok);
        QCOMPARE(read.secret, secret);
        QCOMPARE(read.storage, SecretStorage::Session);
        QVERIFY(!read.message.isEmpty()); // the warning travels with the secret

        // Nothing was written to disk without the opt-in.
        QVERIFY(!QFile::exists(store.fallbackFilePath()));
        QVERIFY(!QFileInfo::exists(QFileInfo(store.fallbackFilePath()).path()));

        QCOMPARE(run(store.read(QStringLiteral("other"))).status, SecretJob::Status::NotFound);
    }
    // The next session has nothing, and says why.
    SecretStore store(options());
    const SecretJob::Result read = run(store.read(id));
    QCOMPARE(read.status, SecretJob::Status::NotFound);
    QVERIFY(!read.message.isEmpty());

    // Deleting what is not there is fine; deleting what is there removes it.
    QVERIFY(run(store.write(id, secret)).ok());
    const SecretJob::Result removed = run(store.remove(id));
    // The keychain could not be asked to delete: said so (it may hold an older copy).
    QCOMPARE(removed.status, SecretJob::Status::Failed);
    QVERIFY(removed.message.contains(QLatin1String("keychain")));
    QCOMPARE(run(store.read(id)).status, SecretJob::Status::NotFound);
}

void tst_SecretStore::probeReportsTheUnavailableKeychain()
{
    SecretStore store(options());
    const SecretJob::Result probe = run(store.probe());
    QCOMPARE(probe.status, SecretJob::Status::Failed);
    QVERIFY(!probe.message.isEmpty());
    QCOMPARE(store.keychainStatus(), SecretStore::KeychainStatus::Unavailable);
}

void tst_SecretStore::rotationReplacesTheSecret()
{
    SecretStore store(options());
    const QString id = QStringLiteral("rotate");
    QVERIFY(run(store.write(id, QStringLiteral("old"))).ok());
    QVERIFY(run(store.write(id, QStringLiteral("new"))).ok());
    QCOMPARE(run(store.read(id)).secret, QStringLiteral("new"));

    store.setFileFallbackEnabled(true);
    QCOMPARE(run(store.write(id, QStringLiteral("newer"))).storage, SecretStorage::File);
    QCOMPARE(run(store.read(id)).secret, QStringLiteral("newer"));
    SecretStore restarted(options());
    QCOMPARE(run(restarted.read(id)).secret, QStringLiteral("newer"));
}

void tst_SecretStore::fileFallbackIsOptInAndPrivate()
{
    const QString idA = QStringLiteral("a");
    const QString idB = QStringLiteral("b");
    const QString secretA = QStringLiteral("file-secret-A-0123456789abcdef");
    const QString secretB = QStringLiteral("file-secret-B-0123456789abcdef");
    QString path;
    {
        SecretStore store(options());
        QSignalSpy status(&store, &SecretStore::keychainStatusChanged);
        store.setFileFallbackEnabled(true);
        QVERIFY(store.isFileFallbackEnabled());
        path = store.fallbackFilePath();

        const SecretJob::Result written = run(store.write(idA, secretA));
        QCOMPARE(written.status, SecretJob::Status::Ok);
        QCOMPARE(written.storage, SecretStorage::File);
        QVERIFY2(written.message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(written.message));
        QVERIFY(run(store.write(idB, secretB)).ok());

        const QFileInfo file(path);
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & groupOrOther, QFileDevice::Permissions());
        QVERIFY(file.permissions() & QFileDevice::ReadOwner);
        QVERIFY(file.permissions() & QFileDevice::WriteOwner);
        const QFileInfo folder(file.path());
        QCOMPARE(folder.permissions() & groupOrOther, QFileDevice::Permissions());
        QVERIFY(!status.isEmpty());
    }
    {
        // The next session reads it back, without having to opt in again.
        SecretStore store(options());
        const SecretJob::Result read = run(store.read(idA));
        QCOMPARE(read.status, SecretJob::Status::Ok);
        QCOMPARE(read.secret, secretA);
        QCOMPARE(read.storage, SecretStorage::File);

        // Deleting one keeps the other; deleting the last removes the file.
        run(store.remove(idA));
        QCOMPARE(run(store.read(idA)).status, SecretJob::Status::NotFound);
        QCOMPARE(run(store.read(idB)).secret, secretB);
        QCOMPARE(QFileInfo(path).permissions() & groupOrOther, QFileDevice::Permissions());
        run(store.remove(idB));
        QVERIFY(!QFile::exists(path));
    }
}

void tst_SecretStore::looseFilePermissionsAreTightened()
{
    SecretStore store(options());
    store.setFileFallbackEnabled(true);
    QVERIFY(run(store.write(QStringLiteral("x"), QStringLiteral("loose"))).ok());
    const QString path = store.fallbackFilePath();
    QVERIFY(QFile::setPermissions(path,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(QFileInfo(path).permissions() & QFileDevice::ReadOther);
    QCOMPARE(run(store.read(QStringLiteral("x"))).secret, QStringLiteral("loose"));
    QCOMPARE(QFileInfo(path).permissions() & groupOrOther, QFileDevice::Permissions());

    // A rewrite of a loosened file is private again too.
    QVERIFY(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    QVERIFY(run(store.write(QStringLiteral("y"), QStringLiteral("again"))).ok());
    QCOMPARE(QFileInfo(path).permissions() & groupOrOther, QFileDevice::Permissions());
}

void tst_SecretStore::damagedFileIsReported()
{
    SecretStore::Options o = options();
    QVERIFY(QDir().mkpath(QFileInfo(o.fallbackFilePath).path()));
    QFile file(o.fallbackFilePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ this is not json");
    file.close();

    SecretStore store(o);
    const SecretJob::Result read = run(store.read(QStringLiteral("any")));
    QCOMPARE(read.status, SecretJob::Status::Failed);
    QVERIFY2(read.message.contains(QLatin1String("damaged")), qPrintable(read.message));

    // Writing a new secret replaces the damaged file.
    store.setFileFallbackEnabled(true);
    QCOMPARE(run(store.write(QStringLiteral("any"), QStringLiteral("fresh"))).storage,
             SecretStorage::File);
    SecretStore restarted(o);
    QCOMPARE(run(restarted.read(QStringLiteral("any"))).secret, QStringLiteral("fresh"));
}

void tst_SecretStore::disabledKeychainNeverCallsIt()
{
    SecretStore store(options(false));
    QCOMPARE(store.keychainStatus(), SecretStore::KeychainStatus::Disabled);
    QVERIFY(!store.keychainMessage().isEmpty());
    QSignalSpy status(&store, &SecretStore::keychainStatusChanged);
    const SecretJob::Result written = run(store.write(QStringLiteral("d"), QStringLiteral("s")));
    QCOMPARE(written.storage, SecretStorage::Session);
    QCOMPARE(run(store.read(QStringLiteral("d"))).secret, QStringLiteral("s"));
    QCOMPARE(run(store.remove(QStringLiteral("d"))).status, SecretJob::Status::Ok);
    QCOMPARE(run(store.probe()).status, SecretJob::Status::Failed);
    QCOMPARE(store.keychainStatus(), SecretStore::KeychainStatus::Disabled);
    QCOMPARE(status.size(), 0);
}

void tst_SecretStore::jobContract()
{
    SecretStore store(options(false));

    // finished() never fires inside start().
    SecretJob *job = store.write(QStringLiteral("c"), QStringLiteral("s"));
    QSignalSpy finished(job, &SecretJob::finished);
    QPointer<SecretJob> guard(job);
    job->start();
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY(guard.isNull()); // it deletes itself

    // cancel(): one Cancelled result, nothing more.
    SecretJob *cancelled = store.read(QStringLiteral("c"));
    QSignalSpy cancelledSpy(cancelled, &SecretJob::finished);
    cancelled->start();
    cancelled->cancel();
    QCOMPARE(cancelledSpy.size(), 1);
    QCOMPARE(cancelledSpy.at(0).at(0).value<SecretJob::Result>().status,
             SecretJob::Status::Cancelled);
    QTest::qWait(50);
    QCOMPARE(cancelledSpy.size(), 1);

    // An empty secret is refused, not stored.
    const SecretJob::Result empty = run(store.write(QStringLiteral("e"), QString()));
    QCOMPARE(empty.status, SecretJob::Status::Failed);
    QVERIFY(!empty.message.isEmpty());
    QCOMPARE(run(store.read(QStringLiteral("e"))).status, SecretJob::Status::NotFound);
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
