// Reads a JSON Web Token (RFC 7519) without verifying its signature, and judges it against this computer's clock and
// the server's: token.expired, token.not-yet-valid, token.wrong-audience, clock.skew, token.decoded, token.malformed.
#pragma once

#include "diagnosis/Finding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class Jwt
{
    Q_DECLARE_TR_FUNCTIONS(Jwt)

public:
    // Longer tokens are refused unread, so that a pasted file cannot make the program slow.
    static constexpr qsizetype MaximumLength = 64 * 1024;
    // Clocks and token times may differ by this much before anything is said.
    static constexpr qint64 DefaultSkewSeconds = 60;

    enum class Error {
        None,
        Empty,
        TooLong, // more than MaximumLength characters; nothing is read
        SegmentCount, // not three parts (or five, for an encrypted token) separated by dots
        EmptySegment, // the header or the payload is empty
        InvalidBase64, // a character outside base64url, or a length no base64 text can have
        InvalidJson, // the header or the payload decodes, but not to JSON
        NotAnObject, // JSON, but not an object
    };
    enum class Segment { None = -1, Header = 0, Payload = 1, Signature = 2 };

    // The moments and the address a token is judged against.
    struct Context
    {
        QDateTime localNow; // this computer's clock; invalid: the current time
        QDateTime serverNow; // the server's clock, from its Date header (parseHttpDate); invalid: unknown
        QUrl target; // where the token is sent; empty: the audience is not checked
        qint64 skewSeconds = DefaultSkewSeconds;
    };

    static Jwt decode(const QString &token);
    // Whether text is shaped like a JWT: dot-separated parts, the first one starting like base64 of '{"' or '{ '.
    static bool looksLikeJwt(const QString &text);

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    Segment errorSegment() const { return m_errorSegment; }
    int errorPosition() const { return m_errorPosition; } // 1-based character in the token; -1 when valid
    int errorLength() const { return m_errorLength; } // 0 when something is missing at errorPosition
    // The "reason" fact of token.malformed: "too-long", "segment-count", "empty-segment", "base64", "json", ...
    QString errorReason() const;
    int segmentCount() const { return m_segmentCount; }

    // A JWE (five parts): only the header can be read, the claims are encrypted.
    bool isEncrypted() const { return m_encrypted; }
    QJsonObject header() const { return m_header; }
    QJsonObject claims() const { return m_claims; }
    QString algorithm() const; // header "alg"
    QString keyId() const; // header "kid"
    QString type() const; // header "typ"
    QDateTime expiresAt() const; // "exp", UTC; invalid when absent or not a number
    QDateTime notBefore() const; // "nbf"
    QDateTime issuedAt() const; // "iat"
    QStringList audiences() const; // "aud", a string or a list
    QString issuer() const; // "iss"
    QString subject() const; // "sub"
    QString authorizedParty() const; // "azp"
    QStringList scopes() const; // "scope" (space-separated) or "scp" (string or list)
    // base64 "+" or "/" where base64url "-" and "_" belong: decoded anyway, but many servers refuse it.
    bool usesStandardBase64() const { return m_standardBase64; }
    // "=" padding, which JWTs leave out (RFC 7515 §2): decoded anyway.
    bool hasPadding() const { return m_padding; }

    // token.malformed for an invalid token, with "reason", "position", "length" and "segment" facts. A caller that
    // counts positions in a longer text (TokenLint) passes its own position and length.
    Finding malformedFinding() const { return malformedFinding(m_errorPosition, m_errorLength); }
    Finding malformedFinding(int position, int length) const;
    // Every finding about the token at that moment and address: token.malformed alone for an invalid token; else
    // token.expired, token.not-yet-valid, token.wrong-audience and clock.skew as they apply, and token.decoded last.
    // The server's clock decides when it is known (the server judges the token); the raw token never appears.
    QList<Finding> judge(const Context &context) const;

    // clock.skew when the two clocks differ by more than allowance seconds.
    static std::optional<Finding> clockSkew(
        const QDateTime &localNow, const QDateTime &serverNow, qint64 allowance = DefaultSkewSeconds);
    // An HTTP Date value (RFC 9110 §5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime forms) in UTC; invalid
    // when it is none of them.
    static QDateTime parseHttpDate(const QByteArray &value);
    // Whether an "aud" value names the target: its host, its scheme and host (and port), or a prefix of its URL.
    static bool audienceMatches(const QString &audience, const QUrl &target);
    // Whether an "aud" value is a host or web address at all (an opaque id such as "api://1234" cannot be compared).
    static bool audienceComparable(const QString &audience);

    // Human times in the user's language, whole units rounded down: "3 hours", "3 hours ago", "in 3 hours".
    static QString duration(qint64 seconds);
    static QString ago(qint64 seconds);
    static QString fromNow(qint64 seconds);
    // "expired 3 hours ago" or "valid for 2 more days".
    static QString expiryText(const QDateTime &expiresAt, const QDateTime &now);
    // "valid since 5 minutes ago" or "valid in 10 minutes".
    static QString validFromText(const QDateTime &validFrom, const QDateTime &now);

private:
    void fail(Error error, Segment segment, int position, int length);

    Error m_error = Error::Empty;
    Segment m_errorSegment = Segment::None;
    int m_errorPosition = -1;
    int m_errorLength = 0;
    int m_errorPart = 0; // 1-based part the error is in; 0 when it is in none
    int m_segmentCount = 0;
    bool m_encrypted = false;
    bool m_standardBase64 = false;
    bool m_padding = false;
    QJsonObject m_header;
    QJsonObject m_claims;
};
