// Implementation of SignInCheck.
#include "SignInCheck.h"

#include "Evidence.h"
#include "Logging.h"
#include "ReachabilityCheck.h"
#include "http/BasicAuthorization.h"
#include "http/DigestAuthorization.h"
#include "http/HttpStatus.h"
#include "net/Probe.h"
#include "net/ProbeSession.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isPasswordScheme(Credential::Scheme scheme)
{
    return scheme == Credential::Scheme::Basic || scheme == Credential::Scheme::Digest
        || scheme == Credential::Scheme::Ntlm || scheme == Credential::Scheme::Negotiate
        || scheme == Credential::Scheme::Other;
}

const AuthChallenge *firstOf(const QList<AuthChallenge> &challenges, const QString &schemeKey)
{
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.schemeKey() == schemeKey)
            return &challenge;
    }
    return nullptr;
}

// Words servers put in a 401 body when the account, not the password, is the problem.
bool mentionsLockout(const QByteArray &body)
{
    static const QRegularExpression lockout(
        u"locked out|account (is |has been )?(locked|disabled|suspended)|too many (failed |unsuccessful )?"
        "(login |log-in |sign-?in |authentication )?attempts|temporarily (locked|blocked|disabled)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return lockout.match(QString::fromUtf8(body.left(16 * 1024))).hasMatch();
}

bool mentionsExpiredPassword(const QByteArray &body)
{
    static const QRegularExpression expired(u"password (has )?expired|expired password|must change (your )?password"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return expired.match(QString::fromUtf8(body.left(16 * 1024))).hasMatch();
}

bool hasOuterWhitespace(const QString &text)
{
    return !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
}

// Every letter in capitals, and enough of them to mean something: the mark Caps Lock leaves on a password.
bool looksLikeCapsLock(const QString &secret)
{
    int letters = 0;
    for (const QChar c : secret) {
        if (!c.isLetter())
            continue;
        if (!c.isUpper())
            return false;
        ++letters;
    }
    return letters >= 3;
}

} // namespace

SignInCheck::~SignInCheck() = default;

SignInCheck::Plan SignInCheck::plan(const Credential &credential, const QList<AuthChallenge> &challenges)
{
    Plan result;
    if (credential.scheme == Credential::Scheme::Bearer) {
        result.method = Method::Bearer;
        result.label = tr("a Bearer token");
        return result;
    }
    if (credential.scheme == Credential::Scheme::ApiKey) {
        result.method = Method::ApiKeyHeader;
        result.label = tr("an API key in the %1 header")
                           .arg(credential.placement.isEmpty() ? u"X-API-Key"_s : credential.placement);
        return result;
    }
    if (!isPasswordScheme(credential.scheme))
        return result;

    // A browser picks the strongest scheme the server offers; so do we, so that the test matches what it does.
    if (firstOf(challenges, u"negotiate"_s) && !firstOf(challenges, u"ntlm"_s)) {
        result.method = Method::Negotiate;
        result.label = tr("Kerberos (Negotiate)");
        return result;
    }
    if (firstOf(challenges, u"ntlm"_s)) {
        result.method = Method::Ntlm;
        result.label = tr("NTLM");
        return result;
    }
    if (const std::optional<AuthChallenge> digest = DigestAuthorization::strongest(challenges)) {
        result.challenge = *digest;
        const DigestAuthorization::Algorithm algorithm =
            DigestAuthorization::algorithmFrom(digest->param(u"algorithm"_s));
        const bool utf8 = digest->param(u"charset"_s).compare(u"UTF-8"_s, Qt::CaseInsensitive) == 0;
        // Qt 6.4 computes Digest with MD5 only, and without charset or userhash support.
        const bool qtCan = algorithm == DigestAuthorization::Algorithm::Md5 && !utf8
            && digest->param(u"userhash"_s).compare(u"true"_s, Qt::CaseInsensitive) != 0
            && BasicAuthorization::fitsLatin1(credential.user, credential.secret);
        result.method = qtCan ? Method::DigestQt : Method::DigestOwn;
        result.label = tr("Digest %1").arg(DigestAuthorization::algorithmName(algorithm));
        return result;
    }
    const AuthChallenge *basic = firstOf(challenges, u"basic"_s);
    const bool utf8Asked = basic && basic->param(u"charset"_s).compare(u"UTF-8"_s, Qt::CaseInsensitive) == 0;
    // With no challenge at all (many JSON APIs answer a bare 401), Basic is what a client would send first.
    if (basic || challenges.isEmpty()) {
        if (basic)
            result.challenge = *basic;
        if (utf8Asked || !BasicAuthorization::fitsLatin1(credential.user, credential.secret)) {
            result.method = Method::BasicUtf8;
            result.label = tr("Basic (UTF-8)");
        } else {
            result.method = Method::BasicQt;
            result.label = tr("Basic");
        }
    }
    return result;
}

QString SignInCheck::title() const
{
    return tr("Testing the sign-in");
}

QVariantMap SignInCheck::baseFacts() const
{
    const QString kind = m_plan.method == Method::Bearer ? u"token"_s
        : m_plan.method == Method::ApiKeyHeader         ? u"key"_s
                                                         : u"password"_s;
    return { { u"host"_s, m_context.request.target.host() },
             { u"user"_s, m_credential.user },
             { u"method"_s, m_plan.label },
             { u"kind"_s, kind } };
}

void SignInCheck::start(const DiagnosisContext &context)
{
    m_context = context;
    m_credential = context.request.credential.value_or(Credential());
    const QList<AuthChallenge> challenges =
        AuthChallenge::parse(context.firstLook.responseHeaders().values("www-authenticate")).challenges;
    m_plan = plan(m_credential, challenges);

    if (m_plan.method == Method::None || !context.firstLook.isAnswered()) {
        emit finished({}, {});
        return;
    }
    if (context.request.target.scheme() != u"https"_s && !context.request.allowInsecureHttp) {
        emit finished({ Finding::make(u"credentials.insecure-transport"_s, baseFacts(),
                                      tr("Not sent to %1: plain http, and sending over http was not allowed.")
                                          .arg(context.request.target.toDisplayString())) },
                      {});
        return;
    }
    m_session = new ProbeSession(this);
    m_session->setExtraCaCertificates(context.session ? context.session->sslConfiguration().caCertificates()
                                                      : QList<QSslCertificate>());
    send(m_plan.challenge);
}

void SignInCheck::send(const AuthChallenge &digestChallenge)
{
    ProbeRequest request;
    request.url = m_context.request.target;
    request.method = m_context.request.method;
    request.body = m_context.request.body;
    request.headers = m_context.request.headers;
    request.timeoutMs = m_context.request.timeoutMs;
    const QString &user = m_credential.user;
    const QString &secret = m_credential.secret;
    // The secret under test replaces whatever credential the request already carried (a pasted command's header):
    // two Authorization headers would test neither.
    const QByteArray keyHeader =
        m_credential.placement.isEmpty() ? QByteArray("X-API-Key") : m_credential.placement.toLatin1();
    request.headers.remove("Authorization");
    if (m_plan.method == Method::ApiKeyHeader)
        request.headers.remove(keyHeader);
    switch (m_plan.method) {
    case Method::BasicQt:
    case Method::DigestQt:
    case Method::Ntlm:
    case Method::Negotiate:
        request.authenticator = { true, user, secret };
        break;
    case Method::BasicUtf8:
        request.headers.append("Authorization", BasicAuthorization::headerValue(user, secret, true));
        break;
    case Method::DigestOwn: {
        DigestAuthorization::Input input;
        input.user = user;
        input.password = secret;
        input.method = QString::fromLatin1(request.method);
        input.uri = QString::fromUtf8(request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority
                                                            | QUrl::RemoveFragment));
        input.challenge = digestChallenge;
        request.headers.append("Authorization", DigestAuthorization::headerValue(input));
        break;
    }
    case Method::Bearer:
        request.headers.append("Authorization", "Bearer " + secret.toUtf8());
        break;
    case Method::ApiKeyHeader:
        request.headers.append(keyHeader, secret.toUtf8());
        break;
    case Method::None:
        break;
    }
    qCInfo(lcChecks) << "sign-in test with" << m_plan.label << "for" << Credential::originOf(request.url);
    m_probe = new Probe(m_session, this);
    connect(m_probe, &Probe::finished, this, &SignInCheck::onProbeFinished);
    m_probe->start(request);
}

void SignInCheck::cancel()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
    }
}

void SignInCheck::onProbeFinished(const Exchange &exchange)
{
    if (m_probe)
        m_probe->deleteLater();
    // A stale nonce is the protocol asking for a fresh one, not a refused password (RFC 7616 §3.3): one more try with
    // the new nonce is the same test.
    if (m_plan.method == Method::DigestOwn && !m_staleRetried && exchange.status() == 401) {
        const QList<AuthChallenge> challenges =
            AuthChallenge::parse(exchange.responseHeaders().values("www-authenticate")).challenges;
        const std::optional<AuthChallenge> fresh = DigestAuthorization::strongest(challenges);
        if (fresh && fresh->param(u"stale"_s).compare(u"true"_s, Qt::CaseInsensitive) == 0) {
            m_staleRetried = true;
            send(*fresh);
            return;
        }
    }
    emit finished(judge(exchange), { exchange });
}

QList<Finding> SignInCheck::judge(const Exchange &exchange) const
{
    if (!exchange.isAnswered()) {
        DiagnosisContext context = m_context;
        context.firstLook = exchange;
        return ReachabilityCheck().analyze(context);
    }
    QVariantMap facts = baseFacts();
    const int status = exchange.status();
    facts.insert(u"status"_s, status);
    QStringList technical { Evidence::chain(exchange) };
    const QString sent = Evidence::headerLines(exchange.hops.constFirst().requestHeaders,
                                               { "authorization", "x-api-key", "api-key",
                                                 m_credential.placement.toLatin1() });
    if (!sent.isEmpty())
        technical.append(tr("Sent: %1").arg(sent));
    if (exchange.authenticationPrompts > 0)
        technical.append(tr("The server asked for credentials %n time(s).", nullptr, exchange.authenticationPrompts));
    const QString challengeLines = Evidence::headerLines(exchange.responseHeaders(), { "www-authenticate" });
    if (!challengeLines.isEmpty())
        technical.append(challengeLines);
    const QString evidence = technical.join(u'\n');

    const QByteArray retryAfter = exchange.responseHeaders().value("retry-after").trimmed();
    if (!retryAfter.isEmpty()) {
        bool isNumber = false;
        const int seconds = retryAfter.toInt(&isNumber);
        facts.insert(u"retryAfter"_s, isNumber ? tr("%n second(s)", nullptr, seconds) : QString::fromLatin1(retryAfter));
    }

    if (status >= 200 && status < 400)
        return { Finding::make(u"credentials.accepted"_s, facts, evidence) };
    if (status == 403)
        return { Finding::make(u"credentials.forbidden"_s, facts, evidence) };
    if (status == 423 || status == 429 || (status == 401 && mentionsLockout(exchange.body)))
        return { Finding::make(u"credentials.locked"_s, facts, evidence) };
    if (status == 401) {
        if (m_plan.method == Method::Negotiate)
            return { Finding::make(u"credentials.negotiate-unavailable"_s, facts, evidence) };
        QStringList reasons;
        if (hasOuterWhitespace(m_credential.user) || hasOuterWhitespace(m_credential.secret))
            reasons.append(u"whitespace"_s);
        if (looksLikeCapsLock(m_credential.secret))
            reasons.append(u"caps"_s);
        if (m_plan.method == Method::Ntlm && !m_credential.user.contains(u'\\') && !m_credential.user.contains(u'@'))
            reasons.append(u"domain"_s);
        if (m_plan.method == Method::BasicUtf8 && !BasicAuthorization::fitsLatin1(m_credential.user, m_credential.secret)
            && !m_plan.challenge.hasParam(u"charset"_s))
            reasons.append(u"encoding"_s);
        if (mentionsExpiredPassword(exchange.body))
            reasons.append(u"expired"_s);
        facts.insert(u"reasons"_s, reasons);
        return { Finding::make(u"credentials.rejected"_s, facts, evidence) };
    }
    facts.insert(u"reason"_s, QString::fromLatin1(HttpStatus::reasonPhrase(status)));
    return { Finding::make(HttpStatus::findingId(status), facts, evidence) };
}
