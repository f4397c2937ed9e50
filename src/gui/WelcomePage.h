// The first page: who is asking, which decides how technical the rest of the wizard gets; also the way to the
// saved sign-ins.
#pragma once

#include "WizardPage.h"
#include "diagnosis/Finding.h"

#include <QPointer>

#include <memory>

class SavedSignInsDialog;

namespace Ui {
class WelcomePage;
}

class WelcomePage : public WizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(DiagnosisModel *model, QWidget *parent = nullptr);
    ~WelcomePage() override;

    void initializePage() override;

private:
    void choose(Audience audience);
    void showSavedSignIns();

    std::unique_ptr<Ui::WelcomePage> m_ui;
    QPointer<SavedSignInsDialog> m_savedSignIns;
};
