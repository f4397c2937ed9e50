// What one CredentialStore request ended with, handed to the page or command that asked.
#pragma once

#include "Credential.h"

#include <QMetaType>
#include <QObject>
#include <QString>

struct CredentialStoreResult
{
    Q_GADGET

public:
    enum class Operation { Save, Read, Remove };
    Q_ENUM(Operation)

    enum class Error {
        None,
        NotFound, // nothing saved for this origin and user
        NoBackend, // no keychain service, or no D-Bus session to reach one
        Locked, // the keychain is locked and was not unlocked, or has no keyring yet and could not make one
        AccessDenied, // the keychain refused for another reason
        Timeout, // no answer in time, e.g. an unlock prompt nobody answered
        Other,
    };
    Q_ENUM(Error)

    Operation operation = Operation::Read;
    Error error = Error::None;
    // One plain sentence for the person (translated); empty on success.
    QString errorText;
    // What the keychain itself said, for the technical details and the log; never holds a secret.
    QString technical;
    // On Read success with the secret; otherwise origin, user and what the index knows, with an empty secret.
    Credential credential;

    bool ok() const { return error == Error::None; }

    // The log spelling, e.g. "not-found".
    static QString errorKey(Error error);
    static QString operationKey(Operation operation);
};

Q_DECLARE_METATYPE(CredentialStoreResult)
