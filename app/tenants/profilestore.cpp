#include "profilestore.h"

#include "net/connection.h"
#include "net/logging.h"
#include "secretstore.h"

#include <QSet>
#include <QSettings>

namespace isc {

namespace {

const QString &groupKey()
{
    static const QString key = QStringLiteral("Tenants");
    return key;
}

// The fields a dialog types are trimmed; the URL is stored bare (no /beta, no trailing slash).
TenantProfile cleaned(TenantProfile profile)
{
    profile.name = profile.name.trimmed();
    profile.clientId = profile.clientId.trimmed();
    profile.apiLocale = profile.apiLocale.trimmed();
    if (profile.baseUrl.isValid())
        profile.baseUrl = TenantProfile::normalizeBaseUrl(profile.baseUrl);
    return profile;
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_environment(SailEnvironment::fromProcessEnvironment())
{
    load();
}

ProfileStore::~ProfileStore() = default;

std::unique_ptr<QSettings> ProfileStore::openDefaultSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QStringLiteral("isc-console"),
                                       QStringLiteral("isc-console"));
}

void ProfileStore::load()
{
    m_profiles.clear();
    m_settings->beginGroup(groupKey());
    const int count = m_settings->beginReadArray(QStringLiteral("profiles"));
    QSet<QString> seen;
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        TenantProfile profile;
        profile.id = m_settings->value(QStringLiteral("id")).toString().trimmed();
        profile.name = m_settings->value(QStringLiteral("name")).toString().trimmed();
        profile.baseUrl =
            QUrl(m_settings->value(QStringLiteral("baseUrl")).toString(), QUrl::StrictMode);
        profile.clientId = m_settings->value(QStringLiteral("clientId")).toString().trimmed();
        profile.readOnly = m_settings->value(QStringLiteral("readOnly"), false).toBool();
        profile.apiLocale = m_settings->value(QStringLiteral("apiLocale")).toString().trimmed();

        if (profile.id.isEmpty() || profile.id == TenantProfile::sandboxId() ||
            profile.id == TenantProfile::environmentId() || seen.contains(profile.id)) {
            qCWarning(lcTenants, "settings: skipping tenant profile %d: missing or duplicate id",
                      i);
            continue;
        }
        if (!isAllowedBaseUrl(profile.baseUrl)) {
            qCWarning(lcTenants, "settings: skipping tenant profile %s: base URL refused",
                      qUtf8Printable(profile.id));
            continue;
        }
        if (profile.name.isEmpty())
            profile.name = profile.baseUrl.host();
        seen.insert(profile.id);
        m_profiles.append(cleaned(profile));
    }
    m_settings->endArray();
    m_activeId = m_settings->value(QStringLiteral("activeProfile")).toString();
    m_settings->endGroup();
    qCDebug(lcTenants, "loaded %lld tenant profiles from %s", qlonglong(m_profiles.size()),
            qUtf8Printable(m_settings->fileName()));
}

bool ProfileStore::save(QString *error)
{
    m_settings->beginGroup(groupKey());
    m_settings->remove(QStringLiteral("profiles"));
    m_settings->beginWriteArray(QStringLiteral("profiles"), int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const TenantProfile &profile = m_profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), profile.id);
        m_settings->setValue(QStringLiteral("name"), profile.name);
        m_settings->setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString());
        m_settings->setValue(QStringLiteral("clientId"), profile.clientId);
        m_settings->setValue(QStringLiteral("readOnly"), profile.readOnly);
        m_settings->setValue(QStringLiteral("apiLocale"), profile.apiLocale);
    }
    m_settings->endArray();
    if (m_activeId.isEmpty())
        m_settings->remove(QStringLiteral("activeProfile"));
    else
        m_settings->setValue(QStringLiteral("activeProfile"), m_activeId);
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        const QString message =
            tr("The tenant profiles could not be saved to %1.").arg(m_settings->fileName());
        qCWarning(lcTenants, "%s", qUtf8Printable(message));
        if (error)
            *error = message;
        return false;
    }
    return true;
}

void ProfileStore::setEnvironment(const SailEnvironment &environment)
{
    const QString activeBefore = activeProfileId();
    const bool had = m_environment.isSet();
    const TenantProfile before = m_environment.profile();
    m_environment = environment;
    const bool has = m_environment.isSet();
    if (!had && !has)
        return;
    if (!had)
        Q_EMIT profileAdded(TenantProfile::environmentId());
    else if (!has)
        Q_EMIT profileRemoved(TenantProfile::environmentId());
    else if (before != m_environment.profile())
        Q_EMIT profileChanged(TenantProfile::environmentId());
    Q_EMIT profilesChanged();
    if (activeProfileId() != activeBefore)
        Q_EMIT activeProfileChanged(activeProfileId());
}

QList<TenantProfile> ProfileStore::profiles() const
{
    QList<TenantProfile> out = m_profiles;
    if (m_environment.isSet())
        out.append(m_environment.profile());
    out.append(TenantProfile::sandbox());
    return out;
}

std::optional<TenantProfile> ProfileStore::profile(const QString &id) const
{
    if (id == TenantProfile::sandboxId())
        return TenantProfile::sandbox();
    if (id == TenantProfile::environmentId()) {
        if (m_environment.isSet())
            return m_environment.profile();
        return std::nullopt;
    }
    const int index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

std::optional<TenantProfile> ProfileStore::find(const QString &idOrName) const
{
    const QString wanted = idOrName.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    if (auto byId = profile(wanted))
        return byId;
    const QList<TenantProfile> all = profiles();
    for (const TenantProfile &candidate : all) {
        if (candidate.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    if (wanted.compare(QLatin1String("Sandbox"), Qt::CaseInsensitive) == 0)
        return profile(TenantProfile::sandboxId());
    if (wanted.compare(QLatin1String("Environment"), Qt::CaseInsensitive) == 0)
        return profile(TenantProfile::environmentId());
    return std::nullopt;
}

QString ProfileStore::defaultActiveId() const
{
    if (m_environment.isSet())
        return TenantProfile::environmentId();
    if (!m_profiles.isEmpty())
        return m_profiles.constFirst().id;
    return TenantProfile::sandboxId();
}

QString ProfileStore::activeProfileId() const
{
    if (!m_activeId.isEmpty() && contains(m_activeId))
        return m_activeId;
    return defaultActiveId();
}

TenantProfile ProfileStore::activeProfile() const
{
    return profile(activeProfileId()).value_or(TenantProfile::sandbox());
}

bool ProfileStore::setActiveProfile(const QString &id)
{
    if (!contains(id))
        return false;
    const QString before = activeProfileId();
    m_activeId = id;
    // On failure the choice still holds for this session; only its persistence failed.
    if (!save(nullptr))
        qCWarning(lcTenants, "the active profile will not be remembered");
    if (activeProfileId() != before)
        Q_EMIT activeProfileChanged(activeProfileId());
    return true;
}

ProfileValidation ProfileStore::validate(const TenantProfile &profile) const
{
    return ProfileValidation::validate(cleaned(profile), profiles());
}

std::optional<TenantProfile> ProfileStore::add(const TenantProfile &profile, QString *error)
{
    TenantProfile stored = cleaned(profile);
    stored.kind = TenantProfile::Kind::Tenant;
    stored.id = TenantProfile::createId();
    const ProfileValidation validation = ProfileValidation::validate(stored, profiles());
    if (!validation.isValid()) {
        if (error)
            *error = validation.errors().join(u' ');
        return std::nullopt;
    }
    const QString activeBefore = activeProfileId();
    m_profiles.append(stored);
    if (!save(error)) {
        m_profiles.removeLast();
        save(nullptr);
        return std::nullopt;
    }
    Q_EMIT profileAdded(stored.id);
    Q_EMIT profilesChanged();
    if (activeProfileId() != activeBefore)
        Q_EMIT activeProfileChanged(activeProfileId());
    return stored;
}

bool ProfileStore::update(const TenantProfile &profile, QString *error)
{
    const int index = indexOf(profile.id);
    if (index < 0) {
        if (error) {
            *error = profile.kind == TenantProfile::Kind::Tenant
                ? tr("The profile \"%1\" no longer exists.").arg(profile.name)
                : tr("The built-in profile \"%1\" cannot be edited.").arg(profile.name);
        }
        return false;
    }
    TenantProfile stored = cleaned(profile);
    stored.kind = TenantProfile::Kind::Tenant;
    const ProfileValidation validation = ProfileValidation::validate(stored, profiles());
    if (!validation.isValid()) {
        if (error)
            *error = validation.errors().join(u' ');
        return false;
    }
    const TenantProfile previous = m_profiles.at(index);
    if (previous == stored)
        return true;
    m_profiles[index] = stored;
    if (!save(error)) {
        m_profiles[index] = previous;
        save(nullptr);
        return false;
    }
    Q_EMIT profileChanged(stored.id);
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::remove(const QString &id, QString *error)
{
    const int index = indexOf(id);
    if (index < 0) {
        if (error) {
            const auto builtIn = profile(id);
            *error = builtIn
                ? tr("The built-in profile \"%1\" cannot be removed.").arg(builtIn->name)
                : tr("There is no profile with the id %1.").arg(id);
        }
        return false;
    }
    const QString activeBefore = activeProfileId();
    const TenantProfile removed = m_profiles.takeAt(index);
    const QString previousChoice = m_activeId;
    if (m_activeId == id)
        m_activeId.clear();
    if (!save(error)) {
        m_profiles.insert(index, removed);
        m_activeId = previousChoice;
        save(nullptr);
        return false;
    }
    if (m_secrets) {
        SecretJob *job = m_secrets->remove(id);
        connect(job, &SecretJob::finished, this, [id](const SecretJob::Result &result) {
            if (!result.ok())
                qCWarning(lcTenants, "the secret of removed profile %s could not be deleted: %s",
                          qUtf8Printable(id), qUtf8Printable(result.message));
        });
        job->start();
    }
    Q_EMIT profileRemoved(id);
    Q_EMIT profilesChanged();
    if (activeProfileId() != activeBefore)
        Q_EMIT activeProfileChanged(activeProfileId());
    return true;
}

std::optional<TenantProfile> ProfileStore::duplicate(const QString &id, QString *error)
{
    const int index = indexOf(id);
    if (index < 0) {
        if (error)
            *error = tr("Only a tenant profile that exists can be duplicated.");
        return std::nullopt;
    }
    TenantProfile copy = m_profiles.at(index);
    copy.id = TenantProfile::createId();
    //: Name of a duplicated profile, %1 the original name
    copy.name = freeName(tr("%1 (copy)").arg(copy.name),
                         //: Name of a duplicated profile when "X (copy)" is taken; %1 the
                         //: original name, %2 a number from 2
                         tr("%1 (copy %2)"), copy.name);
    m_profiles.insert(index + 1, copy);
    if (!save(error)) {
        m_profiles.removeAt(index + 1);
        save(nullptr);
        return std::nullopt;
    }
    if (m_secrets)
        m_secrets->copy(id, copy.id);
    Q_EMIT profileAdded(copy.id);
    Q_EMIT profilesChanged();
    return copy;
}

bool ProfileStore::move(const QString &id, int index)
{
    const int from = indexOf(id);
    if (from < 0)
        return false;
    const int to = qBound(0, index, int(m_profiles.size()) - 1);
    if (from == to)
        return true;
    m_profiles.move(from, to);
    if (!save(nullptr)) {
        m_profiles.move(to, from);
        return false;
    }
    Q_EMIT profilesChanged();
    return true;
}

QList<TenantProfile> ProfileStore::importProfiles(const QList<TenantProfile> &profilesToAdd,
                                                  QStringList *skipped)
{
    QList<TenantProfile> added;
    const QString activeBefore = activeProfileId();
    for (const TenantProfile &incoming : profilesToAdd) {
        TenantProfile candidate = cleaned(incoming);
        candidate.kind = TenantProfile::Kind::Tenant;
        candidate.id = TenantProfile::createId();
        bool duplicateFound = false;
        for (const TenantProfile &existing : std::as_const(m_profiles)) {
            if (existing.baseUrl == candidate.baseUrl &&
                existing.clientId.compare(candidate.clientId, Qt::CaseInsensitive) == 0) {
                if (skipped)
                    skipped->append(tr("\"%1\" is already configured as \"%2\".")
                                        .arg(candidate.name, existing.name));
                duplicateFound = true;
                break;
            }
        }
        if (duplicateFound)
            continue;
        if (candidate.name.isEmpty())
            candidate.name = candidate.baseUrl.host();
        candidate.name = freeName(candidate.name,
                                  //: Name of an imported profile whose name is taken; %1 the
                                  //: name, %2 a number from 2
                                  tr("%1 (%2)"), candidate.name);
        const ProfileValidation validation = ProfileValidation::validate(candidate, profiles());
        if (!validation.isValid()) {
            if (skipped)
                skipped->append(
                    tr("\"%1\" was not imported: %2").arg(candidate.name, validation.firstError()));
            continue;
        }
        m_profiles.append(candidate);
        added.append(candidate);
    }
    if (added.isEmpty())
        return added;
    QString error;
    if (!save(&error)) {
        for (int i = 0; i < added.size(); ++i)
            m_profiles.removeLast();
        save(nullptr);
        if (skipped)
            skipped->append(error);
        return {};
    }
    for (const TenantProfile &profile : std::as_const(added))
        Q_EMIT profileAdded(profile.id);
    Q_EMIT profilesChanged();
    if (activeProfileId() != activeBefore)
        Q_EMIT activeProfileChanged(activeProfileId());
    return added;
}

QString ProfileStore::freeName(const QString &wanted, const QString &pattern,
                               const QString &base) const
{
    const QList<TenantProfile> all = profiles();
    const auto taken = [&all](const QString &name) {
        TenantProfile probe;
        probe.name = name;
        return ProfileValidation::validate(probe, all)
            .hasIssue(ProfileValidation::Field::Name, ProfileValidation::Severity::Error);
    };
    // An empty name is not "taken" but invalid: validation reports it to the caller.
    if (wanted.trimmed().isEmpty() || !taken(wanted))
        return wanted;
    for (int n = 2; n < 10000; ++n) {
        // One arg() call with both values, so a "%2" inside the name is left alone.
        const QString name = pattern.arg(base, QString::number(n));
        if (!taken(name))
            return name;
    }
    return wanted; // validation then reports the clash
}

int ProfileStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace isc
