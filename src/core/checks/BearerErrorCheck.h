// Explains the RFC 6750 error codes a Bearer challenge carries (bearer.*), and the same codes in a JSON error body
// when the challenge has none.
#pragma once

#include "AnalysisCheck.h"

#include <QStringList>

#include <optional>

class BearerErrorCheck : public AnalysisCheck
{
    Q_OBJECT

public:
    // An error code read from a JSON body, already mapped onto RFC 6750's words.
    struct BodyError
    {
        QString error; // "invalid_token", "insufficient_scope" or "invalid_request"
        QString code; // as the server wrote it, e.g. "InvalidAuthenticationToken" or "UNAUTHENTICATED"
        QString description; // error_description, or the message of the nested shapes
        QString scope; // a "scope" member, when the body names the scope it wants
    };

    using AnalysisCheck::AnalysisCheck;

    QString title() const override;
    // The first look, and the token the request carried if any (an Authorization: Bearer header among the extra
    // headers, e.g. from a pasted curl command).
    QList<Finding> analyze(const DiagnosisContext &context) const override;

    // bearer.* for any answer: the challenge's error codes first; when no Bearer challenge has one, an OAuth-style
    // JSON body. tokenScopes: what the token that was sent carries (from its JWT), named next to the scope the server
    // asks for; tokenSent: whether the request carried the token (the sign-in test, the placement check) or was
    // anonymous (the first look). Both become facts ("tokenScopes", "tokenScopesKnown", "tokenSent").
    static QList<Finding> explain(
        const Exchange &exchange, const std::optional<QStringList> &tokenScopes = {}, bool tokenSent = false);
    // {"error":"invalid_token","error_description":...} (RFC 6749 §5.2 style), {"error":{"code":...,"message":...}}
    // (Microsoft Graph, Azure) and {"error":{"status":"UNAUTHENTICATED",...}} (Google APIs); nothing for other bodies
    // or codes that are not about the token.
    static std::optional<BodyError> bodyError(const QByteArray &body);
    // The scopes of a token when it is a readable JWT; nothing when the token is opaque (no one can tell).
    static std::optional<QStringList> scopesOfToken(const QString &token);
};
