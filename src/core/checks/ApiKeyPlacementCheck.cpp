// Implementation of ApiKeyPlacementCheck.
#include "ApiKeyPlacementCheck.h"

#include "BearerErrorCheck.h"
#include "Evidence.h"
#include "Logging.h"
#include "ReachabilityCheck.h"
#include "http/AuthChallenge.h"
#include "http/BasicAuthorization.h"
#include "net/Probe.h"
#include "net/ProbeSession.h"
#include "report/Redactor.h"

using namespace Qt::Literals::StringLiterals;

namespace {

using Placement = ApiKeyPlacementCheck::Placement;
using Kind = ApiKeyPlacementCheck::Kind;

// The usual order: what most APIs document first.
const QList<Placement> &usualOrder()
{
    static const QList<Placement> order = {
        { Kind::Scheme, "Bearer" },
        { Kind::Header, "X-API-Key" },
        { Kind::Scheme, "Token" },
        { Kind::Header, "Api-Key" },
        { Kind::Query, "api_key" },
        { Kind::BasicAsUser, {} },
        { Kind::BasicAsPassword, {} },
        { Kind::Query, "apikey" },
        { Kind::Query, "access_token" },
        { Kind::Query, "key" },
    };
    return order;
}

// Inside POSIX double quotes, these four keep a special meaning.
QString shellEscaped(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c == u'\\' || c == u'"' || c == u'$' || c == u'`')
            result.append(u'\\');
        result.append(c);
    }
    return result;
}

QString quoted(const QString &text)
{
    return u'"' + shellEscaped(text) + u'"';
}

// before + "$API_KEY" + after, as one double-quoted word in which only the variable expands.
QString quotedWithKey(const QString &before, const QString &after = {})
{
    return u'"' + shellEscaped(before) + u"$API_KEY"_s + shellEscaped(after) + u'"';
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

QString ApiKeyPlacementCheck::Placement::notation() const
{
    const QString n = QString::fromLatin1(name);
    switch (kind) {
    case Kind::Scheme:
        return u"Authorization: %1 <key>"_s.arg(n);
    case Kind::BasicAsUser:
        return u"Authorization: Basic base64(<key>:)"_s;
    case Kind::BasicAsPassword:
        return u"Authorization: Basic base64(:<key>)"_s;
    case Kind::Header:
        return u"%1: <key>"_s.arg(n);
    case Kind::Query:
        return u"?%1=<key>"_s.arg(n);
    }
    return {};
}

QString ApiKeyPlacementCheck::Placement::kindKey() const
{
    switch (kind) {
    case Kind::Scheme:
        return u"scheme"_s;
    case Kind::BasicAsUser:
        return u"basic-user"_s;
    case Kind::BasicAsPassword:
        return u"basic-password"_s;
    case Kind::Header:
        return u"header"_s;
    case Kind::Query:
        return u"query"_s;
    }
    return {};
}

ApiKeyPlacementCheck::~ApiKeyPlacementCheck()
{
    m_stopping = true;
    for (Attempt &attempt : m_attempts) {
        if (attempt.probe)
            attempt.probe->disconnect(this);
    }
}

QList<ApiKeyPlacementCheck::Placement> ApiKeyPlacementCheck::placements(const Exchange &firstLook)
{
    QList<Placement> hinted;
    QList<Placement> rest;
    const QList<AuthChallenge> challenges = firstLook.isAnswered()
        ? AuthChallenge::parse(firstLook.responseHeaders().values("www-authenticate")).challenges
        : QList<AuthChallenge>();
    const auto challenged = [&](const QString &schemeKey) {
        return std::any_of(
            challenges.cbegin(), challenges.cend(), [&](const AuthChallenge &c) { return c.schemeKey() == schemeKey; });
    };
    // API documentation pages and JSON errors often name the header or parameter they miss ("X-API-Key header is
    // required"); a bare "key" is too common a word to count as a hint.
    const QByteArray body = firstLook.body.left(16 * 1024).toLower();
    for (const Placement &placement : usualOrder()) {
        bool hint = false;
        switch (placement.kind) {
        case Kind::Scheme:
            hint = challenged(QString::fromLatin1(placement.name).toLower());
            break;
        case Kind::BasicAsUser:
        case Kind::BasicAsPassword:
            hint = challenged(u"basic"_s);
            break;
        case Kind::Header:
        case Kind::Query:
            hint = placement.name != "key" && body.contains(placement.name.toLower());
            break;
        }
        (hint ? hinted : rest).append(placement);
    }
    return (hinted + rest).mid(0, MaxRequests);
}

ProbeRequest ApiKeyPlacementCheck::requestFor(
    const Placement &placement, const QString &key, const DiagnosisRequest &request)
{
    ProbeRequest probe;
    probe.url = request.target;
    probe.method = request.method.isEmpty() ? QByteArrayLiteral("GET") : request.method;
    probe.body = request.body;
    probe.timeoutMs = request.timeoutMs;
    probe.headers = request.headers;
    // One request per place: a redirect would be a second request, and could carry a key in the query or a header to
    // wherever the server points.
    probe.followRedirects = false;
    probe.maxHops = 1;
    const QByteArray keyBytes = key.toUtf8();
    switch (placement.kind) {
    case Kind::Scheme:
        probe.headers.remove("Authorization");
        probe.headers.append("Authorization", placement.name + ' ' + keyBytes);
        break;
    case Kind::BasicAsUser:
        probe.headers.remove("Authorization");
        probe.headers.append("Authorization", BasicAuthorization::headerValue(key, QString(), true));
        break;
    case Kind::BasicAsPassword:
        probe.headers.remove("Authorization");
        probe.headers.append("Authorization", BasicAuthorization::headerValue(QString(), key, true));
        break;
    case Kind::Header:
        probe.headers.remove(placement.name);
        probe.headers.append(placement.name, keyBytes);
        break;
    case Kind::Query: {
        // Built by hand in encoded form so that "+", "&" and "=" in a key arrive as themselves.
        QStringList items;
        const QString query = request.target.query(QUrl::FullyEncoded);
        const QString prefix = QString::fromLatin1(placement.name) + u'=';
        const QStringList existing = query.split(u'&', Qt::SkipEmptyParts);
        for (const QString &item : existing) {
            if (!item.startsWith(prefix) && item != QString::fromLatin1(placement.name))
                items.append(item);
        }
        items.append(prefix + QString::fromLatin1(QUrl::toPercentEncoding(key)));
        probe.url.setQuery(items.join(u'&'), QUrl::StrictMode);
        break;
    }
    }
    return probe;
}

QString ApiKeyPlacementCheck::curlLine(const Placement &placement, const DiagnosisRequest &request)
{
    QStringList words { u"curl"_s };
    const QByteArray method = request.method.isEmpty() ? QByteArrayLiteral("GET") : request.method;
    if (method != "GET" && !(method == "POST" && !request.body.isEmpty()))
        words << u"-X"_s << QString::fromLatin1(method);
    for (const HttpHeader &header : request.headers.fields()) {
        // Other secrets stay out of a line meant to be copied and shared.
        if (Redactor::isSecretHeader(header.name))
            continue;
        if (placement.kind == Kind::Header && header.name.compare(placement.name, Qt::CaseInsensitive) == 0)
            continue;
        words << u"-H"_s << quoted(QString::fromLatin1(header.name + ": " + header.value));
    }
    QUrl url = Redactor::redactUrl(request.target);
    switch (placement.kind) {
    case Kind::Scheme:
        words << u"-H"_s << quotedWithKey(u"Authorization: %1 "_s.arg(QString::fromLatin1(placement.name)));
        break;
    case Kind::BasicAsUser:
        words << u"-u"_s << quotedWithKey({}, u":"_s);
        break;
    case Kind::BasicAsPassword:
        words << u"-u"_s << quotedWithKey(u":"_s);
        break;
    case Kind::Header:
        words << u"-H"_s << quotedWithKey(QString::fromLatin1(placement.name) + u": "_s);
        break;
    case Kind::Query:
        break;
    }
    if (!request.body.isEmpty())
        words << u"--data-raw"_s << quoted(QString::fromUtf8(request.body));
    if (placement.kind == Kind::Query) {
        QStringList items;
        const QString prefix = QString::fromLatin1(placement.name) + u'=';
        const QStringList existing = url.query(QUrl::FullyEncoded).split(u'&', Qt::SkipEmptyParts);
        for (const QString &item : existing) {
            if (!item.startsWith(prefix) && item != QString::fromLatin1(placement.name))
                items.append(item);
        }
        items.append(prefix);
        url.setQuery(QString());
        const QString base = url.toString(QUrl::FullyEncoded | QUrl::RemoveFragment);
        words << quotedWithKey(base + u'?' + items.join(u'&'));
    } else {
        words << quoted(url.toString(QUrl::FullyEncoded | QUrl::RemoveFragment));
    }
    return words.join(u' ');
}

QString ApiKeyPlacementCheck::title() const
{
    return tr("Finding where the API key goes");
}

void ApiKeyPlacementCheck::start(const DiagnosisContext &context)
{
    m_context = context;
    m_key = context.request.credential ? context.request.credential->secret : QString();
    const QString host = context.request.target.host();
    if (m_key.isEmpty() || !context.firstLook.isAnswered()) {
        // Nothing to try, or the server cannot be reached: the reachability check says why.
        emit finished({}, {});
        return;
    }
    // Only an answer from the target's own origin counts: the key never goes where a redirect pointed.
    const ExchangeHop &lastHop = context.firstLook.finalHop();
    if (isSuccess(lastHop.status)
        && Credential::originOf(lastHop.url) == Credential::originOf(context.request.target)) {
        // Every place would "work": where the key goes cannot be told from the answers.
        emit finished({ Finding::make(u"apikey.not-needed"_s,
                          { { u"host"_s, host }, { u"status"_s, context.firstLook.status() } },
                          Evidence::statusLine(context.firstLook.finalHop())) },
            {});
        return;
    }
    if (context.request.target.scheme() != u"https"_s && !context.request.allowInsecureHttp) {
        emit finished({ Finding::make(u"credentials.insecure-transport"_s, { { u"host"_s, host } },
                          tr("Not sent to %1: plain http, and sending over http was not allowed.")
                              .arg(context.request.target.toDisplayString())) },
            {});
        return;
    }
    m_session = new ProbeSession(this);
    m_session->setExtraCaCertificates(
        context.session ? context.session->sslConfiguration().caCertificates() : QList<QSslCertificate>());
    const QList<Placement> order = placements(context.firstLook);
    for (const Placement &placement : order)
        m_attempts.append(Attempt { placement, nullptr, Exchange(), false, false });
    qCInfo(lcChecks) << "API key placement check for" << Credential::originOf(context.request.target) << "with"
                     << m_attempts.size() << "places";
    for (int i = 0; i < MaxInFlight; ++i)
        startNext();
}

void ApiKeyPlacementCheck::startNext()
{
    if (m_stopping || m_next >= m_attempts.size())
        return;
    const int index = m_next++;
    Attempt &attempt = m_attempts[index];
    attempt.started = true;
    attempt.probe = new Probe(m_session, this);
    connect(attempt.probe, &Probe::finished, this,
        [this, index](const Exchange &exchange) { onProbeFinished(index, exchange); });
    attempt.probe->start(requestFor(attempt.placement, m_key, m_context.request));
}

void ApiKeyPlacementCheck::cancel()
{
    m_stopping = true;
    m_reported = true; // the diagnosis is not waiting for an answer any more
    stopOthers(-1);
}

void ApiKeyPlacementCheck::stopOthers(int except)
{
    m_stopping = true; // nothing new starts from here on
    const auto abortRunning = [this, except] {
        for (int i = 0; i < m_attempts.size(); ++i) {
            if (i != except && m_attempts[i].probe && m_attempts[i].probe->isRunning())
                m_attempts[i].probe->cancel(); // finished() arrives synchronously, as Cancelled
        }
    };
    if (m_reported) {
        abortRunning(); // cancel(): the diagnosis is stopping now
        return;
    }
    // Decided inside another reply's finished(): aborting replies from there makes Qt 6.4 report an error twice, so
    // the others are aborted once control is back in the event loop.
    QMetaObject::invokeMethod(this, abortRunning, Qt::QueuedConnection);
}

QVariantMap ApiKeyPlacementCheck::factsFor(const Attempt &attempt) const
{
    return { { u"host"_s, m_context.request.target.host() }, { u"placement"_s, attempt.placement.notation() },
        { u"placementKind"_s, attempt.placement.kindKey() }, { u"name"_s, QString::fromLatin1(attempt.placement.name) },
        { u"curl"_s, curlLine(attempt.placement, m_context.request) }, { u"status"_s, attempt.exchange.status() },
        { u"tried"_s,
            int(std::count_if(m_attempts.cbegin(), m_attempts.cend(), [](const Attempt &a) { return a.started; })) } };
}

QString ApiKeyPlacementCheck::attemptLines() const
{
    QStringList lines;
    for (const Attempt &attempt : m_attempts) {
        if (!attempt.started)
            continue;
        QString outcome;
        if (attempt.exchange.outcome == Exchange::Outcome::Cancelled)
            outcome = tr("stopped: another place had worked");
        else if (!attempt.exchange.isAnswered())
            outcome = tr("no answer: %1").arg(attempt.exchange.errorString);
        else
            outcome = Evidence::statusLine(attempt.exchange.finalHop());
        lines.append(u"%1 -> %2"_s.arg(attempt.placement.notation(), outcome));
    }
    return lines.join(u'\n');
}

bool ApiKeyPlacementCheck::anyRunning() const
{
    return std::any_of(m_attempts.cbegin(), m_attempts.cend(), [](const Attempt &a) { return a.started && !a.done; });
}

void ApiKeyPlacementCheck::onProbeFinished(int index, const Exchange &exchange)
{
    Attempt &attempt = m_attempts[index];
    attempt.exchange = exchange;
    attempt.done = true;
    if (attempt.probe) {
        attempt.probe->disconnect(this);
        attempt.probe->deleteLater();
    }
    if (m_reported)
        return;
    if (!m_stopping) {
        judge(index);
        if (!m_stopping) {
            startNext();
            if (!anyRunning() && m_next >= m_attempts.size())
                judgeAll();
        }
    }
    // Report once the last answer in flight is in, so that every request sent is in the record.
    if (m_stopping && !anyRunning())
        report();
}

void ApiKeyPlacementCheck::judge(int index)
{
    const Attempt &attempt = m_attempts.at(index);
    const Exchange &exchange = attempt.exchange;
    const int status = exchange.isAnswered() ? exchange.status() : 0;
    const QString host = m_context.request.target.host();
    if (isSuccess(status)) {
        qCInfo(lcChecks) << "API key works as" << attempt.placement.notation();
        m_findings = { Finding::make(u"credentials.accepted"_s,
                           { { u"host"_s, host }, { u"method"_s, attempt.placement.notation() },
                               { u"kind"_s, u"key"_s }, { u"status"_s, status } },
                           Evidence::statusLine(exchange.finalHop())),
            Finding::make(u"apikey.placement-found"_s, factsFor(attempt), Evidence::statusLine(exchange.finalHop())) };
        stopOthers(index);
        return;
    }
    // The key is right but lacks a permission: that place is found, and the answer is about the plan, not the key.
    if (status == 403 || status == 401) {
        const QList<Finding> bearer = BearerErrorCheck::explain(exchange, BearerErrorCheck::scopesOfToken(m_key), true);
        for (const Finding &finding : bearer) {
            if (finding.id != u"bearer.insufficient-scope"_s)
                continue;
            QVariantMap facts = finding.facts;
            facts.insert(factsFor(attempt));
            facts.insert(u"status"_s, status);
            m_findings = { Finding::make(finding.id, facts, finding.technical) };
            stopOthers(index);
            return;
        }
    }
    // Asked to slow down: more tries now would only make it worse.
    if (status == 429) {
        QVariantMap facts { { u"host"_s, host }, { u"status"_s, status } };
        const QByteArray retryAfter = exchange.responseHeaders().value("retry-after").trimmed();
        if (!retryAfter.isEmpty()) {
            bool isNumber = false;
            const int seconds = retryAfter.toInt(&isNumber);
            facts.insert(
                u"retryAfter"_s, isNumber ? tr("%n second(s)", nullptr, seconds) : QString::fromLatin1(retryAfter));
        }
        m_findings = { Finding::make(u"status.rate-limited"_s, facts, Evidence::statusLine(exchange.finalHop())) };
        stopOthers(index);
    }
}

void ApiKeyPlacementCheck::judgeAll()
{
    m_stopping = true;
    QHash<int, int> statusCount;
    const Attempt *lastFailure = nullptr;
    for (const Attempt &a : std::as_const(m_attempts)) {
        if (a.exchange.isAnswered())
            ++statusCount[a.exchange.status()];
        else
            lastFailure = &a;
    }
    if (statusCount.isEmpty()) {
        // No place got an answer at all: that is a network problem, not a refused key.
        DiagnosisContext context = m_context;
        context.firstLook = lastFailure ? lastFailure->exchange : Exchange();
        m_findings = ReachabilityCheck().analyze(context);
        return;
    }
    // Where one place answered differently from the rest (a 403 among 401s), the key may be known there but lack a
    // permission: worth naming.
    int commonStatus = 0;
    for (auto it = statusCount.cbegin(); it != statusCount.cend(); ++it) {
        if (commonStatus == 0 || it.value() > statusCount.value(commonStatus)
            || (it.value() == statusCount.value(commonStatus) && it.key() < commonStatus))
            commonStatus = it.key();
    }
    QStringList different;
    QStringList places;
    for (const Attempt &a : std::as_const(m_attempts)) {
        places.append(a.placement.notation());
        if (a.exchange.isAnswered() && a.exchange.status() != commonStatus)
            different.append(u"%1 (HTTP %2)"_s.arg(a.placement.notation()).arg(a.exchange.status()));
    }
    m_findings = { Finding::make(u"apikey.rejected-everywhere"_s,
        { { u"host"_s, m_context.request.target.host() }, { u"tried"_s, int(m_attempts.size()) },
            { u"places"_s, places.join(u", "_s) }, { u"status"_s, commonStatus },
            { u"different"_s, different.join(u", "_s) },
            { u"redirected"_s, commonStatus >= 300 && commonStatus < 400 } },
        QString()) };
}

void ApiKeyPlacementCheck::report()
{
    if (m_reported)
        return;
    m_reported = true;
    QList<Exchange> exchanges;
    for (const Attempt &attempt : std::as_const(m_attempts)) {
        if (attempt.started)
            exchanges.append(attempt.exchange);
    }
    const QString lines = attemptLines();
    for (Finding &finding : m_findings) {
        if (finding.id == u"credentials.accepted"_s || finding.id.startsWith(u"reach."_s))
            continue;
        QStringList technical;
        if (!finding.technical.isEmpty())
            technical.append(finding.technical);
        const QString curl = finding.facts.value(u"curl"_s).toString();
        if (!curl.isEmpty())
            technical.append(tr("As a command: %1").arg(curl));
        technical.append(tr("Tried:\n%1").arg(lines));
        finding.technical = technical.join(u'\n');
    }
    emit finished(m_findings, exchanges);
}
