// Implementation of TextReport.
#include "TextReport.h"

#include "Redactor.h"

using namespace Qt::Literals::StringLiterals;

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

static QString indented(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line.prepend(prefix);
    return lines.join(u'\n');
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
        out.append(severityLabel(finding.severity) + u' ' + redactor.redactText(finding.title) + u"  ("_s + finding.id
                   + u')');
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
    }
    out.append(QString());
    return out.join(u'\n');
}
