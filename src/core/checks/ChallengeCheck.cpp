// Implementation of ChallengeCheck.
#include "ChallengeCheck.h"

#include "Evidence.h"
#include "http/AuthChallenge.h"

using namespace Qt::Literals::StringLiterals;

QString ChallengeCheck::title() const
{
    return tr("Reading what the server asks for");
}

QList<Finding> ChallengeCheck::analyze(const DiagnosisContext &context) const
{
    const Exchange &exchange = context.firstLook;
    if (!exchange.isAnswered())
        return {};
    const int status = exchange.status();
    if (status != 401 && status != 407)
        return {};
    const bool proxy = status == 407;
    const QByteArray field = proxy ? "proxy-authenticate" : "www-authenticate";
    const QList<QByteArray> values = exchange.responseHeaders().values(field);
    const QString evidence = Evidence::headerLines(exchange.responseHeaders(), { field });

    if (values.isEmpty()) {
        if (proxy)
            return { Finding::make(u"proxy.auth-required"_s, {}, Evidence::statusLine(exchange.finalHop())) };
        return { Finding::make(u"challenge.missing"_s, {}, Evidence::statusLine(exchange.finalHop())) };
    }

    const AuthChallenge::ParseResult parsed = AuthChallenge::parse(values);
    QList<Finding> findings;
    if (proxy) {
        QStringList schemes;
        for (const AuthChallenge &challenge : parsed.challenges)
            schemes.append(challenge.scheme());
        findings.append(Finding::make(u"proxy.auth-required"_s, { { u"schemes"_s, schemes.join(u", "_s) } }, evidence));
    } else {
        QStringList seen;
        for (const AuthChallenge &challenge : parsed.challenges) {
            const QString key = challenge.schemeKey();
            static const QStringList known = { u"basic"_s, u"digest"_s, u"bearer"_s, u"ntlm"_s, u"negotiate"_s };
            const QString id = u"challenge."_s + (known.contains(key) ? key : u"other"_s);
            // Digest servers offer one challenge per algorithm; one finding per scheme says it once.
            if (seen.contains(id))
                continue;
            seen.append(id);
            QVariantMap facts { { u"scheme"_s, challenge.scheme() }, { u"realm"_s, challenge.realm() } };
            if (key == u"digest"_s) {
                QStringList algorithms;
                for (const AuthChallenge &other : parsed.challenges) {
                    if (other.schemeKey() == key)
                        algorithms.append(other.param(u"algorithm"_s).isEmpty() ? u"MD5"_s : other.param(u"algorithm"_s));
                }
                algorithms.removeDuplicates();
                facts.insert(u"algorithm"_s, algorithms.join(u", "_s));
            }
            if (challenge.hasParam(u"charset"_s))
                facts.insert(u"charset"_s, challenge.param(u"charset"_s));
            findings.append(Finding::make(id, facts, evidence));
        }
    }
    if (!parsed.isOk()) {
        findings.append(Finding::make(u"challenge.malformed"_s, { { u"error"_s, parsed.errorText() } },
                                      evidence + u'\n' + parsed.errorText()));
    }
    return findings;
}
