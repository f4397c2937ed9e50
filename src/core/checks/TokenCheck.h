// Reads the token or key the person gave (a Bearer or API-key credential, or an Authorization: Bearer header): the
// paste mistakes of TokenLint, and for a JWT its times and audience judged by the server's clock (token.*,
// clock.skew). Sends nothing.
#pragma once

#include "AnalysisCheck.h"

class TokenCheck : public AnalysisCheck
{
    Q_OBJECT

public:
    using AnalysisCheck::AnalysisCheck;

    // Whether the request carries anything for this check to read.
    static bool applies(const DiagnosisRequest &request);

    QString title() const override;
    QList<Finding> analyze(const DiagnosisContext &context) const override;
};
