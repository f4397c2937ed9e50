// Implementation of Redactor.
#include "Redactor.h"

#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

const QByteArray Redactor::Mask = QByteArrayLiteral("[redacted]");

bool Redactor::isSecretHeader(const QByteArray &name)
{
    static const QList<QByteArray> names = { "authorization", "proxy-authorization", "cookie", "set-cookie",
                                             "x-api-key", "api-key", "apikey", "x-auth-token", "x-access-token",
                                             "x-csrf-token", "x-xsrf-token" };
    const QByteArray lower = name.toLower();
    return names.contains(lower);
}

bool Redactor::isSecretQueryItem(const QString &name)
{
    static const QStringList names = { u"access_token"_s, u"id_token"_s, u"refresh_token"_s, u"token"_s,
                                       u"api_key"_s,      u"apikey"_s,   u"api-key"_s,        u"key"_s,
                                       u"password"_s,     u"passwd"_s,   u"secret"_s,         u"client_secret"_s,
                                       u"sig"_s,          u"signature"_s, u"code"_s,          u"auth"_s,
                                       u"session"_s,      u"sessionid"_s, u"x-amz-signature"_s };
    return names.contains(name.toLower());
}

QByteArray Redactor::redactHeaderValue(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        // "Bearer abc" -> "Bearer [redacted]": the scheme is what a diagnosis needs to see.
        const qsizetype space = value.indexOf(' ');
        return space > 0 ? value.left(space) + ' ' + Mask : Mask;
    }
    if (lower == "cookie") {
        QList<QByteArray> parts = value.split(';');
        for (QByteArray &part : parts) {
            const qsizetype eq = part.indexOf('=');
            part = (eq >= 0 ? part.left(eq).trimmed() : part.trimmed()) + '=' + Mask;
        }
        return parts.join("; ");
    }
    if (lower == "set-cookie") {
        // Name and attributes (Expires, Path, Secure, SameSite) are the evidence; only the value is secret.
        const qsizetype semi = value.indexOf(';');
        const QByteArray pair = semi >= 0 ? value.left(semi) : value;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray cookieName = eq >= 0 ? pair.left(eq).trimmed() : pair.trimmed();
        return cookieName + '=' + Mask + (semi >= 0 ? value.mid(semi) : QByteArray());
    }
    if (isSecretHeader(name))
        return Mask;
    return value;
}

QUrl Redactor::redactUrl(const QUrl &url)
{
    QUrl result = url;
    if (!result.password().isEmpty())
        result.setPassword(QString::fromLatin1(Mask));
    if (result.hasQuery()) {
        QUrlQuery query(result);
        auto items = query.queryItems(QUrl::FullyEncoded);
        bool changed = false;
        for (auto &[key, value] : items) {
            if (isSecretQueryItem(QUrl::fromPercentEncoding(key.toUtf8()))) {
                value = QString::fromLatin1(Mask);
                changed = true;
            }
        }
        if (changed) {
            query.setQueryItems(items);
            result.setQuery(query);
        }
    }
    return result;
}

void Redactor::addSecret(const QString &secret)
{
    // Very short values would blank out ordinary words; they are hidden by the structural rules above instead.
    if (secret.size() >= 4 && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString Redactor::redactText(const QString &text) const
{
    QString result = text;
    for (const QString &secret : m_secrets)
        result.replace(secret, QString::fromLatin1(Mask));
    return result;
}
