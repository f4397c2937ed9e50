// What every check of a diagnosis gets to work with: the request, the network session and the first look.
#pragma once

#include "diagnosis/DiagnosisRequest.h"
#include "net/Exchange.h"

class ProbeSession;

struct DiagnosisContext
{
    DiagnosisRequest request;
    ProbeSession *session = nullptr; // for checks that send requests of their own
    Exchange firstLook;              // the plain request to the target, already made
    bool hadCookies = false;         // the session held cookies for the target before the first look
};
