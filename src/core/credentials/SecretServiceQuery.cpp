// Implementation of SecretServiceQuery.
#include "SecretServiceQuery.h"

#include "Logging.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString SecretsService = u"org.freedesktop.secrets"_s;
const QString SecretsPath = u"/org/freedesktop/secrets"_s;
const QString ServiceInterface = u"org.freedesktop.Secret.Service"_s;
const QString CollectionInterface = u"org.freedesktop.Secret.Collection"_s;
const QString PropertiesInterface = u"org.freedesktop.DBus.Properties"_s;
} // namespace

SecretServiceQuery::SecretServiceQuery(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { finish(false); });
}

void SecretServiceQuery::start(const QString &service, const QString &key, std::chrono::milliseconds timeout)
{
    qDBusRegisterMetaType<QMap<QString, QString>>();
    m_timer.start(timeout);

    if (!QDBusConnection::sessionBus().isConnected()) {
        qCDebug(lcCredentials) << "no D-Bus session bus:" << QDBusConnection::sessionBus().lastError().message();
        finish(true);
        return;
    }
    m_state.busConnected = true;
    // The attributes QtKeychain's libsecret backend writes: user is its key, server its service name.
    const QMap<QString, QString> attributes { { u"user"_s, key }, { u"server"_s, service } };
    call(SecretsPath, ServiceInterface, u"SearchItems"_s, { QVariant::fromValue(attributes) },
        &SecretServiceQuery::onSearchFinished);
}

void SecretServiceQuery::call(const QString &path, const QString &interface, const QString &method,
    const QVariantList &arguments, void (SecretServiceQuery::*handler)(QDBusPendingCallWatcher *))
{
    QDBusMessage message = QDBusMessage::createMethodCall(SecretsService, path, interface, method);
    message.setArguments(arguments);
    // Bounded by what is left of the whole query, so that a service that never answers cannot hold it up.
    const int remaining = std::max(1, int(m_timer.remainingTime()));
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(message, remaining), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, handler);
}

void SecretServiceQuery::onSearchFinished(QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    if (m_done)
        return;
    const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *watcher;
    if (reply.isError()) {
        const QDBusError::ErrorType type = reply.error().type();
        qCDebug(lcCredentials) << "Secret Service search failed:" << reply.error().name() << reply.error().message();
        // ServiceUnknown: nobody owns the name and no .service file can start one.
        finish(type == QDBusError::ServiceUnknown);
        return;
    }
    m_state.serviceAvailable = true;
    m_state.unlockedItems = int(reply.argumentAt<0>().size());
    m_state.lockedItems = int(reply.argumentAt<1>().size());
    call(SecretsPath, ServiceInterface, u"ReadAlias"_s, { u"default"_s }, &SecretServiceQuery::onAliasFinished);
}

void SecretServiceQuery::onAliasFinished(QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    if (m_done)
        return;
    const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
    if (reply.isError()) {
        finish(false);
        return;
    }
    // "/" means there is no default keyring yet: creating one needs a prompt, as unlocking does.
    const QString path = reply.value().path();
    if (path.isEmpty() || path == u"/"_s) {
        finish(true);
        return;
    }
    m_state.defaultCollectionExists = true;
    call(path, PropertiesInterface, u"Get"_s, { CollectionInterface, u"Locked"_s },
        &SecretServiceQuery::onLockedFinished);
}

void SecretServiceQuery::onLockedFinished(QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    if (m_done)
        return;
    const QDBusPendingReply<QDBusVariant> reply = *watcher;
    if (reply.isError()) {
        finish(false);
        return;
    }
    m_state.defaultCollectionLocked = reply.value().variant().toBool();
    finish(true);
}

void SecretServiceQuery::finish(bool answered)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_state.answered = answered;
    qCDebug(lcCredentials) << "Secret Service state: answered" << m_state.answered << "bus" << m_state.busConnected
                           << "service" << m_state.serviceAvailable << "locked items" << m_state.lockedItems
                           << "unlocked items" << m_state.unlockedItems << "default keyring"
                           << m_state.defaultCollectionExists << "locked" << m_state.defaultCollectionLocked;
    emit finished(m_state);
}
