// Opens a web address in a private window of a given browser: one without the normal profile's cookies, cache and
// (in most browsers) extensions, which is how a user tells stale site data from a wrong password.
#pragma once

#include "Browser.h"

#include <QCoreApplication>
#include <QUrl>

class PrivateWindow
{
    Q_DECLARE_TR_FUNCTIONS(PrivateWindow)

public:
    PrivateWindow(const Browser &browser, const QUrl &url);

    // False for a browser without a command-line switch for it (Safari) and for anything but an http or https
    // address, so that a crafted address can never reach the browser as an option or a local file.
    bool isSupported() const { return !m_command.isEmpty(); }
    // The program and its arguments (never a shell string); empty when not supported.
    BrowserCommand command() const { return m_command; }
    // The switch that asks for a private window, e.g. "--private-window" or "--incognito"; empty for Safari.
    static QString privateSwitch(Browser::Id id);

    // Starts the browser detached from this program; false with errorText() set when it cannot.
    bool open();
    // One plain sentence about what went wrong in open() or why this browser is not supported.
    QString errorText() const { return m_errorText; }

private:
    Browser m_browser;
    QUrl m_url;
    BrowserCommand m_command;
    QString m_errorText;
};
