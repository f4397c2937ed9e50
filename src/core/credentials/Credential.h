// A sign-in as the user knows it: which site, which name, which secret, and how it is sent.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

struct Credential
{
    // OAuthRefresh: an OAuth 2.0 client's refresh token and secret, kept for the refresh test; never a sign-in.
    enum class Scheme { Basic, Digest, Ntlm, Negotiate, Bearer, ApiKey, OAuthRefresh, Other };

    QString origin; // "https://host:port", see originOf()
    QString user;
    QString secret; // a password, token or key; empty in everything that comes from the saved sign-ins index
    Scheme scheme = Scheme::Basic;
    QString placement; // where an API key goes, e.g. the header name; empty for the other schemes
    QDateTime savedAt; // UTC; invalid until saved

    // "scheme://host:port" with the scheme and host in lower case, an international host name in its ACE form
    // ("xn--..."), and the port always written out, so that https://Example.com/login and https://example.com:443/
    // share one saved sign-in. Empty for an address without a host.
    static QString originOf(const QUrl &url);

    // The index and log spelling of a scheme: "basic", "digest", "ntlm", "negotiate", "bearer", "api-key", "other".
    static QString schemeKey(Scheme scheme);
    // Unknown words give Scheme::Other, so an index written by a newer version still loads.
    static Scheme schemeFromKey(const QString &key);
};

Q_DECLARE_METATYPE(Credential)
