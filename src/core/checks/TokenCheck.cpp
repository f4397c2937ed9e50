// Implementation of TokenCheck.
#include "TokenCheck.h"

#include "tokens/Jwt.h"
#include "tokens/TokenLint.h"

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Given
{
    QString value;
    TokenLint::Expect expect = TokenLint::Expect::Any;
};

std::optional<Given> tokenOf(const DiagnosisRequest &request)
{
    if (request.credential && !request.credential->secret.isEmpty()) {
        if (request.credential->scheme == Credential::Scheme::Bearer)
            return Given { request.credential->secret, TokenLint::Expect::Bearer };
        if (request.credential->scheme == Credential::Scheme::ApiKey)
            return Given { request.credential->secret, TokenLint::Expect::ApiKey };
    }
    // "Bearer " is the header's, not the token's: what follows it is what the person pasted.
    const QByteArray authorization = request.headers.value("authorization");
    if (authorization.size() > 7 && authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        return Given { QString::fromLatin1(authorization.mid(7)), TokenLint::Expect::Bearer };
    return std::nullopt;
}

} // namespace

bool TokenCheck::applies(const DiagnosisRequest &request)
{
    return tokenOf(request).has_value();
}

QString TokenCheck::title() const
{
    return tr("Reading the token");
}

QList<Finding> TokenCheck::analyze(const DiagnosisContext &context) const
{
    const std::optional<Given> given = tokenOf(context.request);
    if (!given)
        return {};
    const TokenLint::Result lint = TokenLint::check(given->value, given->expect);
    QList<Finding> findings = lint.findings;
    if (lint.kind != TokenLint::Kind::Jwt)
        return findings;
    const Jwt jwt = Jwt::decode(lint.cleaned.isEmpty() ? given->value : lint.cleaned);
    if (!jwt.isValid())
        return findings; // TokenLint has said where it is broken
    Jwt::Context clock;
    clock.localNow = QDateTime::currentDateTimeUtc();
    // The server judges the token by its own clock, which its Date header shows.
    if (context.firstLook.isAnswered())
        clock.serverNow = Jwt::parseHttpDate(context.firstLook.responseHeaders().value("date"));
    clock.target = context.request.target;
    findings.append(jwt.judge(clock));
    return findings;
}
