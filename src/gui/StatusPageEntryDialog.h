// The dialog in which the person adds or changes one entry of their own status page catalog: the service's name, its
// domains, the status page's address and kind. It checks the page live on request (with progress and Stop), says
// what is wrong with the entry as it is typed, and saves it to the settings when the person chooses Save.
#pragma once

#include "statuspage/StatusPageCatalog.h"
#include "statuspage/StatusPageResult.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class StatusPageClient;

namespace Ui {
class StatusPageEntryDialog;
}

class StatusPageEntryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Add, // a new entry of the person's
        Edit, // one of the person's entries; saving replaces it
        Override, // a built-in entry's values to start from; saving adds the person's own, which comes first
    };

    explicit StatusPageEntryDialog(Mode mode, QWidget *parent = nullptr);
    ~StatusPageEntryDialog() override;

    Mode mode() const { return m_mode; }
    // Fills in the fields. In Edit mode, entry is the one that saving replaces.
    void setEntry(const StatusPageCatalogEntry &entry);
    // The entry as typed (domains as given, not yet normalised).
    StatusPageCatalogEntry entry() const;
    // What is wrong with the entry as typed; None when it can be saved.
    StatusPageCatalog::EntryProblem problem() const;
    bool isChecking() const;
    // The answer of the last Check that ended with one.
    const std::optional<StatusPageResult> &checkResult() const { return m_checkResult; }

    // Saves the entry to the settings (after asking, when it would replace another entry of the person's) and closes.
    void accept() override;
    void reject() override;

signals:
    // A Check ended, with an answer or stopped.
    void checkFinished();

private:
    void startCheck();
    void stopCheck();
    void abandonCheck();
    void onCheckFinished(const StatusPageResult &result);
    void showCheckResult(const StatusPageResult &result);
    void updateProblem();
    void setChecking(bool checking);
    // The person's other entries that saving this one would replace, because they share a domain with it.
    QList<StatusPageCatalogEntry> entriesReplaced() const;

    std::unique_ptr<Ui::StatusPageEntryDialog> m_ui;
    Mode m_mode;
    QString m_previousDomain; // Edit: a domain of the entry being changed, which is how the settings find it
    QPointer<StatusPageClient> m_client;
    std::optional<StatusPageResult> m_checkResult;
};
