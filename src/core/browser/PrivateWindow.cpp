// Implementation of PrivateWindow.
#include "PrivateWindow.h"

#include "BrowserLogging.h"

using namespace Qt::Literals::StringLiterals;

PrivateWindow::PrivateWindow(const Browser &browser, const QUrl &url)
    : m_browser(browser)
    , m_url(url)
{
    const QString flag = privateSwitch(browser.id);
    const QString scheme = url.scheme().toLower();
    if (flag.isEmpty() || browser.program.isEmpty() || !url.isValid() || url.host().isEmpty()
        || (scheme != u"https"_s && scheme != u"http"_s))
        return;
    // A fully encoded address starts with "http", so the browser never takes it for an option.
    // A user name and password in the address would show in the process list; the browser asks for them itself.
    m_command = browser.command({ flag, QString::fromLatin1(url.adjusted(QUrl::RemoveUserInfo).toEncoded()) });
}

QString PrivateWindow::privateSwitch(Browser::Id id)
{
    switch (id) {
    case Browser::Id::Firefox:
        return u"--private-window"_s;
    case Browser::Id::Edge:
        return u"--inprivate"_s;
    case Browser::Id::Opera:
        return u"--private"_s;
    case Browser::Id::Chromium:
    case Browser::Id::Chrome:
    case Browser::Id::Brave:
    case Browser::Id::Vivaldi:
        return u"--incognito"_s;
    case Browser::Id::Safari:
        break;
    }
    return {};
}

bool PrivateWindow::open()
{
    m_errorText.clear();
    if (!isSupported()) {
        if (privateSwitch(m_browser.id).isEmpty())
            m_errorText = tr("%1 cannot be asked by another program to open a private window. Open one from its File "
                             "menu and type the address there.")
                              .arg(m_browser.displayName);
        else
            m_errorText = tr("Only web addresses that start with http:// or https:// can be opened in a private "
                             "window.");
        return false;
    }
    qint64 pid = 0;
    if (!m_command.startDetached(&pid)) {
        qCWarning(lcBrowser) << "could not start" << m_command.program;
        m_errorText = tr("%1 could not be started. Open a private window in it yourself and type the address there.")
                          .arg(m_browser.displayName);
        return false;
    }
    qCInfo(lcBrowser) << "private window:" << m_command.program << "pid" << pid;
    return true;
}
