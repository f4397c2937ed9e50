// Implementation of OAuthDiscovery.
#include "OAuthDiscovery.h"

#include "OAuthLogging.h"
#include "checks/Evidence.h"
#include "net/Probe.h"
#include "net/ProbeSession.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString OpenIdSuffix = u"/.well-known/openid-configuration"_s;
const QString Rfc8414Suffix = u"/.well-known/oauth-authorization-server"_s;

} // namespace

OAuthDiscovery::OAuthDiscovery(ProbeSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (!m_session)
        m_session = new ProbeSession(this);
}

OAuthDiscovery::~OAuthDiscovery()
{
    if (m_probe)
        m_probe->disconnect(this);
}

QList<QUrl> OAuthDiscovery::candidateUrls(const QUrl &issuer)
{
    if (!issuer.isValid() || issuer.host().isEmpty())
        return {};
    if (issuer.path().contains(u"/.well-known/"_s))
        return { issuer };
    QString path = issuer.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const auto at = [&](const QString &newPath) {
        QUrl url = issuer.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        url.setPath(newPath);
        return url;
    };
    if (path.isEmpty())
        return { at(OpenIdSuffix), at(Rfc8414Suffix) };
    return { at(path + OpenIdSuffix), at(Rfc8414Suffix + path), at(OpenIdSuffix + path), at(path + Rfc8414Suffix) };
}

OAuthDiscovery::Metadata OAuthDiscovery::readMetadata(const QByteArray &body)
{
    Metadata metadata;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        metadata.problem = u"not-json"_s;
        return metadata;
    }
    metadata.object = document.object();
    metadata.issuer = metadata.object.value(u"issuer"_s).toString();
    const QJsonArray methods = metadata.object.value(u"token_endpoint_auth_methods_supported"_s).toArray();
    for (const QJsonValue &method : methods)
        metadata.authMethods.append(method.toString());
    const QString endpoint = metadata.object.value(u"token_endpoint"_s).toString();
    if (endpoint.isEmpty()) {
        metadata.problem = u"no-token-endpoint"_s;
        return metadata;
    }
    const QUrl url(endpoint, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s)) {
        metadata.problem = u"bad-token-endpoint"_s;
        return metadata;
    }
    metadata.tokenEndpoint = url;
    return metadata;
}

void OAuthDiscovery::start(const QUrl &issuer, int timeoutMs)
{
    m_result = Result();
    m_result.issuer = issuer;
    m_candidates = candidateUrls(issuer);
    m_next = 0;
    m_timeoutMs = timeoutMs;
    m_tried.clear();
    qCInfo(lcOAuth) << "discovery for" << issuer.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (m_candidates.isEmpty()) {
        QMetaObject::invokeMethod(this, &OAuthDiscovery::finish, Qt::QueuedConnection);
        return;
    }
    tryNext();
}

void OAuthDiscovery::cancel()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
    }
}

void OAuthDiscovery::tryNext()
{
    ProbeRequest request;
    request.url = m_candidates.at(m_next++);
    request.timeoutMs = m_timeoutMs;
    request.headers.append("Accept", "application/json");
    m_probe = new Probe(m_session, this);
    connect(m_probe, &Probe::finished, this, &OAuthDiscovery::onProbeFinished);
    m_probe->start(request);
}

void OAuthDiscovery::onProbeFinished(const Exchange &exchange)
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->deleteLater();
    }
    m_result.exchanges.append(exchange);
    const QUrl url = exchange.requestedUrl();
    if (!exchange.isAnswered()) {
        m_tried.append(u"%1 -> %2"_s.arg(url.toDisplayString(), tr("no answer: %1").arg(exchange.errorString)));
    } else if (exchange.status() != 200) {
        m_tried.append(Evidence::chain(exchange));
    } else {
        const Metadata metadata = readMetadata(exchange.body);
        if (metadata.problem.isEmpty()) {
            m_result.found = true;
            m_result.tokenEndpoint = metadata.tokenEndpoint;
            m_result.documentUrl = exchange.finalUrl();
            m_result.metadata = metadata.object;
            m_result.authMethods = metadata.authMethods;
            m_tried.append(Evidence::chain(exchange));
            QStringList technical = m_tried;
            technical.append(tr("token_endpoint: %1").arg(metadata.tokenEndpoint.toDisplayString()));
            if (!metadata.authMethods.isEmpty())
                technical.append(
                    tr("token_endpoint_auth_methods_supported: %1").arg(metadata.authMethods.join(u", "_s)));
            // RFC 8414 §3.3 and OpenID Connect Discovery §4.3: the document must name the issuer it was fetched for.
            const bool issuerMatches = metadata.issuer.isEmpty()
                || QUrl(metadata.issuer).adjusted(QUrl::StripTrailingSlash)
                    == m_result.issuer.adjusted(QUrl::StripTrailingSlash);
            if (!issuerMatches)
                technical.append(tr("The document names the issuer %1, not the address given.").arg(metadata.issuer));
            m_result.findings.append(Finding::make(u"oauth.discovered"_s,
                { { u"issuer"_s, m_result.issuer.toDisplayString() }, { u"host"_s, m_result.issuer.host() },
                    { u"tokenEndpoint"_s, metadata.tokenEndpoint.toDisplayString() },
                    { u"document"_s, m_result.documentUrl.toDisplayString() }, { u"issuerMatches"_s, issuerMatches },
                    { u"documentIssuer"_s, metadata.issuer } },
                technical.join(u'\n')));
            finish();
            return;
        }
        m_tried.append(Evidence::chain(exchange) + u" ("_s
            + (metadata.problem == u"not-json"_s ? tr("not a JSON metadata document") : tr("no usable token_endpoint"))
            + u')');
    }
    if (m_next < m_candidates.size()) {
        tryNext();
        return;
    }
    finish();
}

void OAuthDiscovery::finish()
{
    if (!m_result.found) {
        m_result.unreachable = !m_result.exchanges.isEmpty()
            && std::none_of(m_result.exchanges.cbegin(), m_result.exchanges.cend(),
                [](const Exchange &e) { return e.isAnswered(); });
        QString reason = u"not-found"_s;
        if (m_candidates.isEmpty())
            reason = u"bad-issuer"_s;
        else if (m_result.unreachable)
            reason = u"unreachable"_s;
        m_result.findings.append(Finding::make(u"oauth.discovery-failed"_s,
            { { u"issuer"_s, m_result.issuer.toDisplayString() }, { u"host"_s, m_result.issuer.host() },
                { u"tried"_s, int(m_result.exchanges.size()) }, { u"reason"_s, reason } },
            m_tried.join(u'\n')));
        qCInfo(lcOAuth) << "discovery failed:" << reason;
    }
    emit finished(m_result);
}
