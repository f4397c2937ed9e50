// What listing, removing or restoring a browser's cookies ended with, for the page or command that asked.
#pragma once

#include "BrowserCookie.h"
#include "BrowserCookieBackup.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

struct BrowserCookieResult
{
    Q_GADGET

public:
    enum class Error {
        None,
        BrowserRunning, // the browser has the profile open: it would overwrite our change, so nothing is changed
        NoProfile, // the browser has no profile on this computer
        FileLocked, // another program holds the cookie database
        NotCookieDatabase, // the file is not SQLite, or has no cookie table we know
        BackupFailed, // no copy could be made, so nothing was removed
        BackupMissing, // restore: the copy is gone
        DatabaseError, // SQLite refused the change; it was rolled back
    };
    Q_ENUM(Error)

    Error error = Error::None;
    // One plain sentence for the person (translated); empty on success.
    QString errorText;
    // What was seen (files, SQLite messages, the process holding a lock); never a cookie value.
    QString technical;
    // list(): the cookies found; remove(): the cookies removed.
    QList<BrowserCookie> cookies;
    // remove(): the copies to give to restore(), one per database changed.
    QList<BrowserCookieBackup> backups;
    // list(): the browser has a profile open, so it must be closed before removing.
    bool browserRunning = false;

    bool ok() const { return error == Error::None; }

    static BrowserCookieResult failure(Error error, const QString &browserName, const QString &technical = {});
    // The sentence for error, naming the browser.
    static QString errorSentence(Error error, const QString &browserName);
    // The log spelling, e.g. "browser-running".
    static QString errorKey(Error error);
};

Q_DECLARE_METATYPE(BrowserCookieResult)
