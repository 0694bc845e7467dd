#include "secretjob.h"

#include "net/logging.h"
#include "secretstore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace isc {

namespace {

// A throw-away key for probe(); it never names a profile (profile ids are UUIDs).
QString probeKey()
{
    return QStringLiteral("isc-console-keychain-probe");
}

} // namespace

SecretJob::SecretJob(SecretStore *store, Operation operation, const QString &profileId,
                     const QString &secret)
    : QObject(store)
    , m_store(store)
    , m_operation(operation)
    , m_profileId(profileId)
    , m_secret(secret)
{ }

SecretJob::~SecretJob() = default;

void SecretJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    // Queued, so that finished() never fires inside start().
    QMetaObject::invokeMethod(this, &SecretJob::run, Qt::QueuedConnection);
}

void SecretJob::cancel()
{
    Result result;
    result.status = Status::Cancelled;
    finish(result);
}

void SecretJob::run()
{
    if (m_finished)
        return;
    if (!m_store) {
        Result result;
        result.message = tr("The secret store was closed.");
        finish(result);
        return;
    }
    const bool keychain = m_store->m_options.useKeychain;
    const QString service = m_store->service();

    switch (m_operation) {
    case Operation::Read: {
        const QString session = m_store->sessionSecret(m_profileId);
        if (!session.isEmpty()) {
            Result result;
            result.status = Status::Ok;
            result.secret = session;
            result.storage = SecretStorage::Session;
            result.message = m_store->keychainMessage();
            finish(result);
            return;
        }
        if (!keychain) {
            finishRead(false);
            return;
        }
        auto *job = new QKeychain::ReadPasswordJob(service);
        job->setKey(m_profileId);
        startKeychainJob(job);
        return;
    }
    case Operation::Write: {
        if (m_secret.isEmpty()) {
            Result result;
            result.message = tr("The client secret is empty.");
            finish(result);
            return;
        }
        if (!keychain) {
            finishWrite(false);
            return;
        }
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setKey(m_profileId);
        job->setTextData(m_secret);
        startKeychainJob(job);
        return;
    }
    case Operation::Delete: {
        m_store->removeSessionSecret(m_profileId);
        if (!keychain) {
            finishDelete(false, QString());
            return;
        }
        auto *job = new QKeychain::DeletePasswordJob(service);
        job->setKey(m_profileId);
        startKeychainJob(job);
        return;
    }
    case Operation::Probe: {
        if (!keychain) {
            Result result;
            result.message = m_store->keychainMessage();
            finish(result);
            return;
        }
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setKey(probeKey());
        job->setTextData(QStringLiteral("probe"));
        startKeychainJob(job);
        return;
    }
    }
}

void SecretJob::startKeychainJob(QKeychain::Job *job)
{
    // The QtKeychain job owns itself (autoDelete) and must never be deleted while it runs:
    // its backend calls back into it. This job only listens, and stops listening when it is
    // destroyed or gives up.
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never the plain-text QSettings store of QtKeychain
    m_keychainJob = job;
    connect(job, &QKeychain::Job::finished, this, &SecretJob::onKeychainFinished);
    if (!m_timeout) {
        m_timeout = new QTimer(this);
        m_timeout->setSingleShot(true);
        connect(m_timeout, &QTimer::timeout, this, &SecretJob::onKeychainTimeout);
    }
    m_timeout->start(m_store->m_options.keychainTimeoutMs);
    job->start();
}

void SecretJob::stopListening()
{
    if (m_timeout)
        m_timeout->stop();
    if (m_keychainJob)
        disconnect(m_keychainJob, nullptr, this, nullptr);
    m_keychainJob = nullptr;
}

void SecretJob::onKeychainFinished(QKeychain::Job *job)
{
    stopListening();
    QString data;
    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
        data = read->textData();
    keychainDone(int(job->error()), job->errorString(), data);
}

void SecretJob::onKeychainTimeout()
{
    const int seconds = qMax(1, m_store ? m_store->m_options.keychainTimeoutMs / 1000 : 1);
    // The keychain job under way deletes itself whenever it ends; nobody listens any more.
    stopListening();
    keychainDone(int(QKeychain::OtherError),
                 tr("The keychain did not answer within %n second(s).", nullptr, seconds),
                 QString());
}

void SecretJob::keychainDone(int error, const QString &errorString, const QString &data)
{
    if (m_finished)
        return;
    if (!m_store) {
        Result result;
        result.message = tr("The secret store was closed.");
        finish(result);
        return;
    }
    const auto code = QKeychain::Error(error);
    const bool answered = code == QKeychain::NoError || code == QKeychain::EntryNotFound;
    if (!answered)
        m_store->setKeychainFailed(errorString);

    switch (m_operation) {
    case Operation::Read:
        if (code == QKeychain::NoError && !data.isEmpty()) {
            m_store->setKeychainWorks();
            Result result;
            result.status = Status::Ok;
            result.secret = data;
            result.storage = SecretStorage::Keychain;
            finish(result);
            return;
        }
        finishRead(answered);
        return;
    case Operation::Write:
        finishWrite(code == QKeychain::NoError);
        return;
    case Operation::Delete:
        finishDelete(answered, errorString);
        return;
    case Operation::Probe:
        if (code != QKeychain::NoError) {
            Result result;
            result.message = m_store->keychainMessage();
            finish(result);
            return;
        }
        if (!m_probeWritten) {
            m_probeWritten = true;
            m_store->setKeychainWorks();
            auto *job = new QKeychain::DeletePasswordJob(m_store->service());
            job->setKey(probeKey());
            startKeychainJob(job);
            return;
        }
        Result result;
        result.status = Status::Ok;
        result.storage = SecretStorage::Keychain;
        finish(result);
        return;
    }
}

void SecretJob::finishRead(bool keychainWorked)
{
    Result result;
    QString secret;
    QString fileError;
    if (m_store->readFileSecret(m_profileId, &secret, &fileError)) {
        result.status = Status::Ok;
        result.secret = secret;
        result.storage = SecretStorage::File;
        result.message = m_store->keychainMessage();
    } else if (!fileError.isEmpty()) {
        result.status = Status::Failed;
        result.message = fileError;
    } else {
        result.status = Status::NotFound;
        // Not found because the keychain could not be asked: say so.
        if (!keychainWorked)
            result.message = m_store->keychainMessage();
    }
    finish(result);
}

void SecretJob::finishWrite(bool keychainWorked)
{
    Result result;
    result.status = Status::Ok;
    if (keychainWorked) {
        m_store->setKeychainWorks();
        // The keychain has it now: drop the weaker copies, so nothing older shadows it.
        m_store->removeSessionSecret(m_profileId);
        QString fileError;
        if (!m_store->removeFileSecret(m_profileId, &fileError))
            qCWarning(lcTenants, "%s", qUtf8Printable(fileError));
        result.storage = SecretStorage::Keychain;
        finish(result);
        return;
    }
    result.message = m_store->keychainMessage();
    if (m_store->isFileFallbackEnabled()) {
        QString fileError;
        if (m_store->writeFileSecret(m_profileId, m_secret, &fileError)) {
            // The file has the newest secret: no session copy may shadow a later rotation.
            m_store->removeSessionSecret(m_profileId);
            result.storage = SecretStorage::File;
            finish(result);
            return;
        }
        result.message = tr("%1 %2 The secret is kept in memory for this session only.")
                             .arg(result.message, fileError);
    }
    m_store->setSessionSecret(m_profileId, m_secret);
    result.storage = SecretStorage::Session;
    finish(result);
}

void SecretJob::finishDelete(bool keychainWorked, const QString &keychainError)
{
    Result result;
    QString fileError;
    const bool fileRemoved = m_store->removeFileSecret(m_profileId, &fileError);
    const bool keychainMatters =
        m_store->m_options.useKeychain && !keychainWorked && !keychainError.isEmpty();
    if (!fileRemoved) {
        result.message = fileError;
    } else if (keychainMatters) {
        result.message =
            tr("The secret could not be deleted from the keychain: %1").arg(keychainError);
    } else {
        result.status = Status::Ok;
    }
    finish(result);
}

void SecretJob::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    // A keychain job still under way (cancel) must not call back into a finished job.
    stopListening();
    m_secret.clear();
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace isc
