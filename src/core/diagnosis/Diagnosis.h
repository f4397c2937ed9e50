// Runs a diagnosis: the first look at the address, then every check of the plan, with progress and Cancel.
#pragma once

#include "DiagnosisResult.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class Check;
class Probe;
class ProbeSession;

class Diagnosis : public QObject
{
    Q_OBJECT

public:
    // session: the network state to use; when null the diagnosis makes a fresh one of its own.
    explicit Diagnosis(ProbeSession *session = nullptr, QObject *parent = nullptr);
    ~Diagnosis() override;

    bool isRunning() const { return m_running; }
    // Starts; the answer comes with finished(). Starting while running cancels the run in progress first.
    void start(const DiagnosisRequest &request);
    // Stops every request in flight; finished() follows with result.cancelled set.
    void cancel();

signals:
    // done out of total steps; step says in plain words what is being done now.
    void progress(int done, int total, const QString &step);
    void finished(const DiagnosisResult &result);

private:
    void onFirstLookFinished(const Exchange &exchange);
    void onCheckFinished(Check *check, const QList<Finding> &findings, const QList<Exchange> &exchanges);
    void finish();
    int totalSteps() const;

    ProbeSession *m_session = nullptr;
    ProbeSession *m_ownSession = nullptr;
    QPointer<Probe> m_probe;
    QList<Check *> m_checks;
    QList<QList<Finding>> m_findingsByCheck;
    int m_checksDone = 0;
    bool m_running = false;
    bool m_hadCookies = false;
    DiagnosisResult m_result;
    QElapsedTimer m_clock;
};
