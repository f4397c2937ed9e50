// Reads a Netscape cookies.txt file, as browser extensions and curl export it, to seed the remembered session.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QNetworkCookie>
#include <QStringList>

class NetscapeCookieFile
{
    Q_DECLARE_TR_FUNCTIONS(NetscapeCookieFile)

public:
    struct Result
    {
        QList<QNetworkCookie> cookies;
        // One sentence per line that could not be read, naming the line; never the cookie's value.
        QStringList problems;
    };

    // Seven tab-separated fields a line: domain, include-subdomains, path, secure, expiry (Unix time, 0 for a session
    // cookie), name, value. "#HttpOnly_" before the domain marks an HttpOnly cookie; other lines starting with '#' are
    // comments.
    static Result parse(const QByteArray &contents);
};
