// Finds redirects that lose the sign-in: to plain http, in a loop, to another origin, or to nowhere (redirect.*).
#pragma once

#include "AnalysisCheck.h"

class RedirectCheck : public AnalysisCheck
{
    Q_OBJECT

public:
    using AnalysisCheck::AnalysisCheck;

    QString title() const override;
    QList<Finding> analyze(const DiagnosisContext &context) const override;
};
