// The network state a diagnosis runs in: one QNetworkAccessManager with its cookie jar, shared by every probe of a run.
#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <QSet>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkDiskCache;
class SessionCookieJar;

class ProbeSession : public QObject
{
    Q_OBJECT

public:
    // Fresh: an empty jar and no cache, like a private window. Remembered: the program's own jar and disk cache kept
    // between diagnoses, like a browser's normal window; comparing the two finds a stale session or cache.
    enum class Kind { Fresh, Remembered };

    explicit ProbeSession(QObject *parent = nullptr);
    explicit ProbeSession(Kind kind, QObject *parent = nullptr);
    ~ProbeSession() override;

    Kind kind() const { return m_kind; }
    QNetworkAccessManager *network() const { return m_network; }
    SessionCookieJar *cookieJar() const { return m_cookieJar; }
    // The disk cache of a remembered session; null for a fresh one.
    QNetworkDiskCache *cache() const { return m_cache; }
    // Remembers that an answer for url went into the cache, so that clearing one site can find it again
    // (QNetworkDiskCache cannot be listed by site).
    void noteCached(const QUrl &url);

    struct Cleared
    {
        int cookies = 0;
        int cachedAnswers = 0;
    };
    // Removes the cookies that would be sent to url's host and the cached answers from its origin.
    Cleared clearSite(const QUrl &url);
    Cleared clearAll();
    // A string sent as User-Agent, so that server logs show who asked.
    static QByteArray userAgent();

    // Certificate authorities trusted on top of the system's, for company servers with an internal CA. Nothing is ever
    // trusted by turning verification off.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    QSslConfiguration sslConfiguration() const { return m_sslConfiguration; }

private:
    Kind m_kind = Kind::Fresh;
    QNetworkAccessManager *m_network = nullptr;
    SessionCookieJar *m_cookieJar = nullptr;
    QNetworkDiskCache *m_cache = nullptr;
    QSet<QUrl> m_cachedUrls;
    QSslConfiguration m_sslConfiguration;
};
