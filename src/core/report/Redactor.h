// The one place that hides secrets: every record, report, log line and JSON output passes through it.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

struct Credential;
class HttpHeaders;

class Redactor
{
public:
    static const QByteArray Mask; // "[redacted]"
    static const QString UserMask; // "[user]"

    // Authorization, Proxy-Authorization, Cookie, Set-Cookie and the usual API-key headers.
    static bool isSecretHeader(const QByteArray &name);
    // Query parameters that commonly carry a secret (access_token, api_key, password, sig, ...).
    static bool isSecretQueryItem(const QString &name);

    // Keeps what helps a diagnosis and hides the secret: the scheme word of Authorization, the names and attributes of
    // cookies.
    static QByteArray redactHeaderValue(const QByteArray &name, const QByteArray &value);
    // Removes the password of user info, the values of secret query parameters (in the query and in a fragment such
    // as OAuth's #access_token=...), and JWTs wherever they stand in the address.
    static QUrl redactUrl(const QUrl &url);

    // What a secret looks like when nobody said it is one, in free text (technical detail, bodies, error messages):
    // JWTs, "Bearer <token>", "Basic <base64 of name:password>", header lines of secret headers, and the values of
    // key=, token=, secret=, password=... (always for password and secret names, when long and random-looking for the
    // others; also as JSON members). Idempotent: redacted text comes out unchanged.
    static QString redactPatterns(const QString &text);
    // Long, random-looking: at least 16 characters, letters with digits or both cases, more than 3 bits per character.
    static bool looksLikeSecret(const QString &value);

    // Secrets known by value (a typed password, a token) are also hidden wherever they appear in free text.
    void addSecret(const QString &secret);
    // The secret of a sign-in, and the forms it travels in: percent-encoded, and base64 of "user:secret" as Basic sends
    // it (UTF-8 and Latin-1). The user name is remembered for setHideUserNames().
    void addCredential(const Credential &credential);
    // The values of secret headers (Authorization's credentials, each cookie value), e.g. from a pasted command.
    void addSecretsOfHeaders(const HttpHeaders &headers);
    // A user name; it is replaced by "[user]" only while hideUserNames() is on.
    void addUserName(const QString &user);
    // Off by default: user names help support find the account. On when the person asks for them to be hidden.
    void setHideUserNames(bool hide) { m_hideUserNames = hide; }
    bool hidesUserNames() const { return m_hideUserNames; }
    QStringList secrets() const { return m_secrets; }

    // Known secrets, the patterns above, and (when asked) user names.
    QString redactText(const QString &text) const;
    // redactUrl, then redactText on what is shown.
    QString redactUrlText(const QUrl &url) const;
    // redactHeaderValue, then redactText.
    QString redactHeader(const QByteArray &name, const QByteArray &value) const;

private:
    QStringList m_secrets; // longest first, so that a secret inside another is not left half-hidden
    QStringList m_userNames;
    bool m_hideUserNames = false;
};
