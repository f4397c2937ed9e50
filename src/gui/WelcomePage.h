// The first page: who is asking, which decides how technical the rest of the wizard gets.
#pragma once

#include "WizardPage.h"
#include "diagnosis/Finding.h"

#include <memory>

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

    std::unique_ptr<Ui::WelcomePage> m_ui;
};
