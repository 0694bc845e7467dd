// The real keychain: QtKeychain -> libsecret -> a Secret Service (gnome-keyring) on a private
// session bus that with-keyring.sh sets up (ctest runs this test through it). Skips, with the
// reason, when no such service can be started.
#include "tenants/profilestore.h"
#include "tenants/secretstore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>
#include <qt6keychain/keychain.h>

using namespace isc;

namespace {

const QString service = QStringLiteral("isc-console-test");

SecretJob::Result run(SecretJob *job)
{
    SecretJob::Result out;
    bool done = false;
    QObject::connect(job, &SecretJob::finished, job, [&](const SecretJob::Result &result) {
        out = result;
        done = true;
    });
    job->start();
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        qWarning("secret job did not finish");
    return out;
}

// Reads the keychain directly, bypassing SecretStore (and its session memory): what is
// really stored. Returns the QKeychain error code.
int readRaw(const QString &key, QString *data)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(key);
    int error = -1;
    bool done = false;
    QObject::connect(job, &QKeychain::Job::finished, job, [&](QKeychain::Job *) {
        error = int(job->error());
        *data = job->textData();
        done = true;
    });
    job->start();
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        qWarning("raw keychain read did not finish");
    return error;
}

} // namespace

class tst_Keychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void probeFindsTheKeychain();
    void writeReadRotateDelete();
    void keychainWriteRetiresTheFileCopy();
    void removingAProfileDeletesItsSecret();

private:
    SecretStore::Options options() const
    {
        SecretStore::Options o;
        o.service = service;
        o.fallbackFilePath = m_dir->filePath(QStringLiteral("client-secrets.json"));
        o.keychainTimeoutMs = 30000;
        return o;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Keychain::initTestCase()
{
    const QString skip = qEnvironmentVariable("ISC_KEYCHAIN_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    if (qEnvironmentVariable("ISC_KEYCHAIN_TEST") != QLatin1String("1"))
        QSKIP("keychain test skipped: run it through ctest (tests/tenants/with-keyring.sh), "
              "which provides a private Secret Service; it never uses your own keychain");
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Keychain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Keychain::probeFindsTheKeychain()
{
    SecretStore store(options());
    const SecretJob::Result probe = run(store.probe());
    QVERIFY2(probe.ok(), qPrintable(probe.message));
    QCOMPARE(probe.storage, SecretStorage::Keychain);
    QCOMPARE(store.keychainStatus(), SecretStore::KeychainStatus::Available);
    QVERIFY(store.keychainMessage().isEmpty());
}

void tst_Keychain::writeReadRotateDelete()
{
    const QString id = TenantProfile::createId();
    const QString secret = QStringLiteral("kc-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        SecretStore store(options());
        store.setFileFallbackEnabled(true); // unused while the keychain works
        const SecretJob::Result written = run(store.write(id, secret));
        QVERIFY2(written.ok(), qPrintable(written.message));
        QCOMPARE(written.storage, SecretStorage::Keychain);
        QVERIFY(written.message.isEmpty());
        QCOMPARE(store.keychainStatus(), SecretStore::KeychainStatus::Available);
        QVERIFY(!QFile::exists(store.fallbackFilePath()));
    }
    QString raw;
    QCOMPARE(readRaw(id, &raw), int(QKeychain::NoError));
    QCOMPARE(raw, secret);

    // Another session (a new store) finds it in the keychain.
    SecretStore store(options());
    SecretJob::Result read = run(store.read(id));
    QCOMPARE(read.status, SecretJob::Status::Ok);
    QCOMPARE(read.storage, SecretStorage::Keychain);
    QCOMPARE(read.secret, secret);

    // Rotation in place.
    QVERIFY(run(store.write(id, QStringLiteral("rotated"))).ok());
    QCOMPARE(readRaw(id, &raw), int(QKeychain::NoError));
    QCOMPARE(raw, QStringLiteral("rotated"));
    QCOMPARE(run(store.read(id)).secret, QStringLiteral("rotated"));

    // Deletion, twice (the second finds nothing, which is fine).
    QCOMPARE(run(store.remove(id)).status, SecretJob::Status::Ok);
    QCOMPARE(readRaw(id, &raw), int(QKeychain::EntryNotFound));
    QCOMPARE(run(store.read(id)).status, SecretJob::Status::NotFound);
    QCOMPARE(run(store.remove(id)).status, SecretJob::Status::Ok);
}

void tst_Keychain::keychainWriteRetiresTheFileCopy()
{
    const QString id = TenantProfile::createId();
    SecretStore::Options noKeychain = options();
    noKeychain.useKeychain = false;
    {
        // An earlier session without a keychain left the secret in the opt-in file.
        SecretStore earlier(noKeychain);
        earlier.setFileFallbackEnabled(true);
        QCOMPARE(run(earlier.write(id, QStringLiteral("from-file"))).storage, SecretStorage::File);
    }
    SecretStore store(options());
    const SecretJob::Result read = run(store.read(id));
    QCOMPARE(read.secret, QStringLiteral("from-file"));
    QCOMPARE(read.storage, SecretStorage::File);

    QCOMPARE(run(store.write(id, read.secret)).storage, SecretStorage::Keychain);
    QVERIFY(!QFile::exists(store.fallbackFilePath())); // its only secret moved out
    QCOMPARE(run(store.read(id)).storage, SecretStorage::Keychain);
    run(store.remove(id));
}

void tst_Keychain::removingAProfileDeletesItsSecret()
{
    SecretStore secrets(options());
    QSettings settings(m_dir->filePath(QStringLiteral("s.conf")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    profiles.setEnvironment(SailEnvironment());
    profiles.setSecretStore(&secrets);

    TenantProfile input;
    input.name = QStringLiteral("Acme");
    input.baseUrl = QUrl(QStringLiteral("https://acme.api.identitynow.com"));
    input.clientId = QStringLiteral("2c9180835d2e5168015d32f890ca1581");
    const auto acme = profiles.add(input);
    QVERIFY(acme);
    QCOMPARE(run(secrets.write(acme->id, QStringLiteral("doomed"))).storage,
             SecretStorage::Keychain);
    const auto copy = profiles.duplicate(acme->id);
    QVERIFY(copy);
    QString raw;
    QTRY_COMPARE_WITH_TIMEOUT((readRaw(copy->id, &raw), raw), QStringLiteral("doomed"), 30000);

    QVERIFY(profiles.remove(acme->id));
    QTRY_COMPARE_WITH_TIMEOUT(readRaw(acme->id, &raw), int(QKeychain::EntryNotFound), 30000);
    QCOMPARE(readRaw(copy->id, &raw), int(QKeychain::NoError));
    QVERIFY(profiles.remove(copy->id));
    QTRY_COMPARE_WITH_TIMEOUT(readRaw(copy->id, &raw), int(QKeychain::EntryNotFound), 30000);

    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("doomed"));
}

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
