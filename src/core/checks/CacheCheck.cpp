// Implementation of CacheCheck.
#include "CacheCheck.h"

#include "Evidence.h"
#include "http/LoginPage.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

// Whether Cache-Control lets a shared or private cache keep this answer.
bool cacheable(const QByteArray &cacheControl)
{
    const QByteArray lower = cacheControl.toLower();
    if (lower.contains("no-store") || lower.contains("no-cache") || lower.contains("private"))
        return false;
    static const QRegularExpression lifetime(u"(s-maxage|max-age)\\s*=\\s*\"?([1-9][0-9]*)"_s);
    return lower.contains("public") || lifetime.match(QString::fromLatin1(lower)).hasMatch();
}

} // namespace

QString CacheCheck::title() const
{
    return tr("Looking for cached answers");
}

QList<Finding> CacheCheck::analyze(const DiagnosisContext &context) const
{
    const Exchange &exchange = context.firstLook;
    if (!exchange.isAnswered())
        return {};
    const ExchangeHop &hop = exchange.finalHop();
    const HttpHeaders &headers = hop.responseHeaders;
    const bool refusal = hop.status == 401 || hop.status == 403 || hop.status == 407;
    const bool loginPage = hop.status == 200 && LoginPage::hasPasswordField(exchange.body);
    if (!refusal && !loginPage && hop.status != 304)
        return {};

    QStringList signs;
    if (hop.fromCache)
        signs.append(tr("the answer came from Auth Doctor's own cache"));
    bool ageOk = false;
    const int age = headers.value("age").trimmed().toInt(&ageOk);
    if (ageOk && age > 0)
        signs.append(tr("Age: %1 (a cache kept it for %n second(s))", nullptr, age).arg(age));
    static const QList<QByteArray> cacheStatusFields = { "x-cache", "x-cache-status", "cf-cache-status",
                                                         "x-proxy-cache", "x-varnish-cache" };
    for (const HttpHeader &header : headers.fields()) {
        if (cacheStatusFields.contains(header.name.toLower()) && header.value.toUpper().contains("HIT"))
            signs.append(QString::fromLatin1(header.name) + u": "_s + QString::fromLatin1(header.value));
    }
    const QByteArray cacheControl = headers.value("cache-control");
    const bool serverAllowsCaching = refusal && cacheable(cacheControl);
    if (serverAllowsCaching)
        signs.append(u"Cache-Control: "_s + QString::fromLatin1(cacheControl));
    if (hop.status == 304)
        signs.append(tr("304 Not Modified: the client's cached copy was reused"));
    if (signs.isEmpty())
        return {};

    const QVariantMap facts { { u"status"_s, hop.status },
                              { u"signs"_s, signs.join(u"; "_s) },
                              { u"serverAllowsCaching"_s, serverAllowsCaching },
                              { u"loginPage"_s, loginPage } };
    return { Finding::make(u"cache.stale"_s, facts,
                           Evidence::statusLine(hop) + u'\n' + signs.join(u'\n')) };
}
