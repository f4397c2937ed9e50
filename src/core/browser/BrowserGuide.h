// What to tell a user about their own browser: the exact steps to clear one site's data, the keyboard shortcut for
// clearing browsing data, the settings page (opened for them where the browser allows it), and the advice to turn
// off extensions when a private window works but a normal one does not. Guidance texts, not findings.
#pragma once

#include "Browser.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

class BrowserGuide
{
    Q_DECLARE_TR_FUNCTIONS(BrowserGuide)

public:
    explicit BrowserGuide(const Browser &browser);

    // Numbered steps, in order, to remove the cookies and stored data of one site (host, e.g. "app.example.com")
    // and nothing else.
    QStringList clearSiteDataSteps(const QString &host) const;
    // The shortcut that opens the browser's "clear browsing data" dialog, as the user types it ("Ctrl+Shift+Delete",
    // "⇧⌘⌫" on macOS); empty for a browser without one (Safari).
    QString clearBrowsingDataShortcut() const;
    // The shortcut for a new private window, e.g. "Ctrl+Shift+P".
    QString privateWindowShortcut() const;

    // The settings page for clearing browsing data, e.g. "about:preferences#privacy"; empty for Safari.
    QUrl clearDataSettingsPage() const;
    // Firefox opens about: pages given on its command line; the Chromium family ignores every non-web address given
    // by another program, so the user has to paste it into the address bar.
    bool canOpenSettingsPage() const;
    // The command that opens the settings page; empty unless canOpenSettingsPage().
    BrowserCommand settingsPageCommand() const;
    // One sentence on how to reach the settings page by hand; empty when it can be opened for the user.
    QString settingsPageNote() const;

    // The browser's extensions page, e.g. "about:addons" or "chrome://extensions"; empty for Safari.
    QUrl extensionsPage() const;
    // Why extensions are suspected when a private window works and a normal one does not (one or two sentences).
    QString extensionsExplanation() const;
    // The steps to turn extensions off and find the one that breaks the sign-in.
    QStringList extensionsSteps(const QString &host) const;

private:
    QString internalScheme() const;

    Browser m_browser;
};
