// Reads what the server asks for in WWW-Authenticate or Proxy-Authenticate (challenge.*, proxy.auth-required).
#pragma once

#include "AnalysisCheck.h"

class ChallengeCheck : public AnalysisCheck
{
    Q_OBJECT

public:
    using AnalysisCheck::AnalysisCheck;

    QString title() const override;
    QList<Finding> analyze(const DiagnosisContext &context) const override;
};
