// One CredentialStore request: runs its QtKeychain job when its turn comes, bounds it with a timeout, and turns what
// the keychain said into a CredentialStoreResult.
#pragma once

#include "CredentialStoreResult.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace QKeychain {
class Job;
}

class KeychainOperation : public QObject
{
    Q_OBJECT

public:
    // credential: origin and user always; the secret and the rest for Save.
    KeychainOperation(CredentialStoreResult::Operation operation, const Credential &credential,
        std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~KeychainOperation() override;

    // finished() follows exactly once, never from within start(), at the latest when the timeout has passed.
    void start();

signals:
    void finished(const CredentialStoreResult &result);

private:
    // QtKeychain runs one job at a time for the whole process and starts the next only when the running one has
    // finished; a job that hangs holds up every later one. Keeping our own queue in front of it means a request that
    // times out before its turn is dropped here, and never runs late behind the user's back (a save the user was told
    // had failed).
    static void runNext();
    static QList<QPointer<KeychainOperation>> &waiting();
    static bool s_jobRunning;

    void startJob();
    void onJobFinished(QKeychain::Job *job);
    void onTimeout();
    // Error as QtKeychain's code alone tells it; refined by what the Secret Service says where that is possible.
    CredentialStoreResult::Error plainError(int keychainError) const;
    void refine(CredentialStoreResult::Error error, bool jobSucceeded);
    void finish(CredentialStoreResult::Error error);

    CredentialStoreResult m_result;
    std::chrono::milliseconds m_timeout;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QPointer<QKeychain::Job> m_job; // not owned: it deletes itself once it has really finished
    CredentialStoreResult::Error m_fallbackError = CredentialStoreResult::Error::Other; // while the query runs
    bool m_querying = false;
    bool m_done = false;
};
