// The last page: the verdict, then every finding, most severe first, with the technical ones on request; and the report
// for support, previewed before it is shared.
#pragma once

#include "WizardPage.h"

#include <QPointer>

#include <memory>

class ReportPreviewDialog;

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

    // The preview of the report for support, while it is open.
    ReportPreviewDialog *reportPreview() const;

private:
    void showResult();
    void onResultChanged();
    void onHiddenCountChanged(int hidden);
    void previewReport();

    std::unique_ptr<Ui::SummaryPage> m_ui;
    QPointer<ReportPreviewDialog> m_preview;
};
