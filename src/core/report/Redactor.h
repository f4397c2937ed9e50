// The one place that hides secrets: every record, report, log line and JSON output passes through it.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

class Redactor
{
public:
    static const QByteArray Mask; // "[redacted]"

    // Authorization, Proxy-Authorization, Cookie, Set-Cookie and the usual API-key headers.
    static bool isSecretHeader(const QByteArray &name);
    // Query parameters that commonly carry a secret (access_token, api_key, password, sig, ...).
    static bool isSecretQueryItem(const QString &name);

    // Keeps what helps a diagnosis and hides the secret: the scheme word of Authorization, the names and attributes of
    // cookies.
    static QByteArray redactHeaderValue(const QByteArray &name, const QByteArray &value);
    // Removes the password of user info and the values of secret query parameters.
    static QUrl redactUrl(const QUrl &url);

    // Secrets known by value (a typed password, a token) are also hidden wherever they appear in free text.
    void addSecret(const QString &secret);
    QString redactText(const QString &text) const;

private:
    QStringList m_secrets;
};
