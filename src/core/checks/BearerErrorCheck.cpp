// Implementation of BearerErrorCheck.
#include "BearerErrorCheck.h"

#include "Evidence.h"
#include "http/AuthChallenge.h"
#include "tokens/Jwt.h"
#include "tokens/TokenLint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

QString idFor(const QString &error)
{
    if (error == u"invalid_token"_s)
        return u"bearer.invalid-token"_s;
    if (error == u"insufficient_scope"_s)
        return u"bearer.insufficient-scope"_s;
    if (error == u"invalid_request"_s)
        return u"bearer.invalid-request"_s;
    return {};
}

// Lower case without separators, so that "invalid_token", "InvalidToken" and "INVALID-TOKEN" compare equal.
QString squeezed(const QString &code)
{
    QString result;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    }
    return result;
}

// The vendor codes for an expired, revoked or unreadable token, and for a token without the permission asked for.
QString rfc6750For(const QString &code, const QString &message)
{
    static const QStringList invalid = {
        u"invalidtoken"_s,
        u"invalidauthenticationtoken"_s,
        u"expiredauthenticationtoken"_s,
        u"invalidauthenticationtokenaudience"_s,
        u"invalidauthenticationtokentenant"_s,
        u"tokenexpired"_s,
        u"expiredtoken"_s,
        u"accesstokenexpired"_s,
        u"invalidaccesstoken"_s,
        u"unauthenticated"_s,
        u"accesstokeninvalid"_s,
        u"authenticationfailed"_s,
        u"invalidapikey"_s,
        u"apikeyinvalid"_s,
    };
    static const QStringList scope = {
        u"insufficientscope"_s,
        u"accesstokenscopeinsufficient"_s,
        u"insufficientpermissions"_s,
        u"authorizationrequestdenied"_s,
        u"insufficientscopes"_s,
        u"scopeinsufficient"_s,
    };
    const QString key = squeezed(code);
    if (invalid.contains(key))
        return u"invalid_token"_s;
    if (scope.contains(key))
        return u"insufficient_scope"_s;
    if (key == u"invalidrequest"_s)
        return u"invalid_request"_s;
    // Google's PERMISSION_DENIED covers every kind of refusal; only a message about scopes makes it ours.
    if (key == u"permissiondenied"_s && message.contains(u"scope"_s, Qt::CaseInsensitive))
        return u"insufficient_scope"_s;
    return {};
}

QString stringOrNumber(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

} // namespace

QString BearerErrorCheck::title() const
{
    return tr("Reading the server's token error");
}

std::optional<BearerErrorCheck::BodyError> BearerErrorCheck::bodyError(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (!trimmed.startsWith('{'))
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    const QJsonValue error = root.value(u"error"_s);

    BodyError result;
    if (error.isString()) {
        // RFC 6749 §5.2 / RFC 6750 §3 members in the body.
        result.code = error.toString();
        result.description = root.value(u"error_description"_s).toString();
        result.scope = root.value(u"scope"_s).toString();
        result.error = rfc6750For(result.code, result.description);
    } else if (error.isObject()) {
        const QJsonObject inner = error.toObject();
        result.description = inner.value(u"message"_s).toString();
        result.scope = inner.value(u"scope"_s).toString();
        // Microsoft: "code" is a word. Google: "code" is the HTTP status, "status" the word, and the reason is in
        // details[].reason (ErrorInfo) or errors[].reason (the older shape).
        QStringList codes;
        const QString code = stringOrNumber(inner.value(u"code"_s));
        if (inner.value(u"code"_s).isString())
            codes.append(code);
        const QJsonArray details = inner.value(u"details"_s).toArray();
        for (const QJsonValue &detail : details)
            codes.append(detail.toObject().value(u"reason"_s).toString());
        const QJsonArray errors = inner.value(u"errors"_s).toArray();
        for (const QJsonValue &item : errors)
            codes.append(item.toObject().value(u"reason"_s).toString());
        codes.append(inner.value(u"status"_s).toString());
        codes.removeAll(QString());
        for (const QString &candidate : std::as_const(codes)) {
            result.error = rfc6750For(candidate, result.description);
            if (!result.error.isEmpty()) {
                result.code = candidate;
                break;
            }
        }
    }
    if (result.error.isEmpty())
        return std::nullopt;
    return result;
}

std::optional<QStringList> BearerErrorCheck::scopesOfToken(const QString &token)
{
    const TokenLint::Result lint = TokenLint::check(token, TokenLint::Expect::Bearer);
    if (lint.kind != TokenLint::Kind::Jwt)
        return std::nullopt;
    const Jwt jwt = Jwt::decode(lint.cleaned.isEmpty() ? token : lint.cleaned);
    if (!jwt.isValid() || jwt.isEncrypted())
        return std::nullopt;
    return jwt.scopes();
}

QList<Finding> BearerErrorCheck::explain(
    const Exchange &exchange, const std::optional<QStringList> &tokenScopes, bool tokenSent)
{
    if (!exchange.isAnswered())
        return {};
    const int status = exchange.status();
    const auto withToken = [&](QVariantMap facts, const QString &scope) {
        facts.insert(u"tokenSent"_s, tokenSent);
        facts.insert(u"tokenScopesKnown"_s, tokenScopes.has_value());
        if (tokenScopes) {
            facts.insert(u"tokenScopes"_s, tokenScopes->join(u' '));
            // What the server asks for that the token lacks, when both sides are known.
            QStringList missing;
            const QStringList asked = scope.split(u' ', Qt::SkipEmptyParts);
            for (const QString &s : asked) {
                if (!tokenScopes->contains(s))
                    missing.append(s);
            }
            facts.insert(u"missingScopes"_s, missing.join(u' '));
        }
        return facts;
    };
    const auto tokenLine = [&]() {
        if (!tokenScopes)
            return QString();
        return tokenScopes->isEmpty() ? tr("The token's scopes (scope/scp): none")
                                      : tr("The token's scopes (scope/scp): %1").arg(tokenScopes->join(u' '));
    };

    // RFC 6750 sends insufficient_scope with 403 and invalid_request with 400, so every status is read, not only 401.
    const QList<QByteArray> values = exchange.responseHeaders().values("www-authenticate");
    const AuthChallenge::ParseResult parsed = AuthChallenge::parse(values);
    bool bearerChallenge = false;
    QList<Finding> findings;
    QStringList seen;
    for (const AuthChallenge &challenge : parsed.challenges) {
        if (challenge.schemeKey() != u"bearer"_s)
            continue;
        bearerChallenge = true;
        if (challenge.error().isEmpty())
            continue;
        const QString id = idFor(challenge.error().toLower());
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.append(id);
        QStringList evidence { Evidence::statusLine(exchange.finalHop()),
            Evidence::headerLines(exchange.responseHeaders(), { "www-authenticate" }) };
        if (!tokenLine().isEmpty())
            evidence.append(tokenLine());
        findings.append(Finding::make(id,
            withToken({ { u"description"_s, challenge.errorDescription() }, { u"scope"_s, challenge.scope() },
                          { u"realm"_s, challenge.realm() }, { u"status"_s, status }, { u"source"_s, u"header"_s },
                          { u"code"_s, challenge.error() } },
                challenge.scope()),
            evidence.join(u'\n')));
    }
    if (!findings.isEmpty())
        return findings;

    // No code in the challenge: many APIs put it in the body instead. A refusal's body only, so that an ordinary
    // JSON document that happens to have an "error" member is not taken for one; invalid_request from a 400 only
    // next to a Bearer challenge, since a 400 is mostly about the request's own data.
    if (status != 401 && status != 403 && !(status == 400 && bearerChallenge))
        return {};
    const std::optional<BodyError> body = bodyError(exchange.body);
    if (!body || (status == 400 && body->error != u"invalid_request"_s))
        return {};
    QString scope = body->scope;
    for (const AuthChallenge &challenge : parsed.challenges) {
        if (scope.isEmpty() && challenge.schemeKey() == u"bearer"_s)
            scope = challenge.scope();
    }
    QStringList evidence { Evidence::statusLine(exchange.finalHop()) };
    const QString challengeLines = Evidence::headerLines(exchange.responseHeaders(), { "www-authenticate" });
    if (!challengeLines.isEmpty())
        evidence.append(challengeLines);
    evidence.append(body->description.isEmpty()
            ? tr("Body: error \"%1\"").arg(body->code)
            : tr("Body: error \"%1\": %2").arg(body->code, body->description.left(500)));
    if (!tokenLine().isEmpty())
        evidence.append(tokenLine());
    return { Finding::make(idFor(body->error),
        withToken({ { u"description"_s, body->description.left(500) }, { u"scope"_s, scope }, { u"status"_s, status },
                      { u"source"_s, u"body"_s }, { u"code"_s, body->code } },
            scope),
        evidence.join(u'\n')) };
}

QList<Finding> BearerErrorCheck::analyze(const DiagnosisContext &context) const
{
    // A token among the extra headers (a pasted curl command) went with the first look: its answer is about it.
    const QByteArray authorization = context.request.headers.value("authorization").trimmed();
    if (authorization.size() > 7 && authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0) {
        const QString token = QString::fromLatin1(authorization.mid(7)).trimmed();
        return explain(context.firstLook, scopesOfToken(token), true);
    }
    return explain(context.firstLook);
}
