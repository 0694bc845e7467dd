// The profile store: CRUD with validation, the active profile and its defaults, persistence
// through a real QSettings file (round trip, damaged entries), the Environment profile, the
// import of outside profiles, and the client secret never reaching the settings file.
#include "tenants/profilestore.h"
#include "tenants/secretstore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace isc;

namespace {

const QString idA = QStringLiteral("2c9180835d2e5168015d32f890ca1581");
const QString idB = QStringLiteral("2c918083-5d2e-5168-015d-32f890ca1582");

TenantProfile makeProfile(const QString &name, const QString &url, const QString &clientId = idA)
{
    TenantProfile profile;
    profile.name = name;
    profile.baseUrl = QUrl(url);
    profile.clientId = clientId;
    return profile;
}

SailEnvironment sailEnvironment(const QString &url, const QString &clientId, const QString &secret)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("SAIL_BASE_URL"), url);
    environment.insert(QStringLiteral("SAIL_CLIENT_ID"), clientId);
    environment.insert(QStringLiteral("SAIL_CLIENT_SECRET"), secret);
    return SailEnvironment::fromProcessEnvironment(environment);
}

// Runs a secret job to its end.
SecretJob::Result run(SecretJob *job)
{
    SecretJob::Result out;
    bool done = false;
    QObject::connect(job, &SecretJob::finished, job, [&](const SecretJob::Result &result) {
        out = result;
        done = true;
    });
    job->start();
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("secret job did not finish");
    return out;
}

} // namespace

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStoreOffersOnlyTheSandbox();
    void addAssignsIdAndNormalizes();
    void addRefusesInvalid_data();
    void addRefusesInvalid();
    void updateEditsTenantProfilesOnly();
    void removeFallsBackToTheDefaultActive();
    void duplicateFindsAFreeName();
    void moveReorders();
    void activeProfileIsRemembered();
    void persistenceRoundTrip();
    void damagedEntriesAreSkipped();
    void findByIdOrName();
    void environmentProfile();
    void environmentFromProcessEnvironment();
    void importSkipsDuplicatesAndRenames();
    void secretNeverReachesTheSettingsFile();
    void removeDeletesTheSecretAndDuplicateCopiesIt();

private:
    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat);
    }
    // A store over the test's settings file, with no SAIL_* variables whatever the process has.
    std::unique_ptr<ProfileStore> openStore(QSettings *settings) const
    {
        auto store = std::make_unique<ProfileStore>(settings);
        store->setEnvironment(SailEnvironment());
        return store;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsPath;
};

void tst_ProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settingsPath = m_dir->filePath(QStringLiteral("isc-console.conf"));
}

void tst_ProfileStore::cleanup()
{
    m_dir.reset();
}

void tst_ProfileStore::emptyStoreOffersOnlyTheSandbox()
{
    auto settings = openSettings();
    auto store = openStore(settings.get());
    QCOMPARE(store->profiles().size(), 1);
    QCOMPARE(store->profiles().constFirst().kind, TenantProfile::Kind::Sandbox);
    QCOMPARE(store->activeProfileId(), TenantProfile::sandboxId());
    QCOMPARE(store->activeProfile().kind, TenantProfile::Kind::Sandbox);
    QVERIFY(store->tenantProfiles().isEmpty());
    QVERIFY(!store->contains(TenantProfile::environmentId()));
}

void tst_ProfileStore::addAssignsIdAndNormalizes()
{
    auto settings = openSettings();
    auto store = openStore(settings.get());
    QSignalSpy added(store.get(), &ProfileStore::profileAdded);
    QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);
    QSignalSpy active(store.get(), &ProfileStore::activeProfileChanged);

    TenantProfile input = makeProfile(QStringLiteral("  Acme  "),
                                      QStringLiteral("https://Acme.API.identitynow.com/beta/"));
    input.id = QStringLiteral("ignored");
    input.readOnly = true;
    input.apiLocale = QStringLiteral("fr");
    QString error;
    const auto stored = store->add(input, &error);
    QVERIFY2(stored.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(!QUuid::fromString(stored->id).isNull());
    QCOMPARE(stored->kind, TenantProfile::Kind::Tenant);
    QCOMPARE(stored->name, QStringLiteral("Acme"));
    QCOMPARE(stored->baseUrl, QUrl(QStringLiteral("https://acme.api.identitynow.com")));
    QVERIFY(stored->readOnly);
    QCOMPARE(stored->apiLocale, QStringLiteral("fr"));
    QCOMPARE(store->profile(stored->id), stored);

    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toString(), stored->id);
    QCOMPARE(changed.size(), 1);
    // The first tenant becomes the default active profile in place of the sandbox.
    QCOMPARE(active.size(), 1);
    QCOMPARE(store->activeProfileId(), stored->id);

    // The order: tenants first, the sandbox last.
    const QList<TenantProfile> all = store->profiles();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, stored->id);
    QCOMPARE(all.at(1).id, TenantProfile::sandboxId());
}

void tst_ProfileStore::addRefusesInvalid_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::newRow("empty name") << ""
                                << "https://b.api.identitynow.com";
    QTest::newRow("taken name") << "acme"
                                << "https://b.api.identitynow.com";
    QTest::newRow("reserved name") << "Sandbox"
                                   << "https://b.api.identitynow.com";
    QTest::newRow("plain http") << "B"
                                << "http://b.api.identitynow.com";
    QTest::newRow("no url") << "B"
                            << "";
}

void tst_ProfileStore::addRefusesInvalid()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    auto settings = openSettings();
    auto store = openStore(settings.get());
    QVERIFY(store->add(
        makeProfile(QStringLiteral("Acme"), QStringLiteral("https://acme.api.identitynow.com"))));
    QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);

    const TenantProfile candidate = makeProfile(name, url);
    QVERIFY(!store->validate(candidate).isValid());
    QString error;
    QVERIFY(!store->add(candidate, &error).has_value());
    QVERIFY(!error.isEmpty());
    QCOMPARE(error, store->validate(candidate).errors().join(u' '));
    QCOMPARE(store->tenantProfiles().size(), 1);
    QCOMPARE(changed.size(), 0);
}

void tst_ProfileStore::updateEditsTenantProfilesOnly()
{
    auto settings = openSettings();
    auto store = openStore(settings.get());
    const auto acme = store->add(
        makeProfile(QStringLiteral("Acme"), QStringLiteral("https://acme.api.identitynow.com")));
    const auto beta = store->add(
        makeProfile(QStringLiteral("Beta"), QStringLiteral("https://beta.api.identitynow.com")));
    QVERIFY(acme && beta);
    QSignalSpy changed(store.get(), &ProfileStore::profileChanged);

    TenantProfile edited = *acme;
    edited.name = QStringLiteral("Acme Production");
    edited.clientId = idB;
    edited.readOnly = true;
    edited.baseUrl = QUrl(QStringLiteral("https://acme.api.identitynow.com/v2024"));
    QString error;
    QVERIFY2(store->update(edited, &error), qPrintable(error));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), acme->id);
    const TenantProfile now = *store->profile(acme->id);
    QCOMPARE(now.name, QStringLiteral("Acme Production"));
    QCOMPARE(now.clientId, idB);
    QVERIFY(now.readOnly);
    QCOMPARE(now.baseUrl, QUrl(QStringLiteral("https://acme.api.identitynow.com")));

    // Same values again: no change, no signal.
    QVERIFY(store->update(now));
    QCOMPARE(changed.size(), 1);

    // Taking the other's name is refused; the profile keeps its values.
    TenantProfile clash = now;
    clash.name = QStringLiteral("beta");
    QVERIFY(!store->update(clash, &error));
    QVERIFY(error.contains(QLatin1String("beta")));
    QCOMPARE(store->profile(acme->id)->name, QStringLiteral("Acme Production"));

    // Built-ins and unknown ids are refused.
    TenantProfile sandbox = TenantProfile::sandbox();
    sandbox.name = QStringLiteral("Mine");
    QVERIFY(!store->update(sandbox, &error));
    QVERIFY(!error.isEmpty());
    TenantProfile ghost = now;
    ghost.id = TenantProfile::createId();
    QVERIFY(!store->update(ghost, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(changed.size(), 1);
}

void tst_ProfileStore::removeFallsBackToTheDefaultActive()
{
    auto settings = openSettings();
    auto store = openStore(settings.get());
    const auto acme = store->add(
        makeProfile(QStringLiteral("Acme"), QStringLiteral("https://acme.api.identitynow.com")));
    const auto beta = store->add(
        makeProfile(QStringLiteral("Beta"), QStringLiteral("https://beta.api.identitynow.com")));
    QVERIFY(acme && beta);
    QVERIFY(store->setActiveProfile(beta->id));
    QSignalSpy removed(store.get(), &ProfileStore::profileRemoved);
    QSignalSpy active(store.get(), &ProfileStore::activeProfileChanged);

    QString error;
    QVERIFY(!store->remove(TenantProfile::sandboxId(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store->remove(TenantProfile::createId(), &error));

    QVERIFY2(store->remove(beta->id, &error), qPrintable(error));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(active.size(), 1);
    QCOMPARE(store->activeProfileId(), acme->id);
    QVERIFY(!store->contains(beta->id));

    QVERIFY(store->remove(acme->id));
    QCOMPARE(active.size(), 2);
    QCOMPARE(store->activeProfileId(), TenantProfile::sandboxId());
    QCOMPARE(store->profiles().size(), 1);
}

void tst_ProfileStore::duplicateFindsAFreeName()
{
    auto settings = openSettings();
    auto store = openStore(settings.get());
    const auto acme = store->add(
        makeProfile(QStringLiteral("Acme"), QStringLiteral("https://acme.api.identitynow.com")));
    const auto beta = store->add(
        makeProfile(QStringLiteral("Beta"), QStringLiteral("https://beta.api.identitynow.com")));
    QVERIFY(acme && beta);

    const auto copy1 = store->duplicate(acme->id);
    const auto copy2 = store->duplicate(acme->id);
    QVERIFY(copy1 && copy2);
    QCOMPARE(copy1->name, QStringLiteral("Acme (copy)"));
    QCOMPARE(copy2->name, QStringLiteral("Acme (copy 2)"));
    QVERIFY(copy1->id != acme->id && copy2->id != copy1->id);
    QCOMPARE(copy1->baseUrl, acme->baseUrl);
    QCOMPARE(copy1->clientId, acme->clientId);
    // Inserted right after the original (the latest copy first).
    const QList<TenantProfile> tenants = store->tenantProfiles();
    QCOMPARE(tenants.size(), 4);
    QCOMPARE(tenants.at(0).id, acme->id);
    QCOMPARE(tenants.at(1).id, copy2->id);
    QCOMPARE(tenants.at(2).id, copy1->id);
    QCOMPARE(tenants.at(3).id, beta->id);

    QString error;
    QVERIFY(!store->duplicate(TenantProfile::sandboxId(), &error));
    QVERIFY(!error.isEmpty());
}

void tst_ProfileStore::moveReorders()
{
    auto settings = openSettings();
    auto store = openStore(settings.get());
    QStringList ids;
    for (const char *name : {"One", "Two", "Three"}) {
        const auto added = store->add(makeProfile(
            QString::fromLatin1(name),
            QStringLiteral("https://%1.api.identitynow.com").arg(QString::fromLatin1(name))));
        QVERIFY(added);
        ids << added->id;
    }
    QVERIFY(store->move(ids.at(2), 0));
    QVERIFY(!store->move(TenantProfile::sandboxId(), 0));
    auto reopenedSettings = openSettings();
    auto reopened = openStore(reopenedSettings.get());
    QStringList order;
    for (const TenantProfile &profile : reopened->tenantProfiles())
        order << profile.id;
    QCOMPARE(order, (QStringList{ids.at(2), ids.at(0), ids.at(1)}));
}

void tst_ProfileStore::activeProfileIsRemembered()
{
    QString betaId;
    {
        auto settings = openSettings();
        auto store = openStore(settings.get());
        QVERIFY(store->add(makeProfile(QStringLiteral("Acme"),
                                       QStringLiteral("https://acme.api.identitynow.com"))));
        const auto beta = store->add(makeProfile(
            QStringLiteral("Beta"), QStringLiteral("https://beta.api.identitynow.com")));
        QVERIFY(beta);
        betaId = beta->id;
        QSignalSpy active(store.get(), &ProfileStore::activeProfileChanged);
        QVERIFY(!store->setActiveProfile(QStringLiteral("nope")));
        QCOMPARE(active.size(), 0);
        QVERIFY(store->setActiveProfile(betaId));
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.at(0).at(0).toString(), betaId);
        QVERIFY(store->setActiveProfile(betaId));
        QCOMPARE(active.size(), 1); // no change, no signal
    }
    {
        auto settings = openSettings();
        auto store = openStore(settings.get());
        QCOMPARE(store->activeProfileId(), betaId);
        // The sandbox can be chosen explicitly even with tenants configured.
        QVERIFY(store->setActiveProfile(TenantProfile::sandboxId()));
    }
    auto settings = openSettings();
    auto store = openStore(settings.get());
    QCOMPARE(store->activeProfileId(), TenantProfile::sandboxId());
}

void tst_ProfileStore::persistenceRoundTrip()
{
    QList<TenantProfile> written;
    {
        auto settings = openSettings();
        auto store = openStore(settings.get());
        TenantProfile a = makeProfile(QStringLiteral("Acme Prod"),
                                      QStringLiteral("https://acme.api.identitynow.com"));
        a.readOnly = true;
        a.apiLocale = QStringLiteral("zh-TW");
        TenantProfile b = makeProfile(QStringLiteral("Vanity / \"quoted\" = name; é"),
                                      QStringLiteral("https://iam.example.com:8443/api"), idB);
        TenantProfile c = makeProfile(QStringLiteral("Local"), QStringLiteral("http://127.0.0.1:9"),
                                      QStringLiteral("not-a-guid"));
        for (const TenantProfile &profile : {a, b, c}) {
            QString error;
            const auto stored = store->add(profile, &error);
            QVERIFY2(stored, qPrintable(error));
            written << *stored;
        }
        QVERIFY(store->setActiveProfile(written.at(1).id));
    }
    QVERIFY(QFile::exists(m_settingsPath));
    auto settings = openSettings();
    auto store = openStore(settings.get());
    QCOMPARE(store->tenantProfiles(), written);
    QCOMPARE(store->activeProfileId(), written.at(1).id);
    QCOMPARE(store->profile(written.at(0).id)->apiLocale, QStringLiteral("zh-TW"));
    QVERIFY(store->profile(written.at(0).id)->readOnly);
}

void tst_ProfileStore::damagedEntriesAreSkipped()
{
    const QString good = TenantProfile::createId();
    {
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("Tenants"));
        settings.beginWriteArray(QStringLiteral("profiles"));
        const QList<QStringList> rows = {
            {QString(), QStringLiteral("No id"), QStringLiteral("https://a.example.com")},
            {good, QStringLiteral("Good"), QStringLiteral("https://good.example.com")},
            {good, QStringLiteral("Same id"), QStringLiteral("https://b.example.com")},
            {TenantProfile::createId(), QStringLiteral("Plain"), QStringLiteral("http://c.com")},
            {TenantProfile::sandboxId(), QStringLiteral("Fake"), QStringLiteral("https://d.com")},
            {TenantProfile::createId(), QStringLiteral("Garbage"), QStringLiteral(":::")},
        };
        for (int i = 0; i < rows.size(); ++i) {
            settings.setArrayIndex(i);
            settings.setValue(QStringLiteral("id"), rows.at(i).at(0));
            settings.setValue(QStringLiteral("name"), rows.at(i).at(1));
            settings.setValue(QStringLiteral("baseUrl"), rows.at(i).at(2));
            settings.setValue(QStringLiteral("readOnly"), QStringLiteral("not a bool"));
        }
        settings.endArray();
        settings.setValue(QStringLiteral("activeProfile"), QStringLiteral("gone"));
        settings.endGroup();
    }
    auto settings = openSettings();
    auto store = openStore(settings.get());
    QCOMPARE(store->tenantProfiles().size(), 1);
    QCOMPARE(store->tenantProfiles().constFirst().id, good);
    QCOMPARE(store->tenantProfiles().constFirst().name, QStringLiteral("Good"));
    // An active id that names nothing falls back to the default.
    QCOMPARE(store->activeProfileId(), good);
}

void tst_ProfileStore::findByIdOrName()
{
    auto settings = openSettings();
    auto store = openStore(settings.get());
    const auto acme = store->add(
        makeProfile(QStringLiteral("Acme"), QStringLiteral("https://acme.api.identitynow.com")));
    QVERIFY(acme);
    QCOMPARE(store->find(acme->id)->id, acme->id);
    QCOMPARE(store->find(QStringLiteral("ACME"))->id, acme->id);
    QCOMPARE(store->find(QStringLiteral(" acme "))->id, acme->id);
    QCOMPARE(store->find(QStringLiteral("sandbox"))->kind, TenantProfile::Kind::Sandbox);
    QCOMPARE(store->find(QStringLiteral("Sandbox"))->kind, TenantProfile::Kind::Sandbox);
    QVERIFY(!store->find(QStringLiteral("environment")).has_value());
    QVERIFY(!store->find(QStringLiteral("nope")).has_value());
    QVERIFY(!store->find(QString()).has_value());
    store->setEnvironment(sailEnvironment(QStringLiteral("https://env.api.identitynow.com"), idA,
                                          QStringLiteral("s")));
    QCOMPARE(store->find(QStringLiteral("Environment"))->kind, TenantProfile::Kind::Environment);
    QCOMPARE(store->find(QStringLiteral("environment"))->kind, TenantProfile::Kind::Environment);
}

void tst_ProfileStore::environmentProfile()
{
    auto settings = openSettings();
    auto store = openStore(settings.get());
    const auto acme = store->add(
        makeProfile(QStringLiteral("Acme"), QStringLiteral("https://acme.api.identitynow.com")));
    QVERIFY(acme);
    QCOMPARE(store->activeProfileId(), acme->id);

    QSignalSpy added(store.get(), &ProfileStore::profileAdded);
    QSignalSpy removed(store.get(), &ProfileStore::profileRemoved);
    QSignalSpy active(store.get(), &ProfileStore::activeProfileChanged);
    const QString secret = QStringLiteral("env-secret-0123456789abcdef");
    store->setEnvironment(
        sailEnvironment(QStringLiteral("https://env.api.identitynow.com/v3/"), idB, secret));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toString(), TenantProfile::environmentId());
    // SAIL_* variables describe the tenant the user means now: the default active profile.
    QCOMPARE(active.size(), 1);
    QCOMPARE(store->activeProfileId(), TenantProfile::environmentId());
    const TenantProfile env = store->activeProfile();
    QCOMPARE(env.kind, TenantProfile::Kind::Environment);
    QVERIFY(env.isBuiltIn());
    QCOMPARE(env.baseUrl, QUrl(QStringLiteral("https://env.api.identitynow.com")));
    QCOMPARE(env.clientId, idB);
    QCOMPARE(store->environment().clientSecret(), secret);
    const QList<TenantProfile> all = store->profiles();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(1).kind, TenantProfile::Kind::Environment);

    // It cannot be edited or removed, and it is not persisted.
    QVERIFY(!store->update(env));
    QVERIFY(!store->remove(env.id));
    QVERIFY(store->setActiveProfile(env.id));
    settings->sync();
    QFile file(m_settingsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("env.api.identitynow.com"));
    QVERIFY(!bytes.contains(secret.toUtf8()));

    // The variables gone (next start): the explicit choice names nothing, the default wins.
    store->setEnvironment(SailEnvironment());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(store->activeProfileId(), acme->id);
    QCOMPARE(active.size(), 2);
    QVERIFY(!store->contains(TenantProfile::environmentId()));
}

void tst_ProfileStore::environmentFromProcessEnvironment()
{
    // The constructor reads the real process environment.
    qputenv("SAIL_BASE_URL", "https://proc.api.identitynow.com");
    qputenv("SAIL_CLIENT_ID", idA.toLatin1());
    qputenv("SAIL_CLIENT_SECRET", "proc-secret");
    auto settings = openSettings();
    ProfileStore store(settings.get());
    qunsetenv("SAIL_BASE_URL");
    qunsetenv("SAIL_CLIENT_ID");
    qunsetenv("SAIL_CLIENT_SECRET");
    QVERIFY(store.environment().isSet());
    QCOMPARE(store.activeProfileId(), TenantProfile::environmentId());
    QCOMPARE(store.activeProfile().baseUrl,
             QUrl(QStringLiteral("https://proc.api.identitynow.com")));
    QCOMPARE(store.environment().clientSecret(), QStringLiteral("proc-secret"));
}

void tst_ProfileStore::importSkipsDuplicatesAndRenames()
{
    auto settings = openSettings();
    auto store = openStore(settings.get());
    const auto acme = store->add(
        makeProfile(QStringLiteral("acme"), QStringLiteral("https://acme.api.identitynow.com")));
    QVERIFY(acme);

    const QList<TenantProfile> incoming = {
        // the same tenant and client: skipped
        makeProfile(QStringLiteral("acme-again"),
                    QStringLiteral("https://ACME.api.identitynow.com/"), idA.toUpper()),
        // the same name, another tenant: renamed
        makeProfile(QStringLiteral("Acme"), QStringLiteral("https://acme2.api.identitynow.com")),
        // a client id the CLI keeps elsewhere: imported without
        makeProfile(QStringLiteral("beta"), QStringLiteral("https://beta.api.identitynow.com"),
                    QString()),
        // refused URL: skipped with the reason
        makeProfile(QStringLiteral("insecure"), QStringLiteral("http://insecure.example.com")),
    };
    QSignalSpy added(store.get(), &ProfileStore::profileAdded);
    QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);
    QStringList skipped;
    const QList<TenantProfile> imported = store->importProfiles(incoming, &skipped);
    QCOMPARE(imported.size(), 2);
    QCOMPARE(imported.at(0).name, QStringLiteral("Acme (2)"));
    QCOMPARE(imported.at(0).baseUrl, QUrl(QStringLiteral("https://acme2.api.identitynow.com")));
    QCOMPARE(imported.at(1).name, QStringLiteral("beta"));
    QVERIFY(imported.at(1).clientId.isEmpty());
    QCOMPARE(skipped.size(), 2);
    QVERIFY(skipped.at(0).contains(QLatin1String("acme-again")));
    QVERIFY(skipped.at(1).contains(QLatin1String("insecure")));
    QCOMPARE(added.size(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store->tenantProfiles().size(), 3);

    // Importing the same again adds nothing.
    skipped.clear();
    QVERIFY(store->importProfiles(incoming.mid(1, 2), &skipped).isEmpty());
    QCOMPARE(skipped.size(), 2);
}

void tst_ProfileStore::secretNeverReachesTheSettingsFile()
{
    SecretStore::Options options;
    options.useKeychain = false; // never the desktop's keychain from a test
    options.fallbackFilePath = m_dir->filePath(QStringLiteral("data/client-secrets.json"));
    SecretStore secrets(options);
    auto settings = openSettings();
    auto store = openStore(settings.get());
    store->setSecretStore(&secrets);

    const QString secret = QStringLiteral("Zq8-") + QUuid::createUuid().toString(QUuid::Id128) +
        QUuid::createUuid().toString(QUuid::Id128);
    const auto acme = store->add(
        makeProfile(QStringLiteral("Acme"), QStringLiteral("https://acme.api.identitynow.com")));
    QVERIFY(acme);
    QVERIFY(run(secrets.write(acme->id, secret)).ok());
    TenantProfile edited = *acme;
    edited.readOnly = true;
    QVERIFY(store->update(edited));
    const auto copy = store->duplicate(acme->id);
    QVERIFY(copy);
    QTRY_VERIFY(run(secrets.read(copy->id)).secret == secret);
    QVERIFY(store->setActiveProfile(copy->id));
    settings->sync();

    QFile file(m_settingsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains(acme->id.toUtf8())); // the file is the one written
    for (const QByteArray &form : {secret.toUtf8(), secret.toUtf8().toBase64(),
                                   QUrl::toPercentEncoding(secret), secret.toUtf8().toHex()}) {
        QVERIFY2(!bytes.contains(form), form.constData());
    }
    QVERIFY(!bytes.toLower().contains("secret"));
}

void tst_ProfileStore::removeDeletesTheSecretAndDuplicateCopiesIt()
{
    SecretStore::Options options;
    options.useKeychain = false;
    options.fallbackFilePath = m_dir->filePath(QStringLiteral("client-secrets.json"));
    SecretStore secrets(options);
    secrets.setFileFallbackEnabled(true);
    auto settings = openSettings();
    auto store = openStore(settings.get());
    store->setSecretStore(&secrets);
    const auto acme = store->add(
        makeProfile(QStringLiteral("Acme"), QStringLiteral("https://acme.api.identitynow.com")));
    QVERIFY(acme);
    QCOMPARE(run(secrets.write(acme->id, QStringLiteral("s1"))).storage, SecretStorage::File);

    const auto copy = store->duplicate(acme->id);
    QVERIFY(copy);
    QTRY_COMPARE(run(secrets.read(copy->id)).secret, QStringLiteral("s1"));

    QVERIFY(store->remove(acme->id));
    QTRY_COMPARE(run(secrets.read(acme->id)).status, SecretJob::Status::NotFound);
    // The copy's secret is its own.
    QCOMPARE(run(secrets.read(copy->id)).secret, QStringLiteral("s1"));
    QVERIFY(store->remove(copy->id));
    QTRY_COMPARE(run(secrets.read(copy->id)).status, SecretJob::Status::NotFound);
    QTRY_VERIFY(!QFile::exists(options.fallbackFilePath)); // the last secret took the file along
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
