// Tests the person's name and password, token or key against the target, once, and says what the answer means
// (credentials.*).
#pragma once

#include "Check.h"
#include "credentials/Credential.h"
#include "http/AuthChallenge.h"

#include <QPointer>

class Probe;
class ProbeSession;

class SignInCheck : public Check
{
    Q_OBJECT

public:
    // How the secret is sent, chosen from what the server asked for.
    enum class Method {
        None,
        BasicQt, // Basic in ISO-8859-1, through QAuthenticator
        BasicUtf8, // Basic in UTF-8 (RFC 7617 charset), our own header
        DigestQt, // Digest MD5, through QAuthenticator
        DigestOwn, // Digest SHA-256 or SHA-512-256 (RFC 7616), our own header
        Ntlm, // through QAuthenticator
        Negotiate, // Kerberos through QAuthenticator and the system's ticket
        Bearer, // "Authorization: Bearer <token>"
        ApiKeyHeader, // "<placement>: <key>"
    };
    struct Plan
    {
        Method method = Method::None;
        AuthChallenge challenge; // the challenge answered, for Digest
        QString label; // "Digest SHA-256", "Basic (UTF-8)", ... for the findings
    };

    using Check::Check;
    ~SignInCheck() override;

    // What would be sent for this credential, given the challenges of the first look; pure, so it is tested without a
    // network and the page can say beforehand what will happen.
    static Plan plan(const Credential &credential, const QList<AuthChallenge> &challenges);

    QString title() const override;
    void start(const DiagnosisContext &context) override;
    void cancel() override;

private:
    void send(const AuthChallenge &digestChallenge);
    void onProbeFinished(const Exchange &exchange);
    QList<Finding> judge(const Exchange &exchange) const;
    QVariantMap baseFacts() const;

    DiagnosisContext m_context;
    Credential m_credential;
    Plan m_plan;
    ProbeSession *m_session = nullptr; // a fresh one per test, so nothing Qt remembered takes part
    QPointer<Probe> m_probe;
    bool m_staleRetried = false;
};
