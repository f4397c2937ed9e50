// Implementation of SessionCookieJar.
#include "SessionCookieJar.h"

#include <QDateTime>

namespace {
bool appliesToHost(const QNetworkCookie &cookie, const QString &host)
{
    QString domain = cookie.domain().toLower();
    if (domain.startsWith(u'.'))
        domain.remove(0, 1);
    const QString lowerHost = host.toLower();
    return lowerHost == domain || lowerHost.endsWith(u'.' + domain);
}
} // namespace

int SessionCookieJar::addCookies(const QList<QNetworkCookie> &cookies)
{
    int added = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QNetworkCookie &cookie : cookies) {
        if (!cookie.isSessionCookie() && cookie.expirationDate() <= now) {
            m_expired.append(cookie);
            continue;
        }
        added += insertCookie(cookie) ? 1 : 0;
    }
    return added;
}

QList<QNetworkCookie> SessionCookieJar::expiredCookiesFor(const QUrl &url) const
{
    QList<QNetworkCookie> result;
    for (const QNetworkCookie &cookie : m_expired) {
        if (appliesToHost(cookie, url.host()) && url.path().startsWith(cookie.path().isEmpty() ? QStringLiteral("/") : cookie.path()))
            result.append(cookie);
    }
    return result;
}

int SessionCookieJar::removeCookiesFor(const QString &host)
{
    const QString lowerHost = host.toLower();
    QList<QNetworkCookie> kept;
    int removed = 0;
    const QList<QNetworkCookie> all = allCookies();
    for (const QNetworkCookie &cookie : all) {
        if (appliesToHost(cookie, lowerHost))
            ++removed;
        else
            kept.append(cookie);
    }
    setAllCookies(kept);
    m_expired.removeIf([&](const QNetworkCookie &cookie) { return appliesToHost(cookie, lowerHost); });
    return removed;
}

int SessionCookieJar::removeAll()
{
    const int count = int(allCookies().size());
    setAllCookies({});
    m_expired.clear();
    return count;
}
