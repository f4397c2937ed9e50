// Tells whether the server could be reached at all, and why not (reach.*).
#pragma once

#include "AnalysisCheck.h"

class ReachabilityCheck : public AnalysisCheck
{
    Q_OBJECT

public:
    using AnalysisCheck::AnalysisCheck;

    QString title() const override;
    QList<Finding> analyze(const DiagnosisContext &context) const override;
};
