// Finding construction: checks give facts, FindingText gives the words.
#include "Finding.h"

#include "FindingText.h"

using namespace Qt::Literals::StringLiterals;

Finding Finding::make(const QString &id, const QVariantMap &facts, const QString &technical)
{
    Finding finding;
    finding.id = id;
    finding.facts = facts;
    finding.technical = technical;
    const FindingText::Words words = FindingText::words(id, facts);
    finding.severity = words.severity;
    finding.audience = words.audience;
    finding.title = words.title;
    finding.explanation = words.explanation;
    finding.nextSteps = words.nextSteps;
    return finding;
}

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return u"ok"_s;
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Problem:
        return u"problem"_s;
    }
    return u"info"_s;
}

QString audienceKey(Audience audience)
{
    switch (audience) {
    case Audience::Everyone:
        return u"everyone"_s;
    case Audience::Developer:
        return u"developer"_s;
    case Audience::Administrator:
        return u"administrator"_s;
    }
    return u"everyone"_s;
}
