// Implementation of CorsCheck: the rules are those of the Fetch standard's "CORS check" and "CORS-preflight fetch", as
// browsers apply them.
#include "CorsCheck.h"

#include "Evidence.h"
#include "Logging.h"
#include "credentials/Credential.h"
#include "net/Probe.h"
#include "net/ProbeSession.h"
#include "report/Redactor.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Every field of that name as one comma list: Qt joins repeated fields with ", " already, and a list is what a second
// Access-Control-Allow-Origin field turns the value into for a browser too.
QByteArray joined(const HttpHeaders &headers, const QByteArray &name)
{
    return headers.values(name).join(", ").trimmed();
}

QStringList listOf(const QByteArray &value)
{
    QStringList items;
    const QList<QByteArray> parts = value.split(',');
    for (const QByteArray &part : parts) {
        const QByteArray item = part.trimmed();
        if (!item.isEmpty())
            items.append(QString::fromLatin1(item));
    }
    return items;
}

// The three types an HTML form can send: a script may send them to another origin without asking first.
bool isSimpleContentType(const QByteArray &value)
{
    const qsizetype semicolon = value.indexOf(';');
    const QByteArray essence = (semicolon < 0 ? value : value.left(semicolon)).trimmed().toLower();
    return essence == "application/x-www-form-urlencoded" || essence == "multipart/form-data"
        || essence == "text/plain";
}

// The header the page's script sends the sign-in in, as the person wrote it (for sentences): the key's header as
// given, or "Authorization". A key whose place is unknown is taken to go where most APIs want it, in Authorization
// (see ApiKeyPlacementCheck's usual order).
QString signInHeaderName(const DiagnosisRequest &request)
{
    const std::optional<Credential> &credential = request.credential;
    if (credential && credential->scheme == Credential::Scheme::ApiKey && !credential->placement.isEmpty())
        return credential->placement.trimmed();
    return u"Authorization"_s;
}

// The same, lower case, as the preflight asks for it and header lists compare.
QString signInHeader(const DiagnosisRequest &request)
{
    return signInHeaderName(request).toLower();
}

// "content-type" -> "Content-Type", for sentences; the header names themselves are case-insensitive.
QString displayName(const QString &lower)
{
    QStringList words = lower.split(u'-');
    for (QString &word : words) {
        if (!word.isEmpty())
            word[0] = word[0].toUpper();
    }
    return words.join(u'-');
}

// A requested header's name for sentences: the sign-in header as the person wrote it, the others capitalized.
QString displayName(const QString &lower, const DiagnosisRequest &request)
{
    return lower == signInHeader(request) ? signInHeaderName(request) : displayName(lower);
}

QStringList displayNames(const QStringList &lower, const DiagnosisRequest &request)
{
    QStringList names;
    for (const QString &name : lower)
        names.append(displayName(name, request));
    return names;
}

bool isSafelistedMethod(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "POST";
}

const QList<QByteArray> &corsResponseHeaders()
{
    static const QList<QByteArray> names = { "access-control-allow-origin", "access-control-allow-credentials",
        "access-control-allow-headers", "access-control-allow-methods", "access-control-expose-headers",
        "access-control-max-age", "vary", "location", "allow", "www-authenticate" };
    return names;
}

// The Access-Control-Allow-Origin and -Credentials part of the CORS check, the same for the preflight's answer and
// the request's. *blocked: the browser refuses the answer.
QList<Finding> originFindings(const HttpHeaders &headers, const QString &origin, bool withCookies, QVariantMap facts,
    const QString &evidence, bool *blocked)
{
    const QByteArray allowOrigin = joined(headers, "access-control-allow-origin");
    const QByteArray allowCredentials = joined(headers, "access-control-allow-credentials");
    facts.insert(u"allowOrigin"_s, QString::fromLatin1(allowOrigin));
    facts.insert(u"allowCredentials"_s, QString::fromLatin1(allowCredentials));
    *blocked = false;
    // Browsers compare the value with the serialized origin character for character: no case folding, no slash.
    if (allowOrigin != "*" && allowOrigin != origin.toLatin1()) {
        QByteArray near = allowOrigin;
        if (near.endsWith('/'))
            near.chop(1);
        facts.insert(u"multiple"_s, allowOrigin.contains(','));
        facts.insert(u"near"_s, !allowOrigin.isEmpty() && near.compare(origin.toLatin1(), Qt::CaseInsensitive) == 0);
        *blocked = true;
        return { Finding::make(u"cors.origin-not-allowed"_s, facts, evidence) };
    }
    if (allowOrigin == "*") {
        // "*" is no wildcard for a request with credentials. Without them it is, and Allow-Credentials is ignored;
        // but a server that says "true" means cookies to come along, and those requests fail.
        if (withCookies || allowCredentials == "true") {
            *blocked = withCookies;
            return { Finding::make(u"cors.wildcard-with-credentials"_s, facts, evidence) };
        }
        return {};
    }
    // Exactly "true": the Fetch standard compares the bytes.
    if (withCookies && allowCredentials != "true") {
        *blocked = true;
        return { Finding::make(u"cors.credentials-not-allowed"_s, facts, evidence) };
    }
    return {};
}

} // namespace

CorsCheck::~CorsCheck()
{
    if (m_probe)
        m_probe->disconnect(this);
}

QString CorsCheck::normalizedOrigin(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || !url.userInfo().isEmpty())
        return {};
    // QUrl keeps host names in lower case and gives the ACE form of an international name when fully encoded, which
    // is how browsers write the Origin header.
    const QString host = url.host(QUrl::FullyEncoded);
    if (host.isEmpty())
        return {};
    QString origin = scheme + u"://"_s + (host.contains(u':') ? u'[' + host + u']' : host);
    const int port = url.port();
    if (port >= 0 && port != (scheme == u"https"_s ? 443 : 80))
        origin += u':' + QString::number(port);
    return origin;
}

QStringList CorsCheck::requestedHeaders(const DiagnosisRequest &request)
{
    QStringList headers { signInHeader(request) };
    // A Content-Type the script sets is asked about whether or not a body follows: the browser goes by the header.
    const QByteArray contentType = request.headers.value("content-type");
    if (!contentType.isEmpty() && !isSimpleContentType(contentType) && !headers.contains(u"content-type"_s))
        headers.append(u"content-type"_s);
    headers.sort();
    return headers;
}

QByteArray CorsCheck::browserMethod(const QByteArray &method)
{
    const QByteArray upper = method.toUpper();
    if (upper == "DELETE" || upper == "GET" || upper == "HEAD" || upper == "OPTIONS" || upper == "POST"
        || upper == "PUT")
        return upper;
    return method;
}

QString CorsCheck::title() const
{
    return tr("Asking as a web page on another origin would (CORS)");
}

QVariantMap CorsCheck::baseFacts() const
{
    return { { u"host"_s, m_context.request.target.host() }, { u"origin"_s, m_origin },
        { u"method"_s, QString::fromLatin1(m_method) },
        { u"requestHeaders"_s, displayNames(m_requestedHeaders, m_context.request) },
        { u"withCookies"_s, m_withCookies } };
}

void CorsCheck::start(const DiagnosisContext &context)
{
    m_context = context;
    const DiagnosisRequest &request = context.request;
    m_origin = normalizedOrigin(request.corsOrigin);
    if (m_origin.isEmpty()) {
        emit finished({ Finding::make(u"cors.bad-origin"_s, { { u"origin"_s, request.corsOrigin.trimmed() } }) }, {});
        return;
    }
    // When the target cannot be reached, the reach.* findings say why; a preflight would only fail the same way.
    if (!context.firstLook.isAnswered()) {
        emit finished({}, {});
        return;
    }
    const QUrl target = request.target.adjusted(QUrl::RemoveUserInfo);
    m_method = browserMethod(request.method.isEmpty() ? QByteArrayLiteral("GET") : request.method);
    m_requestedHeaders = requestedHeaders(request);
    // Cookies go with a cross-origin request only in credentials mode "include", which is what a page that signs in
    // with a cookie uses; the request the person gave carries one when it was copied from such a page.
    m_withCookies = request.headers.contains("cookie");
    if (normalizedOrigin(target.toString()) == m_origin) {
        emit finished({ Finding::make(u"cors.same-origin"_s, baseFacts()) }, {});
        return;
    }

    // A session of its own, never the diagnosis's: a browser sends no cookies and no remembered sign-in with a
    // preflight, and the request after it goes without the person's credential too.
    m_session = new ProbeSession(ProbeSession::Kind::Fresh, this);
    m_session->setExtraCaCertificates(
        context.session ? context.session->sslConfiguration().caCertificates() : QList<QSslCertificate>());
    ProbeRequest preflight;
    preflight.url = target;
    preflight.method = "OPTIONS";
    preflight.headers.append("Origin", m_origin.toLatin1());
    preflight.headers.append("Access-Control-Request-Method", m_method);
    preflight.headers.append("Access-Control-Request-Headers", m_requestedHeaders.join(u',').toLatin1());
    preflight.timeoutMs = request.timeoutMs;
    // Browsers never follow a redirect of a preflight; it is reported, not followed.
    preflight.followRedirects = false;
    qCInfo(lcChecks) << "CORS preflight for origin" << m_origin << "to" << Credential::originOf(target) << m_method
                     << m_requestedHeaders;
    startProbe(preflight, &CorsCheck::onPreflightFinished);
}

void CorsCheck::startProbe(const ProbeRequest &request, void (CorsCheck::*slot)(const Exchange &))
{
    m_probe = new Probe(m_session, this);
    connect(m_probe, &Probe::finished, this, slot);
    m_probe->start(request);
}

void CorsCheck::cancel()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
    }
}

void CorsCheck::onPreflightFinished(const Exchange &exchange)
{
    if (m_probe)
        m_probe->deleteLater();
    m_preflight = exchange;
    // The request is sent even after a failed preflight (which a browser would not): whether the server's refusals
    // carry CORS headers is the next thing the page runs into once the preflight is fixed.
    sendRequest();
}

void CorsCheck::sendRequest()
{
    const DiagnosisRequest &given = m_context.request;
    ProbeRequest request;
    request.url = given.target.adjusted(QUrl::RemoveUserInfo);
    request.method = m_method;
    request.body = given.body;
    request.timeoutMs = given.timeoutMs;
    request.followRedirects = false;
    // The request as the page's script sends it, but without the person's credential: a refusal is what this request
    // is for (does it carry CORS headers?), and no secret goes out with a test that does not need it.
    const QByteArray keyHeader = signInHeader(given).toLatin1();
    for (const HttpHeader &header : given.headers.fields()) {
        if (Redactor::isSecretHeader(header.name) || header.name.compare(keyHeader, Qt::CaseInsensitive) == 0
            || header.name.compare("origin", Qt::CaseInsensitive) == 0)
            continue;
        request.headers.append(header.name, header.value);
    }
    request.headers.append("Origin", m_origin.toLatin1());
    // Cookies the preflight's answer set stay behind, as they do in a browser for a request without credentials.
    m_session->clearAll();
    startProbe(request, &CorsCheck::onRequestFinished);
}

void CorsCheck::onRequestFinished(const Exchange &exchange)
{
    if (m_probe)
        m_probe->deleteLater();
    QList<Finding> findings;
    const QList<Finding> found = judgePreflight(m_preflight) + judgeResponse(exchange);
    // One finding per id: a header missing from both answers is one fix.
    for (const Finding &finding : found) {
        if (std::none_of(findings.cbegin(), findings.cend(), [&](const Finding &f) { return f.id == finding.id; }))
            findings.append(finding);
    }
    if (findings.isEmpty()) {
        findings.append(Finding::make(
            u"cors.ok"_s, baseFacts(), preflightEvidence(m_preflight) + u"\n\n"_s + responseEvidence(exchange)));
    }
    emit finished(findings, { m_preflight, exchange });
}

QList<Finding> CorsCheck::judgePreflight(const Exchange &preflight) const
{
    QVariantMap facts = baseFacts();
    facts.insert(u"stage"_s, u"preflight"_s);
    const QString evidence = preflightEvidence(preflight);
    if (!preflight.isAnswered()) {
        facts.insert(u"error"_s, preflight.errorString);
        return { Finding::make(u"cors.preflight-unanswered"_s, facts, evidence) };
    }
    const int status = preflight.status();
    const ExchangeHop &hop = preflight.finalHop();
    facts.insert(u"status"_s, status);
    facts.insert(u"reason"_s, QString::fromLatin1(hop.reason));
    if (status >= 300 && status < 400) {
        facts.insert(u"location"_s, QString::fromLatin1(hop.responseHeaders.value("location")));
        return { Finding::make(u"cors.preflight-redirected"_s, facts, evidence) };
    }
    // A preflight succeeds with any 2xx status (Fetch: "ok status"); 204 is the usual one.
    if (status < 200 || status >= 300)
        return { Finding::make(u"cors.preflight-refused"_s, facts, evidence) };

    bool blocked = false;
    QList<Finding> findings = originFindings(hop.responseHeaders, m_origin, m_withCookies, facts, evidence, &blocked);
    if (blocked)
        return findings;

    // Header names compare without case. "*" covers every name but Authorization, and only without credentials.
    const QByteArray allowHeadersValue = joined(hop.responseHeaders, "access-control-allow-headers");
    QStringList allowHeaders = listOf(allowHeadersValue);
    for (QString &name : allowHeaders)
        name = name.toLower();
    const bool headerWildcard = allowHeaders.contains(u"*"_s);
    const QString keyHeader = signInHeader(m_context.request);
    for (const QString &header : m_requestedHeaders) {
        const bool allowed
            = allowHeaders.contains(header) || (headerWildcard && !m_withCookies && header != u"authorization"_s);
        if (allowed)
            continue;
        QVariantMap headerFacts = facts;
        headerFacts.insert(u"header"_s, displayName(header, m_context.request));
        headerFacts.insert(u"allowHeaders"_s, QString::fromLatin1(allowHeadersValue));
        headerFacts.insert(u"wildcard"_s, headerWildcard);
        if (header == u"content-type"_s)
            headerFacts.insert(u"value"_s, QString::fromLatin1(m_context.request.headers.value("content-type")));
        findings.append(
            Finding::make(header == keyHeader ? u"cors.authorization-not-allowed"_s : u"cors.header-not-allowed"_s,
                headerFacts, evidence));
    }

    // Methods compare with case (a listed "put" does not allow PUT); GET, HEAD and POST need no listing.
    if (!isSafelistedMethod(m_method)) {
        const QByteArray allowMethodsValue = joined(hop.responseHeaders, "access-control-allow-methods");
        const QStringList allowMethods = listOf(allowMethodsValue);
        const QString method = QString::fromLatin1(m_method);
        const bool methodWildcard = allowMethods.contains(u"*"_s);
        if (!allowMethods.contains(method) && !(methodWildcard && !m_withCookies)) {
            QVariantMap methodFacts = facts;
            methodFacts.insert(u"allowMethods"_s, QString::fromLatin1(allowMethodsValue));
            methodFacts.insert(u"caseOnly"_s, allowMethods.contains(method, Qt::CaseInsensitive));
            methodFacts.insert(u"wildcard"_s, methodWildcard);
            findings.append(Finding::make(u"cors.method-not-allowed"_s, methodFacts, evidence));
        }
    }
    return findings;
}

QList<Finding> CorsCheck::judgeResponse(const Exchange &response) const
{
    if (!response.isAnswered())
        return {};
    QVariantMap facts = baseFacts();
    facts.insert(u"stage"_s, u"response"_s);
    const ExchangeHop &hop = response.finalHop();
    facts.insert(u"status"_s, hop.status);
    facts.insert(u"reason"_s, QString::fromLatin1(hop.reason));
    const QString evidence = responseEvidence(response);
    bool blocked = false;
    const QList<Finding> findings
        = originFindings(hop.responseHeaders, m_origin, m_withCookies, facts, evidence, &blocked);
    // A refusal the browser may not show: the script gets a network error, not the 401 or 403 that explains it.
    if (blocked && hop.status >= 400) {
        QVariantMap hidden = findings.constFirst().facts;
        hidden.insert(u"cause"_s, findings.constFirst().id);
        return { Finding::make(u"cors.refusal-hidden"_s, hidden, evidence) };
    }
    return findings;
}

// The answer's status line, the error of an exchange without one, and the CORS headers that came back.
QStringList CorsCheck::answerLines(const Exchange &exchange)
{
    if (exchange.hops.isEmpty())
        return { exchange.errorString };
    const ExchangeHop &hop = exchange.hops.constFirst();
    QStringList lines { Evidence::statusLine(hop) };
    if (!exchange.isAnswered() && !exchange.errorString.isEmpty())
        lines.append(exchange.errorString);
    return lines;
}

QString CorsCheck::receivedLines(const ExchangeHop &hop)
{
    const QString received = Evidence::headerLines(hop.responseHeaders, corsResponseHeaders());
    return received.isEmpty() ? tr("Received: no CORS headers.") : tr("Received:") + u'\n' + received;
}

QString CorsCheck::preflightEvidence(const Exchange &preflight) const
{
    QStringList lines { tr("The preflight, as a browser sends it (no credentials, no cookies):") };
    lines.append(answerLines(preflight));
    if (preflight.hops.isEmpty())
        return lines.join(u'\n');
    const ExchangeHop &hop = preflight.hops.constFirst();
    lines.append(tr("Sent:"));
    lines.append(Evidence::headerLines(
        hop.requestHeaders, { "origin", "access-control-request-method", "access-control-request-headers" }));
    lines.append(receivedLines(hop));
    return lines.join(u'\n');
}

QString CorsCheck::responseEvidence(const Exchange &response) const
{
    QStringList lines { tr("The request with Origin: %1, sent without your credential to see whether a refusal "
                           "carries CORS headers (with it, the server may answer differently):")
                            .arg(m_origin) };
    lines.append(answerLines(response));
    if (!response.hops.isEmpty())
        lines.append(receivedLines(response.hops.constFirst()));
    return lines.join(u'\n');
}
