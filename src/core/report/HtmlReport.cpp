// Implementation of HtmlReport.
#include "HtmlReport.h"

#include "Redactor.h"
#include "SupportReport.h"
#include "TextReport.h"
#include "http/HttpStatus.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

// Colours meet WCAG AA contrast on their backgrounds; the word beside each colour carries the meaning as well.
const char *const Style = R"css(
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; color: #1b1b1b; background: #fff;
       line-height: 1.5; max-width: 62em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.7em; margin-bottom: .2em; }
h2 { font-size: 1.3em; border-bottom: 2px solid #d0d0d0; padding-bottom: .2em; margin-top: 2em; }
h3 { font-size: 1.05em; margin: .2em 0; }
h4 { font-size: .95em; margin: .6em 0 .2em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.note { color: #444; }
.sev { display: inline-block; padding: 0 .45em; border: 1px solid; border-radius: .3em; font-size: .85em;
       font-weight: 700; margin-right: .4em; }
.badge-ok { color: #0b5a1e; background: #e3f3e7; border-color: #0b5a1e; }
.badge-info { color: #133f8c; background: #e6eefc; border-color: #133f8c; }
.badge-warning { color: #6b4200; background: #fdf1d6; border-color: #6b4200; }
.badge-problem { color: #9b1010; background: #fbe6e4; border-color: #9b1010; }
.card { border: 1px solid #d0d0d0; border-left-width: .45em; border-radius: .3em; padding: .6em 1em;
        margin: .8em 0; break-inside: avoid; page-break-inside: avoid; }
.card.sev-ok { border-left-color: #0b5a1e; background: #fff; }
.card.sev-info { border-left-color: #133f8c; background: #fff; }
.card.sev-warning { border-left-color: #6b4200; background: #fff; }
.card.sev-problem { border-left-color: #9b1010; background: #fff; }
.id { font-size: .85em; color: #444; }
code, pre, .mono { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .88em; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f5f5f5; padding: .5em; border-radius: .3em; }
details { margin: .4em 0; }
summary { cursor: pointer; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .3em 0 .8em; }
caption { text-align: left; font-weight: 600; padding: .2em 0; }
th, td { border: 1px solid #c8c8c8; padding: .15em .45em; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
th { background: #f0f0f0; }
a { color: #0b4fb3; }
footer { margin-top: 2em; color: #444; font-size: .9em; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  .sev, .card { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  details > summary { list-style: none; }
  details::details-content { content-visibility: visible; display: block; }
  a { color: inherit; }
}
)css";

QString severityClass(Severity severity)
{
    return u"sev-"_s + severityKey(severity);
}

QString badge(Severity severity)
{
    // Its own class, not the card's: a card marked sev-problem must not turn all its text red. The space after it is
    // there because Qt's rich text (preview and PDF) ignores margins on inline elements.
    return u"<span class=\"sev badge-"_s + severityKey(severity) + u"\">"_s
        + HtmlReport::escaped(HtmlReport::severityWord(severity)) + u"</span> "_s;
}

// A link only for http(s): addresses from a status page document could name any scheme.
QString link(const QUrl &url, const Redactor &redactor)
{
    const QString text = HtmlReport::escaped(redactor.redactUrlText(url));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return text;
    return u"<a href=\""_s
        + HtmlReport::escaped(redactor.redactText(Redactor::redactUrl(url).toString(QUrl::FullyEncoded))) + u"\">"_s
        + text + u"</a>"_s;
}

QString headerTable(const QString &caption, const HttpHeaders &headers, const Redactor &redactor)
{
    QString html = u"<table><caption>"_s + HtmlReport::escaped(caption) + u"</caption><thead><tr><th scope=\"col\">"_s
        + HtmlReport::escaped(HtmlReport::tr("Name")) + u"</th><th scope=\"col\">"_s
        + HtmlReport::escaped(HtmlReport::tr("Value")) + u"</th></tr></thead><tbody>"_s;
    for (const HttpHeader &header : headers.fields()) {
        html += u"<tr><td class=\"mono\">"_s + HtmlReport::escaped(QString::fromLatin1(header.name))
            + u"</td><td class=\"mono\">"_s + HtmlReport::escaped(redactor.redactHeader(header.name, header.value))
            + u"</td></tr>"_s;
    }
    return html + u"</tbody></table>"_s;
}

QString localLong(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

} // namespace

QString HtmlReport::severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return tr("OK");
    case Severity::Info:
        return tr("Information");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Problem:
        return tr("Problem");
    }
    return {};
}

QString HtmlReport::escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u'\'', u"&#39;"_s);
    html.replace(u'\n', u"<br>"_s);
    return html;
}

QString HtmlReport::statusPageSection(const StatusPageResult &result, const Redactor &redactor)
{
    const auto e = [&redactor](const QString &text) {
        return escaped(redactor.redactText(text));
    };
    QString html;
    const QList<Finding> findings = result.findings();
    if (!findings.isEmpty()) {
        const Finding &main = findings.constFirst();
        html += u"<p>"_s + badge(main.severity) + u"<strong>"_s + e(main.title) + u"</strong></p>"_s;
        if (!result.isFound())
            html += u"<p>"_s + e(main.explanation) + u"</p>"_s;
    }
    if (!result.isFound()) {
        if (!result.tried.isEmpty()) {
            html += u"<h3>"_s + escaped(tr("Addresses tried")) + u"</h3><ul>"_s;
            for (const QUrl &address : result.tried)
                html += u"<li class=\"mono\">"_s + escaped(redactor.redactUrlText(address)) + u"</li>"_s;
            html += u"</ul>"_s;
        }
        if (!result.error.isEmpty())
            html += u"<p>"_s + escaped(tr("Last error:")) + u" <code>"_s + e(result.error) + u"</code></p>"_s;
        return html;
    }

    const StatusPageReport &report = result.report;
    html += u"<dl class=\"facts\">"_s;
    QString state = TextReport::stateLabel(report.state);
    if (!report.stateText.isEmpty())
        state += u" (\u201C"_s + redactor.redactText(report.stateText) + u"\u201D)"_s;
    html += u"<dt>"_s + escaped(tr("State")) + u"</dt><dd>"_s + escaped(state) + u"</dd>"_s;
    html += u"<dt>"_s + escaped(tr("Status page")) + u"</dt><dd>"_s + link(result.pageUrl, redactor) + u"</dd>"_s;
    if (report.updatedAt.isValid())
        html += u"<dt>"_s + escaped(tr("Page updated")) + u"</dt><dd>"_s
            + escaped(StatusPageResult::localTimeText(report.updatedAt)) + u"</dd>"_s;
    html += u"<dt>"_s + escaped(tr("Read")) + u"</dt><dd>"_s
        + escaped(StatusPageResult::localTimeText(result.checkedAt))
        + (result.fromCache ? QString(u" "_s + escaped(tr("(from the last minute's answer)"))) : QString())
        + u"</dd></dl>"_s;

    const QList<StatusPageComponent> affected = report.affectedComponents();
    html += u"<h3>"_s + escaped(tr("Affected components")) + u"</h3>"_s;
    if (affected.isEmpty()) {
        html += u"<p>"_s + escaped(tr("None.")) + u"</p>"_s;
    } else {
        html += u"<table><thead><tr><th scope=\"col\">"_s + escaped(tr("Component")) + u"</th><th scope=\"col\">"_s
            + escaped(tr("Status")) + u"</th><th scope=\"col\">"_s + escaped(tr("Concerns signing in"))
            + u"</th></tr></thead><tbody>"_s;
        for (const StatusPageComponent &component : affected) {
            QString name = redactor.redactText(component.name);
            if (!component.group.isEmpty())
                name += u" ("_s + redactor.redactText(component.group) + u')';
            html += u"<tr><td>"_s + escaped(name) + u"</td><td>"_s
                + escaped(TextReport::componentStatusLabel(component.status)) + u"</td><td>"_s
                + escaped(component.concernsSignIn() ? tr("yes") : tr("no")) + u"</td></tr>"_s;
        }
        html += u"</tbody></table>"_s;
    }

    const QList<StatusPageIncident> incidents = report.incidentsSignInFirst();
    html += u"<h3>"_s + escaped(tr("Incidents")) + u"</h3>"_s;
    if (incidents.isEmpty()) {
        html += u"<p>"_s + escaped(tr("None.")) + u"</p>"_s;
    } else {
        html += u"<ul>"_s;
        for (const StatusPageIncident &incident : incidents) {
            QStringList words;
            if (!incident.status.isEmpty())
                words.append(redactor.redactText(incident.status));
            if (!incident.impact.isEmpty())
                words.append(tr("impact %1").arg(redactor.redactText(incident.impact)));
            html += u"<li><strong>"_s + e(incident.name) + u"</strong>"_s;
            if (!words.isEmpty())
                html += u" ["_s + escaped(words.join(u", "_s)) + u']';
            if (incident.concernsSignIn())
                html += u" "_s + escaped(tr("(concerns signing in)"));
            const QDateTime updated = incident.updatedAt.isValid() ? incident.updatedAt : incident.startedAt;
            if (updated.isValid())
                html += u"<br>"_s + escaped(tr("Latest update, %1:").arg(StatusPageResult::localTimeText(updated)));
            if (!incident.latestUpdate.isEmpty())
                html += u"<br>"_s + e(incident.latestUpdate.simplified());
            if (!incident.components.isEmpty())
                html += u"<br>"_s
                    + escaped(tr("Affects: %1").arg(redactor.redactText(incident.components.join(u", "_s))));
            if (!incident.url.isEmpty())
                html += u"<br>"_s + link(incident.url, redactor);
            html += u"</li>"_s;
        }
        html += u"</ul>"_s;
    }

    const QList<StatusPageMaintenance> maintenances = report.maintenancesInOrder();
    html += u"<h3>"_s + escaped(tr("Maintenance (your time)")) + u"</h3>"_s;
    if (maintenances.isEmpty()) {
        html += u"<p>"_s + escaped(tr("None planned.")) + u"</p>"_s;
    } else {
        html += u"<ul>"_s;
        for (const StatusPageMaintenance &maintenance : maintenances) {
            QString when = StatusPageResult::localTimeText(maintenance.start);
            if (maintenance.end.isValid())
                when = tr("%1 to %2").arg(when, StatusPageResult::localTimeText(maintenance.end));
            html += u"<li><strong>"_s + e(maintenance.name) + u"</strong>: "_s
                + escaped(when.isEmpty() ? tr("time not given") : when);
            if (maintenance.inProgress)
                html += u" "_s + escaped(tr("(under way)"));
            if (!maintenance.components.isEmpty())
                html += u"<br>"_s
                    + escaped(tr("Affects: %1").arg(redactor.redactText(maintenance.components.join(u", "_s))));
            html += u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    return html;
}

QString HtmlReport::toHtml(const SupportReport &report)
{
    const Redactor redactor = report.redactor();
    const DiagnosisResult &result = report.diagnosis;
    const auto e = [&redactor](const QString &text) {
        return escaped(redactor.redactText(text));
    };

    QString html;
    html += u"<!DOCTYPE html>\n<html lang=\""_s
        + escaped(tr("en", "the language code (BCP 47) of this translation, for the report's lang attribute"))
        + u"\">\n<head>\n<meta charset=\"utf-8\">\n"
          u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          u"<meta name=\"generator\" content=\""_s
        + escaped(report.programName + u' ' + report.programVersion) + u"\">\n<title>"_s
        + escaped(tr("Auth Doctor report: %1").arg(redactor.redactText(result.request.target.host())))
        + u"</title>\n<style>"_s + QString::fromLatin1(Style) + u"</style>\n</head>\n<body>\n"_s;

    // Header: what this is, when, from which program.
    html += u"<header>\n<h1>"_s + escaped(tr("Auth Doctor report")) + u"</h1>\n<p class=\"note\">"_s
        + escaped(tr("Passwords, tokens, keys and cookie values are hidden in this report."))
        + (redactor.hidesUserNames() ? QString(u" "_s + escaped(tr("User names are hidden too."))) : QString())
        + u"</p>\n<dl class=\"facts\">"_s;
    html += u"<dt>"_s + escaped(tr("Generated")) + u"</dt><dd>"_s + escaped(localLong(report.generatedAt)) + u" ("_s
        + escaped(report.generatedAt.toUTC().toString(Qt::ISODate)) + u")</dd>"_s;
    html += u"<dt>"_s + escaped(tr("Program")) + u"</dt><dd>"_s
        + escaped(tr("%1 %2 on %3").arg(report.programName, report.programVersion, report.operatingSystem))
        + u"</dd>"_s;
    if (result.startedAt.isValid())
        html += u"<dt>"_s + escaped(tr("Diagnosis started")) + u"</dt><dd>"_s + escaped(localLong(result.startedAt))
            + u", "_s + escaped(tr("took %1 ms").arg(result.elapsedMs)) + u"</dd>"_s;
    html += u"</dl>\n</header>\n<main>\n"_s;

    // What was asked.
    html += u"<section aria-labelledby=\"asked\">\n<h2 id=\"asked\">"_s + escaped(tr("What was asked"))
        + u"</h2>\n<dl class=\"facts\">"_s;
    for (const auto &[label, value] : report.askedItems())
        html += u"<dt>"_s + escaped(label) + u"</dt><dd>"_s + escaped(value) + u"</dd>"_s;
    html += u"</dl>\n</section>\n"_s;

    // Verdict.
    html += u"<section aria-labelledby=\"verdict\">\n<h2 id=\"verdict\">"_s + escaped(tr("Verdict")) + u"</h2>\n"_s;
    if (result.cancelled)
        html += u"<p>"_s + escaped(tr("The diagnosis was cancelled before it finished.")) + u"</p>\n"_s;
    if (result.verdict.isValid()) {
        html += u"<div class=\"card "_s + severityClass(result.verdict.severity) + u"\"><p>"_s
            + badge(result.verdict.severity) + u"<strong>"_s + e(result.verdict.title) + u"</strong></p>"_s;
        if (!result.verdict.firstStep.isEmpty())
            html += u"<p>"_s + escaped(tr("First step:")) + u' ' + e(result.verdict.firstStep) + u"</p>"_s;
        html += u"</div>\n"_s;
    } else {
        html += u"<p>"_s + escaped(tr("No verdict.")) + u"</p>\n"_s;
    }
    html += u"</section>\n"_s;

    // Findings.
    html += u"<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">"_s
        + escaped(tr("Findings (%1)").arg(int(result.findings.size()))) + u"</h2>\n"_s;
    for (const Finding &finding : result.findings) {
        html += u"<article class=\"card "_s + severityClass(finding.severity) + u"\">\n<h3>"_s + badge(finding.severity)
            + e(finding.title) + u"</h3>\n<p class=\"id\">"_s + escaped(tr("Finding")) + u" <code>"_s
            + escaped(finding.id) + u"</code></p>\n"_s;
        if (!finding.explanation.isEmpty())
            html += u"<p>"_s + e(finding.explanation) + u"</p>\n"_s;
        if (!finding.nextSteps.isEmpty()) {
            html += u"<h4>"_s + escaped(tr("What to do")) + u"</h4>\n<ol>"_s;
            for (const QString &step : finding.nextSteps)
                html += u"<li>"_s + e(step) + u"</li>"_s;
            html += u"</ol>\n"_s;
        }
        if (!finding.technical.isEmpty())
            html += u"<details><summary>"_s + escaped(tr("Technical detail")) + u"</summary><pre>"_s
                + redactor.redactText(finding.technical).toHtmlEscaped().replace(u'\'', u"&#39;"_s)
                + u"</pre></details>\n"_s;
        html += u"</article>\n"_s;
    }
    html += u"</section>\n"_s;

    // The status page.
    html += u"<section aria-labelledby=\"statuspage\">\n<h2 id=\"statuspage\">"_s + escaped(tr("Service status page"))
        + u"</h2>\n"_s;
    if (report.statusPage)
        html += statusPageSection(*report.statusPage, redactor);
    else
        html += u"<p>"_s + escaped(tr("Not looked up.")) + u"</p>"_s;
    html += u"\n</section>\n"_s;

    // The exchanges.
    html += u"<section aria-labelledby=\"exchanges\">\n<h2 id=\"exchanges\">"_s
        + escaped(tr("Exchanges (%1)").arg(int(result.exchanges.size()))) + u"</h2>\n"_s;
    for (int i = 0; i < result.exchanges.size(); ++i) {
        const Exchange &exchange = result.exchanges.at(i);
        html += u"<article class=\"card\">\n"_s;
        for (int hopIndex = 0; hopIndex < exchange.hops.size(); ++hopIndex) {
            const ExchangeHop &hop = exchange.hops.at(hopIndex);
            QString answer;
            if (hop.status > 0) {
                const QByteArray reason = hop.reason.isEmpty() ? HttpStatus::reasonPhrase(hop.status) : hop.reason;
                answer = u"HTTP "_s + QString::number(hop.status) + u' '
                    + redactor.redactText(QString::fromLatin1(reason));
            } else {
                answer = tr("no HTTP answer");
            }
            const QString prefix = hopIndex == 0 ? QString(QString::number(i + 1) + u". "_s)
                                                 : QString(tr("Redirect %1:").arg(hopIndex) + u' ');
            html += u"<h3>"_s + escaped(prefix) + u"<code>"_s + escaped(QString::fromLatin1(hop.method)) + u' '
                + escaped(redactor.redactUrlText(hop.url)) + u"</code> \u2192 "_s + escaped(answer)
                + (hop.fromCache ? QString(u" "_s + escaped(tr("(from the program's cache)"))) : QString())
                + u"</h3>\n"_s;
            const QString timing = TextReport::timingText(hop.timings);
            if (!timing.isEmpty())
                html += u"<p>"_s + escaped(tr("Timings: %1").arg(timing)) + u"</p>\n"_s;
            if (!hop.droppedCredentialHeaders.isEmpty()) {
                QStringList names;
                for (const QByteArray &name : hop.droppedCredentialHeaders)
                    names.append(QString::fromLatin1(name));
                html += u"<p>"_s + escaped(tr("Not sent on this hop: %1").arg(names.join(u", "_s))) + u"</p>\n"_s;
            }
            html += u"<details><summary>"_s + escaped(tr("Headers")) + u"</summary>\n"_s
                + headerTable(tr("Request headers"), hop.requestHeaders, redactor)
                + headerTable(tr("Response headers"), hop.responseHeaders, redactor) + u"</details>\n"_s;
        }
        if (!exchange.isAnswered() && !exchange.errorString.isEmpty())
            html += u"<p>"_s + escaped(tr("Network error: %1").arg(redactor.redactText(exchange.errorString)))
                + u"</p>\n"_s;
        for (const QString &error : exchange.tlsErrors)
            html += u"<p>"_s + escaped(tr("TLS: %1").arg(redactor.redactText(error))) + u"</p>\n"_s;
        html += u"</article>\n"_s;
    }
    html += u"</section>\n</main>\n<footer><p>"_s
        + escaped(tr("Made by %1 %2. Send this file to the service's support; it holds no passwords, tokens, keys or "
                     "cookie values.")
                      .arg(report.programName, report.programVersion))
        + u"</p></footer>\n</body>\n</html>\n"_s;
    return html;
}
