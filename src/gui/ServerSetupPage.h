// The page for developers and administrators about the server's setup: what the first look found in it (redirects
// that lose the sign-in, a 401 without a challenge, a clock that is off, a proxy that asks for sign-in, a cached
// refusal), and a CORS check for a web page that calls the address from a browser, with progress and Stop. Its
// findings join the diagnosis, so the summary and the report show them.
#pragma once

#include "WizardPage.h"
#include "diagnosis/DiagnosisResult.h"

#include <memory>

class DiagnosisRunner;

namespace Ui {
class ServerSetupPage;
}

class ServerSetupPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ServerSetupPage(DiagnosisModel *model, QWidget *parent = nullptr);
    ~ServerSetupPage() override;

    // Developers and administrators, once the first look has an answer.
    bool appliesTo(const DiagnosisModel &model) const override;
    void initializePage() override;
    // Going Back stops a check still running and gives the model the result the page started from.
    void cleanupPage() override;
    bool isComplete() const override;

    bool isChecking() const { return m_checking; }
    // The findings of the first look that are about the server's setup.
    static bool isSetupFinding(const Finding &finding);

signals:
    // A CORS check ended, with a result or stopped; the page shows the outcome already.
    void corsCheckFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Once the wizard shows the page: the keyboard goes to the origin field (the wizard picks a focus of its own
    // after initializePage()).
    void onWizardPageChanged();
    void showSetupFindings();
    void startCorsCheck();
    void stopCorsCheck();
    void onCorsFinished(const DiagnosisResult &result);
    void setChecking(bool checking);
    void updateOriginProblem();
    // The web page's origin as typed, normalised; empty when it is not one.
    QString origin() const;

    std::unique_ptr<Ui::ServerSetupPage> m_ui;
    DiagnosisRunner *m_runner = nullptr;
    bool m_checking = false;
    bool m_hadEntryResult = false;
    DiagnosisResult m_entryResult; // the result the page started from; the model gets it back on Back
};
