// Implementation of BearerErrorCheck.
#include "BearerErrorCheck.h"

#include "Evidence.h"
#include "http/AuthChallenge.h"

using namespace Qt::Literals::StringLiterals;

QString BearerErrorCheck::title() const
{
    return tr("Reading the server's token error");
}

QList<Finding> BearerErrorCheck::analyze(const DiagnosisContext &context) const
{
    const Exchange &exchange = context.firstLook;
    if (!exchange.isAnswered())
        return {};
    // RFC 6750 sends insufficient_scope with 403 and invalid_request with 400, so every status is read, not only 401.
    const QList<QByteArray> values = exchange.responseHeaders().values("www-authenticate");
    if (values.isEmpty())
        return {};
    const AuthChallenge::ParseResult parsed = AuthChallenge::parse(values);
    const QString evidence = Evidence::statusLine(exchange.finalHop()) + u'\n'
        + Evidence::headerLines(exchange.responseHeaders(), { "www-authenticate" });

    QList<Finding> findings;
    QStringList seen;
    for (const AuthChallenge &challenge : parsed.challenges) {
        if (challenge.schemeKey() != u"bearer"_s || challenge.error().isEmpty())
            continue;
        const QString error = challenge.error().toLower();
        QString id;
        if (error == u"invalid_token"_s)
            id = u"bearer.invalid-token"_s;
        else if (error == u"insufficient_scope"_s)
            id = u"bearer.insufficient-scope"_s;
        else if (error == u"invalid_request"_s)
            id = u"bearer.invalid-request"_s;
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.append(id);
        findings.append(Finding::make(id,
                                      { { u"description"_s, challenge.errorDescription() },
                                        { u"scope"_s, challenge.scope() },
                                        { u"realm"_s, challenge.realm() },
                                        { u"status"_s, exchange.status() } },
                                      evidence));
    }
    return findings;
}
