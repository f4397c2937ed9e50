// A check that only reads the first look and sends nothing, so its logic is a pure function tested without a network.
#pragma once

#include "Check.h"

class AnalysisCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;

    void start(const DiagnosisContext &context) final;
    virtual QList<Finding> analyze(const DiagnosisContext &context) const = 0;
};
