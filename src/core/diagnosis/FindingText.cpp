// The words of every finding. Facts come from the checks; only this file turns them into sentences.
#include "FindingText.h"

#include "Logging.h"

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

using Words = FindingText::Words;
using Builder = std::function<Words(const QVariantMap &)>;

QString fact(const QVariantMap &facts, const char *key)
{
    return facts.value(QString::fromLatin1(key)).toString();
}

Words make(Severity severity, Audience audience, const QString &title, const QString &explanation,
           const QStringList &nextSteps)
{
    return Words { severity, audience, title, explanation, nextSteps };
}

} // namespace

QString FindingText::hostOr(const QVariantMap &facts)
{
    const QString host = fact(facts, "host");
    return host.isEmpty() ? tr("the server") : host;
}

static const QHash<QString, Builder> &builders()
{
    // Built once; tr() runs on every call of the lambdas, so a language installed later still applies.
    static const QHash<QString, Builder> table = [] {
        QHash<QString, Builder> t;

        // --- reach ---------------------------------------------------------------------------------------------
        t.insert(u"reach.ok"_s, [](const QVariantMap &f) {
            return make(Severity::Ok, Audience::Everyone, FindingText::tr("%1 answered").arg(FindingText::hostOr(f)),
                        FindingText::tr("Auth Doctor reached the server and got an answer, so the network path works."), {});
        });
        t.insert(u"reach.dns-failed"_s, [](const QVariantMap &f) {
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("The server name %1 could not be found").arg(FindingText::hostOr(f)),
                        FindingText::tr("The name of the server could not be turned into a network address. This is not a "
                               "sign-in problem: the request never reached the server."),
                        { FindingText::tr("Check the address for typing mistakes."),
                          FindingText::tr("Check that this computer is connected to the internet or to the company network "
                                 "(some names only exist inside a company network or VPN)."),
                          FindingText::tr("Try again in a few minutes.") });
        });
        t.insert(u"reach.refused"_s, [](const QVariantMap &f) {
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("%1 refused the connection").arg(FindingText::hostOr(f)),
                        FindingText::tr("The server exists but nothing accepted the connection on port %1. The service may be "
                               "down, or the address may use the wrong port.")
                            .arg(fact(f, "port")),
                        { FindingText::tr("Check the port in the address (for example :8443)."),
                          FindingText::tr("Check the service's status page, or try again later."),
                          FindingText::tr("If you run this server: check that it is started and listening on this port.") });
        });
        t.insert(u"reach.timeout"_s, [](const QVariantMap &f) {
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("%1 did not answer in time").arg(FindingText::hostOr(f)),
                        FindingText::tr("No answer came within %n second(s). The server may be overloaded, or a firewall may be "
                               "silently dropping the connection.",
                               nullptr, f.value(u"seconds"_s).toInt()),
                        { FindingText::tr("Try again in a few minutes."),
                          FindingText::tr("Check the service's status page for an outage."),
                          FindingText::tr("If you are on a company network, ask whether a proxy or VPN is needed.") });
        });
        t.insert(u"reach.tls-error"_s, [](const QVariantMap &f) {
            return make(Severity::Problem, Audience::Everyone,
                        FindingText::tr("The secure connection to %1 could not be trusted").arg(FindingText::hostOr(f)),
                        FindingText::tr("The server's certificate did not pass the checks that keep your connection private "
                               "(for example it expired, or belongs to another name). Auth Doctor does not send "
                               "anything over such a connection."),
                        { FindingText::tr("Check that the date and time of this computer are right."),
                          FindingText::tr("Do not enter a password on this site until the certificate problem is fixed."),
                          FindingText::tr("If you run this server: renew or correct its certificate.") });
        });
        t.insert(u"reach.bad-url"_s, [](const QVariantMap &f) {
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("The address cannot be used"),
                        FindingText::tr("\"%1\" is not a web address that Auth Doctor can check.").arg(fact(f, "url")),
                        { FindingText::tr("Copy the address again from the browser's address bar.") });
        });
        t.insert(u"reach.failed"_s, [](const QVariantMap &f) {
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("The connection to %1 failed").arg(FindingText::hostOr(f)),
                        FindingText::tr("The connection broke before a complete answer arrived: %1").arg(fact(f, "error")),
                        { FindingText::tr("Try again in a few minutes."),
                          FindingText::tr("If it keeps failing, check the service's status page.") });
        });

        // --- status --------------------------------------------------------------------------------------------
        t.insert(u"status.ok"_s, [](const QVariantMap &f) {
            return make(Severity::Ok, Audience::Everyone, FindingText::tr("Access works: the server answered %1").arg(fact(f, "status")),
                        FindingText::tr("The server accepted this request. If your browser or app still shows 401, it is "
                               "probably sending something different (an old password, an expired cookie or token)."),
                        { FindingText::tr("Sign out and in again in the browser or app."),
                          FindingText::tr("Clear this site's cookies, or try a private window.") });
        });
        t.insert(u"status.unauthorized"_s, [](const QVariantMap &) {
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("401 Unauthorized: the server does not know who you are"),
                        FindingText::tr("A 401 means the server wants you to prove who you are, and what was sent was missing, "
                               "wrong or expired. It is about signing in, not about permissions."),
                        { FindingText::tr("Check your user name and password (watch for Caps Lock)."),
                          FindingText::tr("Sign out and in again: a session or token may have expired."),
                          FindingText::tr("Clear this site's cookies, or try a private window.") });
        });
        t.insert(u"status.forbidden"_s, [](const QVariantMap &) {
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("403 Forbidden: the server knows you, but you may not"),
                        FindingText::tr("A 403 means the server understood the request and refuses it. Signing in again "
                               "usually does not help: your account lacks the permission, or the server blocks the "
                               "request for another reason (address, country, plan)."),
                        { FindingText::tr("Check that you are signed in with the right account."),
                          FindingText::tr("Ask the site's administrator or support for access.") });
        });
        t.insert(u"status.not-found"_s, [](const QVariantMap &) {
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("404 Not Found: there is nothing at this address"),
                        FindingText::tr("A 404 means the server has nothing at this path. It is not a sign-in problem, although "
                               "some servers answer 404 instead of 401 or 403 to hide that a page exists."),
                        { FindingText::tr("Check the address for typing mistakes, or start again from the site's home page."),
                          FindingText::tr("If you expected to be signed in here, sign in first and open the page again.") });
        });
        t.insert(u"status.proxy-auth"_s, [](const QVariantMap &) {
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("407: a proxy between you and the site wants you to sign in"),
                        FindingText::tr("The refusal came from a proxy server on your network, not from the site. The proxy "
                               "needs its own sign-in, usually your company account."),
                        { FindingText::tr("Enter the proxy user name and password in your system's network or proxy settings."),
                          FindingText::tr("Ask your IT department which proxy account to use.") });
        });
        t.insert(u"status.rate-limited"_s, [](const QVariantMap &f) {
            const QString retry = fact(f, "retryAfter");
            return make(Severity::Warning, Audience::Everyone, FindingText::tr("429: too many attempts for now"),
                        retry.isEmpty()
                            ? FindingText::tr("The server is limiting how often you may ask. Repeated sign-in attempts can cause "
                                     "this, and some servers lock the account after too many.")
                            : FindingText::tr("The server is limiting how often you may ask, and says to wait %1 before trying "
                                     "again. Repeated sign-in attempts can cause this.")
                                  .arg(retry),
                        { FindingText::tr("Wait before trying again; do not retry in a loop."),
                          FindingText::tr("If it goes on, contact the service's support.") });
        });
        t.insert(u"status.server-error"_s, [](const QVariantMap &f) {
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("%1: the server itself has a problem").arg(fact(f, "status")),
                        FindingText::tr("A 5xx status means the server failed to handle the request. This is not caused by your "
                               "password or account, and trying again later often helps."),
                        { FindingText::tr("Check the service's status page for an outage."),
                          FindingText::tr("Try again later; if it lasts, contact support.") });
        });
        t.insert(u"status.other"_s, [](const QVariantMap &f) {
            return make(Severity::Info, Audience::Everyone, FindingText::tr("The server answered %1 %2").arg(fact(f, "status"), fact(f, "reason")),
                        FindingText::tr("This answer is neither a success nor a sign-in refusal. The technical details show "
                               "what came back."),
                        { FindingText::tr("Check that this is the address that shows the 401 error.") });
        });

        // --- challenge -----------------------------------------------------------------------------------------
        t.insert(u"challenge.basic"_s, [](const QVariantMap &f) {
            const QString realm = fact(f, "realm");
            return make(Severity::Info, Audience::Everyone, FindingText::tr("The server asks for a user name and password"),
                        realm.isEmpty()
                            ? FindingText::tr("It uses \"Basic\" sign-in: the browser shows a small sign-in box and sends the "
                                     "name and password with every request.")
                            : FindingText::tr("It uses \"Basic\" sign-in for the area called \"%1\": the browser shows a small "
                                     "sign-in box and sends the name and password with every request.")
                                  .arg(realm),
                        { FindingText::tr("Check your user name and password: Auth Doctor can test them for you."),
                          FindingText::tr("If the browser never shows a sign-in box, clear this site's saved passwords.") });
        });
        t.insert(u"challenge.digest"_s, [](const QVariantMap &f) {
            const QString realm = fact(f, "realm");
            return make(Severity::Info, Audience::Everyone, FindingText::tr("The server asks for a user name and password (Digest)"),
                        FindingText::tr("It uses \"Digest\" sign-in%1, which proves the password without sending it. "
                               "Algorithm: %2.")
                            .arg(realm.isEmpty() ? QString() : FindingText::tr(" for the area \"%1\"").arg(realm),
                                 fact(f, "algorithm").isEmpty() ? u"MD5"_s : fact(f, "algorithm")),
                        { FindingText::tr("Check your user name and password: Auth Doctor can test them for you.") });
        });
        t.insert(u"challenge.bearer"_s, [](const QVariantMap &f) {
            const QString realm = fact(f, "realm");
            return make(Severity::Info, Audience::Everyone, FindingText::tr("The server asks for an access token"),
                        FindingText::tr("It uses \"Bearer\" tokens%1: an app or the site's sign-in page gets a token for you, "
                               "and the token goes with every request. A password alone is not accepted here.")
                            .arg(realm.isEmpty() ? QString() : FindingText::tr(" for \"%1\"").arg(realm)),
                        { FindingText::tr("Sign out of the app or site and sign in again to get a new token."),
                          FindingText::tr("Developers: check the token's expiry, audience and scopes.") });
        });
        t.insert(u"challenge.ntlm"_s, [](const QVariantMap &) {
            return make(Severity::Info, Audience::Everyone, FindingText::tr("The server asks for a Windows (NTLM) sign-in"),
                        FindingText::tr("It uses NTLM, the Windows network sign-in. It usually wants your company account, "
                               "written as DOMAIN\\name or name@company."),
                        { FindingText::tr("Check your company user name and password: Auth Doctor can test them for you."),
                          FindingText::tr("Check that your Windows password has not expired or been changed recently.") });
        });
        t.insert(u"challenge.negotiate"_s, [](const QVariantMap &) {
            return make(Severity::Info, Audience::Everyone, FindingText::tr("The server asks for a Kerberos (Negotiate) sign-in"),
                        FindingText::tr("It uses Negotiate, the single sign-on of company networks: your computer's own sign-in "
                               "is used, without typing a password, when the computer is joined to the domain."),
                        { FindingText::tr("Check that you are connected to the company network or VPN."),
                          FindingText::tr("Sign out of your computer and in again to renew your Kerberos ticket.") });
        });
        t.insert(u"challenge.other"_s, [](const QVariantMap &f) {
            return make(Severity::Info, Audience::Everyone, FindingText::tr("The server asks for a \"%1\" sign-in").arg(fact(f, "scheme")),
                        FindingText::tr("This sign-in method is specific to this service. Its documentation says what to send."),
                        { FindingText::tr("Check the service's documentation for the \"%1\" scheme.").arg(fact(f, "scheme")) });
        });
        t.insert(u"challenge.missing"_s, [](const QVariantMap &) {
            return make(Severity::Warning, Audience::Administrator, FindingText::tr("The 401 does not say how to sign in"),
                        FindingText::tr("The server answered 401 without a WWW-Authenticate header, so neither a browser nor "
                               "Auth Doctor can tell which sign-in it wants. Sites that sign in through their own page "
                               "(with a cookie) often do this."),
                        { FindingText::tr("Sign in through the site's own sign-in page, then try again."),
                          FindingText::tr("If you run this server: send a WWW-Authenticate header with every 401 (RFC 9110 "
                                 "§15.5.2).") });
        });
        t.insert(u"challenge.malformed"_s, [](const QVariantMap &f) {
            return make(Severity::Warning, Audience::Administrator, FindingText::tr("The server's sign-in request is malformed"),
                        FindingText::tr("The WWW-Authenticate header does not follow the standard (%1), so browsers and apps "
                               "may not know how to sign in.")
                            .arg(fact(f, "error")),
                        { FindingText::tr("If you run this server: fix the WWW-Authenticate header (RFC 9110 §11.6.1).") });
        });

        // --- bearer errors (RFC 6750 §3.1) -----------------------------------------------------------------------
        t.insert(u"bearer.invalid-token"_s, [](const QVariantMap &f) {
            const QString description = fact(f, "description");
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("The server refused the token as invalid"),
                        FindingText::tr("The server says the token sent is not valid: it expired, was revoked, or is malformed.")
                            + (description.isEmpty() ? QString() : u' ' + FindingText::tr("The server adds: \"%1\".").arg(description)),
                        { FindingText::tr("Sign out of the app and sign in again to get a new token."),
                          FindingText::tr("Developers: get a fresh token (or refresh it) and check its expiry and audience.") });
        });
        t.insert(u"bearer.insufficient-scope"_s, [](const QVariantMap &f) {
            const QString scope = fact(f, "scope");
            return make(Severity::Problem, Audience::Developer, FindingText::tr("The token is valid but lacks a permission"),
                        (scope.isEmpty() ? FindingText::tr("The server accepted who you are, but the token does not carry the "
                                                  "permission (scope) this request needs.")
                                         : FindingText::tr("The server accepted who you are, but the token does not carry the "
                                                  "permission this request needs: \"%1\".")
                                               .arg(scope))
                            + u' ' + FindingText::tr("This is a permission or plan question, not a wrong key."),
                        { FindingText::tr("Request a token with the missing scope, or ask an administrator to grant it."),
                          FindingText::tr("Check that your plan or subscription covers this resource.") });
        });
        t.insert(u"bearer.invalid-request"_s, [](const QVariantMap &f) {
            const QString description = fact(f, "description");
            return make(Severity::Problem, Audience::Developer, FindingText::tr("The server says the request itself is malformed"),
                        FindingText::tr("The server answered invalid_request: the token was sent in a way it does not accept "
                               "(missing, sent twice, or in the wrong place).")
                            + (description.isEmpty() ? QString() : u' ' + FindingText::tr("The server adds: \"%1\".").arg(description)),
                        { FindingText::tr("Send the token once, in the header \"Authorization: Bearer <token>\".") });
        });

        // --- redirects ------------------------------------------------------------------------------------------
        t.insert(u"redirect.to-http"_s, [](const QVariantMap &f) {
            return make(Severity::Warning, Audience::Administrator, FindingText::tr("A redirect leaves the secure connection"),
                        FindingText::tr("The redirect from %1 to %2 drops from https to plain http. Browsers do not send "
                               "secure cookies or saved sign-ins there, which can look like being signed out; anything "
                               "sent there can be read on the network.")
                            .arg(fact(f, "from"), fact(f, "to")),
                        { FindingText::tr("If you run this server: redirect to https only (check the proxy's X-Forwarded-Proto "
                                 "handling).") });
        });
        t.insert(u"redirect.loop"_s, [](const QVariantMap &f) {
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("The site keeps redirecting in a circle"),
                        FindingText::tr("After %n redirect(s) the site sent Auth Doctor back to an address it had already "
                               "visited. Sign-in loops like this often come from a cookie the browser refuses or that "
                               "has expired.",
                               nullptr, f.value(u"hops"_s).toInt()),
                        { FindingText::tr("Clear this site's cookies, then sign in again."),
                          FindingText::tr("Try a private window."),
                          FindingText::tr("If you run this server: check the session cookie's Secure, SameSite and Domain "
                                 "attributes.") });
        });
        t.insert(u"redirect.auth-dropped"_s, [](const QVariantMap &f) {
            return make(Severity::Warning, Audience::Developer, FindingText::tr("Credentials were not sent after a redirect"),
                        FindingText::tr("The request was redirected from %1 to %2, another origin. Like browsers, Auth Doctor "
                               "did not send %3 there, so the server at the new address sees no sign-in and may answer "
                               "401.")
                            .arg(fact(f, "from"), fact(f, "to"), fact(f, "headers")),
                        { FindingText::tr("Use the final address directly in your app or script."),
                          FindingText::tr("If you run this server: avoid redirecting authenticated requests to another host.") });
        });
        t.insert(u"redirect.bad-location"_s, [](const QVariantMap &f) {
            return make(Severity::Problem, Audience::Administrator, FindingText::tr("A redirect points nowhere usable"),
                        FindingText::tr("The server answered %1 but its Location header (\"%2\") is missing or is not a web "
                               "address.")
                            .arg(fact(f, "status"), fact(f, "location")),
                        { FindingText::tr("If you run this server: send an absolute http(s) URL in Location.") });
        });

        // --- credentials --------------------------------------------------------------------------------------
        t.insert(u"credentials.accepted"_s, [](const QVariantMap &f) {
            return make(Severity::Ok, Audience::Everyone, FindingText::tr("The server accepted this sign-in"),
                        FindingText::tr("%1 signed in successfully with %2. The name and password are right, so the "
                                        "401 comes from what your browser or app sends: an old saved password, an "
                                        "expired session or a stale cookie.")
                            .arg(FindingText::hostOr(f), fact(f, "method")),
                        { FindingText::tr("Update the password saved in your browser or app."),
                          FindingText::tr("Sign out and in again, or clear this site's cookies.") });
        });
        t.insert(u"credentials.rejected"_s, [](const QVariantMap &f) {
            const QStringList reasons = f.value(u"reasons"_s).toStringList();
            QStringList steps;
            for (const QString &reason : reasons) {
                if (reason == u"whitespace"_s)
                    steps.append(FindingText::tr("Remove the space at the start or end of the name or password: it "
                                                 "was sent as part of it."));
                else if (reason == u"caps"_s)
                    steps.append(FindingText::tr("Check Caps Lock: the password was typed all in capitals."));
                else if (reason == u"domain"_s)
                    steps.append(FindingText::tr("Write the user name with its domain, as DOMAIN\\name or "
                                                 "name@company.example."));
                else if (reason == u"encoding"_s)
                    steps.append(FindingText::tr("The password has characters outside Western European letters and "
                                                 "the server did not say it understands UTF-8: try it in a browser, "
                                                 "or ask the administrator to allow charset=\"UTF-8\"."));
                else if (reason == u"expired"_s)
                    steps.append(FindingText::tr("The server hints that the password has expired: change it through "
                                                 "the service's own page, then test again."));
            }
            steps.append(FindingText::tr("Type the password again slowly, or paste it from your password manager."));
            steps.append(FindingText::tr("If you changed the password recently, use the new one everywhere."));
            steps.append(FindingText::tr("If it still fails, reset the password or ask whether the account is "
                                         "expired or locked."));
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("The server refused this name and password"),
                        FindingText::tr("%1 answered 401 again after Auth Doctor signed in once with %2 as \"%3\". The "
                                        "name or password is wrong, or the account cannot sign in right now. Auth "
                                        "Doctor tried only once, so no lock-out was risked.")
                            .arg(FindingText::hostOr(f), fact(f, "method"), fact(f, "user")),
                        steps);
        });
        t.insert(u"credentials.forbidden"_s, [](const QVariantMap &f) {
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("Signed in, but this account may not open the page"),
                        FindingText::tr("The name and password were accepted, but %1 answered 403 Forbidden: the "
                                        "account \"%2\" lacks the permission for this address.")
                            .arg(FindingText::hostOr(f), fact(f, "user")),
                        { FindingText::tr("Check that this is the account that should have access."),
                          FindingText::tr("Ask the site's administrator to grant access to this account.") });
        });
        t.insert(u"credentials.locked"_s, [](const QVariantMap &f) {
            const QString retry = fact(f, "retryAfter");
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("The account seems locked or paused"),
                        (retry.isEmpty() ? FindingText::tr("%1 answered in a way that means the account is locked or "
                                                           "sign-ins are paused after too many attempts.")
                                                 .arg(FindingText::hostOr(f))
                                         : FindingText::tr("%1 asks to wait %2 before the next attempt: sign-ins are "
                                                           "paused after too many attempts.")
                                                 .arg(FindingText::hostOr(f), retry))
                            + u' ' + FindingText::tr("Trying again now can extend the lock."),
                        { FindingText::tr("Stop trying for now; wait before the next attempt."),
                          FindingText::tr("Use the service's \"forgot password\" or unlock page, or contact its support.") });
        });
        t.insert(u"credentials.negotiate-unavailable"_s, [](const QVariantMap &f) {
            return make(Severity::Warning, Audience::Everyone, FindingText::tr("Kerberos sign-in needs a ticket on this computer"),
                        FindingText::tr("%1 only accepts Kerberos (Negotiate). Kerberos does not use a typed password: "
                                        "it uses a ticket that the computer gets when you sign in to the company "
                                        "domain, and this computer had no ticket the server accepted.")
                            .arg(FindingText::hostOr(f)),
                        { FindingText::tr("Connect to the company network or VPN, then sign out of the computer and in "
                                          "again."),
                          FindingText::tr("On Linux, get a ticket with \"kinit name@COMPANY.EXAMPLE\" and test again."),
                          FindingText::tr("Ask your IT department whether this site also accepts a password.") });
        });
        t.insert(u"credentials.insecure-transport"_s, [](const QVariantMap &f) {
            return make(Severity::Warning, Audience::Everyone, FindingText::tr("Not sent: the connection is not encrypted"),
                        FindingText::tr("%1 uses plain http, so a password sent there can be read by anyone on the "
                                        "network. Auth Doctor did not send it.")
                            .arg(FindingText::hostOr(f)),
                        { FindingText::tr("Use the https:// address of this site if it has one."),
                          FindingText::tr("Only if you trust this network: allow sending over http and test again.") });
        });
        t.insert(u"credentials.caps-lock"_s, [](const QVariantMap &) {
            return make(Severity::Warning, Audience::Everyone, FindingText::tr("Caps Lock is on"),
                        FindingText::tr("Passwords care about capital letters: with Caps Lock on, every letter is "
                                        "typed in the wrong case."),
                        { FindingText::tr("Turn Caps Lock off and type the password again.") });
        });
        t.insert(u"credentials.whitespace"_s, [](const QVariantMap &f) {
            return make(Severity::Warning, Audience::Everyone, FindingText::tr("A space at the start or end"),
                        FindingText::tr("The %1 starts or ends with a space, often left over from copy and paste. "
                                        "Servers take it as part of the %1.")
                            .arg(fact(f, "field")),
                        { FindingText::tr("Remove the space unless it really belongs there.") });
        });
        t.insert(u"credentials.lookalike"_s, [](const QVariantMap &f) {
            return make(Severity::Warning, Audience::Everyone, FindingText::tr("The user name has a look-alike character"),
                        FindingText::tr("The user name contains \"%1\" (%2), which looks like an ordinary letter or "
                                        "space but is a different character to the server.")
                            .arg(fact(f, "character"), fact(f, "codepoint")),
                        { FindingText::tr("Type the user name again by hand instead of pasting it.") });
        });

        // --- proxy ----------------------------------------------------------------------------------------------
        t.insert(u"proxy.auth-required"_s, [](const QVariantMap &f) {
            const QString schemes = fact(f, "schemes");
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("Your network's proxy wants a sign-in"),
                        schemes.isEmpty() ? FindingText::tr("The proxy did not say which sign-in it accepts.")
                                          : FindingText::tr("The proxy accepts: %1.").arg(schemes),
                        { FindingText::tr("Enter the proxy account in your system's proxy settings."),
                          FindingText::tr("Ask your IT department if you do not know the proxy account.") });
        });
        return t;
    }();
    return table;
}

FindingText::Words FindingText::words(const QString &id, const QVariantMap &facts)
{
    const auto it = builders().constFind(id);
    if (it == builders().cend()) {
        qCWarning(lcDiagnosis) << "no words for finding" << id;
        return Words { Severity::Info, Audience::Developer, id, QString(), {} };
    }
    return it.value()(facts);
}

QStringList FindingText::knownIds()
{
    QStringList ids = builders().keys();
    ids.sort();
    return ids;
}
