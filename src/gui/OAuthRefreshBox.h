// The OAuth 2.0 part of the API access page, folded away until opened: a token endpoint (or an issuer to find it
// from), a client and a refresh token, the refresh_token grant tested once with progress and Stop, the answer
// explained, and the new access token offered for copying, never shown. The secrets can be kept in the keychain.
#pragma once

#include "diagnosis/Finding.h"

#include <QGroupBox>
#include <QMargins>
#include <QPointer>
#include <QUrl>

#include <memory>

class CredentialStore;
class OAuthRefresh;
class ProbeSession;
class RevealPasswordAction;
struct CredentialStoreResult;
struct OAuthRefreshResult;

namespace Ui {
class OAuthRefreshBox;
}

class OAuthRefreshBox : public QGroupBox
{
    Q_OBJECT

public:
    // The order of the choices in endpointKindCombo.
    enum class EndpointKind { Issuer, TokenEndpoint };
    Q_ENUM(EndpointKind)

    explicit OAuthRefreshBox(QWidget *parent = nullptr);
    ~OAuthRefreshBox() override;

    // Whose extra CA certificates the refresh uses; null: a fresh session of its own.
    void setSession(ProbeSession *session);
    void setTimeoutMs(int timeoutMs);

    bool isRefreshing() const;
    // Stops a refresh still running without waiting for it.
    void abandon();
    // Empties every field and forgets the new token, e.g. when a new diagnosis starts.
    void forgetSecrets();

    // The placement a keychain entry of this box is saved with ("oauth2-refresh"), which tells it apart from the
    // saved sign-ins; its user is the client id, its secret a small JSON object with both secrets.
    static QString keychainPlacement();
    // What a keychain entry's secret holds.
    static QString secretsToJson(const QString &refreshToken, const QString &clientSecret);
    static bool secretsFromJson(const QString &json, QString *refreshToken, QString *clientSecret);
    // The kind an address most likely is: a path ending in "token" is a token endpoint, anything else an issuer.
    static EndpointKind guessKind(const QUrl &url);

signals:
    void refreshingChanged(bool refreshing);
    // The refresh ended, with an answer or stopped; the box shows the outcome already.
    void refreshFinished();
    void keychainReadFinished(bool ok);
    void keychainSaveFinished(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onToggled(bool open);
    void onAddressEdited();
    void updateButtons();
    QUrl address() const;
    QString origin() const;
    bool isPlainHttp() const;
    bool canRefresh() const;
    bool hasSavedEntry() const;
    void startRefresh();
    void stopRefresh();
    void onRefreshFinished(const OAuthRefreshResult &result);
    void setRefreshing(bool refreshing);
    void clearOutcome();
    void copyAccessToken();
    void readFromKeychain();
    void onKeychainRead(const CredentialStoreResult &result);
    void saveToKeychain();
    void onKeychainSaved(const CredentialStoreResult &result);
    void setKeychainStatus(const QString &text, Severity severity = Severity::Info);

    std::unique_ptr<Ui::OAuthRefreshBox> m_ui;
    CredentialStore *m_store = nullptr;
    RevealPasswordAction *m_revealSecret = nullptr;
    RevealPasswordAction *m_revealRefreshToken = nullptr;
    QPointer<ProbeSession> m_session;
    int m_timeoutMs = 15000;
    // A new OAuthRefresh for every test, so that a late answer to one given up on cannot reach the box.
    QPointer<OAuthRefresh> m_refresh;
    bool m_refreshing = false;
    bool m_kindChosen = false; // the person picked the kind; stop guessing it from the address
    bool m_keychainBusy = false;
    QMargins m_openMargins; // of the layout while the box is open
    QString m_accessToken; // a secret: only ever put on the clipboard
};
