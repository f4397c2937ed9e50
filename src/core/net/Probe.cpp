// Implementation of Probe: one hop per QNetworkReply, redirects re-issued by hand.
#include "Probe.h"

#include "Logging.h"
#include "ProbeSession.h"
#include "SessionCookieJar.h"
#include "report/Redactor.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https"_s ? 443 : 80) == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

// Qt 6.4 merges repeated response fields into one value: Set-Cookie joined with '\n', all others with ", ". A list
// joined with ", " means the same as separate fields (RFC 9110 §5.3), but Set-Cookie must be split back.
HttpHeaders responseHeadersOf(const QNetworkReply *reply)
{
    HttpHeaders headers;
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &[name, value] : pairs) {
        if (name.compare("set-cookie", Qt::CaseInsensitive) == 0) {
            const QList<QByteArray> cookies = value.split('\n');
            for (const QByteArray &cookie : cookies)
                headers.append(name, cookie);
        } else {
            headers.append(name, value);
        }
    }
    return headers;
}

} // namespace

Probe::Probe(ProbeSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_hopTimer.setSingleShot(true);
    m_hopTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early, and the timeout is a promise
    connect(&m_hopTimer, &QTimer::timeout, this, &Probe::onHopTimeout);
    connect(m_session->network(), &QNetworkAccessManager::authenticationRequired, this,
            &Probe::onAuthenticationRequired);
}

Probe::~Probe()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool Probe::isCredentialHeader(const QByteArray &name)
{
    return Redactor::isSecretHeader(name);
}

void Probe::start(const ProbeRequest &request)
{
    if (m_reply)
        cancel();
    m_request = request;
    m_exchange = Exchange();
    m_credentialsDropped = false;
    m_cancelled = false;
    m_visits.clear();
    m_cookiesSeen = 0;

    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || request.url.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s)) {
        // Report asynchronously so that callers get finished() after start() returns, as on every other path.
        m_exchange.errorString = request.url.errorString();
        QMetaObject::invokeMethod(this, [this] { finish(Exchange::Outcome::BadUrl); }, Qt::QueuedConnection);
        return;
    }
    sendHop(request.url, request.method, request.body);
}

void Probe::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // finished() arrives synchronously from abort()
}

void Probe::sendHop(const QUrl &url, const QByteArray &method, const QByteArray &body)
{
    m_visits.insert(url.adjusted(QUrl::NormalizePathSegments), m_cookiesSeen);
    m_hop = ExchangeHop();
    m_hop.method = method;
    m_hop.url = Redactor::redactUrl(url);
    m_body.clear();
    m_bodyCapped = false;
    m_timedOut = false;

    QNetworkRequest request(url);
    if (url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0)
        request.setSslConfiguration(m_session->sslConfiguration());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // A User-Agent the person gave (a pasted curl command's -A) replaces ours, as curl itself does.
    if (!m_request.headers.contains("user-agent"))
        request.setHeader(QNetworkRequest::UserAgentHeader, ProbeSession::userAgent());
    // A fresh session sees only what the server answers now. A remembered one uses its cache as a browser does, but
    // keeps nothing that answered a request with credentials or cookies: those answers are secrets.
    const bool carriesSecrets = m_request.authenticator.enabled
        || std::any_of(m_request.headers.fields().cbegin(), m_request.headers.fields().cend(),
                       [](const HttpHeader &h) { return isCredentialHeader(h.name); })
        || !m_session->cookieJar()->cookiesFor(url).isEmpty();
    const bool useCache = m_session->cache() && method == "GET" && !carriesSecrets;
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         useCache ? QNetworkRequest::PreferNetwork : QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, useCache);

    for (const HttpHeader &header : m_request.headers.fields()) {
        if (m_credentialsDropped && isCredentialHeader(header.name)) {
            if (!m_hop.droppedCredentialHeaders.contains(header.name))
                m_hop.droppedCredentialHeaders.append(header.name);
            continue;
        }
        // setRawHeader would replace an earlier field of the same name; join the values as one list instead.
        const QByteArray existing = request.rawHeader(header.name);
        request.setRawHeader(header.name, existing.isEmpty() ? header.value : existing + ", " + header.value);
    }
    if (m_credentialsDropped) {
        // Keep the jar's cookies and what Qt remembers of earlier sign-ins for the first origin too. (Manual reuse
        // also stops Qt from using an authenticator answered in the slot, which is why it is set only here; sign-in
        // tests get a fresh session instead, so nothing remembered takes part in them.)
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    }
    const QList<QByteArray> sentNames = request.rawHeaderList();
    for (const QByteArray &name : sentNames)
        m_hop.requestHeaders.append(name, Redactor::redactHeaderValue(name, request.rawHeader(name)));

    qCDebug(lcNet) << "hop" << m_exchange.hops.size() << method << m_hop.url;
    emit hopStarted(m_hop.url, int(m_exchange.hops.size()));

    m_hopClock.start();
    // GET and HEAD go through their own calls: Qt's cache serves and keeps only those operations, not custom ones.
    // Without a body, no device is passed: the QByteArray overload would add "Content-Length: 0" even to a GET.
    QNetworkAccessManager *network = m_session->network();
    QNetworkReply *reply = nullptr;
    if (method == "GET" && body.isEmpty())
        reply = network->get(request);
    else if (method == "HEAD")
        reply = network->head(request);
    else if (body.isEmpty())
        reply = network->sendCustomRequest(request, method, static_cast<QIODevice *>(nullptr));
    else
        reply = network->sendCustomRequest(request, method, body);
    m_reply = reply;
    // Qt stops reading from the socket when this buffer is full, which caps the decompressed size we ever hold.
    reply->setReadBufferSize(m_request.maxBodyBytes);
    connect(reply, &QNetworkReply::socketStartedConnecting, this,
            [this] { m_hop.timings.connectStartedMs = elapsed(); });
    connect(reply, &QNetworkReply::encrypted, this, [this] { m_hop.timings.tlsDoneMs = elapsed(); });
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_hop.timings.requestSentMs = elapsed(); });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_exchange.tlsErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &Probe::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &Probe::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &Probe::onReplyFinished);
    m_hopTimer.start(m_request.timeoutMs);
}

void Probe::onMetaDataChanged()
{
    if (m_hop.timings.firstByteMs < 0)
        m_hop.timings.firstByteMs = elapsed();
}

void Probe::onReadyRead()
{
    if (!m_reply || m_bodyCapped)
        return;
    const qint64 room = m_request.maxBodyBytes - m_body.size();
    m_body += m_reply->read(room);
    // A full sample while the reply is still open means there is more: stop the download here rather than let a
    // huge (or endless) body run on.
    if (m_body.size() >= m_request.maxBodyBytes && (m_reply->bytesAvailable() > 0 || !m_reply->isFinished())) {
        m_bodyCapped = true;
        // Aborting from inside readyRead makes Qt 6.4 report its error twice; abort once control is back in the loop.
        QMetaObject::invokeMethod(m_reply.data(), &QNetworkReply::abort, Qt::QueuedConnection);
    }
}

void Probe::onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator)
{
    if (reply != m_reply)
        return; // another probe's request on the same session
    ++m_exchange.authenticationPrompts;
    // Answer once. Leaving the authenticator untouched on the next prompt makes Qt stop and deliver the 401.
    if (m_exchange.authenticationPrompts == 1 && m_request.authenticator.enabled && !m_credentialsDropped) {
        authenticator->setUser(m_request.authenticator.user);
        authenticator->setPassword(m_request.authenticator.password);
    }
}

void Probe::onHopTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void Probe::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_hopTimer.stop();
    if (!m_bodyCapped && !m_cancelled && !m_timedOut)
        onReadyRead();
    if (!m_bodyCapped && reply->bytesAvailable() > 0)
        m_bodyCapped = true;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    m_hop.timings.totalMs = elapsed();
    if (m_hop.timings.firstByteMs < 0 && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        m_hop.timings.firstByteMs = m_hop.timings.totalMs;
    m_hop.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_hop.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_hop.responseHeaders = responseHeadersOf(reply);
    m_hop.fromCache = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
    if (reply->request().attribute(QNetworkRequest::CacheSaveControlAttribute).toBool() && m_hop.status > 0)
        m_session->noteCached(reply->url());
    m_cookiesSeen += int(m_hop.responseHeaders.values("set-cookie").size());
    const QNetworkReply::NetworkError error = reply->error();
    m_exchange.hops.append(m_hop);

    if (m_cancelled) {
        m_exchange.errorString = reply->errorString();
        finish(Exchange::Outcome::Cancelled);
        return;
    }
    if (m_timedOut) {
        m_exchange.errorString = tr("No answer within %n second(s).", nullptr, qMax(1, m_request.timeoutMs / 1000));
        finish(Exchange::Outcome::Timeout);
        return;
    }
    if (m_hop.status > 0) {
        // Qt refuses to inflate a body whose compression ratio looks like a decompression bomb and reports it as a
        // content error; for us that is a capped body like any other.
        if ((error == QNetworkReply::UnknownContentError || error == QNetworkReply::ProtocolFailure)
            && m_hop.responseHeaders.contains("content-encoding") && m_body.size() < m_request.maxBodyBytes) {
            m_bodyCapped = true;
            m_exchange.errorString = reply->errorString();
        }
        m_exchange.body = m_body;
        m_exchange.bodyTruncated = m_bodyCapped;
        if (m_request.followRedirects && isRedirectStatus(m_hop.status) && followRedirect())
            return;
        finish(Exchange::Outcome::Answered);
        return;
    }

    m_exchange.errorString = reply->errorString();
    m_exchange.networkError = int(error);
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        finish(Exchange::Outcome::DnsFailed);
        return;
    case QNetworkReply::ConnectionRefusedError:
        finish(Exchange::Outcome::Refused);
        return;
    case QNetworkReply::TimeoutError:
        finish(Exchange::Outcome::Timeout);
        return;
    case QNetworkReply::SslHandshakeFailedError:
        finish(Exchange::Outcome::TlsError);
        return;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        // A proxy that wants a sign-in answers 407, but Qt reports it as an error without a status.
        m_exchange.hops.last().status = 407;
        finish(Exchange::Outcome::Answered);
        return;
    default:
        finish(m_exchange.tlsErrors.isEmpty() ? Exchange::Outcome::Failed : Exchange::Outcome::TlsError);
        return;
    }
}

bool Probe::followRedirect()
{
    const ExchangeHop &hop = m_exchange.hops.constLast();
    const QByteArray location = hop.responseHeaders.value("location").trimmed();
    if (location.isEmpty()) {
        // A 3xx without Location is a final answer (RFC 9110 §15.4), nothing to follow.
        m_exchange.redirectEnd = Exchange::RedirectEnd::InvalidLocation;
        return false;
    }
    // Resolve against the real address of this hop, not the redacted one in the record.
    const QUrl current = m_exchange.hops.size() == 1 ? m_request.url : m_lastUrl;
    const QUrl next = current.resolved(QUrl::fromEncoded(location, QUrl::TolerantMode));
    const QString scheme = next.scheme().toLower();
    if (!next.isValid() || next.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s)) {
        m_exchange.redirectEnd = Exchange::RedirectEnd::InvalidLocation;
        return false;
    }
    if (m_exchange.hops.size() >= m_request.maxHops) {
        m_exchange.redirectEnd = Exchange::RedirectEnd::TooManyHops;
        return false;
    }
    const auto visit = m_visits.constFind(next.adjusted(QUrl::NormalizePathSegments));
    if (visit != m_visits.cend() && visit.value() == m_cookiesSeen) {
        m_exchange.redirectEnd = Exchange::RedirectEnd::Loop;
        return false;
    }

    if (!sameOrigin(next, m_request.url)
        || (current.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 && scheme == u"http"_s))
        m_credentialsDropped = true;

    QByteArray method = hop.method;
    QByteArray body = m_request.body;
    // RFC 9110 §15.4: 303 turns everything but HEAD into GET; 301/302 turn POST into GET as every browser does.
    if ((hop.status == 303 && method != "HEAD") || ((hop.status == 301 || hop.status == 302) && method == "POST")) {
        method = "GET";
        body.clear();
    }
    m_lastUrl = next;
    sendHop(next, method, body);
    return true;
}

void Probe::finish(Exchange::Outcome outcome)
{
    m_exchange.outcome = outcome;
    qCDebug(lcNet) << "probe finished" << int(outcome) << m_exchange.status() << m_exchange.hops.size() << "hops";
    emit finished(m_exchange);
}
