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
    // Extra request headers, e.g. from --header; credential headers among them never leave the target's origin.
    HttpHeaders headers;
    // A name and password, token or key to test against the target (one try); none: no sign-in test.
    std::optional<Credential> credential;
    // The person agreed, in so many words, that the secret may go over plain http.
    bool allowInsecureHttp = false;

    static DiagnosisRequest forTarget(const QUrl &target, int timeoutMs = ProbeRequest::DefaultTimeoutMs)
    {
        DiagnosisRequest request;
        request.target = target;
        request.timeoutMs = timeoutMs;
        return request;
    }
};
