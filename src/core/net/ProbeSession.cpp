// Implementation of ProbeSession.
#include "ProbeSession.h"

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>

ProbeSession::ProbeSession(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_sslConfiguration(QSslConfiguration::defaultConfiguration())
{
    // Redirects are followed by Probe itself, hop by hop, so that credentials never follow a redirect to another origin
    // (Qt 6.4 forwards a raw Authorization header under its default policy).
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // HSTS would silently turn http into https and hide the very redirect a person needs to see.
    m_network->setStrictTransportSecurityEnabled(false);
    // An in-memory jar, so that a login that sets a cookie and redirects behaves as it does in a private window.
    m_network->setCookieJar(new QNetworkCookieJar(m_network));
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
