// Tells whether an answer is a sign-in page: what a site that signs in with a cookie shows instead of a 401.
#pragma once

#include <QByteArray>
#include <QUrl>

namespace LoginPage {
// A password field in the HTML.
bool hasPasswordField(const QByteArray &body);
// A path that names a sign-in page (/login, /signin, /sso, /auth/...).
bool isLoginAddress(const QUrl &url);
}
