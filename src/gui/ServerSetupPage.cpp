// Implementation of ServerSetupPage.
#include "ServerSetupPage.h"
#include "ui_ServerSetupPage.h"

#include "DiagnosisModel.h"
#include "DiagnosisRunner.h"
#include "GuiLogging.h"
#include "checks/CorsCheck.h"
#include "diagnosis/Verdict.h"

#include <QKeyEvent>
#include <QWizard>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isCorsFinding(const Finding &finding)
{
    return finding.id.startsWith(u"cors."_s);
}

} // namespace

ServerSetupPage::ServerSetupPage(DiagnosisModel *model, QWidget *parent)
    : WizardPage(model, parent)
    , m_ui(std::make_unique<Ui::ServerSetupPage>())
{
    m_ui->setupUi(this);
    m_runner = new DiagnosisRunner(m_ui->corsProgress, m_ui->corsStep, this);
    connect(m_runner, &DiagnosisRunner::finished, this, &ServerSetupPage::onCorsFinished);
    connect(m_ui->corsCheckButton, &QAbstractButton::clicked, this, &ServerSetupPage::startCorsCheck);
    connect(m_ui->corsStopButton, &QAbstractButton::clicked, this, &ServerSetupPage::stopCorsCheck);
    connect(m_ui->corsOriginEdit, &QLineEdit::textChanged, this, &ServerSetupPage::updateOriginProblem);
    // Enter in the origin field checks it instead of leaving the wizard page.
    m_ui->corsOriginEdit->installEventFilter(this);
    m_ui->corsStep->hide();
    setChecking(false);
    updateOriginProblem();
}

ServerSetupPage::~ServerSetupPage()
{
    m_runner->abandon();
}

bool ServerSetupPage::appliesTo(const DiagnosisModel &model) const
{
    if (model.audience() == Audience::Everyone || !model.hasResult() || model.result().cancelled)
        return false;
    return !model.result().exchanges.isEmpty() && model.result().firstLook().isAnswered();
}

bool ServerSetupPage::isSetupFinding(const Finding &finding)
{
    static const QStringList ids {
        u"redirect.auth-dropped"_s,
        u"redirect.to-http"_s,
        u"redirect.loop"_s,
        u"redirect.bad-location"_s,
        u"challenge.missing"_s,
        u"challenge.malformed"_s,
        u"clock.skew"_s,
        u"proxy.auth-required"_s,
        u"status.proxy-auth"_s,
        u"cache.stale"_s,
    };
    return ids.contains(finding.id);
}

void ServerSetupPage::initializePage()
{
    m_hadEntryResult = model()->hasResult();
    m_entryResult = model()->result();
    showSetupFindings();
    // A check of the last visit is shown again when it is in the result (going Back and Next again keeps it).
    QList<Finding> cors;
    std::copy_if(
        m_entryResult.findings.cbegin(), m_entryResult.findings.cend(), std::back_inserter(cors), isCorsFinding);
    m_ui->corsFindings->setFindings(cors);
    m_ui->corsStep->hide();
    setChecking(false);
    connect(wizard(), &QWizard::currentIdChanged, this, &ServerSetupPage::onWizardPageChanged, Qt::UniqueConnection);
}

void ServerSetupPage::onWizardPageChanged()
{
    if (wizard() && wizard()->currentPage() == this)
        m_ui->corsOriginEdit->setFocus(Qt::OtherFocusReason);
}

void ServerSetupPage::cleanupPage()
{
    m_runner->abandon();
    setChecking(false);
    m_ui->corsStep->hide();
    m_ui->corsFindings->clear();
    if (m_hadEntryResult)
        model()->setResult(m_entryResult);
    QWizardPage::cleanupPage();
}

bool ServerSetupPage::isComplete() const
{
    // Nothing here is required; only a check still running holds the wizard, so that its result is not lost.
    return !m_checking;
}

void ServerSetupPage::showSetupFindings()
{
    QList<Finding> setup;
    std::copy_if(
        m_entryResult.findings.cbegin(), m_entryResult.findings.cend(), std::back_inserter(setup), isSetupFinding);
    m_ui->setupFindings->setFindings(setup);
    const QString host = model()->target().host();
    m_ui->setupSummary->setText(setup.isEmpty()
            ? tr("Nothing in the setup of %1 stands out: no redirect lost the sign-in, the refusal says how to sign "
                 "in, and no proxy or cache stood in the way.")
                  .arg(host)
            : tr("In the setup of %1:").arg(host));
}

QString ServerSetupPage::origin() const
{
    return CorsCheck::normalizedOrigin(m_ui->corsOriginEdit->text());
}

void ServerSetupPage::updateOriginProblem()
{
    const QString text = m_ui->corsOriginEdit->text().trimmed();
    const bool bad = !text.isEmpty() && origin().isEmpty();
    m_ui->corsOriginProblem->setVisible(bad);
    if (bad)
        m_ui->corsOriginProblem->setText(tr("“%1” is not an origin. An origin is the start of the web page’s "
                                            "address: https://, the host name and a port if it has one, such as "
                                            "https://app.example.com or http://localhost:3000.")
                                             .arg(text));
    m_ui->corsCheckButton->setEnabled(!m_checking && !origin().isEmpty());
}

bool ServerSetupPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->corsOriginEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<const QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (enter && modifiers == Qt::NoModifier) {
            if (m_ui->corsCheckButton->isEnabled())
                startCorsCheck();
            return true;
        }
    }
    return WizardPage::eventFilter(watched, event);
}

void ServerSetupPage::startCorsCheck()
{
    const QString pageOrigin = origin();
    if (pageOrigin.isEmpty() || m_checking)
        return;
    DiagnosisRequest request = model()->request();
    request.corsOrigin = pageOrigin;
    // Only the browser's requests: no sign-in test beside them, and no status page.
    request.credential.reset();
    request.lookUpStatusPage = false;
    m_ui->corsOriginEdit->setText(pageOrigin);
    m_ui->corsFindings->clear();
    m_ui->corsStep->show();
    setChecking(true);
    qCDebug(lcGui) << "checking CORS for a web page's origin";
    // The remembered session for the run's plain first look, as on the other pages; the check sends the browser's
    // requests in a fresh session of its own, since a preflight carries no cookies.
    m_runner->start(model()->session(), request);
}

void ServerSetupPage::stopCorsCheck()
{
    if (!m_checking)
        return;
    m_ui->corsStopButton->setEnabled(false);
    // finished() follows with result.cancelled set.
    m_runner->stop();
}

void ServerSetupPage::onCorsFinished(const DiagnosisResult &result)
{
    setChecking(false);
    m_ui->corsCheckButton->setFocus(Qt::OtherFocusReason);
    if (result.cancelled) {
        m_ui->corsStep->setText(tr("The check was stopped. Answers still on their way were dropped."));
        emit corsCheckFinished();
        return;
    }
    m_ui->corsStep->hide();
    QList<Finding> cors;
    std::copy_if(result.findings.cbegin(), result.findings.cend(), std::back_inserter(cors), isCorsFinding);
    m_ui->corsFindings->setFindings(cors);

    // The CORS findings and the browser's requests join what the page started from; the summary and the report
    // show them. The run's first look is a plain request the entry result has already.
    DiagnosisResult merged = m_entryResult;
    merged.findings.erase(
        std::remove_if(merged.findings.begin(), merged.findings.end(), isCorsFinding), merged.findings.end());
    merged.findings.append(cors);
    for (qsizetype i = 1; i < result.exchanges.size(); ++i)
        merged.exchanges.append(result.exchanges.at(i));
    merged.verdict = Verdict::from(merged.findings);
    merged.request.corsOrigin = result.request.corsOrigin;
    model()->setResult(merged);
    emit corsCheckFinished();
}

void ServerSetupPage::setChecking(bool checking)
{
    const bool wasComplete = isComplete();
    m_checking = checking;
    m_ui->corsProgress->setVisible(checking);
    m_ui->corsStopButton->setVisible(checking);
    m_ui->corsStopButton->setEnabled(checking);
    m_ui->corsOriginEdit->setReadOnly(checking);
    updateOriginProblem();
    if (wasComplete != isComplete())
        emit completeChanged();
}
