// Implementation of JsonReport.
#include "JsonReport.h"

#include "Redactor.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonArray headersJson(const HttpHeaders &headers, const Redactor &redactor)
{
    QJsonArray array;
    for (const HttpHeader &header : headers.fields()) {
        const QString value = QString::fromLatin1(Redactor::redactHeaderValue(header.name, header.value));
        array.append(QJsonObject { { u"name"_s, QString::fromLatin1(header.name) },
                                   { u"value"_s, redactor.redactText(value) } });
    }
    return array;
}

} // namespace

QJsonObject JsonReport::toJson(const DiagnosisResult &result, const Redactor &redactor)
{
    QJsonArray findings;
    for (const Finding &finding : result.findings) {
        QJsonArray steps;
        for (const QString &step : finding.nextSteps)
            steps.append(redactor.redactText(step));
        findings.append(QJsonObject { { u"id"_s, finding.id },
                                      { u"severity"_s, severityKey(finding.severity) },
                                      { u"audience"_s, audienceKey(finding.audience) },
                                      { u"title"_s, redactor.redactText(finding.title) },
                                      { u"explanation"_s, redactor.redactText(finding.explanation) },
                                      { u"next_steps"_s, steps },
                                      { u"technical"_s, redactor.redactText(finding.technical) } });
    }

    QJsonArray exchanges;
    for (const Exchange &exchange : result.exchanges) {
        for (const ExchangeHop &hop : exchange.hops) {
            exchanges.append(QJsonObject {
                { u"method"_s, QString::fromLatin1(hop.method) },
                { u"url"_s, redactor.redactText(Redactor::redactUrl(hop.url).toString()) },
                { u"status"_s, hop.status },
                { u"elapsed_ms"_s, hop.timings.totalMs },
                { u"request_headers"_s, headersJson(hop.requestHeaders, redactor) },
                { u"response_headers"_s, headersJson(hop.responseHeaders, redactor) } });
        }
    }

    return QJsonObject {
        { u"target"_s, redactor.redactText(Redactor::redactUrl(result.request.target).toString()) },
        { u"verdict"_s,
          QJsonObject { { u"id"_s, result.verdict.id },
                        { u"title"_s, redactor.redactText(result.verdict.title) },
                        { u"first_step"_s, redactor.redactText(result.verdict.firstStep) } } },
        { u"cancelled"_s, result.cancelled },
        { u"elapsed_ms"_s, result.elapsedMs },
        { u"findings"_s, findings },
        { u"exchanges"_s, exchanges },
    };
}
