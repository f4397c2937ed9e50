// Explains the RFC 6750 error codes a Bearer challenge carries (bearer.*).
#pragma once

#include "AnalysisCheck.h"

class BearerErrorCheck : public AnalysisCheck
{
    Q_OBJECT

public:
    using AnalysisCheck::AnalysisCheck;

    QString title() const override;
    QList<Finding> analyze(const DiagnosisContext &context) const override;
};
