// Tells an expired session from a wrong password: the same request with the remembered cookies and with none, like a
// normal and a private browser window (session.expired, session.cookie-required).
#pragma once

#include "Check.h"

#include <QPointer>

class Probe;
class ProbeSession;

class SessionCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;

    QString title() const override;
    void start(const DiagnosisContext &context) override;
    void cancel() override;

private:
    void onFreshFinished(const Exchange &fresh);
    // session.cookie-required from the first look alone, or nothing.
    QList<Finding> cookieSignIn() const;

    DiagnosisContext m_context;
    QStringList m_expiredCookies;
    ProbeSession *m_fresh = nullptr;
    QPointer<Probe> m_probe;
};
