// Implementation of StatusCheck.
#include "StatusCheck.h"

#include "Evidence.h"
#include "http/HttpStatus.h"

using namespace Qt::Literals::StringLiterals;

QString StatusCheck::title() const
{
    return tr("Reading the server's answer");
}

QList<Finding> StatusCheck::analyze(const DiagnosisContext &context) const
{
    const Exchange &exchange = context.firstLook;
    if (!exchange.isAnswered())
        return {};
    const ExchangeHop &hop = exchange.finalHop();
    const QByteArray reason = hop.reason.isEmpty() ? HttpStatus::reasonPhrase(hop.status) : hop.reason;
    QVariantMap facts { { u"status"_s, hop.status },
                        { u"reason"_s, QString::fromLatin1(reason) },
                        { u"host"_s, hop.url.host() } };
    const QByteArray retryAfter = hop.responseHeaders.value("retry-after");
    if (!retryAfter.isEmpty()) {
        bool isNumber = false;
        const int seconds = retryAfter.trimmed().toInt(&isNumber);
        facts.insert(u"retryAfter"_s, isNumber ? tr("%n second(s)", nullptr, seconds) : QString::fromLatin1(retryAfter));
    }
    QString technical = Evidence::statusLine(hop);
    const QString headers = Evidence::headerLines(
        hop.responseHeaders,
        { "www-authenticate", "proxy-authenticate", "retry-after", "location", "server", "date", "content-type" });
    if (!headers.isEmpty())
        technical += u'\n' + headers;
    return { Finding::make(HttpStatus::findingId(hop.status), facts, technical) };
}
