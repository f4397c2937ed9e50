// The page that runs the diagnosis on the address, shows its progress with a Stop button, then the verdict and the
// findings.
#pragma once

#include "WizardPage.h"

#include <memory>

class DiagnosisRunner;
struct DiagnosisResult;

namespace Ui {
class FirstLookPage;
}

class FirstLookPage : public WizardPage
{
    Q_OBJECT

public:
    explicit FirstLookPage(DiagnosisModel *model, QWidget *parent = nullptr);
    ~FirstLookPage() override;

    void initializePage() override;
    // Going Back, or starting over, stops a diagnosis still running.
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;

signals:
    // The diagnosis ended, with a result or cancelled; the page shows the outcome already.
    void diagnosisFinished();

private:
    enum class State { Idle, Running, Cancelled, Finished };

    void startDiagnosis();
    void stopDiagnosis();
    void onFinished(const DiagnosisResult &result);
    void setState(State state);

    std::unique_ptr<Ui::FirstLookPage> m_ui;
    DiagnosisRunner *m_runner = nullptr;
    State m_state = State::Idle;
};
