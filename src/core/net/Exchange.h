// What one probe of an address sent and received: every redirect hop, timings, TLS errors and a capped body sample.
#pragma once

#include "HttpHeaders.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QStringList>
#include <QUrl>

// Milliseconds since the hop's request was handed to Qt; -1 where Qt did not report the moment (for example no
// connection phase when a kept-alive connection was reused). Qt reports when connecting starts and when TLS is done,
// but not when DNS or TCP end, so DNS, TCP connect and the TLS handshake are measured as one span.
struct ExchangeTimings
{
    qint64 connectStartedMs = -1;
    qint64 tlsDoneMs = -1;
    qint64 requestSentMs = -1;
    qint64 firstByteMs = -1;
    qint64 totalMs = -1;

    // DNS lookup, TCP connect and (for https) the TLS handshake, or -1.
    qint64 connectMs() const;
};

struct ExchangeHop
{
    QByteArray method;
    QUrl url;
    // As sent, with secret values already redacted.
    HttpHeaders requestHeaders;
    int status = 0; // 0: no HTTP answer on this hop
    QByteArray reason;
    HttpHeaders responseHeaders;
    ExchangeTimings timings;
    // The answer came from the program's own disk cache (a remembered session), not from the server.
    bool fromCache = false;
    // Names of credential headers (Authorization, Cookie, ...) that the caller asked for but that were not sent on
    // this hop, because the redirect left the original origin or went from https to http.
    QList<QByteArray> droppedCredentialHeaders;
};

struct Exchange
{
    // How the whole probe ended, network-wise. An HTTP error status is still Outcome::Answered.
    enum class Outcome {
        Answered,
        BadUrl,
        DnsFailed,
        Refused,
        Timeout,
        TlsError,
        Cancelled,
        Failed,
    };
    enum class RedirectEnd {
        None, // the last hop is a final answer, or redirects were not followed
        Loop, // a Location led back to an address already visited
        TooManyHops,
        InvalidLocation, // a 3xx with a missing, malformed or non-http(s) Location
    };

    QList<ExchangeHop> hops;
    Outcome outcome = Outcome::Failed;
    RedirectEnd redirectEnd = RedirectEnd::None;
    // Qt's own words and code for a network failure, for the technical detail.
    QString errorString;
    int networkError = 0;
    QStringList tlsErrors;
    // How often Qt's HTTP stack asked for credentials (QNetworkAccessManager::authenticationRequired): 0 when the
    // server never challenged, 1 for one try, 2 when credentials were tried and the server asked again.
    int authenticationPrompts = 0;
    QByteArray body; // the final hop's body, decompressed, at most ProbeRequest::maxBodyBytes
    bool bodyTruncated = false;

    bool isAnswered() const { return outcome == Outcome::Answered; }
    const ExchangeHop &finalHop() const;
    int status() const;
    const HttpHeaders &responseHeaders() const;
    QUrl requestedUrl() const;
    QUrl finalUrl() const;
    qint64 totalMs() const;
};

Q_DECLARE_METATYPE(Exchange)
