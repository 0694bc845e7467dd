#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace QKeychain {
class Job;
}

namespace isc {

class SecretStore;

// Where a client secret was found or put.
enum class SecretStorage {
    None, // nowhere (not found, deleted, or failed)
    Keychain, // the OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credentials)
    Session, // this process's memory: lost when the console exits
    File, // the opt-in fallback file, readable by the user only (0600)
};

// One operation on a secret: read, write, delete, or probe the keychain. Made by
// SecretStore; connect to finished(), then start(). finished() is emitted exactly once,
// always after start() returned (never from inside it), and the job deletes itself later.
class SecretJob final : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Delete, Probe };
    Q_ENUM(Operation)

    enum class Status {
        Ok, // done: read found a secret, write stored it, delete removed it (or none was there)
        NotFound, // read only: no secret for this profile anywhere
        Failed, // errorString() says why; nothing usable happened
        Cancelled, // cancel() was called
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString secret; // read only; never log it
        SecretStorage storage = SecretStorage::None;
        // Failed: why. Ok with storage Session or File: the translated warning to show (the
        // keychain is unavailable, where the secret went instead). Otherwise empty.
        QString message;

        bool ok() const { return status == Status::Ok; }
    };

    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    QString profileId() const { return m_profileId; }

    void start();
    // finished(Cancelled) follows. A keychain call already under way cannot be withdrawn: a
    // cancelled write or delete may still take effect.
    void cancel();

Q_SIGNALS:
    void finished(const isc::SecretJob::Result &result);

private:
    friend class SecretStore;
    SecretJob(SecretStore *store, Operation operation, const QString &profileId,
              const QString &secret);

    void run();
    void startKeychainJob(QKeychain::Job *job);
    void onKeychainFinished(QKeychain::Job *job);
    void onKeychainTimeout();
    void stopListening();
    void keychainDone(int error, const QString &errorString, const QString &data);
    void finishRead(bool keychainWorked);
    void finishWrite(bool keychainWorked);
    void finishDelete(bool keychainWorked, const QString &keychainError);
    void finish(Result result);

    QPointer<SecretStore> m_store;
    Operation m_operation;
    QString m_profileId;
    QString m_secret;
    QPointer<QKeychain::Job> m_keychainJob; // owns itself; never deleted from here
    QTimer *m_timeout = nullptr;
    bool m_started = false;
    bool m_finished = false;
    bool m_probeWritten = false;
};

} // namespace isc

Q_DECLARE_METATYPE(isc::SecretJob::Result)
