// Accessors of DiagnosisResult and its mapping to the command line's exit statuses.
#include "DiagnosisResult.h"

using namespace Qt::Literals::StringLiterals;

const Exchange &DiagnosisResult::firstLook() const
{
    static const Exchange none;
    return exchanges.isEmpty() ? none : exchanges.constFirst();
}

const Finding *DiagnosisResult::finding(const QString &id) const
{
    for (const Finding &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

bool DiagnosisResult::hasFinding(const QString &id) const
{
    return finding(id) != nullptr;
}

DiagnosisResult::ExitStatus DiagnosisResult::exitStatus() const
{
    const Exchange &first = firstLook();
    if (!first.isAnswered())
        return first.outcome == Exchange::Outcome::BadUrl ? BadInput : Unreachable;
    // Signing in with what the person gave works: access works, even though the anonymous first look was refused.
    if (hasFinding(u"credentials.accepted"_s))
        return AccessWorks;
    const bool problem = std::any_of(findings.cbegin(), findings.cend(),
                                     [](const Finding &f) { return f.severity == Severity::Problem; });
    return hasFinding(u"status.ok"_s) && !problem ? AccessWorks : ProblemsFound;
}
