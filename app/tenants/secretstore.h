#pragma once

#include "secretjob.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace isc {

// The client secrets of the tenant profiles, keyed by profile id: in the OS keychain through
// QtKeychain (service "isc-console", key = profile id), never in QSettings.
//
// When no keychain answers (no Secret Service or KWallet on the session bus: CI, minimal
// desktops, containers), keychainStatus() becomes Unavailable with a translated message for
// the UI to show as a warning, and written secrets are kept in memory for this session only.
// With setFileFallbackEnabled(true), an explicit opt-in, they also go to a JSON file only the
// user can read (0600, in a 0700 folder), with a warning; that file is read back when present.
//
// Lookup order of a read: this session's memory (it holds only what the keychain refused
// during this session, so it is the newest), the keychain, the fallback file. A write that the
// keychain takes removes the copies in memory and in the file. Rotating a secret is a write.
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    enum class KeychainStatus {
        Unknown, // not used yet in this session
        Available, // the last keychain call worked
        Unavailable, // the last keychain call failed: keychainMessage() says why
        Disabled, // Options::useKeychain is false
    };
    Q_ENUM(KeychainStatus)

    struct Options
    {
        QString service = QStringLiteral("isc-console"); // the keychain's service name
        // False: never touch the keychain (tests that must not reach the desktop's keychain).
        bool useKeychain = true;
        QString fallbackFilePath; // empty: defaultFallbackFilePath()
        // A keychain call that has not answered by then counts as failed (a locked keyring
        // whose unlock prompt nobody answers, a hung daemon).
        int keychainTimeoutMs = 120000;
    };

    explicit SecretStore(QObject *parent = nullptr);
    explicit SecretStore(const Options &options, QObject *parent = nullptr);
    ~SecretStore() override;

    // <generic data location>/isc-console/client-secrets.json, e.g. on Linux
    // ~/.local/share/isc-console/client-secrets.json ($XDG_DATA_HOME).
    static QString defaultFallbackFilePath();

    QString service() const { return m_options.service; }
    KeychainStatus keychainStatus() const { return m_status; }
    // Translated: why the keychain is unavailable and where secrets go instead; empty while
    // it works.
    QString keychainMessage() const { return m_message; }

    bool isFileFallbackEnabled() const { return m_fileFallback; }
    // The caller persists this choice (it is not a secret) and restores it at start-up.
    void setFileFallbackEnabled(bool enabled);
    QString fallbackFilePath() const { return m_fallbackFilePath; }

    // Jobs, not started: connect to SecretJob::finished, then start(). Each is a child of the
    // store and deletes itself after finishing.
    SecretJob *read(const QString &profileId);
    SecretJob *write(const QString &profileId, const QString &secret);
    SecretJob *remove(const QString &profileId);
    // Writes and deletes a throw-away entry to learn whether the keychain works, so the UI can
    // warn before the user types a secret. Ok means it works; Failed carries the message.
    SecretJob *probe();

    // Reads `fromId` and writes the secret under `toId`, in the background (duplicate).
    void copy(const QString &fromId, const QString &toId);

Q_SIGNALS:
    void keychainStatusChanged(isc::SecretStore::KeychainStatus status, const QString &message);

private:
    friend class SecretJob;
    SecretJob *makeJob(SecretJob::Operation operation, const QString &profileId,
                       const QString &secret = {});

    void setKeychainWorks();
    void setKeychainFailed(const QString &reason);
    QString fallbackWarning() const;

    // The session memory and the fallback file; errors are translated sentences.
    QString sessionSecret(const QString &id) const { return m_session.value(id); }
    void setSessionSecret(const QString &id, const QString &secret);
    void removeSessionSecret(const QString &id);
    bool readFileSecret(const QString &id, QString *secret, QString *error) const;
    bool writeFileSecret(const QString &id, const QString &secret, QString *error);
    bool removeFileSecret(const QString &id, QString *error);

    Options m_options;
    QString m_fallbackFilePath;
    KeychainStatus m_status = KeychainStatus::Unknown;
    QString m_keychainError; // the backend's own words, for the message
    QString m_message;
    bool m_fileFallback = false;
    QHash<QString, QString> m_session;
};

} // namespace isc
