// Implementation of OAuthRefresh.
#include "OAuthRefresh.h"

#include "OAuthLogging.h"
#include "checks/Evidence.h"
#include "checks/ReachabilityCheck.h"
#include "net/Probe.h"
#include "net/ProbeSession.h"
#include "report/Redactor.h"
#include "tokens/Jwt.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

// Members of a token response whose values are secrets; the rest (token_type, expires_in, scope) is evidence.
bool isSecretMember(const QString &name)
{
    return name == u"access_token"_s || name == u"refresh_token"_s || name == u"id_token"_s
        || name.endsWith(u"_token"_s) || name.contains(u"secret"_s);
}

QString utcText(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODate);
}

// A member list of a JSON answer with the secret values hidden: "access_token=[redacted], expires_in=3600".
QString memberLines(const QJsonObject &object, const Redactor &redactor)
{
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QString value;
        if (isSecretMember(it.key()))
            value = QString::fromLatin1(Redactor::Mask);
        else if (it.value().isString())
            value = it.value().toString().left(300);
        else if (it.value().isDouble())
            value = QString::number(it.value().toDouble());
        else if (it.value().isBool())
            value = it.value().toBool() ? u"true"_s : u"false"_s;
        else
            value = QString::fromUtf8(QJsonDocument::fromVariant(it.value().toVariant()).toJson(QJsonDocument::Compact))
                        .left(300);
        parts.append(it.key() + u'=' + redactor.redactText(value));
    }
    return parts.join(u", "_s);
}

} // namespace

OAuthRefresh::OAuthRefresh(ProbeSession *session, QObject *parent)
    : QObject(parent)
{
    // A fresh session of our own, so that no cookie or remembered sign-in takes part in the grant.
    m_session = new ProbeSession(this);
    if (session)
        m_session->setExtraCaCertificates(session->sslConfiguration().caCertificates());
}

OAuthRefresh::~OAuthRefresh()
{
    if (m_probe)
        m_probe->disconnect(this);
}

QByteArray OAuthRefresh::formEncode(const QString &text)
{
    QByteArray encoded = text.toUtf8().toPercentEncoding(QByteArrayLiteral("*"), QByteArrayLiteral("~"));
    // toPercentEncoding writes a space as %20; the form encoding writes "+".
    encoded.replace("%20", "+");
    return encoded;
}

QByteArray OAuthRefresh::clientSecretBasic(const QString &clientId, const QString &clientSecret)
{
    const QByteArray pair = formEncode(clientId) + ':' + formEncode(clientSecret);
    return "Basic " + pair.toBase64();
}

OAuthRefresh::ClientAuthentication OAuthRefresh::chooseClientAuthentication(
    const QString &clientSecret, const QStringList &supportedMethods)
{
    if (clientSecret.isEmpty())
        return ClientAuthentication::None;
    // client_secret_basic is what RFC 6749 §2.3.1 says every server must support, and the metadata default.
    if (supportedMethods.contains(u"client_secret_post"_s) && !supportedMethods.contains(u"client_secret_basic"_s))
        return ClientAuthentication::SecretPost;
    return ClientAuthentication::SecretBasic;
}

QString OAuthRefresh::authenticationKey(ClientAuthentication authentication)
{
    switch (authentication) {
    case ClientAuthentication::None:
        return u"none"_s;
    case ClientAuthentication::SecretBasic:
        return u"basic"_s;
    case ClientAuthentication::SecretPost:
        return u"post"_s;
    }
    return u"none"_s;
}

ProbeRequest OAuthRefresh::tokenRequest(
    const OAuthRefreshRequest &request, const QUrl &tokenEndpoint, ClientAuthentication authentication)
{
    ProbeRequest probe;
    probe.url = tokenEndpoint;
    probe.method = "POST";
    probe.timeoutMs = request.timeoutMs;
    probe.followRedirects = false;
    probe.maxHops = 1;
    probe.headers.append("Content-Type", "application/x-www-form-urlencoded");
    probe.headers.append("Accept", "application/json");
    QList<QByteArray> fields { "grant_type=refresh_token", "refresh_token=" + formEncode(request.refreshToken) };
    if (!request.scope.isEmpty())
        fields.append("scope=" + formEncode(request.scope));
    switch (authentication) {
    case ClientAuthentication::SecretBasic:
        probe.headers.append("Authorization", clientSecretBasic(request.clientId, request.clientSecret));
        break;
    case ClientAuthentication::SecretPost:
        fields.append("client_id=" + formEncode(request.clientId));
        fields.append("client_secret=" + formEncode(request.clientSecret));
        break;
    case ClientAuthentication::None:
        // RFC 6749 §6: a public client identifies itself with client_id in the body.
        if (!request.clientId.isEmpty())
            fields.append("client_id=" + formEncode(request.clientId));
        break;
    }
    probe.body = fields.join('&');
    return probe;
}

OAuthRefreshResult OAuthRefresh::explain(const Exchange &exchange, const OAuthRefreshRequest &request,
    ClientAuthentication authentication, const QDateTime &now)
{
    OAuthRefreshResult result;
    const QUrl endpoint = exchange.hops.isEmpty() ? request.tokenEndpoint : exchange.requestedUrl();
    result.tokenEndpoint = endpoint;
    const QString host = endpoint.host();
    Redactor redactor;
    redactor.addSecret(request.refreshToken);
    redactor.addSecret(request.clientSecret);

    if (!exchange.isAnswered()) {
        DiagnosisContext context;
        context.request = DiagnosisRequest::forTarget(endpoint, request.timeoutMs);
        context.firstLook = exchange;
        result.findings = ReachabilityCheck().analyze(context);
        result.unreachable = exchange.outcome != Exchange::Outcome::Cancelled;
        result.cancelled = exchange.outcome == Exchange::Outcome::Cancelled;
        return result;
    }

    // What was sent, secrets hidden: the form's member names and the public ones' values.
    QStringList sentFields { u"grant_type=refresh_token"_s, u"refresh_token="_s + QString::fromLatin1(Redactor::Mask) };
    if (!request.scope.isEmpty())
        sentFields.append(u"scope="_s + request.scope);
    if (authentication != ClientAuthentication::SecretBasic && !request.clientId.isEmpty())
        sentFields.append(u"client_id="_s + request.clientId);
    if (authentication == ClientAuthentication::SecretPost)
        sentFields.append(u"client_secret="_s + QString::fromLatin1(Redactor::Mask));
    QString authenticationText;
    switch (authentication) {
    case ClientAuthentication::None:
        authenticationText = tr("none (a public client)");
        break;
    case ClientAuthentication::SecretBasic:
        authenticationText = tr("client_secret_basic (Authorization: Basic, client id %1)").arg(request.clientId);
        break;
    case ClientAuthentication::SecretPost:
        authenticationText = tr("client_secret_post (client id and secret in the body)");
        break;
    }
    QStringList technical { Evidence::statusLine(exchange.finalHop()), tr("Sent: %1").arg(sentFields.join(u'&')),
        tr("Client authentication: %1").arg(authenticationText) };

    const int status = exchange.status();
    const QJsonDocument document = QJsonDocument::fromJson(exchange.body.trimmed());
    const QJsonObject answer = document.object();
    QVariantMap facts { { u"host"_s, host }, { u"status"_s, status },
        { u"clientAuth"_s, authenticationKey(authentication) }, { u"hadSecret"_s, !request.clientSecret.isEmpty() },
        { u"clientId"_s, request.clientId } };

    const QString accessToken = answer.value(u"access_token"_s).toString();
    if (status >= 200 && status < 300 && !accessToken.isEmpty()) {
        result.refreshed = true;
        result.accessToken = accessToken;
        result.refreshToken = answer.value(u"refresh_token"_s).toString();
        redactor.addSecret(accessToken);
        redactor.addSecret(result.refreshToken);
        redactor.addSecret(answer.value(u"id_token"_s).toString());
        technical.append(tr("Answer: %1").arg(memberLines(answer, redactor)));

        // expires_in counts from the answer (RFC 6749 §5.1); a JWT's exp says the same from the token itself.
        const QJsonValue expiresIn = answer.value(u"expires_in"_s);
        qint64 seconds = -1;
        if (expiresIn.isDouble())
            seconds = qint64(expiresIn.toDouble());
        else if (expiresIn.isString())
            seconds = expiresIn.toString().toLongLong();
        const Jwt jwt = Jwt::looksLikeJwt(accessToken) ? Jwt::decode(accessToken) : Jwt();
        QString source = u"none"_s;
        if (seconds > 0) {
            result.expiresAt = now.toUTC().addSecs(seconds);
            source = u"expires_in"_s;
        } else if (jwt.isValid() && jwt.expiresAt().isValid()) {
            result.expiresAt = jwt.expiresAt();
            source = u"jwt"_s;
        }
        if (jwt.isValid() && jwt.expiresAt().isValid())
            technical.append(tr("The new access token is a JWT; its exp is %1.").arg(utcText(jwt.expiresAt())));
        facts.insert(u"tokenType"_s, answer.value(u"token_type"_s).toString());
        facts.insert(u"expiresIn"_s, seconds);
        facts.insert(u"expirySource"_s, source);
        if (result.expiresAt.isValid()) {
            facts.insert(u"expiresAt"_s, utcText(result.expiresAt));
            facts.insert(u"expiry"_s, Jwt::expiryText(result.expiresAt, now));
        }
        facts.insert(u"scope"_s, answer.value(u"scope"_s).toString());
        facts.insert(u"rotated"_s, !result.refreshToken.isEmpty());
        facts.insert(u"idToken"_s, answer.contains(u"id_token"_s));
        facts.insert(u"jwt"_s, jwt.isValid());
        result.findings.append(Finding::make(u"oauth.refresh-ok"_s, facts, redactor.redactText(technical.join(u'\n'))));
        // What the new token says (its claims are not secret; the token is).
        if (jwt.isValid()) {
            Jwt::Context context;
            context.localNow = now;
            const QList<Finding> judged = jwt.judge(context);
            for (const Finding &finding : judged) {
                if (finding.id == u"token.decoded"_s)
                    result.findings.append(finding);
            }
        }
        return result;
    }

    const QString error = answer.value(u"error"_s).toString();
    if (!error.isEmpty()) {
        const QString description = redactor.redactText(answer.value(u"error_description"_s).toString().left(500));
        facts.insert(u"error"_s, error);
        facts.insert(u"description"_s, description);
        facts.insert(u"errorUri"_s, redactor.redactText(answer.value(u"error_uri"_s).toString()));
        technical.append(tr("Answer: %1").arg(memberLines(answer, redactor)));
        const QString challenge = Evidence::headerLines(exchange.responseHeaders(), { "www-authenticate" });
        if (!challenge.isEmpty())
            technical.append(challenge);
        QString id = u"oauth.error"_s;
        if (error == u"invalid_grant"_s)
            id = u"oauth.invalid-grant"_s;
        else if (error == u"invalid_client"_s)
            id = u"oauth.invalid-client"_s;
        result.findings.append(Finding::make(id, facts, redactor.redactText(technical.join(u'\n'))));
        return result;
    }

    // Neither a token nor an OAuth error: the address is probably not a token endpoint.
    facts.insert(u"contentType"_s, QString::fromLatin1(exchange.responseHeaders().value("content-type")));
    facts.insert(u"location"_s, QString::fromLatin1(exchange.responseHeaders().value("location")));
    QString reason = u"not-json"_s;
    if (status >= 300 && status < 400)
        reason = u"redirect"_s;
    else if (document.isObject())
        reason = status >= 200 && status < 300 ? u"no-access-token"_s : u"no-error"_s;
    facts.insert(u"reason"_s, reason);
    if (document.isObject())
        technical.append(tr("Answer: %1").arg(memberLines(answer, redactor)));
    result.findings.append(
        Finding::make(u"oauth.unexpected-answer"_s, facts, redactor.redactText(technical.join(u'\n'))));
    return result;
}

void OAuthRefresh::start(const OAuthRefreshRequest &request)
{
    m_request = request;
    m_result = OAuthRefreshResult();
    m_done = false;
    if (!request.tokenEndpoint.isEmpty()) {
        // finished() never before start() returns, as with a discovery first.
        QMetaObject::invokeMethod(
            this, [this] { sendTokenRequest(m_request.tokenEndpoint, {}); }, Qt::QueuedConnection);
        return;
    }
    m_discovery = new OAuthDiscovery(m_session, this);
    connect(m_discovery, &OAuthDiscovery::finished, this, &OAuthRefresh::onDiscoveryFinished);
    m_discovery->start(request.issuer, request.timeoutMs);
}

void OAuthRefresh::cancel()
{
    if (m_discovery)
        m_discovery->cancel();
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
    }
    m_result.cancelled = true;
    finish();
}

void OAuthRefresh::onDiscoveryFinished(const OAuthDiscovery::Result &discovery)
{
    m_result.exchanges.append(discovery.exchanges);
    m_result.findings.append(discovery.findings);
    if (!discovery.found) {
        m_result.unreachable = discovery.unreachable;
        finish();
        return;
    }
    sendTokenRequest(discovery.tokenEndpoint, discovery.authMethods);
}

void OAuthRefresh::sendTokenRequest(const QUrl &tokenEndpoint, const QStringList &supportedMethods)
{
    m_result.tokenEndpoint = tokenEndpoint;
    if (tokenEndpoint.scheme() != u"https"_s && !m_request.allowInsecureHttp) {
        m_result.findings.append(
            Finding::make(u"credentials.insecure-transport"_s, { { u"host"_s, tokenEndpoint.host() } },
                tr("Not sent to %1: plain http, and sending over http was not allowed.")
                    .arg(tokenEndpoint.toDisplayString())));
        finish();
        return;
    }
    m_authentication = chooseClientAuthentication(m_request.clientSecret, supportedMethods);
    qCInfo(lcOAuth) << "refresh_token grant at" << Redactor::redactUrl(tokenEndpoint).toDisplayString()
                    << "client authentication" << authenticationKey(m_authentication);
    m_probe = new Probe(m_session, this);
    connect(m_probe, &Probe::finished, this, &OAuthRefresh::onTokenAnswer);
    m_probe->start(tokenRequest(m_request, tokenEndpoint, m_authentication));
}

void OAuthRefresh::onTokenAnswer(const Exchange &exchange)
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->deleteLater();
    }
    const OAuthRefreshResult answer = explain(exchange, m_request, m_authentication, QDateTime::currentDateTimeUtc());
    m_result.exchanges.append(exchange);
    m_result.findings.append(answer.findings);
    m_result.refreshed = answer.refreshed;
    m_result.unreachable = answer.unreachable;
    m_result.accessToken = answer.accessToken;
    m_result.refreshToken = answer.refreshToken;
    m_result.expiresAt = answer.expiresAt;
    qCInfo(lcOAuth) << "refresh" << (answer.refreshed ? "worked" : "failed") << "with HTTP" << exchange.status();
    finish();
}

void OAuthRefresh::finish()
{
    if (m_done)
        return;
    m_done = true;
    emit finished(m_result);
}
