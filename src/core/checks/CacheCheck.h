// Tells when a refusal or a login page came from a cache instead of the server (cache.stale).
#pragma once

#include "AnalysisCheck.h"



class CacheCheck : public AnalysisCheck
{
    Q_OBJECT

public:
    using AnalysisCheck::AnalysisCheck;

    QString title() const override;
    QList<Finding> analyze(const DiagnosisContext &context) const override;
};
