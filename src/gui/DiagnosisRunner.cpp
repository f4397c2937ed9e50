// Implementation of DiagnosisRunner.
#include "DiagnosisRunner.h"

#include "GuiLogging.h"
#include "diagnosis/Diagnosis.h"

#include <QLabel>
#include <QProgressBar>

DiagnosisRunner::DiagnosisRunner(QProgressBar *bar, QLabel *stepLabel, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_stepLabel(stepLabel)
{
}

DiagnosisRunner::~DiagnosisRunner()
{
    abandon();
}

void DiagnosisRunner::start(ProbeSession *session, const DiagnosisRequest &request)
{
    abandon();
    m_stepLabel->setText(tr("Starting…"));
    m_bar->setRange(0, 0); // busy until the first progress report says how many steps there are
    // A new Diagnosis for every run: one given up on may still be winding down, and must not be mistaken for this one.
    m_diagnosis = new Diagnosis(session, this);
    connect(m_diagnosis, &Diagnosis::progress, this,
        [this](int done, int total, const QString &step) { showProgress(m_bar, m_stepLabel, done, total, step); });
    connect(m_diagnosis, &Diagnosis::finished, this, &DiagnosisRunner::onFinished);
    m_diagnosis->start(request);
}

void DiagnosisRunner::stop()
{
    if (!m_diagnosis)
        return;
    qCDebug(lcGui) << "stopping a diagnosis";
    m_stepLabel->setText(tr("Stopping…"));
    m_diagnosis->cancel();
}

void DiagnosisRunner::abandon()
{
    if (!m_diagnosis)
        return;
    Diagnosis *diagnosis = m_diagnosis;
    m_diagnosis = nullptr;
    disconnect(diagnosis, nullptr, this, nullptr);
    diagnosis->cancel();
    diagnosis->deleteLater();
}

bool DiagnosisRunner::isRunning() const
{
    return !m_diagnosis.isNull();
}

void DiagnosisRunner::onFinished(const DiagnosisResult &result)
{
    if (m_diagnosis) {
        m_diagnosis->deleteLater();
        m_diagnosis = nullptr;
    }
    emit finished(result);
}

void DiagnosisRunner::showProgress(QProgressBar *bar, QLabel *stepLabel, int done, int total, const QString &step)
{
    // An empty bar looks stuck while the first request waits for its answer; the busy bar shows that work goes on.
    if (done <= 0 || total <= 0) {
        bar->setRange(0, 0);
    } else {
        bar->setRange(0, total);
        bar->setValue(qMin(done, total));
    }
    if (!step.isEmpty())
        stepLabel->setText(step);
}
