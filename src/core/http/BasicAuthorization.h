// Builds a Basic Authorization header (RFC 7617) in the encoding the server asked for: Qt 6.4 always uses Latin-1,
// which turns any other character of a password into a wrong password.
#pragma once

#include <QByteArray>
#include <QString>

namespace BasicAuthorization {
// True when user and password can be sent as ISO-8859-1, as servers without charset="UTF-8" expect.
bool fitsLatin1(const QString &user, const QString &password);
// "Basic base64(user:password)", the credentials encoded as UTF-8 when utf8 is set, else ISO-8859-1.
QByteArray headerValue(const QString &user, const QString &password, bool utf8);
}
