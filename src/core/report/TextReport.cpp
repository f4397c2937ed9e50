// Implementation of TextReport.
#include "TextReport.h"

#include "Redactor.h"
#include "SupportReport.h"
#include "http/HttpStatus.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

QString indented(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line.prepend(prefix);
    return lines.join(u'\n');
}

QString localTime(const QDateTime &time)
{
    return StatusPageResult::localTimeText(time);
}

QString heading(const QString &title)
{
    return title + u'\n' + QString(title.size(), u'-');
}

} // namespace

QString TextReport::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return tr("[ok]");
    case Severity::Info:
        return tr("[info]");
    case Severity::Warning:
        return tr("[warning]");
    case Severity::Problem:
        return tr("[problem]");
    }
    return {};
}

QString TextReport::stateLabel(StatusPageState state)
{
    switch (state) {
    case StatusPageState::Operational:
        return tr("operational");
    case StatusPageState::Degraded:
        return tr("degraded");
    case StatusPageState::Outage:
        return tr("outage");
    case StatusPageState::Maintenance:
        return tr("maintenance");
    case StatusPageState::Unknown:
        break;
    }
    return tr("unknown");
}

QString TextReport::componentStatusLabel(StatusPageComponentStatus status)
{
    switch (status) {
    case StatusPageComponentStatus::Operational:
        return tr("operational");
    case StatusPageComponentStatus::Degraded:
        return tr("degraded performance");
    case StatusPageComponentStatus::PartialOutage:
        return tr("partial outage");
    case StatusPageComponentStatus::MajorOutage:
        return tr("major outage");
    case StatusPageComponentStatus::Maintenance:
        return tr("maintenance");
    case StatusPageComponentStatus::Unknown:
        break;
    }
    return tr("unknown");
}

QString TextReport::timingText(const ExchangeTimings &timings)
{
    QStringList parts;
    const auto add = [&parts](const QString &label, qint64 ms) {
        if (ms >= 0)
            parts.append(tr("%1 %2 ms").arg(label).arg(ms));
    };
    add(timings.tlsDoneMs >= 0 ? tr("DNS, connect and TLS") : tr("DNS and connect"), timings.connectMs());
    add(tr("first byte"), timings.firstByteMs);
    add(tr("total"), timings.totalMs);
    return parts.join(u", "_s);
}

QStringList TextReport::findingLines(const Finding &finding, const Redactor &redactor, bool withTechnical)
{
    QStringList out;
    out.append(
        severityLabel(finding.severity) + u' ' + redactor.redactText(finding.title) + u"  ("_s + finding.id + u')');
    if (!finding.explanation.isEmpty())
        out.append(indented(redactor.redactText(finding.explanation), u"    "_s));
    if (!finding.nextSteps.isEmpty()) {
        out.append(u"    "_s + tr("What to do:"));
        for (const QString &step : finding.nextSteps)
            out.append(u"      - "_s + redactor.redactText(step));
    }
    if (withTechnical && !finding.technical.isEmpty()) {
        out.append(u"    "_s + tr("Technical detail:"));
        out.append(indented(redactor.redactText(finding.technical), u"      "_s));
    }
    return out;
}

QString TextReport::toText(const DiagnosisResult &result, const Redactor &redactor, bool withTechnical)
{
    QStringList out;
    out.append(tr("Auth Doctor %1: %2")
                   .arg(QStringLiteral(AUTHDOCTOR_VERSION),
                       redactor.redactText(Redactor::redactUrl(result.request.target).toDisplayString())));
    if (result.cancelled)
        out.append(tr("The diagnosis was cancelled before it finished."));
    if (result.verdict.isValid()) {
        out.append(QString());
        out.append(tr("Verdict: %1").arg(redactor.redactText(result.verdict.title)));
        if (!result.verdict.firstStep.isEmpty())
            out.append(tr("First step: %1").arg(redactor.redactText(result.verdict.firstStep)));
    }
    for (const Finding &finding : result.findings) {
        out.append(QString());
        out.append(findingLines(finding, redactor, withTechnical));
    }
    out.append(QString());
    return out.join(u'\n');
}

QStringList TextReport::statusPageLines(const StatusPageResult &result, const Redactor &redactor)
{
    const auto r = [&redactor](const QString &text) {
        return redactor.redactText(text);
    };
    QStringList out;
    const QList<Finding> findings = result.findings();
    if (!findings.isEmpty())
        out.append(severityLabel(findings.constFirst().severity) + u' ' + r(findings.constFirst().title));
    if (!result.isFound()) {
        if (!findings.isEmpty())
            out.append(indented(r(findings.constFirst().explanation), u"    "_s));
        if (!result.tried.isEmpty()) {
            out.append(tr("Addresses tried:"));
            for (const QUrl &address : result.tried)
                out.append(u"  - "_s + redactor.redactUrlText(address));
        }
        if (!result.error.isEmpty())
            out.append(tr("Last error: %1").arg(r(result.error)));
        return out;
    }

    const StatusPageReport &report = result.report;
    QString state = stateLabel(report.state);
    if (!report.stateText.isEmpty())
        state += u" (\""_s + r(report.stateText) + u"\")"_s;
    out.append(tr("State: %1").arg(state));
    out.append(tr("Status page: %1").arg(redactor.redactUrlText(result.pageUrl)));
    if (report.updatedAt.isValid())
        out.append(tr("Page updated: %1").arg(localTime(report.updatedAt)));
    out.append(tr("Read: %1%2")
                   .arg(localTime(result.checkedAt),
                       result.fromCache ? QString(u" "_s + tr("(from the last minute's answer)")) : QString()));

    const QList<StatusPageComponent> affected = report.affectedComponents();
    if (affected.isEmpty()) {
        out.append(tr("Affected components: none"));
    } else {
        out.append(tr("Affected components:"));
        for (const StatusPageComponent &component : affected) {
            QString line = u"  - "_s + r(component.name);
            if (!component.group.isEmpty())
                line += u" ("_s + r(component.group) + u')';
            line += u": "_s + componentStatusLabel(component.status);
            if (component.concernsSignIn())
                line += u"  "_s + tr("[sign-in]");
            out.append(line);
        }
    }

    const QList<StatusPageIncident> incidents = report.incidentsSignInFirst();
    if (incidents.isEmpty()) {
        out.append(tr("Incidents: none"));
    } else {
        out.append(tr("Incidents:"));
        for (const StatusPageIncident &incident : incidents) {
            QStringList words;
            if (!incident.status.isEmpty())
                words.append(r(incident.status));
            if (!incident.impact.isEmpty())
                words.append(tr("impact %1").arg(r(incident.impact)));
            QString line = u"  - "_s + r(incident.name);
            if (!words.isEmpty())
                line += u" ["_s + words.join(u", "_s) + u']';
            if (incident.concernsSignIn())
                line += u"  "_s + tr("[sign-in]");
            out.append(line);
            const QDateTime updated = incident.updatedAt.isValid() ? incident.updatedAt : incident.startedAt;
            if (updated.isValid())
                out.append(u"      "_s + tr("Latest update, %1:").arg(localTime(updated)));
            if (!incident.latestUpdate.isEmpty())
                out.append(indented(r(incident.latestUpdate.simplified()), u"      "_s));
            if (!incident.components.isEmpty())
                out.append(u"      "_s + tr("Affects: %1").arg(r(incident.components.join(u", "_s))));
            if (!incident.url.isEmpty())
                out.append(u"      "_s + redactor.redactUrlText(incident.url));
        }
    }

    const QList<StatusPageMaintenance> maintenances = report.maintenancesInOrder();
    if (maintenances.isEmpty()) {
        out.append(tr("Maintenance: none planned"));
    } else {
        out.append(tr("Maintenance (your time):"));
        for (const StatusPageMaintenance &maintenance : maintenances) {
            QString when = localTime(maintenance.start);
            if (maintenance.end.isValid())
                when = tr("%1 to %2").arg(when, localTime(maintenance.end));
            QString line = u"  - "_s + r(maintenance.name) + u": "_s + (when.isEmpty() ? tr("time not given") : when);
            if (maintenance.inProgress)
                line += u"  "_s + tr("[under way]");
            out.append(line);
            if (!maintenance.components.isEmpty())
                out.append(u"      "_s + tr("Affects: %1").arg(r(maintenance.components.join(u", "_s))));
        }
    }
    return out;
}

QStringList TextReport::exchangeLines(const Exchange &exchange, const Redactor &redactor)
{
    QStringList out;
    for (int i = 0; i < exchange.hops.size(); ++i) {
        const ExchangeHop &hop = exchange.hops.at(i);
        QString line = (i == 0 ? QString() : tr("redirect %1: ").arg(i)) + QString::fromLatin1(hop.method) + u' '
            + redactor.redactUrlText(hop.url) + u" -> "_s;
        if (hop.status > 0) {
            const QByteArray reason = hop.reason.isEmpty() ? HttpStatus::reasonPhrase(hop.status) : hop.reason;
            line += u"HTTP "_s + QString::number(hop.status) + u' ' + redactor.redactText(QString::fromLatin1(reason));
        } else {
            line += tr("no HTTP answer");
        }
        if (hop.fromCache)
            line += u" "_s + tr("(from the program's cache)");
        out.append(line);
        const QString timing = timingText(hop.timings);
        if (!timing.isEmpty())
            out.append(u"    "_s + tr("Timings: %1").arg(timing));
        if (!hop.droppedCredentialHeaders.isEmpty()) {
            QStringList names;
            for (const QByteArray &name : hop.droppedCredentialHeaders)
                names.append(QString::fromLatin1(name));
            out.append(u"    "_s + tr("Not sent on this hop: %1").arg(names.join(u", "_s)));
        }
        if (!hop.requestHeaders.isEmpty()) {
            out.append(u"    "_s + tr("Request headers:"));
            for (const HttpHeader &header : hop.requestHeaders.fields())
                out.append(u"      "_s + QString::fromLatin1(header.name) + u": "_s
                    + redactor.redactHeader(header.name, header.value));
        }
        if (!hop.responseHeaders.isEmpty()) {
            out.append(u"    "_s + tr("Response headers:"));
            for (const HttpHeader &header : hop.responseHeaders.fields())
                out.append(u"      "_s + QString::fromLatin1(header.name) + u": "_s
                    + redactor.redactHeader(header.name, header.value));
        }
    }
    if (!exchange.isAnswered() && !exchange.errorString.isEmpty())
        out.append(u"    "_s + tr("Network error: %1").arg(redactor.redactText(exchange.errorString)));
    for (const QString &error : exchange.tlsErrors)
        out.append(u"    "_s + tr("TLS: %1").arg(redactor.redactText(error)));
    return out;
}

QString TextReport::toText(const SupportReport &report)
{
    const Redactor redactor = report.redactor();
    const DiagnosisResult &result = report.diagnosis;
    QStringList out;
    const QString title = tr("Auth Doctor report");
    out.append(title);
    out.append(QString(title.size(), u'='));
    out.append(tr("Generated: %1 (%2)")
                   .arg(QLocale().toString(report.generatedAt.toLocalTime(), QLocale::LongFormat),
                       report.generatedAt.toUTC().toString(Qt::ISODate)));
    out.append(tr("Program: %1 %2 on %3").arg(report.programName, report.programVersion, report.operatingSystem));
    if (result.startedAt.isValid())
        out.append(tr("Diagnosis started: %1, took %2 ms")
                       .arg(QLocale().toString(result.startedAt.toLocalTime(), QLocale::LongFormat))
                       .arg(result.elapsedMs));
    if (redactor.hidesUserNames())
        out.append(tr("User names are hidden in this report."));
    out.append(tr("Passwords, tokens, keys and cookie values are hidden in this report."));
    out.append(QString());

    out.append(heading(tr("What was asked")));
    for (const auto &[label, value] : report.askedItems())
        out.append(u"  "_s + label + u": "_s + value);
    out.append(QString());

    out.append(heading(tr("Verdict")));
    if (result.cancelled)
        out.append(tr("The diagnosis was cancelled before it finished."));
    if (result.verdict.isValid()) {
        out.append(severityLabel(result.verdict.severity) + u' ' + redactor.redactText(result.verdict.title));
        if (!result.verdict.firstStep.isEmpty())
            out.append(tr("First step: %1").arg(redactor.redactText(result.verdict.firstStep)));
    } else {
        out.append(tr("No verdict."));
    }
    out.append(QString());

    out.append(heading(tr("Findings (%1)").arg(int(result.findings.size()))));
    for (const Finding &finding : result.findings) {
        out.append(findingLines(finding, redactor, true));
        out.append(QString());
    }

    out.append(heading(tr("Service status page")));
    if (report.statusPage)
        out.append(statusPageLines(*report.statusPage, redactor));
    else
        out.append(tr("Not looked up."));
    out.append(QString());

    out.append(heading(tr("Exchanges (%1)").arg(int(result.exchanges.size()))));
    for (int i = 0; i < result.exchanges.size(); ++i) {
        const QStringList lines = exchangeLines(result.exchanges.at(i), redactor);
        for (int j = 0; j < lines.size(); ++j)
            out.append((j == 0 ? QString(QString::number(i + 1) + u". "_s) : u"   "_s) + lines.at(j));
    }
    out.append(QString());
    return out.join(u'\n');
}
