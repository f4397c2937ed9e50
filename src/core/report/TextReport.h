// The plain-text form of a diagnosis, for the terminal and for plain-text reports.
#pragma once

#include "diagnosis/DiagnosisResult.h"
#include "statuspage/StatusPageResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Redactor;
struct SupportReport;

class TextReport
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)

public:
    // withTechnical: include each finding's technical detail, indented.
    static QString toText(const DiagnosisResult &result, const Redactor &redactor, bool withTechnical);
    // The whole report for support: what was asked, when, program and system, verdict, every finding with its
    // technical detail, the status page's answer, and every exchange with its headers and timings. Redacted.
    static QString toText(const SupportReport &report);

    // "[problem]", "[warning]", ... translated.
    static QString severityLabel(Severity severity);
    // "operational", "degraded", "outage", "maintenance", "unknown", translated.
    static QString stateLabel(StatusPageState state);
    // "operational", "degraded performance", "partial outage", "major outage", "maintenance", "unknown", translated.
    static QString componentStatusLabel(StatusPageComponentStatus status);

    // One finding: severity, title and id, explanation, next steps, and (withTechnical) the evidence, indented.
    static QStringList findingLines(const Finding &finding, const Redactor &redactor, bool withTechnical);
    // A status page's answer: its state, affected components (sign-in ones first), unresolved incidents with their
    // latest update, maintenance windows in local time; or why there is none. Not indented.
    static QStringList statusPageLines(const StatusPageResult &result, const Redactor &redactor);
    // One exchange: each hop's request line, status, timings, and its request and response headers (redacted).
    static QStringList exchangeLines(const Exchange &exchange, const Redactor &redactor);
    // "connect 12 ms, first byte 30 ms, total 31 ms" for what was measured.
    static QString timingText(const ExchangeTimings &timings);
};
