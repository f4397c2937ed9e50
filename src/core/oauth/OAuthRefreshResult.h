// What an OAuth 2.0 refresh found: the findings, every exchange, and the new tokens for the caller to use.
#pragma once

#include "diagnosis/Finding.h"
#include "net/Exchange.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

struct OAuthRefreshResult
{
    QUrl tokenEndpoint; // the one used, entered or discovered
    QList<Finding> findings;
    QList<Exchange> exchanges; // discovery first, then the token request
    bool refreshed = false;
    bool unreachable = false; // nothing on the way answered at all
    bool cancelled = false;
    // Secrets, for the caller to use and never to show, log or report.
    QString accessToken;
    QString refreshToken; // a new refresh token when the server rotates them; else empty
    QDateTime expiresAt; // of the new access token, UTC; invalid when unknown

    // The command line's statuses: 0 a new token came back, 1 refused and explained, 3 nothing could be reached.
    int exitStatus() const { return refreshed ? 0 : (unreachable ? 3 : 1); }
};

Q_DECLARE_METATYPE(OAuthRefreshResult)
