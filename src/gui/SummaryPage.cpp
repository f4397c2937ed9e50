// Implementation of SummaryPage.
#include "SummaryPage.h"
#include "ui_SummaryPage.h"

#include "DiagnosisModel.h"
#include "ReportPreviewDialog.h"
#include "net/ProbeSession.h"
#include "net/SessionCookieJar.h"
#include "report/SupportReport.h"

#include <QScrollBar>
#include <QWizard>

using namespace Qt::Literals::StringLiterals;

SummaryPage::SummaryPage(DiagnosisModel *model, QWidget *parent)
    : WizardPage(model, parent)
    , m_ui(std::make_unique<Ui::SummaryPage>())
{
    m_ui->setupUi(this);
    connect(m_ui->showTechnical, &QCheckBox::toggled, m_ui->findingList, &FindingList::setShowTechnical);
    connect(m_ui->findingList, &FindingList::hiddenCountChanged, this, &SummaryPage::onHiddenCountChanged);
    connect(m_ui->previewReportButton, &QAbstractButton::clicked, this, &SummaryPage::previewReport);
    connect(model, &DiagnosisModel::resultChanged, this, &SummaryPage::onResultChanged);
    onHiddenCountChanged(0);
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::initializePage()
{
    const bool technical = model()->showsTechnicalByDefault();
    m_ui->showTechnical->setChecked(technical);
    m_ui->findingList->setShowTechnical(technical);
    showResult();
    m_ui->findingList->verticalScrollBar()->setValue(0);
}

void SummaryPage::showResult()
{
    const DiagnosisResult &result = model()->result();
    m_ui->verdictView->setVerdict(result.verdict);
    m_ui->verdictView->setVisible(result.verdict.isValid());
    m_ui->findingList->setFindings(result.findings);
    m_ui->previewReportButton->setEnabled(model()->hasResult());
}

void SummaryPage::onResultChanged()
{
    // The status page check may end after the person went on to this page; its findings then join the list here.
    if (wizard() && wizard()->currentPage() == this) {
        const int scroll = m_ui->findingList->verticalScrollBar()->value();
        showResult();
        m_ui->findingList->verticalScrollBar()->setValue(scroll);
    }
}

ReportPreviewDialog *SummaryPage::reportPreview() const
{
    return m_preview;
}

void SummaryPage::previewReport()
{
    if (!m_preview) {
        SupportReport report = SupportReport::of(model()->result(), model()->statusPageResult());
        // The values of the cookies the program holds are secrets too, wherever they turn up in the report.
        const QList<QNetworkCookie> cookies = model()->session()->cookieJar()->cookies();
        for (const QNetworkCookie &cookie : cookies)
            report.extraSecrets.append(QString::fromUtf8(cookie.value()));
        m_preview = new ReportPreviewDialog(report, this);
        m_preview->setObjectName(u"reportPreviewDialog"_s);
        m_preview->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_preview->open();
    m_preview->raise();
    m_preview->activateWindow();
}

void SummaryPage::onHiddenCountChanged(int hidden)
{
    m_ui->hiddenCount->setText(tr("(%1 hidden)").arg(hidden));
    m_ui->hiddenCount->setVisible(hidden > 0);
}
