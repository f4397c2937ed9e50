// Implementation of FirstLookPage.
#include "FirstLookPage.h"
#include "ui_FirstLookPage.h"

#include "DiagnosisModel.h"
#include "DiagnosisProgress.h"
#include "GuiLogging.h"
#include "diagnosis/Diagnosis.h"
#include "diagnosis/DiagnosisResult.h"

FirstLookPage::FirstLookPage(DiagnosisModel *model, QWidget *parent)
    : WizardPage(model, parent)
    , m_ui(std::make_unique<Ui::FirstLookPage>())
{
    m_ui->setupUi(this);
    connect(m_ui->cancelButton, &QAbstractButton::clicked, this, &FirstLookPage::stopDiagnosis);
    connect(m_ui->retryButton, &QAbstractButton::clicked, this, &FirstLookPage::startDiagnosis);
    connect(m_ui->findingList, &FindingList::hiddenCountChanged, this, [this](int hidden) {
        m_ui->hiddenCount->setText(tr("Technical findings hidden: %1. The summary can show them.").arg(hidden));
        m_ui->hiddenCount->setVisible(hidden > 0);
    });
    m_ui->hiddenCount->hide();
    setState(State::Idle);
}

FirstLookPage::~FirstLookPage()
{
    if (m_diagnosis) {
        disconnect(m_diagnosis, nullptr, this, nullptr);
        m_diagnosis->cancel();
    }
}

void FirstLookPage::initializePage()
{
    startDiagnosis();
}

void FirstLookPage::cleanupPage()
{
    if (m_diagnosis) {
        Diagnosis *diagnosis = m_diagnosis;
        disconnect(diagnosis, nullptr, this, nullptr);
        diagnosis->cancel();
        diagnosis->deleteLater();
        m_diagnosis = nullptr;
    }
    m_ui->findingList->clear();
    setState(State::Idle);
}

bool FirstLookPage::isComplete() const
{
    return m_state == State::Finished;
}

bool FirstLookPage::isRunning() const
{
    return m_state == State::Running;
}

void FirstLookPage::startDiagnosis()
{
    if (m_diagnosis) {
        disconnect(m_diagnosis, nullptr, this, nullptr);
        m_diagnosis->cancel();
        m_diagnosis->deleteLater();
    }
    model()->clearResult();
    m_ui->findingList->clear();

    const DiagnosisRequest request = model()->request();
    m_ui->addressLabel->setText(request.target.toDisplayString(QUrl::RemoveUserInfo));
    m_ui->stepLabel->setText(tr("Starting…"));
    m_ui->progressBar->setRange(0, 0); // busy until the first progress report says how many steps there are
    setState(State::Running);

    qCDebug(lcGui) << "starting the diagnosis";
    // The remembered session: the cookies and cached answers of earlier runs go along, as in a browser's normal window.
    m_diagnosis = new Diagnosis(model()->session(), this);
    connect(m_diagnosis, &Diagnosis::progress, this, &FirstLookPage::onProgress);
    connect(m_diagnosis, &Diagnosis::finished, this, &FirstLookPage::onFinished);
    m_diagnosis->start(request);
}

void FirstLookPage::stopDiagnosis()
{
    if (!m_diagnosis || m_state != State::Running)
        return;
    qCDebug(lcGui) << "cancelling the diagnosis";
    m_ui->cancelButton->setEnabled(false);
    m_ui->stepLabel->setText(tr("Stopping…"));
    // finished() follows with result.cancelled set.
    m_diagnosis->cancel();
}

void FirstLookPage::onProgress(int done, int total, const QString &step)
{
    if (m_state != State::Running)
        return;
    DiagnosisProgress::show(m_ui->progressBar, m_ui->stepLabel, done, total, step);
}

void FirstLookPage::onFinished(const DiagnosisResult &result)
{
    qCDebug(lcGui) << "diagnosis finished; cancelled:" << result.cancelled << "findings:" << result.findings.size();
    if (m_diagnosis) {
        m_diagnosis->deleteLater();
        m_diagnosis = nullptr;
    }
    if (result.cancelled) {
        setState(State::Cancelled);
        m_ui->retryButton->setFocus();
    } else {
        model()->setResult(result);
        m_ui->verdictView->setVerdict(result.verdict);
        m_ui->verdictView->setVisible(result.verdict.isValid());
        m_ui->findingList->setShowTechnical(model()->showsTechnicalByDefault());
        m_ui->findingList->setFindings(result.findings);
        setState(State::Finished);
    }
    emit diagnosisFinished();
}

void FirstLookPage::setState(State state)
{
    const bool wasComplete = isComplete();
    m_state = state;
    switch (state) {
    case State::Idle:
    case State::Running:
        m_ui->stateStack->setCurrentWidget(m_ui->runningState);
        m_ui->cancelButton->setEnabled(state == State::Running);
        break;
    case State::Cancelled:
        m_ui->stateStack->setCurrentWidget(m_ui->cancelledState);
        break;
    case State::Finished:
        m_ui->stateStack->setCurrentWidget(m_ui->resultState);
        break;
    }
    if (wasComplete != isComplete())
        emit completeChanged();
}
