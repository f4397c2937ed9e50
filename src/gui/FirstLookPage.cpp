// Implementation of FirstLookPage.
#include "FirstLookPage.h"
#include "ui_FirstLookPage.h"

#include "DiagnosisModel.h"
#include "DiagnosisRunner.h"
#include "GuiLogging.h"
#include "diagnosis/DiagnosisResult.h"

FirstLookPage::FirstLookPage(DiagnosisModel *model, QWidget *parent)
    : WizardPage(model, parent)
    , m_ui(std::make_unique<Ui::FirstLookPage>())
{
    m_ui->setupUi(this);
    m_runner = new DiagnosisRunner(m_ui->progressBar, m_ui->stepLabel, this);
    connect(m_runner, &DiagnosisRunner::finished, this, &FirstLookPage::onFinished);
    connect(m_ui->cancelButton, &QAbstractButton::clicked, this, &FirstLookPage::stopDiagnosis);
    connect(m_ui->retryButton, &QAbstractButton::clicked, this, &FirstLookPage::startDiagnosis);
    connect(m_ui->findingList, &FindingList::hiddenCountChanged, this, [this](int hidden) {
        m_ui->hiddenCount->setText(tr("Technical findings hidden: %1. The summary can show them.").arg(hidden));
        m_ui->hiddenCount->setVisible(hidden > 0);
    });
    m_ui->hiddenCount->hide();
    setState(State::Idle);
}

FirstLookPage::~FirstLookPage() = default;

void FirstLookPage::initializePage()
{
    startDiagnosis();
}

void FirstLookPage::cleanupPage()
{
    m_runner->abandon();
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
    model()->clearResult();
    m_ui->findingList->clear();

    const DiagnosisRequest request = model()->request();
    m_ui->addressLabel->setText(request.target.toDisplayString(QUrl::RemoveUserInfo));
    setState(State::Running);

    qCDebug(lcGui) << "starting the diagnosis";
    // The remembered session: the cookies and cached answers of earlier runs go along, as in a browser's normal window.
    m_runner->start(model()->session(), request);
}

void FirstLookPage::stopDiagnosis()
{
    if (!m_runner->isRunning() || m_state != State::Running)
        return;
    qCDebug(lcGui) << "cancelling the diagnosis";
    m_ui->cancelButton->setEnabled(false);
    // finished() follows with result.cancelled set.
    m_runner->stop();
}

void FirstLookPage::onFinished(const DiagnosisResult &result)
{
    qCDebug(lcGui) << "diagnosis finished; cancelled:" << result.cancelled << "findings:" << result.findings.size();
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
