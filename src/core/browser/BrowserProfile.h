// One profile of a browser (its own cookies, history and settings), and finding them: Firefox from profiles.ini,
// the Chromium family from the user-data folder and its "Local State".
#pragma once

#include "Browser.h"

#include <QList>
#include <QString>

struct BrowserProfile
{
    Browser::Id browser = Browser::Id::Firefox;
    QString browserName; // e.g. "Firefox ESR", for the sentences shown to the user
    QString name; // as the browser shows it, e.g. "default-release" or "Person 1"
    QString directory; // the profile folder
    // Where the browser's "I am running" lock lives: the profile folder for Firefox, the user-data folder (parent of
    // the profile folders) for the Chromium family.
    QString lockDirectory;
    // The cookie database: cookies.sqlite (Firefox), Network/Cookies or, before Chromium 96, Cookies. It need not
    // exist: a profile that never stored a cookie has none.
    QString cookieDatabase;
    bool isDefault = false; // the profile the browser starts with

    Browser::Engine engine() const { return Browser::engineOf(browser); }

    // Every profile in every profile root of browser; the default ones first.
    static QList<BrowserProfile> find(const Browser &browser);
    // The profiles listed in root/profiles.ini.
    static QList<BrowserProfile> findFirefox(const Browser &browser, const QString &root);
    // The profiles in a Chromium-family user-data folder ("Default", "Profile 1", ...; Opera's folder itself).
    static QList<BrowserProfile> findChromium(const Browser &browser, const QString &userDataDirectory);
};
