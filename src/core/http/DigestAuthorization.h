// Computes an RFC 7616 Digest Authorization header for MD5, SHA-256 and SHA-512-256 (with their -sess variants):
// Qt 6.4's QAuthenticator speaks MD5 only.
#pragma once

#include "AuthChallenge.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class DigestAuthorization
{
public:
    enum class Algorithm { Unsupported, Md5, Md5Sess, Sha256, Sha256Sess, Sha512t256, Sha512t256Sess };

    struct Input
    {
        QString user;
        QString password;
        QString method = QStringLiteral("GET");
        QString uri; // the request target as sent: path and query
        AuthChallenge challenge;
        QByteArray cnonce; // empty: a random one is made
        quint32 nonceCount = 1;
    };

    // "SHA-256", "md5-sess", ... (case-insensitive); a missing algorithm parameter means MD5 (RFC 7616 §3.3).
    static Algorithm algorithmFrom(const QString &name);
    static QString algorithmName(Algorithm algorithm);
    // Of several Digest challenges (a server offers one per algorithm), the one with the strongest algorithm we
    // support; none when no Digest challenge has a supported algorithm.
    static std::optional<AuthChallenge> strongest(const QList<AuthChallenge> &challenges);

    // The full header value, "Digest username=..., response=...".
    static QByteArray headerValue(const Input &input);
    // Only the response hash, in lower-case hex (for tests against RFC 7616's examples).
    static QByteArray response(const Input &input);
};
