// Implementation of SessionCheck.
#include "SessionCheck.h"

#include "Evidence.h"
#include "http/LoginPage.h"
#include "net/Probe.h"
#include "net/ProbeSession.h"
#include "net/SessionCookieJar.h"

using namespace Qt::Literals::StringLiterals;

namespace {

bool refused(int status)
{
    return status == 401 || status == 403;
}

// What a browser without cookies would show: a sign-in prompt, a sign-in page, or the page itself.
bool asksToSignIn(const Exchange &exchange)
{
    const int status = exchange.status();
    if (status == 401 && exchange.responseHeaders().contains("www-authenticate"))
        return true;
    return status == 200
        && (LoginPage::hasPasswordField(exchange.body) || (exchange.hops.size() > 1 && LoginPage::isLoginAddress(exchange.finalUrl())));
}

} // namespace

QString SessionCheck::title() const
{
    return tr("Comparing the remembered session with a fresh one");
}

QList<Finding> SessionCheck::cookieSignIn() const
{
    const Exchange &look = m_context.firstLook;
    if (!look.isAnswered())
        return {};
    const ExchangeHop &hop = look.finalHop();
    const bool noChallenge = hop.status == 401 && !hop.responseHeaders.contains("www-authenticate");
    const bool redirectedToLogin = look.hops.size() > 1 && hop.status == 200
        && (LoginPage::hasPasswordField(look.body) || LoginPage::isLoginAddress(hop.url));
    const bool loginForm401 = noChallenge && LoginPage::hasPasswordField(look.body);
    if (!redirectedToLogin && !loginForm401)
        return {};
    return { Finding::make(u"session.cookie-required"_s,
                           { { u"host"_s, m_context.request.target.host() },
                             { u"loginUrl"_s, hop.url.toDisplayString() } },
                           Evidence::chain(look)) };
}

void SessionCheck::start(const DiagnosisContext &context)
{
    m_context = context;
    ProbeSession *session = context.session;
    const bool remembered = session && session->kind() == ProbeSession::Kind::Remembered;
    if (remembered) {
        // Expired cookies are never sent: exactly what happens to a session that timed out.
        const QList<QNetworkCookie> expired = session->cookieJar()->expiredCookiesFor(context.request.target);
        for (const QNetworkCookie &cookie : expired)
            m_expiredCookies.append(QString::fromLatin1(cookie.name()));
    }
    if (!remembered || !context.hadCookies || !context.firstLook.isAnswered()) {
        QList<Finding> findings = cookieSignIn();
        if (!m_expiredCookies.isEmpty() && refused(context.firstLook.status())) {
            findings.prepend(Finding::make(u"session.expired"_s,
                                           { { u"host"_s, context.request.target.host() },
                                             { u"expiredCookies"_s, m_expiredCookies.join(u", "_s) },
                                             { u"rememberedStatus"_s, context.firstLook.status() } },
                                           Evidence::chain(context.firstLook)));
        }
        emit finished(findings, {});
        return;
    }
    m_fresh = new ProbeSession(ProbeSession::Kind::Fresh, this);
    m_fresh->setExtraCaCertificates(session->sslConfiguration().caCertificates());
    ProbeRequest request;
    request.url = context.request.target;
    request.timeoutMs = context.request.timeoutMs;
    // Only what a private window would send: no cookies, no credentials, no extra headers.
    m_probe = new Probe(m_fresh, this);
    connect(m_probe, &Probe::finished, this, &SessionCheck::onFreshFinished);
    m_probe->start(request);
}

void SessionCheck::cancel()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
    }
}

void SessionCheck::onFreshFinished(const Exchange &fresh)
{
    if (m_probe)
        m_probe->deleteLater();
    QList<Finding> findings = cookieSignIn();
    const Exchange &remembered = m_context.firstLook;
    const bool cookiesHurt = refused(remembered.status()) && fresh.isAnswered()
        && ((fresh.status() >= 200 && fresh.status() < 300 && !asksToSignIn(fresh)) || asksToSignIn(fresh));
    if (cookiesHurt || (!m_expiredCookies.isEmpty() && refused(remembered.status()))) {
        findings.prepend(Finding::make(
            u"session.expired"_s,
            { { u"host"_s, m_context.request.target.host() },
              { u"expiredCookies"_s, m_expiredCookies.join(u", "_s) },
              { u"rememberedStatus"_s, remembered.status() },
              { u"freshStatus"_s, fresh.status() },
              { u"freshAsksToSignIn"_s, asksToSignIn(fresh) } },
            tr("With the remembered cookies:") + u'\n' + Evidence::chain(remembered) + u"\n\n"_s
                + tr("Without cookies (like a private window):") + u'\n' + Evidence::chain(fresh)));
    }
    emit finished(findings, { fresh });
}
