// Implementation of BrowserCatalog's platform-independent part.
#include "BrowserCatalog.h"

#include <algorithm>

BrowserCatalog::BrowserCatalog(QObject *parent)
    : QObject(parent)
{
}

void BrowserCatalog::finish(QList<Browser> browsers, const QString &defaultEntry)
{
    for (Browser &browser : browsers)
        browser.isDefault = !defaultEntry.isEmpty() && browser.desktopId == defaultEntry;
    std::stable_sort(browsers.begin(), browsers.end(), [](const Browser &a, const Browser &b) {
        if (a.isDefault != b.isDefault)
            return a.isDefault;
        return int(a.id) < int(b.id);
    });
    m_browsers = browsers;
    m_defaultEntry = defaultEntry;
    m_running = false;
    emit finished(m_browsers);
}
