// Implementation of ProbeSession.
#include "ProbeSession.h"

#include "SessionCookieJar.h"

#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QStandardPaths>

ProbeSession::ProbeSession(QObject *parent)
    : ProbeSession(Kind::Fresh, parent)
{
}

ProbeSession::ProbeSession(Kind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_network(new QNetworkAccessManager(this))
    , m_sslConfiguration(QSslConfiguration::defaultConfiguration())
{
    // Redirects are followed by Probe itself, hop by hop, so that credentials never follow a redirect to another origin
    // (Qt 6.4 forwards a raw Authorization header under its default policy).
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // HSTS would silently turn http into https and hide the very redirect a person needs to see.
    m_network->setStrictTransportSecurityEnabled(false);
    // An in-memory jar in both kinds: a login that sets a cookie and redirects then behaves as in a browser, and no
    // cookie ever reaches the disk.
    m_cookieJar = new SessionCookieJar(m_network);
    m_network->setCookieJar(m_cookieJar);
    if (m_kind == Kind::Remembered) {
        // Probe never lets an answer to a request with credentials or cookies into this cache.
        m_cache = new QNetworkDiskCache(m_network);
        m_cache->setCacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                   + QStringLiteral("/http"));
        m_cache->setMaximumCacheSize(20 * 1024 * 1024);
        m_network->setCache(m_cache);
    }
}

void ProbeSession::noteCached(const QUrl &url)
{
    m_cachedUrls.insert(url);
}

ProbeSession::Cleared ProbeSession::clearSite(const QUrl &url)
{
    Cleared cleared;
    cleared.cookies = m_cookieJar->removeCookiesFor(url.host());
    const QUrl origin = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    for (auto it = m_cachedUrls.begin(); it != m_cachedUrls.end();) {
        const QUrl cachedOrigin =
            it->adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        if (cachedOrigin == origin) {
            if (m_cache && m_cache->remove(*it))
                ++cleared.cachedAnswers;
            it = m_cachedUrls.erase(it);
        } else {
            ++it;
        }
    }
    return cleared;
}

ProbeSession::Cleared ProbeSession::clearAll()
{
    Cleared cleared;
    cleared.cookies = m_cookieJar->removeAll();
    for (const QUrl &url : std::as_const(m_cachedUrls))
        cleared.cachedAnswers += m_cache && m_cache->remove(url) ? 1 : 0;
    m_cachedUrls.clear();
    if (m_cache)
        m_cache->clear();
    return cleared;
}

ProbeSession::~ProbeSession() = default;

void ProbeSession::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    m_sslConfiguration.addCaCertificates(certificates);
}

QByteArray ProbeSession::userAgent()
{
    return QByteArrayLiteral("AuthDoctor/" AUTHDOCTOR_VERSION);
}
