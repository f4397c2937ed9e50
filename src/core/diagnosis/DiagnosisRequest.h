// What a diagnosis is asked to look at.
#pragma once

#include "credentials/Credential.h"
#include "net/HttpHeaders.h"
#include "net/ProbeRequest.h"

#include <QUrl>

#include <optional>

struct DiagnosisRequest
{
    QUrl target;
    int timeoutMs = ProbeRequest::DefaultTimeoutMs;
    // The request as the person makes it (a pasted curl command may POST a body); a plain GET otherwise.
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray body;
    // Extra request headers, e.g. from --header; credential headers among them never leave the target's origin.
    HttpHeaders headers;
    // A name and password, token or key to test against the target (one try); none: no sign-in test.
    std::optional<Credential> credential;
    // The person agreed, in so many words, that the secret may go over plain http.
    bool allowInsecureHttp = false;
    // Read the service's status page as part of the run (StatusPageCheck). Off by default: it asks other hosts, which
    // tests and plain runs must not do.
    bool lookUpStatusPage = false;
    // The status page address the person gave; empty: found from the target (catalog, then the usual places).
    QString statusPage;
    // The origin of a web page whose script calls the target from a browser, e.g. "https://app.example.com"
    // (scheme, host and port only). Set: CorsCheck asks the target as that browser would (a preflight, then the
    // request with an Origin header). Empty: no CORS check.
    QString corsOrigin;

    static DiagnosisRequest forTarget(const QUrl &target, int timeoutMs = ProbeRequest::DefaultTimeoutMs)
    {
        DiagnosisRequest request;
        request.target = target;
        request.timeoutMs = timeoutMs;
        return request;
    }
};
