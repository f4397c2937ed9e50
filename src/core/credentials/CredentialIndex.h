// The list of saved sign-ins kept in QSettings (group "savedSignIns"), because a keychain cannot be listed; it never
// holds a secret.
#pragma once

#include "Credential.h"

#include <QList>
#include <QString>

class CredentialIndex
{
public:
    static QString settingsGroup(); // "savedSignIns"

    // In the order they were first saved; every secret is empty.
    static QList<Credential> entries();
    // Adds the entry, or updates the one with the same origin and user in place. The secret is not written.
    static void put(const Credential &credential);
    static void remove(const QString &origin, const QString &user);
    // The entry for origin and user; a Credential with an empty origin when there is none.
    static Credential find(const QString &origin, const QString &user);

private:
    static void write(const QList<Credential> &entries);
};
