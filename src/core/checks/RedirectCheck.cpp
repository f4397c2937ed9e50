// Implementation of RedirectCheck.
#include "RedirectCheck.h"

#include "Evidence.h"

using namespace Qt::Literals::StringLiterals;

namespace {
QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toDisplayString();
}
} // namespace

QString RedirectCheck::title() const
{
    return tr("Following redirects");
}

QList<Finding> RedirectCheck::analyze(const DiagnosisContext &context) const
{
    const Exchange &exchange = context.firstLook;
    if (exchange.hops.isEmpty())
        return {};
    const QString chain = Evidence::chain(exchange);
    QList<Finding> findings;

    for (qsizetype i = 1; i < exchange.hops.size(); ++i) {
        const ExchangeHop &from = exchange.hops.at(i - 1);
        const ExchangeHop &to = exchange.hops.at(i);
        if (from.url.scheme() == u"https"_s && to.url.scheme() == u"http"_s) {
            findings.append(Finding::make(u"redirect.to-http"_s,
                                          { { u"from"_s, from.url.toDisplayString() },
                                            { u"to"_s, to.url.toDisplayString() } },
                                          chain));
            break; // the first downgrade is the one to fix
        }
    }
    for (qsizetype i = 1; i < exchange.hops.size(); ++i) {
        const ExchangeHop &hop = exchange.hops.at(i);
        if (hop.droppedCredentialHeaders.isEmpty())
            continue;
        QStringList names;
        for (const QByteArray &name : hop.droppedCredentialHeaders)
            names.append(QString::fromLatin1(name));
        findings.append(Finding::make(u"redirect.auth-dropped"_s,
                                      { { u"from"_s, originOf(exchange.hops.constFirst().url) },
                                        { u"to"_s, originOf(hop.url) },
                                        { u"headers"_s, names.join(u", "_s) } },
                                      chain));
        break;
    }
    switch (exchange.redirectEnd) {
    case Exchange::RedirectEnd::Loop:
    case Exchange::RedirectEnd::TooManyHops:
        findings.append(Finding::make(u"redirect.loop"_s, { { u"hops"_s, int(exchange.hops.size()) } }, chain));
        break;
    case Exchange::RedirectEnd::InvalidLocation:
        findings.append(Finding::make(
            u"redirect.bad-location"_s,
            { { u"status"_s, exchange.status() },
              { u"location"_s, QString::fromLatin1(exchange.responseHeaders().value("location")) } },
            chain));
        break;
    case Exchange::RedirectEnd::None:
        break;
    }
    return findings;
}
