// Implementation of BrowserCookie.
#include "BrowserCookie.h"

using namespace Qt::Literals::StringLiterals;

QString BrowserCookie::sameSiteKey(SameSite sameSite)
{
    switch (sameSite) {
    case SameSite::None:
        return u"none"_s;
    case SameSite::Lax:
        return u"lax"_s;
    case SameSite::Strict:
        return u"strict"_s;
    case SameSite::Unspecified:
        break;
    }
    return {};
}
