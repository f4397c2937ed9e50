// What a diagnosis is asked to look at.
#pragma once

#include "net/HttpHeaders.h"
#include "net/ProbeRequest.h"

#include <QUrl>

struct DiagnosisRequest
{
    QUrl target;
    int timeoutMs = ProbeRequest::DefaultTimeoutMs;
    // Extra request headers, e.g. from --header; credential headers among them never leave the target's origin.
    HttpHeaders headers;
};
