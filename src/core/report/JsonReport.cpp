// Implementation of JsonReport.
#include "JsonReport.h"

#include "Redactor.h"
#include "SupportReport.h"

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

QJsonValue JsonReport::redacted(const QJsonValue &value, const Redactor &redactor)
{
    if (value.isString())
        return redactor.redactText(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(redacted(item, redactor));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = redacted(it.value(), redactor);
        return object;
    }
    return value;
}

QJsonObject JsonReport::toJson(const SupportReport &report)
{
    const Redactor redactor = report.redactor();
    QJsonObject json = toJson(report.diagnosis, redactor);
    const auto time = [](const QDateTime &value) {
        return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
    };
    json.insert(u"generated_at"_s, time(report.generatedAt));
    json.insert(u"started_at"_s, time(report.diagnosis.startedAt));
    json.insert(u"program"_s, QJsonObject { { u"name"_s, report.programName },
                                            { u"version"_s, report.programVersion },
                                            { u"os"_s, report.operatingSystem } });
    json.insert(u"user_names_hidden"_s, redactor.hidesUserNames());

    const DiagnosisRequest &request = report.diagnosis.request;
    QJsonObject asked { { u"target"_s, json.value(u"target"_s) },
                        { u"method"_s, QString::fromLatin1(request.method.isEmpty() ? QByteArrayLiteral("GET")
                                                                                    : request.method) },
                        { u"timeout_ms"_s, request.timeoutMs },
                        { u"body_bytes"_s, qint64(request.body.size()) },
                        { u"look_up_status_page"_s, request.lookUpStatusPage } };
    if (request.credential) {
        QJsonObject signIn { { u"scheme"_s, Credential::schemeKey(request.credential->scheme) } };
        if (!request.credential->user.isEmpty())
            signIn.insert(u"user"_s, redactor.redactText(request.credential->user));
        if (!request.credential->placement.isEmpty())
            signIn.insert(u"placement"_s, redactor.redactText(request.credential->placement));
        asked.insert(u"sign_in"_s, signIn);
    } else {
        asked.insert(u"sign_in"_s, QJsonValue(QJsonValue::Null));
    }
    QJsonArray headerNames;
    for (const HttpHeader &header : request.headers.fields())
        headerNames.append(QString::fromLatin1(header.name));
    asked.insert(u"header_names"_s, headerNames);
    if (!request.statusPage.isEmpty())
        asked.insert(u"status_page"_s, redactor.redactText(request.statusPage));
    if (!request.corsOrigin.isEmpty())
        asked.insert(u"cors_origin"_s, redactor.redactText(request.corsOrigin));
    json.insert(u"asked"_s, asked);

    if (report.statusPage)
        json.insert(u"status_page"_s, redacted(report.statusPage->toJson(), redactor));
    return json;
}
