// Implementation of Credential.
#include "Credential.h"

using namespace Qt::Literals::StringLiterals;

QString Credential::originOf(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    int defaultPort = -1;
    if (scheme == u"https"_s)
        defaultPort = 443;
    else if (scheme == u"http"_s)
        defaultPort = 80;
    const int port = url.port(defaultPort);
    // The ACE (punycode) form: QUrl shows an international name in Unicode only for top-level domains on its list, so
    // the pretty form would file one site under two keys depending on the Qt version. QUrl::host() gives IPv6
    // addresses without brackets; the origin must stay parseable when a port follows.
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    if (port < 0)
        return scheme + u"://"_s + host;
    return scheme + u"://"_s + host + u':' + QString::number(port);
}

QString Credential::schemeKey(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Basic:
        return u"basic"_s;
    case Scheme::Digest:
        return u"digest"_s;
    case Scheme::Ntlm:
        return u"ntlm"_s;
    case Scheme::Negotiate:
        return u"negotiate"_s;
    case Scheme::Bearer:
        return u"bearer"_s;
    case Scheme::ApiKey:
        return u"api-key"_s;
    case Scheme::OAuthRefresh:
        return u"oauth-refresh"_s;
    case Scheme::Other:
        break;
    }
    return u"other"_s;
}

Credential::Scheme Credential::schemeFromKey(const QString &key)
{
    for (Scheme scheme :
        { Scheme::Basic, Scheme::Digest, Scheme::Ntlm, Scheme::Negotiate, Scheme::Bearer, Scheme::ApiKey,
          Scheme::OAuthRefresh }) {
        if (schemeKey(scheme) == key)
            return scheme;
    }
    return Scheme::Other;
}
