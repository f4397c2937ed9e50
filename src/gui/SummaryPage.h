// The last page: the verdict, then every finding, most severe first, with the technical ones on request.
#pragma once

#include "WizardPage.h"

#include <memory>

namespace Ui {
class SummaryPage;
}

class SummaryPage : public WizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(DiagnosisModel *model, QWidget *parent = nullptr);
    ~SummaryPage() override;

    void initializePage() override;

private:
    void onHiddenCountChanged(int hidden);

    std::unique_ptr<Ui::SummaryPage> m_ui;
};
