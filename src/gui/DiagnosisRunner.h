// Runs one Diagnosis at a time for a page and shows its progress there. Starting again, or giving up on a run (the
// page is left, the program closes), disconnects the run before, so that a late answer of an abandoned run never
// reaches the page; Stop asks the running one to end, and finished() then follows with result.cancelled set.
#pragma once

#include "diagnosis/DiagnosisRequest.h"
#include "diagnosis/DiagnosisResult.h"

#include <QObject>
#include <QPointer>

class Diagnosis;
class ProbeSession;
class QLabel;
class QProgressBar;

class DiagnosisRunner : public QObject
{
    Q_OBJECT

public:
    // bar and stepLabel show the progress of every run; they belong to the page, which outlives the runner.
    DiagnosisRunner(QProgressBar *bar, QLabel *stepLabel, QObject *parent);
    ~DiagnosisRunner() override;

    // Gives up on a run still going, and starts a new one in session.
    void start(ProbeSession *session, const DiagnosisRequest &request);
    // Asks the running diagnosis to stop; finished() follows with result.cancelled set. Nothing when none runs.
    void stop();
    // Drops the running diagnosis without a finished().
    void abandon();
    bool isRunning() const;

    // For Diagnosis::progress(done, total, step): a busy bar until the number of steps is known; an empty step leaves
    // the label as it is.
    static void showProgress(QProgressBar *bar, QLabel *stepLabel, int done, int total, const QString &step);

signals:
    void finished(const DiagnosisResult &result);

private:
    void onFinished(const DiagnosisResult &result);

    QProgressBar *m_bar;
    QLabel *m_stepLabel;
    QPointer<Diagnosis> m_diagnosis;
};
