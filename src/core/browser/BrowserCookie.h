// One cookie in a browser's cookie database, as shown before removing it: everything but its value. The value is a
// secret (it signs the user in) and is never read from the database, so this type has no field for it.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

struct BrowserCookie
{
    Q_GADGET
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString domain MEMBER domain)
    Q_PROPERTY(QString path MEMBER path)
    Q_PROPERTY(QDateTime expires MEMBER expires)
    Q_PROPERTY(bool secure MEMBER secure)
    Q_PROPERTY(bool httpOnly MEMBER httpOnly)
    Q_PROPERTY(SameSite sameSite MEMBER sameSite)
    Q_PROPERTY(QString partition MEMBER partition)
    Q_PROPERTY(QString profileName MEMBER profileName)

public:
    enum class SameSite { Unspecified, None, Lax, Strict };
    Q_ENUM(SameSite)

    QString name;
    // As stored: "example.com" for a cookie only for that host, ".example.com" for it and its subdomains.
    QString domain;
    QString path;
    QDateTime expires; // UTC; invalid for a cookie that ends with the browser session
    bool secure = false;
    bool httpOnly = false;
    SameSite sameSite = SameSite::Unspecified;
    // Where the browser keeps it apart: Firefox's origin attributes (a container, a partition), Chromium's top-frame
    // site; empty for an ordinary cookie.
    QString partition;
    QString profileName; // the browser profile it belongs to

    // Which row to remove: the database file and the row id. Not shown.
    QString database;
    qint64 rowId = -1;

    bool isHostOnly() const { return !domain.startsWith(u'.'); }
    // "lax", "strict", "none", "" (the spelling of Set-Cookie).
    static QString sameSiteKey(SameSite sameSite);
};

Q_DECLARE_METATYPE(BrowserCookie)
