// The value that describes one probe: what to ask, of which address, and within which limits.
#pragma once

#include "HttpHeaders.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

struct ProbeRequest
{
    static constexpr int DefaultTimeoutMs = 15000;
    static constexpr int DefaultMaxHops = 10;
    static constexpr qint64 DefaultMaxBodyBytes = 64 * 1024;

    QUrl url;
    QByteArray method = QByteArrayLiteral("GET");
    // Sent on the first hop, and on later hops only while the origin stays the same and the scheme does not drop
    // from https to http (credential headers); other headers go on every hop.
    HttpHeaders headers;
    QByteArray body;
    int timeoutMs = DefaultTimeoutMs; // for each hop, from request to the last byte
    int maxHops = DefaultMaxHops;
    bool followRedirects = true;
    qint64 maxBodyBytes = DefaultMaxBodyBytes;

    // A name and password handed to Qt's QAuthenticator when the server asks (Basic in Latin-1, Digest MD5, NTLM,
    // Negotiate). Qt asks again after a refusal; the probe answers only the first time, so one probe is one try and
    // never a loop that locks an account. Never used after a redirect has left the first origin.
    struct Authenticator
    {
        bool enabled = false;
        QString user;
        QString password;
    };
    Authenticator authenticator;
};
