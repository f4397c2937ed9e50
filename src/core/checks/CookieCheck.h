// Reads every Set-Cookie on the way and names the attributes that make browsers drop or withhold a sign-in cookie (cookies.*).
#pragma once

#include "AnalysisCheck.h"

#include <QDateTime>

class CookieCheck : public AnalysisCheck
{
    Q_OBJECT

public:
    using AnalysisCheck::AnalysisCheck;

    QString title() const override;
    QList<Finding> analyze(const DiagnosisContext &context) const override;

    // The clock the expiry is judged by; the current time unless a test sets it.
    void setNow(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
};
