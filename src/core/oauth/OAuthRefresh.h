// Runs the OAuth 2.0 refresh_token grant (RFC 6749 §6) against a token endpoint, entered or discovered from the
// issuer, and explains the answer: oauth.refresh-ok, oauth.invalid-grant, oauth.invalid-client, oauth.error, ...
//
// Plain QNetworkAccessManager through Probe rather than QtNetworkAuth (Debian ships it as a separate package,
// qt6-networkauth-dev, that would be one more dependency): its QOAuth2AuthorizationCodeFlow hides what a diagnosis
// needs to show: the exact request sent, every redirect refused, the raw error member of a refusal, and our timeouts and body
// caps. The grant itself is one form POST.
#pragma once

#include "OAuthDiscovery.h"
#include "OAuthRefreshRequest.h"
#include "OAuthRefreshResult.h"
#include "net/ProbeRequest.h"

#include <QObject>
#include <QPointer>

class Probe;
class ProbeSession;
class Redactor;

class OAuthRefresh : public QObject
{
    Q_OBJECT

public:
    // How the client proves who it is (RFC 6749 §2.3.1).
    enum class ClientAuthentication {
        None, // a public client: client_id in the body
        SecretBasic, // client_secret_basic: Authorization: Basic, id and secret form-urlencoded first
        SecretPost, // client_secret_post: client_id and client_secret in the body
    };

    // session: whose CA certificates to use; when null, a fresh session of its own.
    explicit OAuthRefresh(ProbeSession *session = nullptr, QObject *parent = nullptr);
    ~OAuthRefresh() override;

    // application/x-www-form-urlencoded (RFC 6749 Appendix B): UTF-8, every byte but ALPHA / DIGIT / "-" / "." /
    // "_" / "*" percent-encoded, a space as "+".
    static QByteArray formEncode(const QString &text);
    // "Basic " + base64(formEncode(id) ":" formEncode(secret)), as RFC 6749 §2.3.1 requires.
    static QByteArray clientSecretBasic(const QString &clientId, const QString &clientSecret);
    // Basic when a secret is given, unless the server's metadata lists only client_secret_post; None without one.
    static ClientAuthentication chooseClientAuthentication(
        const QString &clientSecret, const QStringList &supportedMethods);
    // The token request exactly as sent. Redirects are not followed: a 307 would carry the refresh token in the body
    // to wherever the server points.
    static ProbeRequest tokenRequest(
        const OAuthRefreshRequest &request, const QUrl &tokenEndpoint, ClientAuthentication authentication);
    // The findings for the token endpoint's answer, and the new tokens (secrets) when there are any. Pure, so that it
    // is tested without a network; now is this computer's clock.
    static OAuthRefreshResult explain(const Exchange &exchange, const OAuthRefreshRequest &request,
        ClientAuthentication authentication, const QDateTime &now);
    // "basic", "post" or "none", for facts and the technical detail.
    static QString authenticationKey(ClientAuthentication authentication);

    // Starts; finished() follows exactly once (also on failure), never before start() returns.
    void start(const OAuthRefreshRequest &request);
    void cancel();

signals:
    void finished(const OAuthRefreshResult &result);

private:
    void onDiscoveryFinished(const OAuthDiscovery::Result &discovery);
    void sendTokenRequest(const QUrl &tokenEndpoint, const QStringList &supportedMethods);
    void onTokenAnswer(const Exchange &exchange);
    void finish();

    ProbeSession *m_session = nullptr;
    OAuthDiscovery *m_discovery = nullptr;
    QPointer<Probe> m_probe;
    OAuthRefreshRequest m_request;
    ClientAuthentication m_authentication = ClientAuthentication::None;
    OAuthRefreshResult m_result;
    bool m_done = false;
};
