// Explains what the final status code means for someone who cannot sign in (status.*).
#pragma once

#include "AnalysisCheck.h"

class StatusCheck : public AnalysisCheck
{
    Q_OBJECT

public:
    using AnalysisCheck::AnalysisCheck;

    QString title() const override;
    QList<Finding> analyze(const DiagnosisContext &context) const override;
};
