// Removes one site's cookies from a browser's own cookie database (Firefox cookies.sqlite, the Chromium family's
// Cookies), for a user whose browser keeps sending a stale sign-in: lists the cookies the browser would send to the
// site, and after the user confirms removes exactly those rows, only while the browser is closed, after a backup copy
// that restore() puts back, inside one transaction. Cookie values are never read: the queries name their columns and
// the value columns are not among them.
#pragma once

#include "Browser.h"
#include "BrowserCookieResult.h"
#include "BrowserProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

class BrowserCookieStore
{
public:
    // The browser's profiles as BrowserProfile::find() finds them.
    explicit BrowserCookieStore(const Browser &browser);
    BrowserCookieStore(const QString &browserName, const QList<BrowserProfile> &profiles);

    QList<BrowserProfile> profiles() const { return m_profiles; }

    // The cookies every profile would send to host (e.g. "app.example.com"): those set for exactly that host and
    // those set for it or a parent domain with a Domain attribute. Works while the browser runs (Firefox; the
    // Chromium family locks its file), and says so in browserRunning.
    BrowserCookieResult list(const QString &host) const;
    // Removes the given cookies, as list(host) returned them; cookies of other sites are refused even if passed.
    // Refuses while the browser has any of the profiles open. The result's backups undo it.
    BrowserCookieResult remove(const QString &host, const QList<BrowserCookie> &cookies) const;
    // Puts the copies back over the databases (and removes SQLite's companion files, which belong to the changed
    // state). Refuses while the browser runs. The copies stay; discardBackup() removes one.
    BrowserCookieResult restore(const QList<BrowserCookieBackup> &backups) const;
    // The copies left by remove() next to these profiles' databases, newest first.
    QList<BrowserCookieBackup> backups() const;
    bool discardBackup(const BrowserCookieBackup &backup) const;
    // Whether the browser has one of the profiles open; technical receives what shows it.
    bool isBrowserRunning(QString *technical = nullptr) const;

    // The domain column values that match host: "app.example.com", ".app.example.com", ".example.com"; the
    // top-level domain never. host may be an IDN or carry a trailing dot.
    static QStringList domainsFor(const QString &host);
    // The suffix of backup copies, after the database's file name.
    static QString backupMarker();

private:
    const BrowserProfile *profileForDatabase(const QString &database) const;

    QString m_browserName;
    QList<BrowserProfile> m_profiles;
};
