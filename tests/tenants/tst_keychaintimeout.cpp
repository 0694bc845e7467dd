// A keychain that never answers (a hung daemon, a locked keyring whose prompt nobody sees):
// simulated by a session bus socket that accepts connections and stays silent. Calls time
// out with a clear message, fall back like an unavailable keychain, and later calls do not
// queue behind the hung one.
#include "tenants/secretstore.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace isc;

namespace {

SecretJob::Result run(SecretJob *job)
{
    SecretJob::Result out;
    bool done = false;
    QObject::connect(job, &SecretJob::finished, job, [&](const SecretJob::Result &result) {
        out = result;
        done = true;
    });
    job->start();
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qWarning("secret job did not finish");
    return out;
}

} // namespace

class tst_KeychainTimeout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void silentKeychainTimesOut();

private:
    QTemporaryDir m_dir;
    QLocalServer m_silentBus;
    QList<QLocalSocket *> m_clients;
};

void tst_KeychainTimeout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    const QString path = m_dir.filePath(QStringLiteral("silent-bus"));
    QVERIFY2(m_silentBus.listen(path), qPrintable(m_silentBus.errorString()));
    // Accept and keep every connection, never write a byte: the D-Bus handshake never ends.
    connect(&m_silentBus, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_silentBus.nextPendingConnection())
            m_clients.append(client);
    });
    qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArray("unix:path=") + QFile::encodeName(path));
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    // QtKeychain picks KWallet over libsecret on a KDE desktop; keep to one path everywhere.
    for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "GNOME_DESKTOP_SESSION_ID",
                             "KDE_FULL_SESSION", "KDE_SESSION_VERSION"})
        qunsetenv(name);
}

void tst_KeychainTimeout::silentKeychainTimesOut()
{
    SecretStore::Options options;
    options.service = QStringLiteral("isc-console-test");
    options.fallbackFilePath = m_dir.filePath(QStringLiteral("secrets.json"));
    options.keychainTimeoutMs = 1500;
    SecretStore store(options);

    const SecretJob::Result written = run(store.write(QStringLiteral("p"), QStringLiteral("s")));
    QCOMPARE(written.status, SecretJob::Status::Ok);
    QCOMPARE(written.storage, SecretStorage::Session);
    QCOMPARE(store.keychainStatus(), SecretStore::KeychainStatus::Unavailable);
    QVERIFY2(written.message.contains(QLatin1String("did not answer")),
             qPrintable(written.message));
    QVERIFY(!m_clients.isEmpty()); // the keychain really tried the (silent) bus

    // The hung call is still pending. Were the next calls queued behind it, they would now
    // wait ten minutes each and run() would give up on them after one.
    store.setKeychainTimeoutMs(10 * 60 * 1000);
    const SecretJob::Result read = run(store.read(QStringLiteral("p")));
    QCOMPARE(read.status, SecretJob::Status::Ok);
    QCOMPARE(read.secret, QStringLiteral("s"));
    QCOMPARE(run(store.read(QStringLiteral("other"))).status, SecretJob::Status::NotFound);
    QCOMPARE(run(store.probe()).status, SecretJob::Status::Failed);
    const SecretJob::Result removed = run(store.remove(QStringLiteral("p")));
    QCOMPARE(removed.status, SecretJob::Status::Failed); // the keychain may still hold it
    QVERIFY(removed.message.contains(QLatin1String("did not answer")));
    QCOMPARE(run(store.read(QStringLiteral("p"))).status, SecretJob::Status::NotFound);
}

QTEST_GUILESS_MAIN(tst_KeychainTimeout)
#include "tst_keychaintimeout.moc"
