// Saved sign-ins: secrets in the operating system's keychain (through QtKeychain), and a list of what is saved (never
// a secret) in QSettings, since a keychain cannot be listed.
#pragma once

#include "Credential.h"
#include "CredentialStoreResult.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

class KeychainOperation;

// Use it from the main thread: QtKeychain's Linux backend answers through the GLib main loop that Qt's main event
// dispatcher runs, and requests from every store in the process go through one queue.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using ResultHandler = std::function<void(const CredentialStoreResult &result)>;
    // QtKeychain has no timeout of its own and waits forever for an unlock prompt nobody answers.
    static constexpr std::chrono::milliseconds DefaultTimeout { 10000 };

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    static QString serviceName(); // "authdoctor"
    static QString keyFor(const QString &origin, const QString &user); // "<origin> <user>"

    std::chrono::milliseconds timeout() const { return m_timeout; }
    // For each request, from the call to its result, including the wait behind earlier requests.
    void setTimeout(std::chrono::milliseconds timeout);

    // Each call is one request; finished() follows exactly once for it, never from within the call, and at the latest
    // once timeout() has passed. Requests run one after another in the order they were made.
    // Saving over an existing entry for the same origin and user updates it.
    void save(const Credential &credential);
    void read(const QString &origin, const QString &user);
    // Removing what is not saved succeeds, so that a list entry whose keychain entry is gone can be removed too.
    void remove(const QString &origin, const QString &user);

    // The same, and the result is also handed to handler, after finished(), unless context has been destroyed by then.
    void save(const Credential &credential, const QObject *context, ResultHandler handler);
    void read(const QString &origin, const QString &user, const QObject *context, ResultHandler handler);
    void remove(const QString &origin, const QString &user, const QObject *context, ResultHandler handler);

    // What is saved, oldest first, each with an empty secret. Updated before finished() reports a save or removal.
    QList<Credential> savedEntries() const;

    // One plain sentence for the person about a failed request.
    static QString errorText(CredentialStoreResult::Operation operation, CredentialStoreResult::Error error,
        std::chrono::milliseconds timeout = DefaultTimeout);

signals:
    void finished(const CredentialStoreResult &result);
    void savedEntriesChanged();

private:
    void start(CredentialStoreResult::Operation operation, const Credential &credential, const QObject *context,
        ResultHandler handler);
    void onOperationFinished(const CredentialStoreResult &result);

    std::chrono::milliseconds m_timeout = DefaultTimeout;
};
