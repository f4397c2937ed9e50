// Picks the verdict: the finding that best explains the outcome, by a fixed order of likely causes.
#include "Verdict.h"

using namespace Qt::Literals::StringLiterals;

Verdict Verdict::from(const QList<Finding> &findings)
{
    // Most specific cause first: a network failure hides everything after it; a server's own words about the token
    // beat the generic meaning of its status code; what the server asks for beats the bare "401".
    static const QStringList order = {
        u"reach.bad-url"_s,
        u"reach.dns-failed"_s,
        u"reach.refused"_s,
        u"reach.timeout"_s,
        u"reach.tls-error"_s,
        u"reach.failed"_s,
        u"redirect.loop"_s,
        // The service says it is down: "is it them or me?" is answered before anything about the person's sign-in.
        u"statuspage.outage"_s,
        u"redirect.bad-location"_s,
        u"proxy.auth-required"_s,
        u"status.proxy-auth"_s,
        u"credentials.locked"_s,
        // What is wrong with the token itself says more than "the server refused it".
        u"token.expired"_s,
        u"token.not-yet-valid"_s,
        u"token.wrong-audience"_s,
        u"token.malformed"_s,
        u"token.double-prefix"_s,
        u"token.quoted"_s,
        u"token.whitespace"_s,
        u"apikey.rejected-everywhere"_s,
        u"credentials.rejected"_s,
        u"bearer.insufficient-scope"_s,
        u"credentials.forbidden"_s,
        u"oauth.invalid-grant"_s,
        u"oauth.invalid-client"_s,
        u"oauth.discovery-failed"_s,
        u"oauth.error"_s,
        u"oauth.unexpected-answer"_s,
        u"session.expired"_s,
        u"session.cookie-required"_s,
        // CORS, asked about only when the person names the page's origin: the question is then why a browser fails
        // where Auth Doctor's own request may not. What stops the browser before the real request is sent, or makes it
        // refuse the answer, ranks after the network, an outage and the sign-in findings above (fixing CORS does not
        // help a wrong token or an expired session), but before "the sign-in works" (then CORS is exactly why the page
        // still fails) and before whatever the first look's 401 asks for (the page sends that, yet the browser stops
        // it). A preflight that fails with a 5xx or 429 is named here too, in words that say the server failed.
        u"cors.bad-origin"_s,
        u"cors.preflight-unanswered"_s,
        u"cors.preflight-refused"_s,
        u"cors.preflight-redirected"_s,
        u"cors.origin-not-allowed"_s,
        u"cors.wildcard-with-credentials"_s,
        u"cors.credentials-not-allowed"_s,
        u"cors.authorization-not-allowed"_s,
        u"cors.header-not-allowed"_s,
        u"cors.method-not-allowed"_s,
        // The sign-in test speaks of what the person sends; the first look's token error only of an anonymous request.
        u"credentials.accepted"_s,
        u"credentials.negotiate-unavailable"_s,
        u"credentials.insecure-transport"_s,
        u"apikey.placement-found"_s,
        u"oauth.refresh-ok"_s,
        u"bearer.invalid-token"_s,
        u"statuspage.degraded"_s,
        u"statuspage.maintenance"_s,
        u"bearer.invalid-request"_s,
        u"status.rate-limited"_s,
        u"status.server-error"_s,
        // A redirect that lost the sign-in explains a 401 better than what the final server asks for.
        u"redirect.auth-dropped"_s,
        u"redirect.to-http"_s,
        u"cookies.samesite-none-insecure"_s,
        u"cookies.domain-mismatch"_s,
        u"cookies.secure-over-http"_s,
        u"cookies.expired"_s,
        u"cookies.third-party"_s,
        u"cookies.path-mismatch"_s,
        u"cache.stale"_s,
        // The 401 is hidden from the page's script behind a CORS error: this explains what the developer sees, but
        // the causes above explain the 401 itself, and a sign-in that works (ranked above) makes it moot.
        u"cors.refusal-hidden"_s,
        u"challenge.missing"_s,
        u"challenge.malformed"_s,
        u"challenge.bearer"_s,
        u"challenge.basic"_s,
        u"challenge.digest"_s,
        u"challenge.ntlm"_s,
        u"challenge.negotiate"_s,
        u"challenge.other"_s,
        u"status.unauthorized"_s,
        u"status.forbidden"_s,
        u"status.not-found"_s,
        u"status.other"_s,
        // Asked about CORS, "a page there may call this" answers the question better than "access works".
        u"cors.ok"_s,
        u"status.ok"_s,
        u"cors.same-origin"_s,
        u"reach.ok"_s,
    };

    const Finding *best = nullptr;
    qsizetype bestRank = order.size();
    for (const Finding &finding : findings) {
        qsizetype rank = order.indexOf(finding.id);
        if (rank < 0) // ids added by later checks rank by severity, after the known causes of the same weight
            rank = finding.severity == Severity::Problem ? order.indexOf(u"status.unauthorized"_s) : order.size() - 1;
        if (rank < bestRank || !best) {
            best = &finding;
            bestRank = rank;
        }
    }
    Verdict verdict;
    if (!best)
        return verdict;
    verdict.id = best->id;
    // The verdict's weight is that of the whole run: a 401 best explained by what the server asks for (an info
    // finding) is still a problem.
    verdict.severity = best->severity;
    for (const Finding &finding : findings)
        verdict.severity = qMax(verdict.severity, finding.severity);
    verdict.title = best->title;
    verdict.firstStep = best->nextSteps.value(0);
    return verdict;
}
