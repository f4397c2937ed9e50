// Implementation of StatusPageClient: a plan of places and documents, walked one request at a time.
#include "StatusPageClient.h"

#include "StatusPageCache.h"
#include "StatusPageProvider.h"
#include "http/TargetUrl.h"
#include "net/Probe.h"
#include "net/ProbeSession.h"

using namespace Qt::Literals::StringLiterals;

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

StatusPageClient::StatusPageClient(ProbeSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session ? session : new ProbeSession(this))
    , m_probe(new Probe(m_session, this))
    , m_cache(&StatusPageCache::shared())
{
    qRegisterMetaType<StatusPageResult>();
    connect(m_probe, &Probe::finished, this, &StatusPageClient::onProbeFinished);
}

StatusPageClient::~StatusPageClient()
{
    // The probe is our child and goes with us; nothing may be emitted from a half-destroyed client.
    m_running = false;
    m_probe->disconnect(this);
}

void StatusPageClient::setCatalog(const StatusPageCatalog &catalog)
{
    m_catalog = catalog;
}

StatusPageCatalog StatusPageClient::catalog() const
{
    return m_catalog ? *m_catalog : StatusPageCatalog::load();
}

void StatusPageClient::setCache(StatusPageCache *cache)
{
    m_cache = cache;
}

void StatusPageClient::setTimeoutMs(int milliseconds)
{
    m_timeoutMs = qMax(1, milliseconds);
}

void StatusPageClient::setHostOverride(const QHash<QString, QUrl> &overrides)
{
    m_overrides.clear();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        m_overrides.insert(it.key().toLower(), it.value());
}

void StatusPageClient::setAllowInsecureHttp(bool allow)
{
    m_allowHttp = allow;
}

void StatusPageClient::lookUp(const QString &urlOrDomain)
{
    if (!m_catalog)
        m_catalog = StatusPageCatalog::load();
    begin(urlOrDomain, StatusPageDiscovery::candidatesFor(urlOrDomain, *m_catalog));
}

void StatusPageClient::readStatusPage(const QString &statusPageAddress)
{
    if (!m_catalog)
        m_catalog = StatusPageCatalog::load();
    begin(statusPageAddress, StatusPageDiscovery::candidatesForPage(statusPageAddress, *m_catalog));
}

void StatusPageClient::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_probe->isRunning())
        m_probe->cancel(); // its finished() arrives at once and ends the lookup
    else
        finishWith(StatusPageResult::Problem::Cancelled);
}

void StatusPageClient::begin(const QString &input, const QList<StatusPageCandidate> &candidates)
{
    if (m_running) {
        // A new lookup replaces the one under way, which ends without a word.
        m_running = false;
        if (m_probe->isRunning())
            m_probe->cancel();
    }
    m_result = StatusPageResult();
    m_result.input = input;
    m_result.serviceName = StatusPageDiscovery::serviceNameFor(input);
    m_candidates = candidates;
    m_states = QList<CandidateState>(candidates.size());
    m_attempts.clear();
    for (int i = 0; i < candidates.size(); ++i) {
        const StatusPageCandidate &candidate = candidates.at(i);
        if (i == 0)
            m_result.source = candidate.source;
        if (!candidate.serviceName.isEmpty() && m_result.serviceName == StatusPageDiscovery::serviceNameFor(input))
            m_result.serviceName = candidate.serviceName;
        m_result.places.append(candidate.document.isEmpty() ? candidate.base : candidate.document);
        if (!candidate.document.isEmpty()) {
            m_attempts.append(Attempt { i, candidate.document, candidate.formats });
            continue;
        }
        for (const QString &format : candidate.formats) {
            const QList<QUrl> urls = candidate.documentUrls(format);
            for (const QUrl &url : urls)
                m_attempts.append(Attempt { i, url, { format } });
        }
    }
    m_index = -1;
    m_running = true;
    m_cancelled = false;
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation != m_generation || !m_running)
                return;
            if (m_attempts.isEmpty())
                finishWith(StatusPageResult::Problem::BadInput);
            else
                next();
        },
        Qt::QueuedConnection);
}

void StatusPageClient::next()
{
    while (m_running && ++m_index < m_attempts.size()) {
        const Attempt &attempt = m_attempts.at(m_index);
        if (m_index > 0 && m_attempts.at(m_index - 1).candidate != attempt.candidate)
            rememberCandidate(m_attempts.at(m_index - 1).candidate);
        CandidateState &state = m_states[attempt.candidate];
        if (!state.checkedCache) {
            state.checkedCache = true;
            if (answerFromCache(attempt.candidate))
                return;
        }
        if (state.skip)
            continue;
        m_redirects = 0;
        sendRequest(attempt.document);
        return;
    }
    if (m_running)
        finishNotFound();
}

void StatusPageClient::sendRequest(const QUrl &logical)
{
    const Attempt &attempt = m_attempts.at(m_index);
    CandidateState &state = m_states[attempt.candidate];
    QString why;
    const QUrl real = resolve(logical, &why);
    if (real.isEmpty()) {
        qCDebug(lcStatusPage) << "not asked:" << logical << why;
        state.error = why;
        state.skip = true;
        state.networkFailed = true;
        next();
        return;
    }
    m_currentLogical = logical;
    m_result.tried.append(logical);
    state.tried.append(logical);
    emit progress(m_index, int(m_attempts.size()));
    emit requestStarted(logical);

    ProbeRequest request;
    request.url = real;
    request.timeoutMs = m_timeoutMs;
    request.maxBodyBytes = MaxDocumentBytes;
    // Redirects are followed here, so that each new address passes resolve() (host overrides, https) first.
    request.followRedirects = false;
    request.headers.append("Accept"_ba, "application/json"_ba);
    qCDebug(lcStatusPage) << "asking" << logical << "at" << real;
    m_probe->start(request);
}

void StatusPageClient::onProbeFinished(const Exchange &exchange)
{
    if (!m_running)
        return;
    Exchange kept = exchange;
    if (kept.body.size() > ProbeRequest::DefaultMaxBodyBytes) {
        kept.body.truncate(ProbeRequest::DefaultMaxBodyBytes);
        kept.bodyTruncated = true;
    }
    m_result.exchanges.append(kept);
    if (m_cancelled || exchange.outcome == Exchange::Outcome::Cancelled) {
        finishWith(StatusPageResult::Problem::Cancelled);
        return;
    }

    const Attempt attempt = m_attempts.at(m_index);
    CandidateState &state = m_states[attempt.candidate];
    if (!exchange.isAnswered()) {
        // Nothing answers at this place: its other documents would not answer either.
        state.networkFailed = !state.answered;
        state.error = exchange.errorString;
        state.skip = true;
        next();
        return;
    }
    state.answered = true;
    const int status = exchange.status();
    if (isRedirect(status)) {
        const QByteArray location = exchange.responseHeaders().value("location").trimmed();
        const QUrl target = m_currentLogical.resolved(QUrl::fromEncoded(location, QUrl::TolerantMode));
        const QString scheme = target.scheme().toLower();
        if (location.isEmpty() || !target.isValid() || target.host().isEmpty()
            || (scheme != u"http"_s && scheme != u"https"_s) || m_redirects >= MaxRedirects) {
            state.error = u"HTTP %1 without a usable Location"_s.arg(status);
            next();
            return;
        }
        ++m_redirects;
        sendRequest(target);
        return;
    }
    if (status < 200 || status > 299) {
        if (!state.unreadable) // what a page said in a format we do not read explains more than a later 404
            state.error = u"HTTP %1 from %2"_s.arg(status).arg(m_currentLogical.toDisplayString());
        next();
        return;
    }
    if (exchange.bodyTruncated) {
        state.unreadable = true;
        state.error = u"%1 is larger than %2 bytes"_s.arg(m_currentLogical.toDisplayString()).arg(MaxDocumentBytes);
        next();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &format : attempt.formats) {
        const StatusPageProvider *provider = StatusPageProvider::byKey(format);
        if (!provider)
            continue;
        const StatusPageReport report = provider->parse(exchange.body, m_currentLogical, now);
        if (report.valid) {
            finishFound(attempt.candidate, m_currentLogical, report, false, now);
            return;
        }
        state.error = m_currentLogical.toDisplayString() + u": "_s + report.error;
    }
    state.unreadable = true;
    next();
}

bool StatusPageClient::answerFromCache(int candidateIndex)
{
    if (!m_cache)
        return false;
    const QUrl key = cacheKeyOf(candidateIndex);
    if (key.isEmpty())
        return false;
    const std::optional<StatusPageCache::Answer> answer = m_cache->find(key);
    if (!answer)
        return false;
    qCDebug(lcStatusPage) << "cached answer for" << key << answer->found;
    if (answer->found) {
        m_result.tried.append(answer->tried);
        finishFound(candidateIndex, answer->documentUrl, answer->report, true, answer->checkedAt);
        return true;
    }
    CandidateState &state = m_states[candidateIndex];
    state.skip = true;
    state.answered = answer->answered;
    state.networkFailed = !answer->answered;
    state.unreadable = answer->problem == StatusPageResult::Problem::Unreadable;
    state.error = answer->error;
    state.tried = answer->tried;
    m_result.tried.append(answer->tried);
    return false;
}

void StatusPageClient::rememberCandidate(int candidateIndex)
{
    const CandidateState &state = m_states.at(candidateIndex);
    // Only a place asked just now; a cached answer keeps its own age, and a cancelled one is no answer.
    if (!m_cache || m_cancelled || state.tried.isEmpty())
        return;
    const QUrl key = cacheKeyOf(candidateIndex);
    if (key.isEmpty() || m_cache->find(key))
        return;
    StatusPageCache::Answer answer;
    answer.found = false;
    answer.problem = state.unreadable ? StatusPageResult::Problem::Unreadable : StatusPageResult::Problem::NotFound;
    answer.error = state.error;
    answer.tried = state.tried;
    answer.answered = state.answered;
    answer.checkedAt = QDateTime::currentDateTimeUtc();
    m_cache->insert(key, answer);
}

void StatusPageClient::finishFound(int candidateIndex, const QUrl &documentUrl, const StatusPageReport &report,
    bool fromCache, const QDateTime &checkedAt)
{
    const StatusPageCandidate &candidate = m_candidates.at(candidateIndex);
    m_result.problem = StatusPageResult::Problem::None;
    m_result.report = report;
    m_result.documentUrl = documentUrl;
    m_result.pageUrl = report.pageUrl.isEmpty() ? candidate.base : report.pageUrl;
    m_result.source = candidate.source;
    if (!candidate.serviceName.isEmpty())
        m_result.serviceName = candidate.serviceName;
    else if (!report.pageName.isEmpty())
        m_result.serviceName = report.pageName;
    m_result.fromCache = fromCache;
    m_result.checkedAt = checkedAt;
    if (!fromCache && m_cache) {
        const QUrl key = cacheKeyOf(candidateIndex);
        if (!key.isEmpty()) {
            StatusPageCache::Answer answer;
            answer.found = true;
            answer.report = report;
            answer.documentUrl = documentUrl;
            answer.problem = StatusPageResult::Problem::None;
            answer.tried = m_states.at(candidateIndex).tried;
            answer.checkedAt = checkedAt;
            answer.answered = true;
            m_cache->insert(key, answer);
        }
    }
    emitFinished();
}

void StatusPageClient::finishNotFound()
{
    if (!m_attempts.isEmpty())
        rememberCandidate(m_attempts.constLast().candidate);
    bool unreadable = false;
    bool answered = false;
    bool onlyNamedPages = true; // every place came from the catalog or the person, none was a guess
    // The error that explains most: a page in a format we do not read, else a place that answered, else any.
    QString unreadableError;
    QString answeredError;
    QString anyError;
    for (int i = 0; i < m_states.size(); ++i) {
        const CandidateState &state = m_states.at(i);
        unreadable = unreadable || state.unreadable;
        answered = answered || state.answered;
        if (m_candidates.at(i).source == StatusPageCandidate::Source::Discovered)
            onlyNamedPages = false;
        if (state.error.isEmpty())
            continue;
        if (state.unreadable && unreadableError.isEmpty())
            unreadableError = state.error;
        if (state.answered && answeredError.isEmpty())
            answeredError = state.error;
        if (anyError.isEmpty())
            anyError = state.error;
    }
    m_result.error = !unreadableError.isEmpty() ? unreadableError : !answeredError.isEmpty() ? answeredError : anyError;
    if (unreadable)
        finishWith(StatusPageResult::Problem::Unreadable);
    else if (onlyNamedPages && !answered)
        finishWith(StatusPageResult::Problem::Unreachable);
    else
        finishWith(StatusPageResult::Problem::NotFound);
}

void StatusPageClient::finishWith(StatusPageResult::Problem problem)
{
    m_result.problem = problem;
    m_result.checkedAt = QDateTime::currentDateTimeUtc();
    if (problem != StatusPageResult::Problem::None) {
        m_result.report = StatusPageReport();
        if (m_candidates.size() == 1 && !m_candidates.constFirst().base.isEmpty())
            m_result.pageUrl = m_candidates.constFirst().document.isEmpty() ? m_candidates.constFirst().base
                                                                            : m_candidates.constFirst().document;
    }
    emitFinished();
}

void StatusPageClient::emitFinished()
{
    m_running = false;
    ++m_generation;
    const StatusPageResult result = m_result;
    emit finished(result);
}

QUrl StatusPageClient::resolve(const QUrl &logical, QString *why) const
{
    QUrl url = logical;
    const QString host = url.host().toLower();
    if (!m_overrides.isEmpty()) {
        const auto it = m_overrides.constFind(host);
        if (it != m_overrides.cend()) {
            const QUrl &target = it.value();
            url.setScheme(target.scheme());
            url.setHost(target.host());
            url.setPort(target.port());
            QString prefix = target.path();
            if (prefix.endsWith(u'/'))
                prefix.chop(1);
            if (!prefix.isEmpty())
                url.setPath(prefix + url.path());
        } else if (!TargetUrl::isLoopbackHost(host)) {
            if (why)
                *why
                    = u"%1 has no host override, and hosts without one are not contacted while overrides are set"_s.arg(
                        host);
            return {};
        }
    }
    if (url.scheme().compare(u"http"_s, Qt::CaseInsensitive) == 0 && !m_allowHttp) {
        url.setScheme(u"https"_s);
        if (url.port() == 80)
            url.setPort(-1);
    }
    return url;
}

QUrl StatusPageClient::cacheKeyOf(int candidateIndex) const
{
    const StatusPageCandidate &candidate = m_candidates.at(candidateIndex);
    return resolve(candidate.document.isEmpty() ? candidate.base : candidate.document, nullptr);
}
