#include "secretstore.h"

#include "net/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace isc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("isc::SecretStore", text);
}

constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

const QString &formatName()
{
    static const QString name = QStringLiteral("isc-console client secrets");
    return name;
}

// The whole file: {"format": ..., "version": 1, "secrets": {"<profile id>": "<secret>"}}.
// `error` is set (translated) when the file exists but cannot be used.
QJsonObject loadSecrets(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The secret file %1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
        QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (file.permissions() & others) {
        // Someone loosened it: tighten it again before anything else reads it.
        qCWarning(lcTenants, "the secret file %s was readable by others; restricting it",
                  qUtf8Printable(path));
        file.setPermissions(ownerOnlyFile);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        root.value(QLatin1String("format")).toString() != formatName() ||
        !root.value(QLatin1String("secrets")).isObject()) {
        *error = tr("The secret file %1 is damaged; enter the client secrets again.").arg(path);
        return {};
    }
    return root.value(QLatin1String("secrets")).toObject();
}

// Replaces the file atomically; the temporary file is restricted to the user before a single
// byte of secret is written to it.
bool saveSecrets(const QString &path, const QJsonObject &secrets, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnlyFile)) {
        *error = tr("The secret file %1 cannot be written: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    QJsonObject root;
    root.insert(QLatin1String("format"), formatName());
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("secrets"), secrets);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("The secret file %1 cannot be written: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : SecretStore(Options(), parent)
{ }

SecretStore::SecretStore(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_fallbackFilePath(options.fallbackFilePath.isEmpty() ? defaultFallbackFilePath()
                                                            : options.fallbackFilePath)
{
    if (!m_options.useKeychain) {
        m_status = KeychainStatus::Disabled;
        m_message = fallbackWarning();
    }
}

SecretStore::~SecretStore()
{
    // Session secrets die with the store; overwrite them before the memory is released.
    for (auto it = m_session.begin(); it != m_session.end(); ++it)
        it.value().fill(u'\0');
}

QString SecretStore::defaultFallbackFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
        QLatin1String("/isc-console/client-secrets.json");
}

void SecretStore::setFileFallbackEnabled(bool enabled)
{
    if (m_fileFallback == enabled)
        return;
    m_fileFallback = enabled;
    if (m_status == KeychainStatus::Unavailable || m_status == KeychainStatus::Disabled) {
        m_message = fallbackWarning();
        Q_EMIT keychainStatusChanged(m_status, m_message);
    }
}

SecretJob *SecretStore::makeJob(SecretJob::Operation operation, const QString &profileId,
                                const QString &secret)
{
    return new SecretJob(this, operation, profileId, secret);
}

SecretJob *SecretStore::read(const QString &profileId)
{
    return makeJob(SecretJob::Operation::Read, profileId);
}

SecretJob *SecretStore::write(const QString &profileId, const QString &secret)
{
    return makeJob(SecretJob::Operation::Write, profileId, secret);
}

SecretJob *SecretStore::remove(const QString &profileId)
{
    return makeJob(SecretJob::Operation::Delete, profileId);
}

SecretJob *SecretStore::probe()
{
    return makeJob(SecretJob::Operation::Probe, QString());
}

void SecretStore::copy(const QString &fromId, const QString &toId)
{
    SecretJob *readJob = read(fromId);
    connect(readJob, &SecretJob::finished, this, [this, toId](const SecretJob::Result &result) {
        if (result.status == SecretJob::Status::NotFound)
            return;
        if (!result.ok()) {
            qCWarning(lcTenants, "the secret could not be copied: %s",
                      qUtf8Printable(result.message));
            return;
        }
        SecretJob *writeJob = write(toId, result.secret);
        connect(writeJob, &SecretJob::finished, this, [](const SecretJob::Result &written) {
            if (!written.ok())
                qCWarning(lcTenants, "the copied secret could not be stored: %s",
                          qUtf8Printable(written.message));
        });
        writeJob->start();
    });
    readJob->start();
}

void SecretStore::setKeychainWorks()
{
    if (m_status == KeychainStatus::Available)
        return;
    m_status = KeychainStatus::Available;
    m_keychainError.clear();
    m_message.clear();
    qCInfo(lcTenants, "the keychain works");
    Q_EMIT keychainStatusChanged(m_status, m_message);
}

void SecretStore::setKeychainFailed(const QString &reason)
{
    if (m_status == KeychainStatus::Unavailable && m_keychainError == reason)
        return;
    qCInfo(lcTenants, "the keychain (%s) is unavailable: %s", qUtf8Printable(service()),
           qUtf8Printable(reason));
    m_status = KeychainStatus::Unavailable;
    m_keychainError = reason;
    m_message = fallbackWarning();
    Q_EMIT keychainStatusChanged(m_status, m_message);
}

QString SecretStore::fallbackWarning() const
{
    if (m_status == KeychainStatus::Disabled) {
        if (m_fileFallback)
            return tr("The system keychain is not used. Client secrets are stored unencrypted "
                      "in %1, readable only by you.")
                .arg(QDir::toNativeSeparators(m_fallbackFilePath));
        return tr("The system keychain is not used. Client secrets are kept in memory for "
                  "this session only.");
    }
    const QString reason = m_keychainError.isEmpty() ? tr("no answer") : m_keychainError;
    if (m_fileFallback)
        //: %1 the keychain's own error message, %2 a file path
        return tr("No system keychain is available (%1). Client secrets are stored "
                  "unencrypted in %2, readable only by you.")
            .arg(reason, QDir::toNativeSeparators(m_fallbackFilePath));
    //: %1 the keychain's own error message
    return tr("No system keychain is available (%1). Client secrets are kept in memory for "
              "this session only and must be entered again after the console restarts.")
        .arg(reason);
}

void SecretStore::setSessionSecret(const QString &id, const QString &secret)
{
    m_session.insert(id, secret);
}

void SecretStore::removeSessionSecret(const QString &id)
{
    auto it = m_session.find(id);
    if (it == m_session.end())
        return;
    it.value().fill(u'\0');
    m_session.erase(it);
}

bool SecretStore::readFileSecret(const QString &id, QString *secret, QString *error) const
{
    const QJsonObject secrets = loadSecrets(m_fallbackFilePath, error);
    const QString value = secrets.value(id).toString();
    if (value.isEmpty())
        return false;
    *secret = value;
    return true;
}

bool SecretStore::writeFileSecret(const QString &id, const QString &secret, QString *error)
{
    const QFileInfo info(m_fallbackFilePath);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral("."))) {
            *error = tr("The folder %1 cannot be created.")
                         .arg(QDir::toNativeSeparators(dir.absolutePath()));
            return false;
        }
        QFile::setPermissions(dir.absolutePath(), ownerOnlyDir);
    }
    QString loadError;
    QJsonObject secrets = loadSecrets(m_fallbackFilePath, &loadError);
    if (!loadError.isEmpty())
        qCWarning(lcTenants, "%s; rewriting it", qUtf8Printable(loadError));
    secrets.insert(id, secret);
    return saveSecrets(m_fallbackFilePath, secrets, error);
}

bool SecretStore::removeFileSecret(const QString &id, QString *error)
{
    if (!QFileInfo::exists(m_fallbackFilePath))
        return true;
    QString loadError;
    QJsonObject secrets = loadSecrets(m_fallbackFilePath, &loadError);
    if (!loadError.isEmpty() || !secrets.contains(id))
        return true; // nothing readable to remove
    secrets.remove(id);
    if (secrets.isEmpty()) {
        if (QFile::remove(m_fallbackFilePath))
            return true;
        *error = tr("The secret file %1 cannot be removed.")
                     .arg(QDir::toNativeSeparators(m_fallbackFilePath));
        return false;
    }
    return saveSecrets(m_fallbackFilePath, secrets, error);
}

} // namespace isc
