// Implementation of BrowserGuide. Menu and button names are the browsers' own English ones; translators use the
// names the browser shows in their language.
#include "BrowserGuide.h"

using namespace Qt::Literals::StringLiterals;

BrowserGuide::BrowserGuide(const Browser &browser)
    : m_browser(browser)
{
}

QString BrowserGuide::internalScheme() const
{
    switch (m_browser.id) {
    case Browser::Id::Edge:
        return u"edge"_s;
    case Browser::Id::Brave:
        return u"brave"_s;
    case Browser::Id::Opera:
        return u"opera"_s;
    case Browser::Id::Vivaldi:
        return u"vivaldi"_s;
    case Browser::Id::Chromium:
    case Browser::Id::Chrome:
        return u"chrome"_s;
    case Browser::Id::Firefox:
        return u"about"_s;
    case Browser::Id::Safari:
        break;
    }
    return {};
}

QStringList BrowserGuide::clearSiteDataSteps(const QString &host) const
{
    const QString name = m_browser.displayName.isEmpty() ? Browser::brandName(m_browser.id) : m_browser.displayName;
    switch (m_browser.id) {
    case Browser::Id::Firefox:
        return {
            tr("Open %1 in %2.").arg(host, name),
            tr("Click the padlock icon at the left end of the address bar."),
            tr("Click “Clear cookies and site data…”, check that %1 is listed, and click Remove.").arg(host),
            tr("If that entry is missing: open about:preferences#privacy, click “Manage Data…” under “Cookies and Site "
               "Data”, search for %1, click “Remove Selected” and then “Save Changes”.")
                .arg(host),
            tr("Reload the page and sign in again."),
        };
    case Browser::Id::Edge:
        return {
            tr("Open %1 in %2.").arg(host, name),
            tr("Click the padlock icon at the left end of the address bar, then “Cookies and site data”, and delete "
               "the entries for %1.")
                .arg(host),
            tr("Or type edge://settings/siteData in the address bar, press Enter, search for %1 and click the bin icon "
               "next to it.")
                .arg(host),
            tr("Reload the page and sign in again."),
        };
    case Browser::Id::Safari:
        return {
            tr("In Safari, choose Safari > Settings… and click Privacy."),
            tr("Click “Manage Website Data…”, search for %1, select it and click Remove, then Done.").arg(host),
            tr("Reload the page and sign in again."),
        };
    case Browser::Id::Chromium:
    case Browser::Id::Chrome:
    case Browser::Id::Brave:
    case Browser::Id::Opera:
    case Browser::Id::Vivaldi:
        break;
    }
    // Chromium and the browsers built on it share these pages; Vivaldi shows them under chrome:// addresses too.
    const QString scheme = m_browser.id == Browser::Id::Vivaldi ? u"chrome"_s : internalScheme();
    return {
        tr("Open %1 in %2.").arg(host, name),
        tr("Click the icon at the left end of the address bar (a padlock, or two sliders in newer versions)."),
        tr("Click “Site settings”, then “Delete data” (“Clear data” in older versions), and confirm."),
        tr("Or type %1 in the address bar, press Enter, search for %2 and click the bin icon next to it.")
            .arg(scheme + u"://settings/content/all"_s, host),
        tr("Reload the page and sign in again."),
    };
}

QString BrowserGuide::clearBrowsingDataShortcut() const
{
    if (m_browser.id == Browser::Id::Safari)
        return {};
#ifdef Q_OS_MACOS
    return u"⇧⌘⌫"_s;
#else
    return tr("Ctrl+Shift+Delete");
#endif
}

QString BrowserGuide::privateWindowShortcut() const
{
    const bool firefox = m_browser.id == Browser::Id::Firefox;
#ifdef Q_OS_MACOS
    return firefox ? u"⇧⌘P"_s : u"⇧⌘N"_s;
#else
    if (m_browser.id == Browser::Id::Safari)
        return u"⇧⌘N"_s;
    return firefox ? tr("Ctrl+Shift+P") : tr("Ctrl+Shift+N");
#endif
}

QUrl BrowserGuide::clearDataSettingsPage() const
{
    switch (m_browser.id) {
    case Browser::Id::Firefox:
        return QUrl(u"about:preferences#privacy"_s);
    case Browser::Id::Vivaldi:
        return QUrl(u"vivaldi://settings/privacy"_s);
    case Browser::Id::Safari:
        return {};
    case Browser::Id::Chromium:
    case Browser::Id::Chrome:
    case Browser::Id::Edge:
    case Browser::Id::Brave:
    case Browser::Id::Opera:
        break;
    }
    return QUrl(internalScheme() + u"://settings/clearBrowserData"_s);
}

bool BrowserGuide::canOpenSettingsPage() const
{
    return m_browser.id == Browser::Id::Firefox && !m_browser.program.isEmpty();
}

BrowserCommand BrowserGuide::settingsPageCommand() const
{
    if (!canOpenSettingsPage())
        return {};
    return m_browser.command({ clearDataSettingsPage().toString() });
}

QString BrowserGuide::settingsPageNote() const
{
    if (canOpenSettingsPage())
        return {};
    const QString name = m_browser.displayName.isEmpty() ? Browser::brandName(m_browser.id) : m_browser.displayName;
    if (m_browser.id == Browser::Id::Safari)
        return tr("Safari has no address for this page: choose Safari > Settings…, click Privacy, then “Manage Website "
                  "Data…”.");
    if (m_browser.id == Browser::Id::Firefox)
        return tr("Type %1 in Firefox's address bar and press Enter.").arg(clearDataSettingsPage().toString());
    return tr("%1 does not let other programs open its settings pages: copy %2, paste it into the address bar of "
              "%1 and press Enter.")
        .arg(name, clearDataSettingsPage().toString());
}

QUrl BrowserGuide::extensionsPage() const
{
    switch (m_browser.id) {
    case Browser::Id::Firefox:
        return QUrl(u"about:addons"_s);
    case Browser::Id::Safari:
        return {};
    case Browser::Id::Chromium:
    case Browser::Id::Chrome:
    case Browser::Id::Edge:
    case Browser::Id::Brave:
    case Browser::Id::Opera:
    case Browser::Id::Vivaldi:
        break;
    }
    return QUrl(internalScheme() + u"://extensions"_s);
}

QString BrowserGuide::extensionsExplanation() const
{
    return tr("The site works in a private window but not in a normal one. A private window starts without this "
              "site's saved cookies and, in most browsers, without extensions: if clearing the site's data did not "
              "help, an extension is the likely cause. Ad blockers, privacy and cookie extensions, script blockers "
              "and password managers are the usual ones.");
}

QStringList BrowserGuide::extensionsSteps(const QString &host) const
{
    switch (m_browser.id) {
    case Browser::Id::Firefox:
        return {
            tr("Type about:addons in the address bar, press Enter, and choose Extensions."),
            tr("Turn the extensions off one at a time, reloading %1 after each, until signing in works; leave that "
               "one off or remove it.")
                .arg(host),
            tr("Or choose Help > Troubleshoot Mode… to restart Firefox once with every extension turned off."),
        };
    case Browser::Id::Safari:
        return {
            tr("Choose Safari > Settings… and click Extensions."),
            tr("Clear the checkbox of one extension at a time, reloading %1 after each, until signing in works.")
                .arg(host),
        };
    case Browser::Id::Chromium:
    case Browser::Id::Chrome:
    case Browser::Id::Edge:
    case Browser::Id::Brave:
    case Browser::Id::Opera:
    case Browser::Id::Vivaldi:
        break;
    }
    return {
        tr("Type %1 in the address bar and press Enter.").arg(extensionsPage().toString()),
        tr("Turn the extensions off one at a time with their switches, reloading %1 after each, until signing in "
           "works; leave that one off or remove it.")
            .arg(host),
    };
}
