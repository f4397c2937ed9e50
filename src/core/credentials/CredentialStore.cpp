// Implementation of CredentialStore.
#include "CredentialStore.h"

#include "CredentialIndex.h"
#include "KeychainOperation.h"
#include "Logging.h"

using namespace Qt::Literals::StringLiterals;
using Operation = CredentialStoreResult::Operation;
using Error = CredentialStoreResult::Error;

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

// Operations still running are children and go with the store; each leaves its keychain job to finish on its own.
CredentialStore::~CredentialStore() = default;

QString CredentialStore::serviceName()
{
    return u"authdoctor"_s;
}

QString CredentialStore::keyFor(const QString &origin, const QString &user)
{
    return origin + u' ' + user;
}

void CredentialStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void CredentialStore::save(const Credential &credential)
{
    start(Operation::Save, credential, nullptr, {});
}

void CredentialStore::read(const QString &origin, const QString &user)
{
    Credential credential;
    credential.origin = origin;
    credential.user = user;
    start(Operation::Read, credential, nullptr, {});
}

void CredentialStore::remove(const QString &origin, const QString &user)
{
    Credential credential;
    credential.origin = origin;
    credential.user = user;
    start(Operation::Remove, credential, nullptr, {});
}

void CredentialStore::save(const Credential &credential, const QObject *context, ResultHandler handler)
{
    start(Operation::Save, credential, context, std::move(handler));
}

void CredentialStore::read(const QString &origin, const QString &user, const QObject *context, ResultHandler handler)
{
    Credential credential;
    credential.origin = origin;
    credential.user = user;
    start(Operation::Read, credential, context, std::move(handler));
}

void CredentialStore::remove(const QString &origin, const QString &user, const QObject *context, ResultHandler handler)
{
    Credential credential;
    credential.origin = origin;
    credential.user = user;
    start(Operation::Remove, credential, context, std::move(handler));
}

QList<Credential> CredentialStore::savedEntries() const
{
    return CredentialIndex::entries();
}

void CredentialStore::start(
    Operation operation, const Credential &credential, const QObject *context, ResultHandler handler)
{
    auto *request = new KeychainOperation(operation, credential, m_timeout, this);
    // The index is brought up to date first, so that a handler looking at savedEntries() sees the new state.
    connect(request, &KeychainOperation::finished, this, &CredentialStore::onOperationFinished);
    if (handler)
        connect(request, &KeychainOperation::finished, context ? context : this, std::move(handler));
    connect(request, &KeychainOperation::finished, request, &QObject::deleteLater);
    request->start();
}

void CredentialStore::onOperationFinished(const CredentialStoreResult &result)
{
    if (result.ok()) {
        if (result.operation == Operation::Save) {
            CredentialIndex::put(result.credential);
            emit savedEntriesChanged();
        } else if (result.operation == Operation::Remove) {
            CredentialIndex::remove(result.credential.origin, result.credential.user);
            emit savedEntriesChanged();
        }
    }
    emit finished(result);
}

QString CredentialStore::errorText(Operation operation, Error error, std::chrono::milliseconds timeout)
{
    const int seconds = int(std::chrono::ceil<std::chrono::seconds>(timeout).count());
    switch (operation) {
    case Operation::Save:
        switch (error) {
        case Error::None:
            return {};
        case Error::NoBackend:
            return tr("No keychain is available on this computer, so Auth Doctor cannot save this sign-in. "
                      "You can go on without saving.");
        case Error::Locked:
            // Also when there is no keyring yet: gnome-keyring needs a prompt to create one, as to unlock one.
            return tr("Your keychain is locked or not set up yet, so this sign-in was not saved. "
                      "Unlock or set up your keychain and try again, or go on without saving.");
        case Error::AccessDenied:
            return tr("Your keychain did not allow Auth Doctor to store this sign-in, so it was not saved. "
                      "You can go on without saving.");
        case Error::Timeout:
            return tr("Your keychain did not answer within %n second(s), so this sign-in was not saved. "
                      "It may be waiting for you to unlock it.",
                nullptr, seconds);
        case Error::NotFound:
        case Error::Other:
            break;
        }
        return tr("Your keychain reported an error, so this sign-in was not saved. You can go on without saving.");
    case Operation::Read:
        switch (error) {
        case Error::None:
            return {};
        case Error::NotFound:
            return tr("This sign-in is not saved in your keychain.");
        case Error::NoBackend:
            return tr("No keychain is available on this computer, so Auth Doctor cannot read saved sign-ins.");
        case Error::Locked:
            return tr("Your keychain is locked and was not unlocked, so Auth Doctor cannot read this saved sign-in.");
        case Error::AccessDenied:
            return tr("Your keychain did not allow Auth Doctor to read this saved sign-in.");
        case Error::Timeout:
            return tr("Your keychain did not answer within %n second(s). It may be waiting for you to unlock it.",
                nullptr, seconds);
        case Error::Other:
            break;
        }
        return tr("Your keychain reported an error while Auth Doctor was reading this saved sign-in.");
    case Operation::Remove:
        switch (error) {
        case Error::None:
            return {};
        case Error::NoBackend:
            return tr("No keychain is available on this computer, so Auth Doctor cannot remove this saved sign-in.");
        case Error::Locked:
            return tr("Your keychain is locked and was not unlocked, so this saved sign-in was not removed.");
        case Error::AccessDenied:
            return tr("Your keychain did not allow Auth Doctor to remove this saved sign-in.");
        case Error::Timeout:
            return tr("Your keychain did not answer within %n second(s), so this saved sign-in was not removed. "
                      "It may be waiting for you to unlock it.",
                nullptr, seconds);
        case Error::NotFound:
        case Error::Other:
            break;
        }
        return tr("Your keychain reported an error, so this saved sign-in was not removed.");
    }
    return {};
}
