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
                            + u' ' + FindingText::tr("This is a permission or plan question, not a wrong key.")
                            + [&f] {
                                  // What the token carries, when it is a JWT that says so.
                                  if (!f.value(u"tokenScopesKnown"_s).toBool())
                                      return QString();
                                  const QString has = fact(f, "tokenScopes");
                                  const QString missing = fact(f, "missingScopes");
                                  QString text = u' '
                                      + (has.isEmpty() ? FindingText::tr("The token carries no scope at all.")
                                                       : FindingText::tr("The token carries: \"%1\".").arg(has));
                                  if (!missing.isEmpty())
                                      text += u' ' + FindingText::tr("Missing: \"%1\".").arg(missing);
                                  return text;
                              }()
                            + (fact(f, "placement").isEmpty()
                                   ? QString()
                                   : u' ' + FindingText::tr("The key was recognised when sent as %1.").arg(fact(f, "placement"))),
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
            if (fact(f, "kind") == u"token"_s || fact(f, "kind") == u"key"_s)
                return make(Severity::Ok, Audience::Everyone, FindingText::tr("The server accepted this token or key"),
                            FindingText::tr("%1 answered with success when Auth Doctor sent %2. The token or key is "
                                            "right, so the 401 comes from how or where your app sends it.")
                                .arg(FindingText::hostOr(f), fact(f, "method")),
                            { FindingText::tr("Compare how your app sends it with what worked: the header name, the "
                                              "prefix and the spelling."),
                              FindingText::tr("Check that your app uses this same token or key, not an older one.") });
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
            const QString kind = fact(f, "kind");
            if (kind == u"token"_s || kind == u"key"_s) {
                const bool token = kind == u"token"_s;
                return make(Severity::Problem, Audience::Everyone,
                            token ? FindingText::tr("The server refused this token")
                                  : FindingText::tr("The server refused this API key"),
                            FindingText::tr("%1 answered 401 when Auth Doctor sent %2 once. It is wrong, expired or "
                                            "revoked, or meant for another service.")
                                .arg(FindingText::hostOr(f), fact(f, "method")),
                            { token ? FindingText::tr("Sign in again in the app to get a new token, or create a new one.")
                                    : FindingText::tr("Copy the key again from the service's settings, or create a new one."),
                              FindingText::tr("Check that it belongs to this service and to the right environment "
                                              "(test or production).") });
            }
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

        // --- tokens and clock -----------------------------------------------------------------------------------
        // TokenLint and Jwt: facts carry "position" (1-based) and "length"; "cleaned" is a secret and never used here.
        // Without a translation Qt leaves "%n part(s)" as "2 part(s)"; the source text is English, so finish it so.
        const auto finishPlural = [](QString text, int n) {
            return text.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
        };
        const auto spaceWord = [](const QVariantMap &f) {
            const QString kind = fact(f, "character");
            if (kind == u"line-break"_s)
                return FindingText::tr("a line break");
            if (kind == u"tab"_s)
                return FindingText::tr("a tab");
            if (kind == u"invisible"_s)
                return FindingText::tr("an invisible character");
            return FindingText::tr("a space");
        };
        const auto partWord = [](const QVariantMap &f) {
            const QString segment = fact(f, "segment");
            if (segment == u"header"_s)
                return FindingText::tr("header");
            if (segment == u"payload"_s)
                return FindingText::tr("payload");
            if (segment == u"signature"_s)
                return FindingText::tr("signature");
            return FindingText::tr("encrypted");
        };
        t.insert(u"token.whitespace"_s, [spaceWord](const QVariantMap &f) {
            const QString where = fact(f, "where");
            const QString what = spaceWord(f);
            const QString title = where == u"start"_s ? FindingText::tr("The token or key starts with %1").arg(what)
                : where == u"end"_s                  ? FindingText::tr("The token or key ends with %1").arg(what)
                                                      : FindingText::tr("The token or key has %1 inside it").arg(what);
            return make(Severity::Warning, Audience::Everyone, title,
                        FindingText::tr("At character %1 there is %2 that is not part of the value, usually left "
                                        "over from copying. Servers compare every character, so the value no longer "
                                        "matches.")
                            .arg(fact(f, "position"), what),
                        { FindingText::tr("Use the cleaned value, or remove it by hand."),
                          FindingText::tr("In scripts, trim the value when reading it from a file or variable.") });
        });
        t.insert(u"token.quoted"_s, [](const QVariantMap &f) {
            const QString where = fact(f, "where");
            const QString title = where == u"start"_s ? FindingText::tr("The token or key starts with a quote")
                : where == u"end"_s                  ? FindingText::tr("The token or key ends with a quote")
                                                      : FindingText::tr("The token or key is wrapped in quotes");
            return make(Severity::Warning, Audience::Everyone, title,
                        FindingText::tr("The quote mark (%1) at character %2 came along with the copy (from JSON, "
                                        "code or a configuration file) and is not part of the value; a server would "
                                        "take it as part of the token.")
                            .arg(fact(f, "quote"), fact(f, "position")),
                        { FindingText::tr("Use the cleaned value, or remove the quotes by hand.") });
        });
        t.insert(u"token.double-prefix"_s, [](const QVariantMap &f) {
            const QString prefix = fact(f, "prefix");
            const QString scheme = fact(f, "scheme").isEmpty() ? u"Bearer"_s : fact(f, "scheme");
            const bool doubled = f.value(u"doubled"_s).toBool();
            const int position = f.value(u"position"_s).toInt();
            const int last = position + f.value(u"length"_s).toInt() - 1;
            return make(Severity::Warning, Audience::Everyone,
                        doubled ? FindingText::tr("\"%1\" appears twice in front of the token").arg(scheme)
                                : FindingText::tr("The value starts with \"%1\"").arg(prefix),
                        doubled ? FindingText::tr("The value starts with \"%1\" (characters %2 to %3). The word %4 "
                                                  "belongs in front of the token once; twice, the server cannot read "
                                                  "the token.")
                                      .arg(prefix)
                                      .arg(position)
                                      .arg(last)
                                      .arg(scheme)
                                : FindingText::tr("The value starts with \"%1\" (characters %2 to %3), which belongs "
                                                  "to the header, not to the token. Where only the token is asked "
                                                  "for, the app adds this part itself, so the server would receive "
                                                  "it twice and refuse the token.")
                                      .arg(prefix)
                                      .arg(position)
                                      .arg(last),
                        { FindingText::tr("Paste only the token itself, without \"%1\" (use the cleaned value).")
                              .arg(prefix),
                          FindingText::tr("In code, check that \"%1 \" is put in front of the token exactly once.")
                              .arg(scheme) });
        });
        t.insert(u"token.malformed"_s, [partWord, finishPlural](const QVariantMap &f) {
            const QString reason = fact(f, "reason");
            const QString position = fact(f, "position");
            const bool fixable = f.value(u"fixable"_s).toBool();
            QString title = FindingText::tr("The token is damaged");
            QString explanation;
            QStringList steps;
            if (reason == u"too-long"_s) {
                title = FindingText::tr("The value is too long to be a token");
                explanation = FindingText::tr("It is %1 characters long; Auth Doctor reads tokens and keys up to "
                                              "65536 characters. Perhaps a whole file or page was pasted.")
                                  .arg(fact(f, "length"));
            } else if (reason == u"empty"_s) {
                title = FindingText::tr("The token is empty");
                explanation = FindingText::tr("Nothing is left once the spaces, quotes and prefix are taken away.");
            } else if (reason == u"segment-count"_s) {
                title = FindingText::tr("The token is cut off or has extra parts");
                const int segments = f.value(u"segments"_s).toInt();
                explanation = finishPlural(FindingText::tr("A JWT has three parts separated by dots "
                                                           "(header.payload.signature); this one has %n part(s). It "
                                                           "was probably cut off while copying, or two tokens were "
                                                           "pasted together.",
                                                           nullptr, segments),
                                           segments);
            } else if (reason == u"empty-segment"_s) {
                explanation = FindingText::tr("The %1 part of the token, at character %2, is empty.")
                                  .arg(partWord(f), position);
            } else if (reason == u"base64"_s) {
                explanation = FindingText::tr("At character %1, the %2 part of the token has a character that a JWT "
                                              "cannot contain, or the part was cut off.")
                                  .arg(position, partWord(f));
            } else if (reason == u"json"_s || reason == u"not-object"_s) {
                explanation = FindingText::tr("The %1 part of the token, from character %2, does not decode to a JSON "
                                              "object: the token is damaged, or it is not a JWT.")
                                  .arg(partWord(f), position);
            } else if (reason == u"lookalike"_s) {
                title = FindingText::tr("The token or key has a look-alike character");
                explanation = FindingText::tr("Character %1 is %2, which looks like \"%3\" but is a different "
                                              "character to the server. Tokens and keys are plain ASCII; such "
                                              "characters come from word processors and chat apps.")
                                  .arg(position, fact(f, "codepoint"), fact(f, "looksLike"));
                steps.append(FindingText::tr("Copy the value again from where it was issued, not from a document or "
                                             "a chat."));
            } else if (reason == u"control"_s || reason == u"non-ascii"_s) {
                title = FindingText::tr("The token or key has a character it cannot contain");
                explanation = FindingText::tr("Character %1 is %2, which cannot appear in a token or key: they are "
                                              "plain ASCII.")
                                  .arg(position, fact(f, "codepoint"));
                steps.append(FindingText::tr("Copy the value again from where it was issued, not from a document or "
                                             "a chat."));
            } else if (reason == u"basic-not-encoded"_s) {
                title = FindingText::tr("The Basic value is not encoded");
                explanation = FindingText::tr("A Basic value is \"name:password\" encoded as base64; this one is the "
                                              "name and password as typed, which the server cannot read.");
            } else if (reason == u"basic-base64"_s) {
                title = FindingText::tr("The Basic value is not valid base64");
                explanation = FindingText::tr("At character %1 it has a character that base64 does not use, or it "
                                              "was cut off.")
                                  .arg(position);
            } else if (reason == u"basic-padding"_s) {
                title = FindingText::tr("The Basic value lacks its \"=\" padding");
                explanation = FindingText::tr("Base64 comes in groups of four characters, filled up with \"=\" at "
                                              "the end; here the \"=\" are missing. Some servers accept that, many "
                                              "do not.");
            } else if (reason == u"basic-no-colon"_s) {
                title = FindingText::tr("The Basic value holds no name and password");
                explanation = FindingText::tr("It decodes, but without the \":\" that separates the user name from "
                                              "the password, so the server cannot read it.");
            } else {
                explanation = FindingText::tr("The value is damaged at character %1.").arg(position);
            }
            if (fixable)
                steps.prepend(FindingText::tr("Use the cleaned value."));
            else
                steps.append(FindingText::tr("Copy the token or key again, completely, from where it was issued; "
                                             "long values are easily cut off at the end of a line."));
            return make(Severity::Problem, Audience::Everyone, title, explanation, steps);
        });
        t.insert(u"token.expired"_s, [](const QVariantMap &f) {
            const bool byServer = fact(f, "clock") == u"server"_s;
            QString explanation = byServer
                ? FindingText::tr("Its expiry time (exp) is %1. By the server's clock it expired %2, so the server "
                                  "refuses it.")
                      .arg(fact(f, "expiresAt"), fact(f, "when"))
                : FindingText::tr("Its expiry time (exp) is %1. By this computer's clock it expired %2, so the "
                                  "server refuses it.")
                      .arg(fact(f, "expiresAt"), fact(f, "when"));
            if (byServer && !f.value(u"localAgrees"_s, true).toBool())
                explanation += u' '
                    + FindingText::tr("By this computer's clock it would still be valid: the two clocks disagree.");
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("The token expired %1").arg(fact(f, "when")),
                        explanation,
                        { FindingText::tr("Get a new token: sign in again, or use the refresh token."),
                          FindingText::tr("If tokens expire much sooner than expected, check the clocks of this "
                                          "computer and of the server.") });
        });
        t.insert(u"token.not-yet-valid"_s, [](const QVariantMap &f) {
            const bool byServer = fact(f, "clock") == u"server"_s;
            const QString clock = byServer ? FindingText::tr("by the server's clock")
                                           : FindingText::tr("by this computer's clock");
            QString explanation = fact(f, "claim") == u"iat"_s
                ? FindingText::tr("It says it was issued (iat) at %1, which is %2 %3: servers refuse tokens from the "
                                  "future.")
                      .arg(fact(f, "validFrom"), fact(f, "when"), clock)
                : FindingText::tr("Its start time (nbf) is %1, which is %2 %3.")
                      .arg(fact(f, "validFrom"), fact(f, "when"), clock);
            if (byServer && !f.value(u"localAgrees"_s, true).toBool())
                explanation += u' '
                    + FindingText::tr("By this computer's clock it is already valid: the two clocks disagree.");
            return make(Severity::Problem, Audience::Developer, FindingText::tr("The token is not valid yet"),
                        explanation,
                        { FindingText::tr("Wait until %1 and try again, or get a new token.").arg(fact(f, "validFrom")),
                          FindingText::tr("Check the clocks of the service that issued the token and of the "
                                          "server.") });
        });
        t.insert(u"token.wrong-audience"_s, [](const QVariantMap &f) {
            return make(Severity::Problem, Audience::Developer, FindingText::tr("The token is meant for another service"),
                        FindingText::tr("The token's audience (aud) is %1, but the request goes to %2. A server "
                                        "refuses a token issued for someone else, even one that is otherwise valid.")
                            .arg(fact(f, "audience"), fact(f, "expectedOrigin")),
                        { FindingText::tr("Ask for a token for %1: set the audience or resource when requesting it "
                                          "(for example %2).")
                              .arg(fact(f, "expectedHost"), fact(f, "expectedOrigin")),
                          FindingText::tr("Check that the token comes from the right environment (test or "
                                          "production) and the right app registration.") });
        });
        t.insert(u"token.decoded"_s, [](const QVariantMap &f) {
            if (f.value(u"encrypted"_s).toBool())
                return make(Severity::Info, Audience::Developer, FindingText::tr("The token is encrypted"),
                            FindingText::tr("It is an encrypted JSON Web Token (JWE): only its header can be read, "
                                            "and only the server can read what it claims."),
                            {});
            const QString alg = fact(f, "alg").isEmpty() ? FindingText::tr("an unnamed algorithm") : fact(f, "alg");
            const QString expiry = fact(f, "expiry");
            return make(Severity::Info, Audience::Developer,
                        expiry.isEmpty() ? FindingText::tr("What the token says")
                                         : FindingText::tr("What the token says: %1").arg(expiry),
                        FindingText::tr("The token is a JSON Web Token signed with %1; its claims are listed in the "
                                        "details. Its signature was not checked, so this is what the token claims, "
                                        "not proof that it is genuine.")
                            .arg(alg),
                        {});
        });
        t.insert(u"clock.skew"_s, [](const QVariantMap &f) {
            const bool ahead = fact(f, "direction") == u"ahead"_s;
            return make(Severity::Warning, Audience::Everyone,
                        ahead ? FindingText::tr("This computer's clock is %1 ahead of the server's").arg(fact(f, "difference"))
                              : FindingText::tr("This computer's clock is %1 behind the server's").arg(fact(f, "difference")),
                        FindingText::tr("The server's clock says %1, this computer's says %2. Tokens, cookies and "
                                        "certificates are judged by time, so a clock that is off makes valid ones "
                                        "look expired or not yet valid.")
                            .arg(fact(f, "serverTime"), fact(f, "localTime")),
                        { FindingText::tr("Turn on automatic date and time (network time) in this computer's "
                                          "settings."),
                          FindingText::tr("If this computer's clock is right, tell the server's administrator that "
                                          "its clock is off.") });
        });

        // --- status page ------------------------------------------------------------------------------------------
        // Shared by the status page words below; static, so that the builders may use them without capturing. Times
        // arrive already in the person's time zone (facts ending in "Local", see StatusPageResult::facts()).
        static const auto spService = [](const QVariantMap &f) {
            const QString service = fact(f, "service");
            return service.isEmpty() ? FindingText::tr("the service") : service;
        };
        static const auto spComponentStatus = [](const QString &key) -> QString {
            if (key == u"degraded"_s)
                return FindingText::tr("slow or partly failing");
            if (key == u"partial-outage"_s)
                return FindingText::tr("partial outage");
            if (key == u"major-outage"_s)
                return FindingText::tr("major outage");
            if (key == u"maintenance"_s)
                return FindingText::tr("under maintenance");
            if (key == u"operational"_s)
                return FindingText::tr("working");
            return FindingText::tr("state unknown");
        };
        static const auto spDetails = [](const QVariantMap &f) -> QString {
            QStringList sentences;
            QStringList parts;
            const QVariantList components = f.value(u"components"_s).toList();
            for (const QVariant &value : components) {
                const QVariantMap component = value.toMap();
                parts.append(FindingText::tr("%1 (%2)").arg(component.value(u"name"_s).toString(),
                                                            spComponentStatus(component.value(u"status"_s).toString())));
            }
            const int more = f.value(u"moreComponents"_s).toInt();
            if (!parts.isEmpty())
                sentences.append(more > 0 ? FindingText::tr("Affected: %1 and %n more.", nullptr, more).arg(parts.join(u", "_s))
                                          : FindingText::tr("Affected: %1.").arg(parts.join(u", "_s)));
            if (f.value(u"signInAffected"_s).toBool())
                sentences.append(FindingText::tr("This includes signing in, so the 401 may come from their problem "
                                                 "rather than from your account or password."));
            const QVariantList incidents = f.value(u"incidents"_s).toList();
            for (const QVariant &value : incidents) {
                const QVariantMap incident = value.toMap();
                const QString name = incident.value(u"name"_s).toString();
                const QString when = incident.value(u"updatedAtLocal"_s).toString();
                const QString update = incident.value(u"update"_s).toString();
                QString sentence = when.isEmpty() ? FindingText::tr("They report \"%1\".").arg(name)
                                                  : FindingText::tr("They report \"%1\" (latest news %2).").arg(name, when);
                if (!update.isEmpty())
                    sentence += u' ' + FindingText::tr("Their words: %1").arg(update);
                sentences.append(sentence);
            }
            return sentences.join(u' ');
        };
        static const auto spMaintenances = [](const QVariantMap &f) -> QString {
            QStringList sentences;
            const QVariantList maintenances = f.value(u"maintenances"_s).toList();
            for (const QVariant &value : maintenances) {
                const QVariantMap maintenance = value.toMap();
                const QString name = maintenance.value(u"name"_s).toString();
                const QString start = maintenance.value(u"startLocal"_s).toString();
                const QString end = maintenance.value(u"endLocal"_s).toString();
                if (maintenance.value(u"inProgress"_s).toBool())
                    sentences.append(end.isEmpty() ? FindingText::tr("\"%1\" is under way now.").arg(name)
                                                   : FindingText::tr("\"%1\" is under way until %2 (your time).").arg(name, end));
                else if (start.isEmpty())
                    sentences.append(FindingText::tr("\"%1\" is planned.").arg(name));
                else if (end.isEmpty())
                    sentences.append(FindingText::tr("\"%1\" is planned from %2 (your time).").arg(name, start));
                else
                    sentences.append(FindingText::tr("\"%1\" is planned from %2 to %3 (your time).").arg(name, start, end));
            }
            return sentences.join(u' ');
        };
        static const auto spTroubleSteps = [](const QVariantMap &f) {
            QStringList steps { FindingText::tr("Wait until the status page reports the problem fixed, then try again.") };
            if (f.value(u"signInAffected"_s).toBool())
                steps.append(FindingText::tr("Do not reset your password or change your settings because of this 401 "
                                             "while their problem lasts."));
            const QString url = fact(f, "url");
            if (!url.isEmpty())
                steps.append(FindingText::tr("Follow the updates on %1.").arg(url));
            return steps;
        };
        static const auto spTrouble = [](const QVariantMap &f, const QString &lead) {
            QString explanation = lead;
            const QString description = fact(f, "description");
            if (!description.isEmpty())
                explanation += u' ' + FindingText::tr("It says: \"%1\".").arg(description);
            const QString details = spDetails(f);
            if (!details.isEmpty())
                explanation += u' ' + details;
            return explanation;
        };
        t.insert(u"statuspage.operational"_s, [](const QVariantMap &f) {
            const QString url = fact(f, "url");
            return make(Severity::Ok, Audience::Everyone, FindingText::tr("%1 reports no problems").arg(spService(f)),
                        (url.isEmpty() ? FindingText::tr("The service's status page says everything works.")
                                       : FindingText::tr("The status page %1 says everything works.").arg(url))
                            + u' ' + FindingText::tr("The 401 is most likely not caused by an outage on their side."),
                        {});
        });
        t.insert(u"statuspage.degraded"_s, [](const QVariantMap &f) {
            const QString url = fact(f, "url");
            return make(Severity::Warning, Audience::Everyone,
                        FindingText::tr("%1 reports a problem right now").arg(spService(f)),
                        spTrouble(f, url.isEmpty() ? FindingText::tr("The service's status page reports reduced service.")
                                                   : FindingText::tr("The status page %1 reports reduced service.").arg(url)),
                        spTroubleSteps(f));
        });
        t.insert(u"statuspage.outage"_s, [](const QVariantMap &f) {
            const QString url = fact(f, "url");
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("%1 reports an outage").arg(spService(f)),
                        spTrouble(f, url.isEmpty() ? FindingText::tr("The service's status page reports an outage.")
                                                   : FindingText::tr("The status page %1 reports an outage.").arg(url)),
                        spTroubleSteps(f));
        });
        t.insert(u"statuspage.maintenance"_s, [](const QVariantMap &f) {
            const bool inProgress = f.value(u"inProgress"_s).toBool();
            const QString url = fact(f, "url");
            QString explanation = inProgress
                ? (url.isEmpty() ? FindingText::tr("The service's status page reports maintenance under way.")
                                 : FindingText::tr("The status page %1 reports maintenance under way.").arg(url))
                : (url.isEmpty() ? FindingText::tr("The service's status page announces maintenance.")
                                 : FindingText::tr("The status page %1 announces maintenance.").arg(url));
            const QString windows = spMaintenances(f);
            if (!windows.isEmpty())
                explanation += u' ' + windows;
            if (inProgress)
                explanation += u' '
                    + (f.value(u"signInAffected"_s).toBool()
                           ? FindingText::tr("Signing in may fail until it ends.")
                           : FindingText::tr("Parts of the service may not work until it ends."));
            QStringList steps;
            if (inProgress)
                steps.append(FindingText::tr("Try again after the maintenance ends."));
            else
                steps.append(FindingText::tr("If the 401 appears during the maintenance, try again after it ends."));
            if (!url.isEmpty())
                steps.append(FindingText::tr("Follow the updates on %1.").arg(url));
            return make(inProgress ? Severity::Warning : Severity::Info, Audience::Everyone,
                        inProgress ? FindingText::tr("%1 is under maintenance").arg(spService(f))
                                   : FindingText::tr("%1 has planned maintenance").arg(spService(f)),
                        explanation, steps);
        });
        t.insert(u"statuspage.unavailable"_s, [](const QVariantMap &f) {
            const QString reason = fact(f, "reason");
            const QString service = spService(f);
            const QString url = fact(f, "url");
            const QString places = f.value(u"places"_s).toStringList().join(u", "_s);
            const QString where = url.isEmpty() ? places : url;
            QString explanation;
            if (reason == u"bad-input"_s)
                explanation = FindingText::tr("\"%1\" is not a web address or domain name.").arg(fact(f, "input"));
            else if (reason == u"cancelled"_s)
                explanation = FindingText::tr("The check of the service's status page was stopped before it finished.");
            else if (reason == u"unreachable"_s)
                explanation = where.isEmpty() ? FindingText::tr("The service's status page did not answer.")
                                              : FindingText::tr("The status page %1 did not answer.").arg(where);
            else if (reason == u"unreadable"_s)
                explanation = where.isEmpty() ? FindingText::tr("A status page answered, but not in a form Auth Doctor can read.")
                                              : FindingText::tr("A status page answered at %1, but not in a form Auth "
                                                                "Doctor can read.").arg(where);
            else if (reason == u"unknown-state"_s)
                explanation = FindingText::tr("The status page %1 was read, but it does not say whether the service "
                                              "works.").arg(where.isEmpty() ? service : where);
            else
                explanation = places.isEmpty() ? FindingText::tr("Auth Doctor found no status page for %1.").arg(service)
                                               : FindingText::tr("Auth Doctor looked for a status page at the usual "
                                                                 "places (%1) and found none it can read.").arg(places);
            if (reason != u"bad-input"_s && reason != u"cancelled"_s)
                explanation += u' ' + FindingText::tr("That says nothing about whether the service works: many services "
                                                      "publish their status elsewhere, or not at all.");
            QStringList steps;
            if (reason == u"cancelled"_s) {
                steps.append(FindingText::tr("Run the check again to see the service's status."));
            } else {
                steps.append(FindingText::tr("Search the web for \"%1 status\" to find the service's status page, and "
                                             "give its address to Auth Doctor.").arg(service));
                steps.append(FindingText::tr("Ask the service's support whether they know of a problem."));
            }
            return make(Severity::Info, Audience::Everyone,
                        reason == u"cancelled"_s ? FindingText::tr("The status page check was stopped")
                                                 : FindingText::tr("No status page could be read for %1").arg(service),
                        explanation, steps);
        });

        // --- session, cookies and cache -----------------------------------------------------------------------
        t.insert(u"session.expired"_s, [](const QVariantMap &f) {
            const QString expired = fact(f, "expiredCookies");
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("Your sign-in has timed out: sign in again"),
                        (expired.isEmpty()
                             ? FindingText::tr("With the cookies remembered for %1 the server refuses you, but without "
                                               "them it simply asks you to sign in. The remembered session is no "
                                               "longer accepted; your password is probably fine.")
                                   .arg(FindingText::hostOr(f))
                             : FindingText::tr("The session cookie (%1) for %2 has expired, so it is no longer sent and "
                                               "the server sees you as signed out. Your password is probably fine.")
                                   .arg(expired, FindingText::hostOr(f))),
                        { FindingText::tr("Sign out and sign in again."),
                          FindingText::tr("If that does not help, clear this site's cookies and try once more.") });
        });
        t.insert(u"session.cookie-required"_s, [](const QVariantMap &f) {
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("This site signs you in on its own page"),
                        FindingText::tr("%1 does not ask for a password in the browser's sign-in box: it shows its own "
                                        "sign-in page (%2) and then remembers you with a cookie. A password test "
                                        "does not apply; the cookie is what matters.")
                            .arg(FindingText::hostOr(f), fact(f, "loginUrl")),
                        { FindingText::tr("Sign in through the site's own page, in a private window first."),
                          FindingText::tr("If you are sent back to the sign-in page again and again, clear this site's "
                                          "cookies.") });
        });
        t.insert(u"cookies.set"_s, [](const QVariantMap &f) {
            return make(Severity::Info, Audience::Developer,
                        FindingText::tr("The site set %n cookie(s)", nullptr, f.value(u"count"_s).toInt()),
                        FindingText::tr("How long each one lasts: %1.").arg(fact(f, "cookies")), {});
        });
        t.insert(u"cookies.expired"_s, [](const QVariantMap &f) {
            return make(Severity::Warning, Audience::Administrator,
                        FindingText::tr("The cookie \"%1\" had expired when it arrived").arg(fact(f, "name")),
                        FindingText::tr("%1 set the cookie with an expiry %2 in the past, so the browser drops it at "
                                        "once and the next request looks signed out. The server's clock or its "
                                        "cookie lifetime is wrong.")
                            .arg(FindingText::hostOr(f), fact(f, "ago")),
                        { FindingText::tr("If you run this server: check its clock and the cookie's Expires or Max-Age.") });
        });
        t.insert(u"cookies.secure-over-http"_s, [](const QVariantMap &f) {
            return make(Severity::Warning, Audience::Administrator,
                        FindingText::tr("A secure cookie was set over plain http"),
                        FindingText::tr("The cookie \"%1\" is marked Secure but came over http from %2. Browsers "
                                        "refuse to store it, so the sign-in does not stick.")
                            .arg(fact(f, "name"), FindingText::hostOr(f)),
                        { FindingText::tr("Use the https address of the site."),
                          FindingText::tr("If you run this server: serve the sign-in over https only.") });
        });
        t.insert(u"cookies.samesite-none-insecure"_s, [](const QVariantMap &f) {
            return make(Severity::Problem, Audience::Administrator,
                        FindingText::tr("The cookie \"%1\" has SameSite=None without Secure").arg(fact(f, "name")),
                        FindingText::tr("Browsers drop a cookie marked SameSite=None unless it is also Secure. The "
                                        "sign-in seems to work, then the next request arrives without the cookie and "
                                        "gets a 401."),
                        { FindingText::tr("If you run this server: add Secure to the cookie and serve it over https.") });
        });
        t.insert(u"cookies.domain-mismatch"_s, [](const QVariantMap &f) {
            return make(Severity::Problem, Audience::Administrator,
                        FindingText::tr("The cookie \"%1\" is for another domain").arg(fact(f, "name")),
                        FindingText::tr("It is set with Domain=%1, which does not cover %2, so the browser never sends "
                                        "it there.")
                            .arg(fact(f, "domain"), fact(f, "target")),
                        { FindingText::tr("If you run this server: set Domain to the site's own domain, or leave it out.") });
        });
        t.insert(u"cookies.third-party"_s, [](const QVariantMap &f) {
            return make(Severity::Warning, Audience::Administrator,
                        FindingText::tr("The cookie \"%1\" comes from another site").arg(fact(f, "name")),
                        FindingText::tr("%1 set it while signing in to %2. Browsers increasingly block such third-party "
                                        "cookies, and then the sign-in does not carry over.")
                            .arg(FindingText::hostOr(f), fact(f, "target")),
                        { FindingText::tr("Allow cookies for both sites in the browser, or try another browser."),
                          FindingText::tr("If you run this server: keep the session cookie on the site's own domain.") });
        });
        t.insert(u"cookies.path-mismatch"_s, [](const QVariantMap &f) {
            return make(Severity::Warning, Audience::Administrator,
                        FindingText::tr("The cookie \"%1\" does not cover this page").arg(fact(f, "name")),
                        FindingText::tr("It is limited to Path=%1, but the address is %2, so the browser does not send "
                                        "it here.")
                            .arg(fact(f, "path"), fact(f, "target")),
                        { FindingText::tr("If you run this server: set Path=/ on the session cookie.") });
        });
        t.insert(u"cookies.cleared"_s, [](const QVariantMap &f) {
            const QString cookies = FindingText::tr("%n cookie(s)", nullptr, f.value(u"cookies"_s).toInt());
            const QString answers =
                FindingText::tr("%n cached answer(s)", nullptr, f.value(u"cachedAnswers"_s).toInt());
            return make(Severity::Info, Audience::Everyone, FindingText::tr("Cookies and cached answers cleared"),
                        f.value(u"allSites"_s).toBool()
                            ? FindingText::tr("Auth Doctor removed %1 and %2 of its own, for every site, and tested "
                                              "again. Your browser was not touched.")
                                  .arg(cookies, answers)
                            : FindingText::tr("Auth Doctor removed %1 and %2 of its own for %3 and tested again. Your "
                                              "browser was not touched.")
                                  .arg(cookies, answers, FindingText::hostOr(f)),
                        {});
        });
        t.insert(u"cache.stale"_s, [](const QVariantMap &f) {
            const bool server = f.value(u"serverAllowsCaching"_s).toBool();
            QStringList steps { FindingText::tr("Reload the page bypassing the cache: Ctrl+Shift+R (or Ctrl+F5; "
                                                "Cmd+Shift+R on a Mac).") };
            if (server)
                steps.append(FindingText::tr("If you run this server: send \"Cache-Control: no-store\" with every "
                                             "401 and 403, and with sign-in pages."));
            return make(Severity::Warning, Audience::Everyone, FindingText::tr("The refusal may come from a cache"),
                        FindingText::tr("This answer (%1) was kept by a cache rather than made by the server just now: "
                                        "%2. A cached 401 or sign-in page can outlive the problem that caused it.")
                            .arg(fact(f, "status"), fact(f, "signs")),
                        steps);
        });

        // --- API keys -------------------------------------------------------------------------------------------
        t.insert(u"apikey.placement-found"_s, [](const QVariantMap &f) {
            const QString kind = fact(f, "placementKind");
            const QString name = fact(f, "name");
            QString where;
            if (kind == u"scheme"_s)
                where = FindingText::tr("in the Authorization header with the \"%1\" scheme").arg(name);
            else if (kind == u"basic-user"_s)
                where = FindingText::tr("as the user name of a Basic sign-in, with an empty password");
            else if (kind == u"basic-password"_s)
                where = FindingText::tr("as the password of a Basic sign-in, with an empty user name");
            else if (kind == u"query"_s)
                where = FindingText::tr("in the query parameter \"%1\"").arg(name);
            else
                where = FindingText::tr("in the \"%1\" header").arg(name);
            QString explanation = FindingText::tr("%1 accepted the key %2, after %n request(s).", nullptr,
                                                  f.value(u"tried"_s).toInt())
                                      .arg(FindingText::hostOr(f), where);
            if (kind == u"query"_s)
                explanation += u' '
                    + FindingText::tr("Keys in addresses end up in server logs and browser history: prefer a header "
                                      "if the API offers one.");
            return make(Severity::Ok, Audience::Developer, FindingText::tr("The key works as %1").arg(fact(f, "placement")),
                        explanation,
                        { FindingText::tr("Send the key the same way; with the key in the API_KEY environment "
                                          "variable: %1")
                              .arg(fact(f, "curl")),
                          FindingText::tr("Set your app or library to send the key as %1.").arg(fact(f, "placement")) });
        });
        t.insert(u"apikey.rejected-everywhere"_s, [](const QVariantMap &f) {
            const QString different = fact(f, "different");
            QString explanation = FindingText::tr("Auth Doctor sent the key to %1 in %n usual place(s) (%2), and "
                                                  "every answer was a refusal (mostly HTTP %3). The key itself is "
                                                  "refused: it is wrong, expired, revoked, or for another "
                                                  "environment.",
                                                  nullptr, f.value(u"tried"_s).toInt())
                                      .arg(FindingText::hostOr(f), fact(f, "places"), fact(f, "status"));
            if (f.value(u"redirected"_s).toBool())
                explanation += u' '
                    + FindingText::tr("The address answers with a redirect: Auth Doctor sends the key only to the "
                                      "address given, so test the address it redirects to.");
            else if (!different.isEmpty())
                explanation += u' '
                    + FindingText::tr("Some places answered differently: %1. The key may be known there but lack a "
                                      "permission.")
                          .arg(different);
            return make(Severity::Problem, Audience::Developer, FindingText::tr("The key was refused in every usual place"),
                        explanation,
                        { FindingText::tr("Copy the key again, completely, from the service's dashboard."),
                          FindingText::tr("Check that the key is for this environment (test or production) and has "
                                          "not expired or been revoked."),
                          FindingText::tr("Check the API's documentation for where it wants the key: some APIs use "
                                          "a header name of their own.") });
        });
        t.insert(u"apikey.not-needed"_s, [](const QVariantMap &f) {
            return make(Severity::Info, Audience::Developer, FindingText::tr("The address answers without a key"),
                        FindingText::tr("%1 answered HTTP %2 to the request without the key, so where the key goes "
                                        "cannot be told from this address.")
                            .arg(FindingText::hostOr(f), fact(f, "status")),
                        { FindingText::tr("Test with the address of a resource that needs the key.") });
        });

        // --- OAuth 2.0 refresh ----------------------------------------------------------------------------------
        static const auto serverAdds = [](const QVariantMap &f) {
            const QString description = fact(f, "description");
            return description.isEmpty() ? QString()
                                         : u' ' + FindingText::tr("The server adds: \"%1\".").arg(description);
        };
        t.insert(u"oauth.discovered"_s, [](const QVariantMap &f) {
            QString explanation = FindingText::tr("The authorization server %1 publishes its settings at %2; its "
                                                  "token endpoint is %3.")
                                      .arg(fact(f, "issuer"), fact(f, "document"), fact(f, "tokenEndpoint"));
            if (!f.value(u"issuerMatches"_s, true).toBool())
                explanation += u' '
                    + FindingText::tr("The document names another issuer (%1), which clients that check it refuse.")
                          .arg(fact(f, "documentIssuer"));
            return make(Severity::Info, Audience::Developer,
                        FindingText::tr("Token endpoint found: %1").arg(fact(f, "tokenEndpoint")), explanation, {});
        });
        t.insert(u"oauth.discovery-failed"_s, [](const QVariantMap &f) {
            const QString reason = fact(f, "reason");
            QString explanation;
            if (reason == u"bad-issuer"_s)
                explanation = FindingText::tr("\"%1\" is not a web address, so there is nowhere to look.")
                                  .arg(fact(f, "issuer"));
            else if (reason == u"unreachable"_s)
                explanation = FindingText::tr("None of the well-known addresses of %1 could be reached.")
                                  .arg(fact(f, "issuer"));
            else
                explanation = FindingText::tr("Auth Doctor looked for the OpenID Connect and OAuth settings of %1 at "
                                              "%n well-known address(es), and none held a document with a token "
                                              "endpoint.",
                                              nullptr, f.value(u"tried"_s).toInt())
                                  .arg(fact(f, "issuer"));
            return make(Severity::Problem, Audience::Developer,
                        FindingText::tr("The authorization server's settings were not found"), explanation,
                        { FindingText::tr("Check the issuer address: it is the \"iss\" claim of the tokens it "
                                          "issues, for example https://login.example.com/realms/main."),
                          FindingText::tr("Enter the token endpoint itself if you know it; the service's "
                                          "documentation names it.") });
        });
        t.insert(u"oauth.refresh-ok"_s, [](const QVariantMap &f) {
            const QString expiry = fact(f, "expiry");
            const QString source = fact(f, "expirySource");
            QString explanation = FindingText::tr("%1 issued a new access token.").arg(FindingText::hostOr(f));
            if (source == u"expires_in"_s)
                explanation += u' '
                    + FindingText::tr("It expires at %1 (%2), as the answer's expires_in says.")
                          .arg(fact(f, "expiresAt"), expiry);
            else if (source == u"jwt"_s)
                explanation += u' '
                    + FindingText::tr("It expires at %1 (%2), as its exp claim says.").arg(fact(f, "expiresAt"), expiry);
            else
                explanation += u' ' + FindingText::tr("The answer does not say when it expires.");
            QStringList steps { FindingText::tr("Use the new access token in place of the old one.") };
            if (f.value(u"rotated"_s).toBool()) {
                explanation += u' '
                    + FindingText::tr("The server also sent a new refresh token: the old one may no longer work.");
                steps.append(FindingText::tr("Store the new refresh token in place of the old one."));
            }
            return make(Severity::Ok, Audience::Developer,
                        expiry.isEmpty() ? FindingText::tr("The refresh worked: a new access token came back")
                                         : FindingText::tr("The refresh worked: a new access token, %1").arg(expiry),
                        explanation, steps);
        });
        t.insert(u"oauth.invalid-grant"_s, [](const QVariantMap &f) {
            return make(Severity::Problem, Audience::Everyone, FindingText::tr("The refresh token is no longer accepted"),
                        FindingText::tr("%1 answered invalid_grant: the refresh token expired, was revoked (for "
                                        "example after a password change or a sign-out), was already used once, or "
                                        "was issued to another client.")
                                .arg(FindingText::hostOr(f))
                            + serverAdds(f),
                        { FindingText::tr("Sign in again to get a new refresh token."),
                          FindingText::tr("If the server rotates refresh tokens, make sure the app stores the new one "
                                          "after every refresh.") });
        });
        t.insert(u"oauth.invalid-client"_s, [](const QVariantMap &f) {
            const QString how = fact(f, "clientAuth");
            QString method;
            if (how == u"basic"_s)
                method = FindingText::tr("its secret in an Authorization: Basic header (client_secret_basic)");
            else if (how == u"post"_s)
                method = FindingText::tr("its secret in the form (client_secret_post)");
            else
                method = FindingText::tr("no secret (a public client)");
            QStringList steps { FindingText::tr("Check the client id and secret in the app registration; client "
                                                "secrets expire too.") };
            if (how == u"basic"_s)
                steps.append(FindingText::tr("If the client is registered for client_secret_post, the secret goes in "
                                             "the form instead: check its token endpoint authentication method."));
            if (!f.value(u"hadSecret"_s).toBool())
                steps.append(FindingText::tr("This client may be a confidential one: give its secret too."));
            return make(Severity::Problem, Audience::Developer,
                        FindingText::tr("The server does not accept this client"),
                        FindingText::tr("%1 answered invalid_client: the client id \"%2\" is unknown, its secret is "
                                        "wrong, or it may not sign in the way Auth Doctor did, with %3.")
                                .arg(FindingText::hostOr(f), fact(f, "clientId"), method)
                            + serverAdds(f),
                        steps);
        });
        t.insert(u"oauth.error"_s, [](const QVariantMap &f) {
            const QString error = fact(f, "error");
            QString meaning;
            QStringList steps;
            if (error == u"invalid_request"_s) {
                meaning = FindingText::tr("The request lacks something the server needs, or has something twice.");
                steps.append(FindingText::tr("Check whether the server wants client_id in the form, or a scope."));
            } else if (error == u"unauthorized_client"_s) {
                meaning = FindingText::tr("This client may not use refresh tokens: the refresh_token grant is not "
                                          "enabled for it.");
                steps.append(FindingText::tr("Enable the refresh token grant in the app registration."));
            } else if (error == u"unsupported_grant_type"_s) {
                meaning = FindingText::tr("The server does not refresh tokens with the refresh_token grant at this "
                                          "address.");
                steps.append(FindingText::tr("Check that this is the token endpoint, and that the server issues "
                                             "refresh tokens."));
            } else if (error == u"invalid_scope"_s) {
                meaning = FindingText::tr("The scope asked for is unknown, or more than was granted at sign-in.");
                steps.append(FindingText::tr("Leave the scope out to keep the scopes first granted."));
            } else if (error == u"access_denied"_s) {
                meaning = FindingText::tr("The server or the account's owner refused to issue a token.");
                steps.append(FindingText::tr("Sign in again, and check the account's consent for this app."));
            } else if (error == u"server_error"_s || error == u"temporarily_unavailable"_s) {
                meaning = FindingText::tr("The authorization server has a problem of its own right now.");
                steps.append(FindingText::tr("Try again in a few minutes; check the service's status page."));
            } else if (error == u"invalid_dpop_proof"_s || error == u"use_dpop_nonce"_s) {
                meaning = FindingText::tr("The server wants tokens bound to a key with DPoP (RFC 9449), which a "
                                          "plain refresh does not send.");
                steps.append(FindingText::tr("Refresh with the app that holds the DPoP key."));
            } else {
                meaning = FindingText::tr("This code is specific to the server.");
                steps.append(FindingText::tr("Look the code up in the service's documentation."));
            }
            return make(Severity::Problem, Audience::Developer,
                        FindingText::tr("The token endpoint refused the refresh: %1").arg(error),
                        meaning + serverAdds(f), steps);
        });
        t.insert(u"oauth.unexpected-answer"_s, [](const QVariantMap &f) {
            const QString reason = fact(f, "reason");
            QString explanation;
            if (reason == u"redirect"_s)
                explanation = FindingText::tr("It answered HTTP %1 with a redirect to %2 instead of answering. Auth "
                                              "Doctor did not follow it, so the refresh token went nowhere else.")
                                  .arg(fact(f, "status"), fact(f, "location"));
            else if (reason == u"no-access-token"_s)
                explanation = FindingText::tr("It answered with success, but without an access_token.");
            else if (reason == u"no-error"_s)
                explanation = FindingText::tr("It answered HTTP %1 with JSON that holds no OAuth error code.")
                                  .arg(fact(f, "status"));
            else
                explanation = FindingText::tr("It answered HTTP %1 (%2), not the JSON of a token endpoint: the "
                                              "address is probably not the token endpoint.")
                                  .arg(fact(f, "status"),
                                       fact(f, "contentType").isEmpty() ? FindingText::tr("no content type")
                                                                        : fact(f, "contentType"));
            return make(Severity::Problem, Audience::Developer,
                        FindingText::tr("%1 did not answer like a token endpoint").arg(FindingText::hostOr(f)),
                        explanation,
                        { FindingText::tr("Check the token endpoint address; it often ends in /token or "
                                          "/oauth2/token, and discovery from the issuer finds it.") });
        });

        // --- CORS -----------------------------------------------------------------------------------------------
        // Facts from CorsCheck: "origin" (the page's), "method", "requestHeaders" (a list), "stage" ("preflight" or
        // "response"), "status", "allowOrigin", "allowCredentials", "withCookies" and per finding what it names.
        static const auto corsAnswer = [](const QVariantMap &f) {
            return fact(f, "stage") == u"response"_s ? FindingText::tr("the answer to the request itself")
                                                     : FindingText::tr("the answer to the preflight");
        };
        static const auto corsOrigin = [](const QVariantMap &f) {
            const QString origin = fact(f, "origin");
            return origin.isEmpty() ? FindingText::tr("the page's origin") : origin;
        };
        static const auto corsOneOrigin = [](const QVariantMap &f) {
            return FindingText::tr("If you run this server: answer with \"Access-Control-Allow-Origin: %1\" (the "
                                   "origin exactly as the browser's Origin header gives it) and \"Vary: Origin\"; "
                                   "most CORS middleware does this from a list of allowed origins.")
                .arg(corsOrigin(f));
        };
        static const auto corsHeaders = [](const QVariantMap &f) {
            const QStringList headers = f.value(u"requestHeaders"_s).toStringList();
            return headers.isEmpty() ? u"Authorization"_s : headers.join(u", "_s);
        };
        static const auto corsAsks = [](const QVariantMap &f) {
            return f.value(u"requestHeaders"_s).toStringList().size() > 1
                ? FindingText::tr("Before a page on %1 may send this request with the headers %2, the browser asks "
                                  "%3 first with an OPTIONS request (a CORS preflight).")
                      .arg(corsOrigin(f), corsHeaders(f), FindingText::hostOr(f))
                : FindingText::tr("Before a page on %1 may send this request with the %2 header, the browser asks %3 "
                                  "first with an OPTIONS request (a CORS preflight).")
                      .arg(corsOrigin(f), corsHeaders(f), FindingText::hostOr(f));
        };
        t.insert(u"cors.ok"_s, [](const QVariantMap &f) {
            return make(Severity::Ok, Audience::Developer,
                        FindingText::tr("A page on %1 may call this address").arg(corsOrigin(f)),
                        FindingText::tr("%1 answers the browser's preflight check with the CORS headers it needs: it "
                                        "allows the origin %2, the %3 method and what the request sends (%4), and "
                                        "its answers carry Access-Control-Allow-Origin, so the page's script can "
                                        "read them, refusals included.")
                            .arg(FindingText::hostOr(f), corsOrigin(f), fact(f, "method"), corsHeaders(f)),
                        { FindingText::tr("If the page still fails, compare its request in the browser's developer "
                                          "tools (Network tab) with the one in the details: another address, method "
                                          "or header needs its own permission.") });
        });
        t.insert(u"cors.same-origin"_s, [](const QVariantMap &f) {
            return make(Severity::Info, Audience::Developer,
                        FindingText::tr("The page and this address share one origin"),
                        FindingText::tr("%1 is the origin of this address too, so the browser sends the request "
                                        "without a CORS preflight and CORS rules do not apply. A 401 here is about "
                                        "the sign-in itself.")
                            .arg(corsOrigin(f)),
                        {});
        });
        t.insert(u"cors.bad-origin"_s, [](const QVariantMap &f) {
            return make(Severity::Problem, Audience::Developer,
                        FindingText::tr("\"%1\" is not the origin of a web page").arg(fact(f, "origin")),
                        FindingText::tr("An origin is the start of a page's address: http or https, the host name "
                                        "and, when it is not the usual one, the port, for example "
                                        "https://app.example.com or http://localhost:3000. Without one, the CORS "
                                        "check was skipped."),
                        { FindingText::tr("Enter the address of the page whose script calls this address, as the "
                                          "browser's address bar shows it.") });
        });
        t.insert(u"cors.preflight-unanswered"_s, [](const QVariantMap &f) {
            const QString error = fact(f, "error");
            return make(Severity::Problem, Audience::Administrator,
                        FindingText::tr("The server does not answer the browser's preflight check"),
                        corsAsks(f) + u' '
                            + FindingText::tr("No answer came back, so the browser stops there and the page's script "
                                              "sees a network error.")
                            + (error.isEmpty() ? QString()
                                               : u' ' + FindingText::tr("The connection ended with: %1").arg(error)),
                        { FindingText::tr("If you run this server: answer OPTIONS requests at this address, and check "
                                          "that no firewall, proxy or gateway in front of it drops them.") });
        });
        t.insert(u"cors.preflight-refused"_s, [](const QVariantMap &f) {
            const int status = f.value(u"status"_s).toInt();
            QString explanation = corsAsks(f) + u' '
                + FindingText::tr("The server answered %1 instead of a success, so the browser stops there: the "
                                  "request itself is never sent, and the page's script sees a CORS error.")
                      .arg(fact(f, "status"));
            QStringList steps;
            if (status == 401) {
                explanation += u' '
                    + FindingText::tr("The server demands a sign-in for the preflight itself, but browsers never send "
                                      "credentials, cookies or the Authorization header with a preflight, so it can "
                                      "never succeed.");
                steps.append(FindingText::tr("If you run this server: answer OPTIONS requests without authentication, "
                                             "before the sign-in check (run the CORS middleware or filter first)."));
            } else if (status == 403) {
                explanation += u' '
                    + FindingText::tr("Either the server demands a sign-in for the preflight, which browsers never send "
                                      "credentials with, or its CORS settings refuse the origin %1 (some frameworks "
                                      "answer 403 then).")
                          .arg(corsOrigin(f));
                steps.append(FindingText::tr("If you run this server: answer OPTIONS requests without authentication, "
                                             "before the sign-in check (run the CORS middleware or filter first)."));
                steps.append(FindingText::tr("Check that %1 is among the origins its CORS settings allow.")
                                 .arg(corsOrigin(f)));
            } else if (status == 404 || status == 405 || status == 501) {
                explanation += u' ' + FindingText::tr("The server has nothing that answers OPTIONS at this address.");
                steps.append(FindingText::tr("If you run this server: answer OPTIONS at this address with 204 and the "
                                             "CORS headers, for example by turning on the framework's CORS support."));
            } else if (status >= 500 || status == 429) {
                explanation += u' '
                    + FindingText::tr("The server failed or was too busy while answering it; if it fails the same "
                                      "way for every request, that comes first.");
                steps.append(FindingText::tr("If you run this server: look in its log for the failed OPTIONS request."));
            } else {
                steps.append(FindingText::tr("If you run this server: answer OPTIONS at this address with 204 and the "
                                             "CORS headers, for example by turning on the framework's CORS support."));
            }
            return make(Severity::Problem, Audience::Administrator,
                        FindingText::tr("The server refuses the browser's preflight check (%1)").arg(fact(f, "status")),
                        explanation, steps);
        });
        t.insert(u"cors.preflight-redirected"_s, [](const QVariantMap &f) {
            const QString location = fact(f, "location");
            return make(Severity::Problem, Audience::Administrator,
                        FindingText::tr("The server redirects the browser's preflight check"),
                        (location.isEmpty()
                             ? FindingText::tr("The server answered the preflight (OPTIONS) with %1, a redirect.")
                                   .arg(fact(f, "status"))
                             : FindingText::tr("The server answered the preflight (OPTIONS) with %1, a redirect to %2.")
                                   .arg(fact(f, "status"), location))
                            + u' '
                            + FindingText::tr("Browsers never follow a redirect of a preflight, so the page's "
                                              "request fails with a CORS error."),
                        { FindingText::tr("Call the final address from the page's script; often only a slash at the "
                                          "end, or http instead of https, differs."),
                          FindingText::tr("If you run this server: answer OPTIONS at this address directly, without "
                                          "a redirect.") });
        });
        t.insert(u"cors.origin-not-allowed"_s, [](const QVariantMap &f) {
            const QString allowed = fact(f, "allowOrigin");
            QString explanation;
            QStringList steps;
            if (allowed.isEmpty()) {
                explanation = FindingText::tr("There is no Access-Control-Allow-Origin header in %1, so the browser "
                                              "does not let the page's script use it.")
                                  .arg(corsAnswer(f));
            } else if (f.value(u"multiple"_s).toBool()) {
                explanation = FindingText::tr("The Access-Control-Allow-Origin header in %1 names several origins "
                                              "(\"%2\"), but browsers accept exactly one origin, or *.")
                                  .arg(corsAnswer(f), allowed);
                steps.append(FindingText::tr("If you run this server: compare the request's Origin header with your "
                                             "list of allowed origins and send back only the one that matches."));
            } else if (f.value(u"near"_s).toBool()) {
                explanation = FindingText::tr("The Access-Control-Allow-Origin header in %1 is \"%2\", which differs "
                                              "from %3 only in letter case or a slash at the end; browsers compare "
                                              "the two character by character.")
                                  .arg(corsAnswer(f), allowed, corsOrigin(f));
            } else {
                explanation = FindingText::tr("The Access-Control-Allow-Origin header in %1 is \"%2\", another "
                                              "origin, so the browser does not let a page on %3 use it.")
                                  .arg(corsAnswer(f), allowed, corsOrigin(f));
            }
            if (fact(f, "stage") == u"response"_s)
                explanation += u' '
                    + FindingText::tr("The request is sent, but the page's script sees a CORS error instead of "
                                      "the answer.");
            steps.append(corsOneOrigin(f));
            return make(Severity::Problem, Audience::Administrator,
                        FindingText::tr("The server does not allow pages on %1").arg(corsOrigin(f)), explanation,
                        steps);
        });
        t.insert(u"cors.wildcard-with-credentials"_s, [](const QVariantMap &f) {
            const bool withCookies = f.value(u"withCookies"_s).toBool();
            QString explanation = fact(f, "allowCredentials") == u"true"_s
                ? FindingText::tr("In %1, the server sends \"Access-Control-Allow-Origin: *\" together with "
                                  "\"Access-Control-Allow-Credentials: true\".")
                      .arg(corsAnswer(f))
                : FindingText::tr("In %1, the server sends \"Access-Control-Allow-Origin: *\".").arg(corsAnswer(f));
            explanation += u' '
                + FindingText::tr("Browsers refuse * for requests that carry cookies or a browser sign-in (fetch "
                                  "with credentials: \"include\", or XMLHttpRequest.withCredentials): for those, the "
                                  "server has to name the page's origin.");
            explanation += u' '
                + (withCookies ? FindingText::tr("This request carries cookies, so the browser refuses the answer.")
                               : FindingText::tr("Requests without cookies still work, but the server says cookies "
                                                 "are meant to come along, and every request that sends them "
                                                 "fails."));
            return make(withCookies ? Severity::Problem : Severity::Warning, Audience::Administrator,
                        FindingText::tr("The server allows every origin (*) where credentials need a named one"),
                        explanation,
                        { FindingText::tr("If you run this server: send the request's own origin (here %1) instead "
                                          "of *, with \"Vary: Origin\", and \"Access-Control-Allow-Credentials: "
                                          "true\" only where cookies are needed.")
                              .arg(corsOrigin(f)) });
        });
        t.insert(u"cors.credentials-not-allowed"_s, [](const QVariantMap &f) {
            const QString value = fact(f, "allowCredentials");
            return make(Severity::Problem, Audience::Administrator,
                        FindingText::tr("The server does not allow cookies from %1").arg(corsOrigin(f)),
                        (value.isEmpty()
                             ? FindingText::tr("The request carries cookies, so the browser needs "
                                               "\"Access-Control-Allow-Credentials: true\" in %1; it is missing.")
                                   .arg(corsAnswer(f))
                             : FindingText::tr("The request carries cookies, so the browser needs "
                                               "\"Access-Control-Allow-Credentials: true\" in %1; it says \"%2\", "
                                               "and only the exact word true counts.")
                                   .arg(corsAnswer(f), value))
                            + u' ' + FindingText::tr("Without it, the page's script sees a CORS error."),
                        { FindingText::tr("If you run this server: add \"Access-Control-Allow-Credentials: true\" "
                                          "to the CORS answers for %1.")
                              .arg(corsOrigin(f)),
                          FindingText::tr("If the page does not need cookies for this request, send it without them "
                                          "(fetch's default, credentials: \"same-origin\").") });
        });
        static const auto corsAllowedHeaders = [](const QVariantMap &f) {
            const QString allowed = fact(f, "allowHeaders");
            return allowed.isEmpty()
                ? FindingText::tr("The preflight's answer allows no header at all (no Access-Control-Allow-Headers).")
                : FindingText::tr("The preflight's answer allows only: %1.").arg(allowed);
        };
        t.insert(u"cors.authorization-not-allowed"_s, [](const QVariantMap &f) {
            const QString header = fact(f, "header").isEmpty() ? u"Authorization"_s : fact(f, "header");
            QString explanation = FindingText::tr("The page's script sends the sign-in in the %1 header, so the "
                                                  "browser asks first whether a page on %2 may send it.")
                                      .arg(header, corsOrigin(f))
                + u' ' + corsAllowedHeaders(f);
            if (f.value(u"wildcard"_s).toBool()) {
                explanation += u' '
                    + (header.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0
                           ? FindingText::tr("A * there does not cover Authorization: browsers want it named.")
                           : FindingText::tr("A * there counts only for requests without cookies, and this one "
                                             "carries cookies."));
            }
            explanation += u' '
                + FindingText::tr("So the browser does not send the request, and the page's script sees a CORS "
                                  "error instead of an answer.");
            return make(Severity::Problem, Audience::Administrator,
                        FindingText::tr("The server does not let pages on other origins send the %1 header").arg(header),
                        explanation,
                        { FindingText::tr("If you run this server: add %1 to Access-Control-Allow-Headers in the "
                                          "answer to OPTIONS, for example \"Access-Control-Allow-Headers: %1, "
                                          "Content-Type\".")
                              .arg(header) });
        });
        t.insert(u"cors.header-not-allowed"_s, [](const QVariantMap &f) {
            const QString header = fact(f, "header");
            const QString value = fact(f, "value");
            QString explanation = (value.isEmpty()
                                       ? FindingText::tr("The request sends the %1 header, which a browser sends to "
                                                         "another origin only with the server's permission.")
                                             .arg(header)
                                       : FindingText::tr("The request sends the %1 header with \"%2\", which a "
                                                         "browser sends to another origin only with the server's "
                                                         "permission.")
                                             .arg(header, value))
                + u' ' + corsAllowedHeaders(f);
            if (f.value(u"wildcard"_s).toBool())
                explanation += u' '
                    + FindingText::tr("A * there counts only for requests without cookies, and this one carries "
                                      "cookies.");
            return make(Severity::Problem, Audience::Administrator,
                        FindingText::tr("The server does not let pages on other origins send the %1 header").arg(header),
                        explanation,
                        { FindingText::tr("If you run this server: add %1 to Access-Control-Allow-Headers in the "
                                          "answer to OPTIONS.")
                              .arg(header) });
        });
        t.insert(u"cors.method-not-allowed"_s, [](const QVariantMap &f) {
            const QString method = fact(f, "method");
            const QString allowed = fact(f, "allowMethods");
            QString explanation = FindingText::tr("%1 is not one of the methods a page may always use (GET, HEAD and "
                                                  "POST), so the server has to list it in Access-Control-Allow-Methods.")
                                      .arg(method)
                + u' '
                + (allowed.isEmpty() ? FindingText::tr("The preflight's answer lists no method.")
                                     : FindingText::tr("The preflight's answer lists: %1.").arg(allowed));
            if (f.value(u"caseOnly"_s).toBool())
                explanation += u' '
                    + FindingText::tr("It is there in other letter case, but browsers compare methods letter for "
                                      "letter.");
            else if (f.value(u"wildcard"_s).toBool())
                explanation += u' '
                    + FindingText::tr("A * there counts only for requests without cookies, and this one carries "
                                      "cookies.");
            return make(Severity::Problem, Audience::Administrator,
                        FindingText::tr("The server does not let pages on other origins send %1 requests").arg(method),
                        explanation,
                        { FindingText::tr("If you run this server: add %1, in capitals, to Access-Control-Allow-Methods "
                                          "in the answer to OPTIONS.")
                              .arg(method) });
        });
        t.insert(u"cors.refusal-hidden"_s, [](const QVariantMap &f) {
            const QString allowed = fact(f, "allowOrigin");
            const QString cause = fact(f, "cause");
            QString why;
            if (cause == u"cors.credentials-not-allowed"_s)
                why = FindingText::tr("That answer lacks \"Access-Control-Allow-Credentials: true\", which a request "
                                      "with cookies needs, so the browser hides it: the page's script gets a network "
                                      "or CORS error and cannot tell that the sign-in was refused.");
            else if (cause == u"cors.wildcard-with-credentials"_s)
                why = FindingText::tr("That answer allows every origin (*), which does not count for a request with "
                                      "cookies, so the browser hides it: the page's script gets a network or CORS "
                                      "error and cannot tell that the sign-in was refused.");
            else if (allowed.isEmpty())
                why = FindingText::tr("That answer has no Access-Control-Allow-Origin header, so the browser hides "
                                      "it: the page's script gets a network or CORS error and cannot tell that the "
                                      "sign-in was refused.");
            else
                why = FindingText::tr("That answer's Access-Control-Allow-Origin (\"%1\") does not admit this page, "
                                      "so the browser hides it: the page's script gets a network or CORS error and "
                                      "cannot tell that the sign-in was refused.")
                          .arg(allowed);
            return make(Severity::Warning, Audience::Administrator,
                        FindingText::tr("The page sees a CORS error instead of the %1").arg(fact(f, "status")),
                        FindingText::tr("Auth Doctor sent the request as a page on %1 would, without any sign-in, "
                                        "and %2 refused it with %3.")
                                .arg(corsOrigin(f), FindingText::hostOr(f), fact(f, "status"))
                            + u' ' + why
                            + u' '
                            + FindingText::tr("The refusal is the problem to solve; the CORS headers only hide it."),
                        { FindingText::tr("Look at the other findings for why the request is refused; the browser's "
                                          "developer tools (Network tab) show the real status too."),
                          FindingText::tr("If you run this server: add the CORS headers to error answers (401, 403, "
                                          "500) too, for example by running the CORS middleware before the sign-in "
                                          "check.") });
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
