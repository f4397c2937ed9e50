// Implementation of BasicAuthorization.
#include "BasicAuthorization.h"

bool BasicAuthorization::fitsLatin1(const QString &user, const QString &password)
{
    const auto fits = [](const QString &text) { return QString::fromLatin1(text.toLatin1()) == text; };
    return fits(user) && fits(password);
}

QByteArray BasicAuthorization::headerValue(const QString &user, const QString &password, bool utf8)
{
    const QString pair = user + QLatin1Char(':') + password;
    return "Basic " + (utf8 ? pair.toUtf8() : pair.toLatin1()).toBase64();
}
