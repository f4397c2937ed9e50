// Implementation of ReachabilityCheck.
#include "ReachabilityCheck.h"

#include "Evidence.h"

using namespace Qt::Literals::StringLiterals;

QString ReachabilityCheck::title() const
{
    return tr("Reaching the server");
}

QList<Finding> ReachabilityCheck::analyze(const DiagnosisContext &context) const
{
    const Exchange &exchange = context.firstLook;
    const QUrl url = exchange.hops.isEmpty() ? context.request.target : exchange.finalUrl();
    QVariantMap facts { { u"host"_s, url.host() },
                        { u"port"_s, url.port(url.scheme() == u"https"_s ? 443 : 80) },
                        { u"error"_s, exchange.errorString },
                        { u"url"_s, context.request.target.toDisplayString() },
                        { u"seconds"_s, qMax(1, context.request.timeoutMs / 1000) } };

    QStringList technical;
    if (!exchange.hops.isEmpty())
        technical.append(Evidence::chain(exchange));
    if (!exchange.errorString.isEmpty())
        technical.append(tr("Network error %1: %2").arg(exchange.networkError).arg(exchange.errorString));
    for (const QString &tlsError : exchange.tlsErrors)
        technical.append(tr("TLS: %1").arg(tlsError));
    if (!exchange.hops.isEmpty() && exchange.finalHop().timings.totalMs >= 0)
        technical.append(Evidence::timings(exchange.finalHop().timings));
    const QString evidence = technical.join(u'\n');

    switch (exchange.outcome) {
    case Exchange::Outcome::Answered:
        return { Finding::make(u"reach.ok"_s, facts, evidence) };
    case Exchange::Outcome::BadUrl:
        return { Finding::make(u"reach.bad-url"_s, facts, evidence) };
    case Exchange::Outcome::DnsFailed:
        return { Finding::make(u"reach.dns-failed"_s, facts, evidence) };
    case Exchange::Outcome::Refused:
        return { Finding::make(u"reach.refused"_s, facts, evidence) };
    case Exchange::Outcome::Timeout:
        return { Finding::make(u"reach.timeout"_s, facts, evidence) };
    case Exchange::Outcome::TlsError:
        return { Finding::make(u"reach.tls-error"_s, facts, evidence) };
    case Exchange::Outcome::Failed:
        return { Finding::make(u"reach.failed"_s, facts, evidence) };
    case Exchange::Outcome::Cancelled:
        break;
    }
    return {};
}
