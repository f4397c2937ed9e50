// Implementation of SummaryPage.
#include "SummaryPage.h"
#include "ui_SummaryPage.h"

#include "DiagnosisModel.h"

#include <QScrollBar>

SummaryPage::SummaryPage(DiagnosisModel *model, QWidget *parent)
    : WizardPage(model, parent)
    , m_ui(std::make_unique<Ui::SummaryPage>())
{
    m_ui->setupUi(this);
    connect(m_ui->showTechnical, &QCheckBox::toggled, m_ui->findingList, &FindingList::setShowTechnical);
    connect(m_ui->findingList, &FindingList::hiddenCountChanged, this, &SummaryPage::onHiddenCountChanged);
    onHiddenCountChanged(0);
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::initializePage()
{
    const DiagnosisResult &result = model()->result();
    m_ui->verdictView->setVerdict(result.verdict);
    m_ui->verdictView->setVisible(result.verdict.isValid());
    const bool technical = model()->showsTechnicalByDefault();
    m_ui->showTechnical->setChecked(technical);
    m_ui->findingList->setShowTechnical(technical);
    m_ui->findingList->setFindings(result.findings);
    m_ui->findingList->verticalScrollBar()->setValue(0);
}

void SummaryPage::onHiddenCountChanged(int hidden)
{
    m_ui->hiddenCount->setText(tr("(%1 hidden)").arg(hidden));
    m_ui->hiddenCount->setVisible(hidden > 0);
}
