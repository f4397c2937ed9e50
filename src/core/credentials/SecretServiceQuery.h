// Asks the freedesktop.org Secret Service over D-Bus what QtKeychain does not tell: whether there is a session bus and
// a keychain service at all, and whether an entry or the default keyring is locked.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

class QDBusPendingCallWatcher;

class SecretServiceQuery : public QObject
{
    Q_OBJECT

public:
    struct State
    {
        bool answered = false; // every question got an answer in time; otherwise only the fields set so far are true
        bool busConnected = false;
        bool serviceAvailable = false; // org.freedesktop.secrets runs or can be started
        int lockedItems = 0; // entries with this key in locked keyrings (their attributes stay visible when locked)
        int unlockedItems = 0;
        bool defaultCollectionExists = false;
        bool defaultCollectionLocked = false;
    };

    explicit SecretServiceQuery(QObject *parent = nullptr);

    // Looks up the entries QtKeychain stores for service and key, and the default keyring; finished() follows once,
    // within timeout. Never unlocks anything and never reads a secret.
    void start(const QString &service, const QString &key, std::chrono::milliseconds timeout);

signals:
    void finished(const SecretServiceQuery::State &state);

private:
    void onSearchFinished(QDBusPendingCallWatcher *watcher);
    void onAliasFinished(QDBusPendingCallWatcher *watcher);
    void onLockedFinished(QDBusPendingCallWatcher *watcher);
    void call(const QString &path, const QString &interface, const QString &method, const QVariantList &arguments,
        void (SecretServiceQuery::*handler)(QDBusPendingCallWatcher *));
    void finish(bool answered);

    State m_state;
    QTimer m_timer;
    bool m_done = false;
};
