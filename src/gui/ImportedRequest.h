// The parts of a pasted curl command that the diagnosis sends as the person's own request. The secrets among them
// (the password of -u, Authorization and Cookie values) live only here, in memory, for this diagnosis.
#pragma once

#include "net/HttpHeaders.h"

#include <QByteArray>
#include <QString>

class CurlCommand;

struct ImportedRequest
{
    QByteArray method;
    // The -H lines and what curl adds from other options; the cookies of -b as one Cookie header at the end.
    HttpHeaders headers;
    QByteArray body;
    QString user; // -u name, or the user info of the address
    QString password; // a secret; empty when none was given
    bool hasPassword = false;
    QString authMethod; // "basic", "digest", "ntlm", "negotiate" or "any", as curl's options say
    int timeoutSeconds = 0; // -m; 0 when not given

    // A valid command's request parts; its address is the target, kept in the model apart from these.
    static ImportedRequest from(const CurlCommand &curl);
};
