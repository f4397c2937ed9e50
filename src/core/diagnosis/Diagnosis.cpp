// Implementation of Diagnosis: first look, then the plan's checks side by side, then the verdict.
#include "Diagnosis.h"

#include "Logging.h"
#include "checks/ApiKeyPlacementCheck.h"
#include "checks/BearerErrorCheck.h"
#include "checks/ChallengeCheck.h"
#include "checks/ReachabilityCheck.h"
#include "checks/RedirectCheck.h"
#include "checks/CacheCheck.h"
#include "checks/CookieCheck.h"
#include "checks/CorsCheck.h"
#include "checks/SessionCheck.h"
#include "checks/SignInCheck.h"
#include "net/SessionCookieJar.h"
#include "checks/StatusCheck.h"
#include "checks/StatusPageCheck.h"
#include "checks/TokenCheck.h"
#include "net/Probe.h"
#include "net/ProbeSession.h"

using namespace Qt::Literals::StringLiterals;

Diagnosis::Diagnosis(ProbeSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (!m_session) {
        m_ownSession = new ProbeSession(this);
        m_session = m_ownSession;
    }
}

Diagnosis::~Diagnosis()
{
    qDeleteAll(m_checks);
}

int Diagnosis::totalSteps() const
{
    return 1 + int(m_checks.size());
}

void Diagnosis::start(const DiagnosisRequest &request)
{
    if (m_running)
        cancel();
    m_result = DiagnosisResult();
    m_result.request = request;
    m_result.startedAt = QDateTime::currentDateTime();
    m_clock.start();
    m_running = true;

    // The plan: checks that need only the first look. Later checks that send requests of their own join this list;
    // they run side by side, each reporting when it is done.
    m_checks = { new ReachabilityCheck, new StatusCheck,  new ChallengeCheck, new BearerErrorCheck,
                 new RedirectCheck,     new SessionCheck, new CookieCheck,    new CacheCheck };
    if (request.credential) {
        // A key whose place is unknown is looked for; a key with a known place is one sign-in test like any other.
        const bool keyPlaceUnknown =
            request.credential->scheme == Credential::Scheme::ApiKey && request.credential->placement.isEmpty();
        if (keyPlaceUnknown)
            m_checks.append(new ApiKeyPlacementCheck);
        else
            m_checks.append(new SignInCheck);
    }
    if (TokenCheck::applies(request))
        m_checks.append(new TokenCheck);
    // A page on another origin calls the target from a browser: its preflight and CORS headers are asked for as well.
    if (!request.corsOrigin.isEmpty())
        m_checks.append(new CorsCheck);
    if (request.lookUpStatusPage)
        m_checks.append(new StatusPageCheck);
    m_findingsByCheck = QList<QList<Finding>>(m_checks.size());
    m_checksDone = 0;

    m_hadCookies = !m_session->cookieJar()->cookiesFor(request.target).isEmpty();
    ProbeRequest probeRequest;
    probeRequest.url = request.target;
    probeRequest.headers = request.headers;
    probeRequest.method = request.method.isEmpty() ? QByteArrayLiteral("GET") : request.method;
    probeRequest.body = request.body;
    probeRequest.timeoutMs = request.timeoutMs;
    m_probe = new Probe(m_session, this);
    connect(m_probe, &Probe::finished, this, &Diagnosis::onFirstLookFinished);
    connect(m_probe, &Probe::hopStarted, this, [this](const QUrl &url, int hop) {
        emit progress(0, totalSteps(),
                      hop == 0 ? tr("Fetching %1").arg(url.toDisplayString())
                               : tr("Following a redirect to %1").arg(url.toDisplayString()));
    });
    qCInfo(lcDiagnosis) << "diagnosis of" << request.target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    emit progress(0, totalSteps(), tr("Fetching %1").arg(request.target.toDisplayString(QUrl::RemoveUserInfo)));
    m_probe->start(probeRequest);
}

void Diagnosis::cancel()
{
    if (!m_running)
        return;
    m_result.cancelled = true;
    if (m_probe && m_probe->isRunning()) {
        m_probe->cancel(); // finishes through onFirstLookFinished
        return;
    }
    for (Check *check : std::as_const(m_checks)) {
        check->disconnect(this);
        check->cancel();
    }
    finish();
}

void Diagnosis::onFirstLookFinished(const Exchange &exchange)
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->deleteLater();
    }
    m_result.exchanges.append(exchange);
    if (exchange.outcome == Exchange::Outcome::Cancelled || m_result.cancelled) {
        m_result.cancelled = true;
        finish();
        return;
    }
    emit progress(1, totalSteps(), tr("Checking the answer"));

    DiagnosisContext context { m_result.request, m_session, exchange, m_hadCookies };
    // Copy the list: a check may report synchronously, and finish() clears m_checks.
    const QList<Check *> checks = m_checks;
    for (Check *check : checks) {
        connect(check, &Check::finished, this,
                [this, check](const QList<Finding> &findings, const QList<Exchange> &exchanges) {
                    onCheckFinished(check, findings, exchanges);
                });
    }
    for (Check *check : checks) {
        if (!m_running)
            break;
        check->start(context);
    }
}

void Diagnosis::onCheckFinished(Check *check, const QList<Finding> &findings, const QList<Exchange> &exchanges)
{
    const qsizetype index = m_checks.indexOf(check);
    if (index < 0 || !m_running)
        return;
    check->disconnect(this);
    m_findingsByCheck[index] = findings;
    // The sign-in test's answer is the server speaking about the token itself (the first look went without it): its
    // Bearer error codes are read as the first look's are, with the scopes the token carries.
    const std::optional<Credential> &credential = m_result.request.credential;
    if (qobject_cast<SignInCheck *>(check) && !exchanges.isEmpty() && credential
        && (credential->scheme == Credential::Scheme::Bearer || credential->scheme == Credential::Scheme::ApiKey)) {
        m_findingsByCheck[index].append(BearerErrorCheck::explain(
            exchanges.constLast(), BearerErrorCheck::scopesOfToken(credential->secret), true));
    }
    m_result.exchanges.append(exchanges);
    ++m_checksDone;
    emit progress(1 + m_checksDone, totalSteps(), check->title());
    if (m_checksDone == m_checks.size())
        finish();
}

void Diagnosis::finish()
{
    // Findings in plan order, whatever order the checks finished in, so that output is stable.
    // A token error the server gave to the request with the token replaces the same error given to the anonymous
    // first look: it is about what the person sent.
    QStringList sentTokenErrors;
    for (const QList<Finding> &findings : std::as_const(m_findingsByCheck)) {
        for (const Finding &finding : findings) {
            if (finding.id.startsWith(u"bearer."_s) && finding.facts.value(u"tokenSent"_s).toBool())
                sentTokenErrors.append(finding.id);
        }
    }
    for (const QList<Finding> &findings : std::as_const(m_findingsByCheck)) {
        for (const Finding &finding : findings) {
            if (sentTokenErrors.contains(finding.id) && !finding.facts.value(u"tokenSent"_s).toBool())
                continue;
            m_result.findings.append(finding);
        }
    }
    m_result.verdict = Verdict::from(m_result.findings);
    m_result.elapsedMs = m_clock.elapsed();
    m_running = false;
    const QList<Check *> checks = std::exchange(m_checks, {});
    for (Check *check : checks)
        check->deleteLater();
    m_findingsByCheck.clear();
    qCInfo(lcDiagnosis) << "diagnosis finished:" << m_result.verdict.id << m_result.elapsedMs << "ms"
                        << (m_result.cancelled ? "(cancelled)" : "");
    emit finished(m_result);
}
