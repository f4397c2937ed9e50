// What an OAuth 2.0 refresh is asked to do: where, as which client, with which refresh token.
#pragma once

#include "net/ProbeRequest.h"

#include <QString>
#include <QUrl>

struct OAuthRefreshRequest
{
    QUrl tokenEndpoint; // entered; when empty, found from issuer
    QUrl issuer;
    QString clientId;
    QString clientSecret; // a secret; empty for a public client
    QString refreshToken; // a secret
    QString scope; // optional: ask for fewer scopes than were granted (RFC 6749 §6)
    int timeoutMs = ProbeRequest::DefaultTimeoutMs;
    // The person agreed, in so many words, that the secrets may go over plain http.
    bool allowInsecureHttp = false;
};
