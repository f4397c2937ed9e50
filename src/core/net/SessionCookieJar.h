// The program's own cookie jar: in memory only, since cookies are sign-in secrets and must not reach the disk in
// plain text; it can list, seed and clear what a site has set.
#pragma once

#include <QList>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QUrl>

class SessionCookieJar : public QNetworkCookieJar
{
    Q_OBJECT

public:
    using QNetworkCookieJar::QNetworkCookieJar;

    QList<QNetworkCookie> cookies() const { return allCookies(); }
    // Adds cookies from outside (a cookies.txt export); returns how many were taken. Qt's jar refuses expired cookies,
    // so those are kept aside: an expired session cookie is exactly what the session check must be able to name.
    int addCookies(const QList<QNetworkCookie> &cookies);
    // Cookies given to addCookies() that had already expired and would be sent to url but for that.
    QList<QNetworkCookie> expiredCookiesFor(const QUrl &url) const;
    // Cookies that would be sent to url.
    QList<QNetworkCookie> cookiesFor(const QUrl &url) const { return cookiesForUrl(url); }
    // Removes every cookie that would be sent to host (its own and its parent domains'); returns how many.
    int removeCookiesFor(const QString &host);
    int removeAll();

private:
    QList<QNetworkCookie> m_expired;
};
