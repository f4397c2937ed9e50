// Implementation of LoginPage.
#include "LoginPage.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

bool LoginPage::hasPasswordField(const QByteArray &body)
{
    static const QRegularExpression password(u"<input[^>]+type\\s*=\\s*[\"']?password"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    return password.match(QString::fromUtf8(body)).hasMatch();
}

bool LoginPage::isLoginAddress(const QUrl &url)
{
    static const QRegularExpression login(u"(^|/)(login|log-in|logon|signin|sign-in|sso|auth|authenticate|"
                                          "oauth2?/authorize|saml2?)(/|$|\\.|\\?)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return login.match(url.path()).hasMatch();
}
