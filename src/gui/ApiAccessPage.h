// The page for an API key or token: pasted, checked for paste mistakes with the exact characters selected, decoded
// when it is a JWT (claims, times judged by the server's clock), tested in the places APIs expect a key, and an OAuth
// 2.0 refresh; for developers, and for anyone whose server asks for a Bearer token or who pasted a token, key or
// curl command.
#pragma once

#include "WizardPage.h"
#include "diagnosis/DiagnosisResult.h"
#include "diagnosis/Finding.h"
#include "tokens/TokenLint.h"

#include <QDateTime>

#include <memory>
#include <optional>

class DiagnosisRunner;
class OAuthRefreshBox;
class RevealPasswordAction;

namespace Ui {
class ApiAccessPage;
}

class ApiAccessPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ApiAccessPage(DiagnosisModel *model, QWidget *parent = nullptr);
    ~ApiAccessPage() override;

    // Developers; a Bearer challenge on the first look; a curl command pasted on the Address page; a token or key
    // tested on the Sign-in page.
    bool appliesTo(const DiagnosisModel &model) const override;
    void initializePage() override;
    // Going Back stops a search still running and gives the model the result the page started from.
    void cleanupPage() override;
    bool isComplete() const override;

    bool isSearching() const { return m_searching; }
    // What TokenLint says about the field now.
    const TokenLint::Result &lint() const { return m_lint; }
    // Empties the field, the outcome and the OAuth secrets, e.g. when a new diagnosis starts.
    void forgetSecrets();

    // The value a pasted request carried in its Authorization (Bearer or Token) or API-key header; empty when none.
    static QString tokenFromHeaders(const HttpHeaders &headers);

signals:
    // The search for the key's place ended, with a result or stopped; the page shows the outcome already.
    void placementFinished();

private:
    void onTokenEdited(const QString &text);
    void updateToken();
    void updateClaims();
    void useCleaned();
    void showNextMistake();
    void selectMistake(const Finding &finding);
    void startPlacement();
    void stopPlacement();
    void onPlacementFinished(const DiagnosisResult &result);
    void clearPlacementOutcome();
    void setSearching(bool searching);
    void copyCurl();
    // Scrolls the page so that widget shows, once the layout has caught up.
    void scrollToLater(QWidget *widget);
    void updateButtons();
    bool isPlainHttp() const;
    // The server's clock now, from the first look's Date header; invalid when the server did not say.
    QDateTime serverNow() const;
    void fillFromRequest();

    std::unique_ptr<Ui::ApiAccessPage> m_ui;
    RevealPasswordAction *m_revealToken = nullptr;
    TokenLint::Result m_lint;
    QString m_lintedText; // the text m_lint is about
    qsizetype m_previousLength = 0;
    QList<Finding> m_mistakes; // the lint findings in the order of their position in the field
    int m_nextMistake = 0;

    DiagnosisRunner *m_placement = nullptr; // the search for where the key goes
    bool m_searching = false;
    bool m_hadEntryResult = false;
    DiagnosisResult m_entryResult; // the result the page started from; the model gets it back on Back
    std::optional<qint64> m_serverOffsetMs; // the server's clock minus this computer's, from the first look
    QString m_origin; // the site the field was filled in for
    QMetaObject::Connection m_focusConnection;
};
