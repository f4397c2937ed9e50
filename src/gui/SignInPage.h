// The page that tests the person's name and password, token or API key against the address once, explains the
// server's answer, and offers to keep what works in the keychain; a saved sign-in for the same site fills it in.
#pragma once

#include "WizardPage.h"
#include "credentials/Credential.h"
#include "diagnosis/DiagnosisResult.h"
#include "diagnosis/Finding.h"
#include "http/AuthChallenge.h"

#include <QList>
#include <QPointer>

#include <memory>
#include <optional>

class CapsLockWatcher;
class CredentialStore;
class DiagnosisRunner;
class QCompleter;
class QLineEdit;
class QStringListModel;
class RevealPasswordAction;
struct CredentialStoreResult;

namespace Ui {
class SignInPage;
}

class SignInPage : public WizardPage
{
    Q_OBJECT

public:
    // The order of the choices in kindCombo.
    enum class Kind { Password, Token, ApiKey };
    Q_ENUM(Kind)

    explicit SignInPage(DiagnosisModel *model, QWidget *parent = nullptr);
    ~SignInPage() override;

    // A 401 (with any challenge or none), or a 403 whose challenge asks for a Bearer token.
    bool appliesTo(const DiagnosisModel &model) const override;
    void initializePage() override;
    // Going Back stops a test still running and gives the model the first look's result again.
    void cleanupPage() override;
    bool isComplete() const override;

    bool isTesting() const;
    Kind kind() const;
    // What the fields hold now, as the sign-in test would send it.
    Credential credential() const;
    // Empties every field and forgets the site, e.g. when a new diagnosis starts.
    void forgetSecrets();

    // The editor that fits what the server asked for: a token for Bearer, else a name and password.
    static Kind kindFor(const QList<AuthChallenge> &challenges);
    static Kind kindOf(Credential::Scheme scheme);

signals:
    // The test ended, with a result or stopped; the page shows the outcome already.
    void testFinished();
    // A saved secret was read into the page, or the keychain said why not (shown in keychainStatus).
    void keychainReadFinished(bool ok);
    // "Remember in my keychain" ended; keychainStatus says how.
    void keychainSaveFinished(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class TestState { Idle, Running, Stopped, Finished };

    void onWizardPageChanged();
    void setKind(Kind kind);
    void onKindChanged();
    void onFieldsChanged();
    void resetFields();
    void fillFromSaved();
    void loadSaved(const Credential &entry);
    void onSavedUserChosen(const QString &user);
    void onSecretEdited();
    void onSavedRead(int serial, const Credential &entry, const CredentialStoreResult &result);
    void startTest();
    void stopTest();
    void onTestFinished(const DiagnosisResult &result);
    void clearOutcome();
    void remember();
    void onRemembered(const Credential &credential, const CredentialStoreResult &result);

    void setTestState(TestState state);
    void setKeychainStatus(const QString &text, Severity severity = Severity::Info);
    void updatePlan();
    void updateTypingHelp();
    void fitTypingHelp();
    void updateButtons();
    bool canTest() const;
    bool isPlainHttp() const;
    QLineEdit *secretField() const;
    QString placeholderFor(const QLineEdit *field) const;
    QString headerName() const;

    std::unique_ptr<Ui::SignInPage> m_ui;
    CapsLockWatcher *m_capsLock = nullptr;
    CredentialStore *m_store = nullptr;
    QStringListModel *m_savedUsers = nullptr;
    QCompleter *m_savedUserCompleter = nullptr;
    RevealPasswordAction *m_revealPassword = nullptr;
    RevealPasswordAction *m_revealToken = nullptr;
    RevealPasswordAction *m_revealApiKey = nullptr;

    DiagnosisRunner *m_runner = nullptr;
    TestState m_testState = TestState::Idle;
    DiagnosisResult m_firstLook; // the result the page started from; the model gets it back on Back
    QList<AuthChallenge> m_challenges;
    QString m_origin; // the site the fields were filled in for

    std::optional<Credential> m_tested; // what the running or last test sent
    std::optional<Credential> m_accepted; // what the server accepted last
    std::optional<Credential> m_inKeychain; // what is known to be saved: read from, or just written to, the keychain
    QList<Credential> m_savedForSite;
    QLineEdit *m_readingInto = nullptr; // the field waiting for a secret from the keychain
    QPointer<QWidget> m_focusOnEntry; // the field to type in first, once the wizard shows the page
    int m_readSerial = 0;
    bool m_saving = false;
};
