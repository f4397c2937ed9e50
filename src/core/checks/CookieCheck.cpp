// Implementation of CookieCheck.
#include "CookieCheck.h"

#include "Evidence.h"
#include "report/Redactor.h"

#include <QNetworkCookie>

using namespace Qt::Literals::StringLiterals;

namespace {

struct SetCookie
{
    QString name;
    bool emptyValue = false;
    QHash<QString, QString> attributes; // lower-case names; flags map to an empty string
    QString line; // redacted, for quoting
};

SetCookie parseSetCookie(const QByteArray &value)
{
    SetCookie cookie;
    cookie.line = QString::fromLatin1(Redactor::redactHeaderValue("set-cookie", value));
    const QList<QByteArray> parts = value.split(';');
    const QByteArray pair = parts.value(0);
    const qsizetype eq = pair.indexOf('=');
    cookie.name = QString::fromLatin1(eq >= 0 ? pair.left(eq).trimmed() : pair.trimmed());
    cookie.emptyValue = eq < 0 || pair.mid(eq + 1).trimmed().isEmpty() || pair.mid(eq + 1).trimmed() == "\"\"";
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray attribute = parts.at(i).trimmed();
        const qsizetype equals = attribute.indexOf('=');
        const QString name = QString::fromLatin1(equals >= 0 ? attribute.left(equals) : attribute).trimmed().toLower();
        cookie.attributes.insert(name, equals >= 0 ? QString::fromLatin1(attribute.mid(equals + 1)).trimmed() : QString());
    }
    return cookie;
}

bool domainMatches(const QString &host, QString domain)
{
    domain = domain.toLower();
    if (domain.startsWith(u'.'))
        domain.remove(0, 1);
    const QString lowerHost = host.toLower();
    return lowerHost == domain || lowerHost.endsWith(u'.' + domain);
}

// The last two labels of a host name. Without the public suffix list this over-matches names like "co.uk", which
// only makes the third-party warning quieter, never louder.
QString siteOf(const QString &host)
{
    const QStringList labels = host.toLower().split(u'.', Qt::SkipEmptyParts);
    if (labels.size() <= 2)
        return labels.join(u'.');
    return labels.mid(labels.size() - 2).join(u'.');
}

QString humanSpan(qint64 seconds)
{
    const qint64 s = qAbs(seconds);
    if (s < 120)
        return CookieCheck::tr("%n second(s)", nullptr, int(s));
    if (s < 2 * 3600)
        return CookieCheck::tr("%n minute(s)", nullptr, int(s / 60));
    if (s < 2 * 86400)
        return CookieCheck::tr("%n hour(s)", nullptr, int(s / 3600));
    return CookieCheck::tr("%n day(s)", nullptr, int(s / 86400));
}

} // namespace

QString CookieCheck::title() const
{
    return tr("Reading the cookies the site sets");
}

QList<Finding> CookieCheck::analyze(const DiagnosisContext &context) const
{
    const Exchange &exchange = context.firstLook;
    const QUrl target = context.request.target;
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    QList<Finding> findings;
    QStringList lifetimes;
    QStringList lines;

    for (const ExchangeHop &hop : exchange.hops) {
        const QList<QByteArray> values = hop.responseHeaders.values("set-cookie");
        for (const QByteArray &value : values) {
            const SetCookie cookie = parseSetCookie(value);
            if (cookie.name.isEmpty())
                continue;
            lines.append(u"Set-Cookie: "_s + cookie.line + u"  ("_s + hop.url.toDisplayString() + u')');
            const QVariantMap base { { u"name"_s, cookie.name },
                                     { u"host"_s, hop.url.host() },
                                     { u"attribute"_s, cookie.line } };
            const QString quoted = u"Set-Cookie: "_s + cookie.line;

            // A deletion (empty value or Max-Age=0) is how sign-out works; only a live cookie that is already dead is
            // a problem.
            const bool deletion = cookie.emptyValue || cookie.attributes.value(u"max-age"_s) == u"0"_s;
            QDateTime expires;
            if (cookie.attributes.contains(u"max-age"_s)) {
                bool ok = false;
                const qint64 maxAge = cookie.attributes.value(u"max-age"_s).toLongLong(&ok);
                if (ok)
                    expires = now.addSecs(maxAge);
            } else if (cookie.attributes.contains(u"expires"_s)) {
                const QList<QNetworkCookie> parsed = QNetworkCookie::parseCookies(value);
                if (!parsed.isEmpty())
                    expires = parsed.constFirst().expirationDate();
            }
            if (!deletion) {
                if (expires.isValid() && expires <= now) {
                    QVariantMap facts = base;
                    facts.insert(u"ago"_s, humanSpan(expires.secsTo(now)));
                    findings.append(Finding::make(u"cookies.expired"_s, facts, quoted));
                }
                lifetimes.append(expires.isValid() ? tr("%1: expires in %2").arg(cookie.name, humanSpan(now.secsTo(expires)))
                                                   : tr("%1: until the browser closes").arg(cookie.name));
            }
            const bool secure = cookie.attributes.contains(u"secure"_s);
            if (secure && hop.url.scheme() == u"http"_s)
                findings.append(Finding::make(u"cookies.secure-over-http"_s, base, quoted));
            if (cookie.attributes.value(u"samesite"_s).compare(u"none"_s, Qt::CaseInsensitive) == 0 && !secure)
                findings.append(Finding::make(u"cookies.samesite-none-insecure"_s, base, quoted));
            const QString domain = cookie.attributes.value(u"domain"_s);
            if (!domain.isEmpty() && !domainMatches(target.host(), domain)) {
                QVariantMap facts = base;
                facts.insert(u"domain"_s, domain);
                facts.insert(u"target"_s, target.host());
                findings.append(Finding::make(u"cookies.domain-mismatch"_s, facts, quoted));
            } else if (domain.isEmpty() && hop.url.host().compare(target.host(), Qt::CaseInsensitive) != 0
                       && siteOf(hop.url.host()) != siteOf(target.host())) {
                QVariantMap facts = base;
                facts.insert(u"target"_s, target.host());
                findings.append(Finding::make(u"cookies.third-party"_s, facts, quoted));
            }
            const QString path = cookie.attributes.value(u"path"_s);
            const QString targetPath = target.path().isEmpty() ? u"/"_s : target.path();
            if (!deletion && path.startsWith(u'/') && path != u"/"_s && !targetPath.startsWith(path)) {
                QVariantMap facts = base;
                facts.insert(u"path"_s, path);
                facts.insert(u"target"_s, targetPath);
                findings.append(Finding::make(u"cookies.path-mismatch"_s, facts, quoted));
            }
        }
    }
    if (!lifetimes.isEmpty()) {
        findings.prepend(Finding::make(u"cookies.set"_s, { { u"cookies"_s, lifetimes.join(u"; "_s) },
                                                            { u"count"_s, int(lifetimes.size()) } },
                                       lines.join(u'\n')));
    }
    return findings;
}
