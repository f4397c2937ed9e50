// The page that answers "is it them or me?": it reads the service's public status page by itself, with progress and
// Stop, shows the state, the affected parts (sign-in first), incidents and maintenance, and reads a page the person
// names; its findings join the diagnosis, so the summary and the report show them.
#pragma once

#include "WizardPage.h"
#include "diagnosis/DiagnosisResult.h"
#include "statuspage/StatusPageResult.h"

#include <QPointer>

#include <memory>
#include <optional>

class StatusPageClient;
class StatusPageEntryDialog;

namespace Ui {
class ServiceStatusPage;
}

class ServiceStatusPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ServiceStatusPage(DiagnosisModel *model, QWidget *parent = nullptr);
    ~ServiceStatusPage() override;

    // When something failed that an outage could explain: a refusal (401, 403, 407), too many requests, a server
    // error, a server that could not be reached, or a sign-in the server refused. Not when access works, a sign-in
    // test just worked, or the address does not exist: then the question does not arise.
    bool appliesTo(const DiagnosisModel &model) const override;
    // Starts looking up the status page of the address's service.
    void initializePage() override;
    // Going Back stops a lookup still running and gives the model the result the page started from.
    void cleanupPage() override;

    bool isLookingUp() const;
    // The page's answer as shown; none before the first lookup ended.
    const std::optional<StatusPageResult> &shownResult() const { return m_shown; }
    // The dialog that keeps a status page the person gave for the service, while it is open.
    StatusPageEntryDialog *rememberDialog() const;

signals:
    // A lookup ended, with an answer or stopped; the page shows the outcome already.
    void lookUpFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class State { Idle, Running, Stopped, Finished };
    enum class Kind { LookUp, ReadGiven };

    void lookUpTarget();
    void checkGivenPage();
    void start(Kind kind, const QString &input);
    void stop();
    void retry();
    void abandon();
    void onProgress(int done, int total);
    void onRequestStarted(const QUrl &documentUrl);
    void onFinished(const StatusPageResult &result);
    void showResult(const StatusPageResult &result);
    void addToDiagnosis(const StatusPageResult &result);
    void setState(State state);
    void updateCheckButton();
    // After a page the person gave was read: offer to keep it for the service, unless the catalog has it already.
    void offerToRemember(const StatusPageResult &result);
    void remember();

    std::unique_ptr<Ui::ServiceStatusPage> m_ui;
    // A new client for every lookup, so that a late signal from one given up on cannot reach the page.
    QPointer<StatusPageClient> m_client;
    State m_state = State::Idle;
    Kind m_kind = Kind::LookUp;
    QString m_input; // what the running or last lookup was given
    DiagnosisResult m_entryResult; // the result the page started from; the model gets it back on Back
    std::optional<StatusPageResult> m_entryStatus;
    std::optional<StatusPageResult> m_shown;
    QPointer<StatusPageEntryDialog> m_rememberDialog;
};
