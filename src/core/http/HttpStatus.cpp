// Status code meanings.
#include "HttpStatus.h"

#include <QByteArray>

using namespace Qt::Literals::StringLiterals;

QString HttpStatus::findingId(int status)
{
    if (status >= 200 && status < 300)
        return u"status.ok"_s;
    switch (status) {
    case 401:
        return u"status.unauthorized"_s;
    case 403:
        return u"status.forbidden"_s;
    case 404:
    case 410:
        return u"status.not-found"_s;
    case 407:
        return u"status.proxy-auth"_s;
    case 429:
        return u"status.rate-limited"_s;
    default:
        break;
    }
    if (status >= 500 && status < 600)
        return u"status.server-error"_s;
    return u"status.other"_s;
}

QByteArray HttpStatus::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 407: return "Proxy Authentication Required";
    case 408: return "Request Timeout";
    case 410: return "Gone";
    case 423: return "Locked";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return {};
    }
}
