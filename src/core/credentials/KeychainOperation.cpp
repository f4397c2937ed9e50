// Implementation of KeychainOperation.
#include "KeychainOperation.h"

#include "CredentialIndex.h"
#include "CredentialStore.h"
#include "Logging.h"

#ifdef AUTHDOCTOR_HAVE_SECRET_SERVICE_QUERY
#include "SecretServiceQuery.h"
#endif

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;
using Operation = CredentialStoreResult::Operation;
using Error = CredentialStoreResult::Error;

bool KeychainOperation::s_jobRunning = false;

KeychainOperation::KeychainOperation(
    Operation operation, const Credential &credential, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_timeout(timeout)
{
    m_result.operation = operation;
    m_result.credential = credential;
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; the promise is "at the latest", not "about".
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &KeychainOperation::onTimeout);
}

KeychainOperation::~KeychainOperation()
{
    waiting().removeAll(this);
    if (m_job)
        qCWarning(lcCredentials) << "keychain request dropped while its job runs; the job is left to finish on its own";
}

QList<QPointer<KeychainOperation>> &KeychainOperation::waiting()
{
    static QList<QPointer<KeychainOperation>> list;
    return list;
}

void KeychainOperation::runNext()
{
    while (!s_jobRunning && !waiting().isEmpty()) {
        const QPointer<KeychainOperation> next = waiting().takeFirst();
        if (next && !next->m_done)
            next->startJob();
    }
}

void KeychainOperation::start()
{
    m_clock.start();
    m_timer.start(m_timeout);
    waiting().append(this);
    runNext();
}

void KeychainOperation::startJob()
{
    const QString service = CredentialStore::serviceName();
    QKeychain::Job *job = nullptr;
    switch (m_result.operation) {
    case Operation::Save: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(m_result.credential.secret);
        // From here on only the job holds the secret; the result reports what was saved, not the secret itself.
        m_result.credential.secret.clear();
        job = write;
        break;
    }
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(CredentialStore::keyFor(m_result.credential.origin, m_result.credential.user));
    // Where no keychain works, QtKeychain would otherwise keep the secret in plain text in QSettings.
    job->setInsecureFallback(false);
    // No parent, and deleted only by itself once it has finished: QtKeychain's libsecret backend calls back into the
    // job when the keychain answers, so deleting a running job would crash later.
    job->setAutoDelete(true);
    m_job = job;
    s_jobRunning = true;
    connect(job, &QKeychain::Job::finished, this, &KeychainOperation::onJobFinished);
    // The queue moves on when the job really ends, also after this request gave up on it or was deleted.
    connect(job, &QKeychain::Job::finished, job, [] {
        s_jobRunning = false;
        runNext();
    });
    qCDebug(lcCredentials).noquote() << CredentialStoreResult::operationKey(m_result.operation) << "started for"
                                     << m_result.credential.origin << "after waiting" << m_clock.elapsed() << "ms";
    job->start();
}

void KeychainOperation::onJobFinished(QKeychain::Job *job)
{
    m_job = nullptr;
    if (m_done)
        return;
    m_result.technical = job->errorString();
    const Error error = plainError(job->error());
    if (error == Error::None && m_result.operation == Operation::Read)
        m_result.credential.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
    refine(error, error == Error::None);
}

Error KeychainOperation::plainError(int keychainError) const
{
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
        return Error::None;
    case QKeychain::EntryNotFound:
        return Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return Error::Other;
}

// QtKeychain's libsecret backend, with gnome-keyring, tells a locked keyring apart from nothing else: a read of a
// locked entry ends as EntryNotFound, a removal of one "succeeds" and leaves it there, a save into a locked keyring
// ends as AccessDenied; no session bus and no keychain service both end as OtherError. The Secret Service itself can
// tell, without unlocking anything, so it is asked whenever the answer is one of those.
void KeychainOperation::refine(Error error, bool jobSucceeded)
{
#ifdef AUTHDOCTOR_HAVE_SECRET_SERVICE_QUERY
    const bool ask = (jobSucceeded && m_result.operation == Operation::Remove) || error == Error::NotFound
        || error == Error::AccessDenied || error == Error::Other;
    if (!ask) {
        finish(error);
        return;
    }
    m_fallbackError = error;
    m_querying = true;
    auto *query = new SecretServiceQuery(this);
    connect(query, &SecretServiceQuery::finished, this, [this, query](const SecretServiceQuery::State &state) {
        query->deleteLater();
        m_querying = false;
        if (m_done)
            return;
        const Error known = m_fallbackError;
        const bool save = m_result.operation == Operation::Save;
        if (!state.busConnected && state.answered && known != Error::None) {
            finish(Error::NoBackend);
        } else if (!state.serviceAvailable && state.answered && known != Error::None) {
            finish(Error::NoBackend);
        } else if (!state.serviceAvailable) {
            finish(known);
        } else if (state.lockedItems > 0) {
            finish(Error::Locked);
        } else if (known == Error::None && state.unlockedItems > 0) {
            m_result.technical = u"The entry was still in the keychain after it had been removed."_s;
            finish(Error::Other);
        } else if (save && state.answered && (known == Error::AccessDenied || known == Error::Other)
            && (!state.defaultCollectionExists || state.defaultCollectionLocked)) {
            // No default keyring: gnome-keyring needs a prompt to create one, just as to unlock one.
            finish(Error::Locked);
        } else {
            finish(known);
        }
    });
    const auto remaining = std::chrono::milliseconds(std::max(1, m_timer.remainingTime()));
    query->start(CredentialStore::serviceName(),
        CredentialStore::keyFor(m_result.credential.origin, m_result.credential.user), remaining);
#else
    Q_UNUSED(jobSucceeded)
    finish(error);
#endif
}

void KeychainOperation::onTimeout()
{
    if (m_done)
        return;
    if (m_querying) {
        // The keychain has answered; only the extra question about its state is late.
        finish(m_fallbackError);
        return;
    }
    if (m_job) {
        qCWarning(lcCredentials).nospace().noquote()
            << CredentialStoreResult::operationKey(m_result.operation) << ": the keychain did not answer within "
            << m_timeout.count() << " ms; its job is left to finish on its own and its result ignored";
        disconnect(m_job, nullptr, this, nullptr);
        m_job = nullptr;
        m_result.technical = u"The keychain did not answer within %1 ms."_s.arg(m_timeout.count());
    } else {
        qCWarning(lcCredentials).nospace().noquote() << CredentialStoreResult::operationKey(m_result.operation)
                                                     << ": an earlier keychain request was still running after "
                                                     << m_timeout.count() << " ms; this one was not started";
        waiting().removeAll(this);
        m_result.technical
            = u"An earlier keychain request still had not finished after %1 ms; this one was not started."_s.arg(
                m_timeout.count());
    }
    finish(Error::Timeout);
}

void KeychainOperation::finish(Error error)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    // Removing what is not there leaves the keychain as asked; some backends call that an error, libsecret does not.
    if (error == Error::NotFound && m_result.operation == Operation::Remove)
        error = Error::None;
    m_result.error = error;
    if (error == Error::None) {
        m_result.errorText.clear();
        if (m_result.operation == Operation::Save) {
            m_result.credential.savedAt = QDateTime::currentDateTimeUtc();
        } else if (m_result.operation == Operation::Read) {
            const Credential known = CredentialIndex::find(m_result.credential.origin, m_result.credential.user);
            if (!known.origin.isEmpty()) {
                m_result.credential.scheme = known.scheme;
                m_result.credential.placement = known.placement;
                m_result.credential.savedAt = known.savedAt;
            }
        }
    } else {
        m_result.credential.secret.clear();
        m_result.errorText = CredentialStore::errorText(m_result.operation, error, m_timeout);
    }
    qCDebug(lcCredentials).nospace().noquote()
        << CredentialStoreResult::operationKey(m_result.operation) << " for " << m_result.credential.origin << ": "
        << CredentialStoreResult::errorKey(error) << " after " << m_clock.elapsed() << " ms"
        << (m_result.technical.isEmpty() ? QString() : u" ("_s + m_result.technical + u')');
    emit finished(m_result);
}
