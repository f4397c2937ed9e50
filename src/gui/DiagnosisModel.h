// What the wizard knows so far (who is asking, which address, the last result) and the state it keeps for the program's
// lifetime (the remembered network session, the installed browsers); the wizard owns it, every page reads and writes it.
#pragma once

#include "ImportedRequest.h"
#include "diagnosis/DiagnosisRequest.h"
#include "diagnosis/DiagnosisResult.h"
#include "diagnosis/Finding.h"
#include "statuspage/StatusPageResult.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class BrowserCatalog;
class ProbeSession;
class StatusPageClient;

class DiagnosisModel : public QObject
{
    Q_OBJECT

public:
    explicit DiagnosisModel(QObject *parent = nullptr);
    ~DiagnosisModel() override;

    Audience audience() const { return m_audience; }
    void setAudience(Audience audience);
    // Developers and administrators see the technical findings without asking.
    bool showsTechnicalByDefault() const { return m_audience != Audience::Everyone; }

    QUrl target() const { return m_target; }
    void setTarget(const QUrl &target);

    bool hasResult() const { return m_hasResult; }
    const DiagnosisResult &result() const { return m_result; }
    // A result not seen before (a new run, not one a page gives back on Back) is also added to the attempt log.
    void setResult(const DiagnosisResult &result);
    // Forgets the result and the status page's answer.
    void clearResult();

    // What the Service status page read last; its findings are in result() too. None before it ran.
    const std::optional<StatusPageResult> &statusPageResult() const { return m_statusPageResult; }
    void setStatusPageResult(const std::optional<StatusPageResult> &result);

    // A new client for one status page lookup, with the program's defaults (the shared one-minute cache, the user's
    // catalog) and then the setup given with setStatusPageClientSetup().
    StatusPageClient *createStatusPageClient(QObject *parent) const;
    using StatusPageClientSetup = std::function<void(StatusPageClient *client)>;
    // For tests: host overrides, plain http, a cache or catalog of their own, applied to every new client.
    void setStatusPageClientSetup(const StatusPageClientSetup &setup);

    // Where the attempt log lives; empty (the default) for the application data folder.
    QString attemptLogDirectory() const { return m_attemptLogDirectory; }
    void setAttemptLogDirectory(const QString &directory);

    // The request parts of a curl command pasted on the Address page (method, headers, body, user), sent by every
    // diagnosis as the person's own request; none for a typed address.
    const std::optional<ImportedRequest> &importedRequest() const { return m_importedRequest; }
    void setImportedRequest(const std::optional<ImportedRequest> &request);

    // What the diagnosis is to look at, from everything the pages have gathered.
    DiagnosisRequest request() const;

    // The program's one remembered session (its own cookie jar and cache, like a browser's normal window), kept for
    // the program's lifetime and given to every Diagnosis a page starts, so that a cookie set by one run is sent by
    // the next, and clearing it is seen by all.
    ProbeSession *session() const { return m_session; }

    // The browsers installed on this computer; made with BrowserCatalog::create() when first asked for, and started by
    // whoever needs the list.
    BrowserCatalog *browserCatalog();
    // Replaces the catalog, e.g. with one that looks at a fake home folder in tests; before the first browserCatalog().
    void setBrowserCatalog(std::unique_ptr<BrowserCatalog> catalog);

signals:
    void audienceChanged(Audience audience);
    void targetChanged(const QUrl &target);
    void resultChanged();
    void statusPageResultChanged();

private:
    void logAttempt(const DiagnosisResult &result);

    Audience m_audience = Audience::Everyone;
    QUrl m_target;
    std::optional<ImportedRequest> m_importedRequest; // holds secrets: memory only
    DiagnosisResult m_result;
    bool m_hasResult = false;
    std::optional<StatusPageResult> m_statusPageResult;
    StatusPageClientSetup m_statusPageClientSetup;
    QString m_attemptLogDirectory;
    QList<QDateTime> m_loggedRuns; // the start times of the runs in the attempt log already
    ProbeSession *m_session = nullptr;
    std::unique_ptr<BrowserCatalog> m_browserCatalog;
};
