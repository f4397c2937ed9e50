// Finds a service's status page and reads it, one request at a time, with progress and cancel.
#pragma once

#include "StatusPageCatalog.h"
#include "StatusPageDiscovery.h"
#include "StatusPageResult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <optional>

class Probe;
class ProbeSession;
class StatusPageCache;

class StatusPageClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 10000;
    // Status documents are larger than the pages Auth Doctor diagnoses (Google Cloud's lists a year of incidents), but
    // still capped.
    static constexpr qint64 MaxDocumentBytes = 16 * 1024 * 1024;
    static constexpr int MaxRedirects = 5;

    // session: the network to use; null for a private one (status pages need no cookies of the person's).
    explicit StatusPageClient(ProbeSession *session = nullptr, QObject *parent = nullptr);
    ~StatusPageClient() override;

    // Default: StatusPageCatalog::load() (built-in plus the user's entries), read at the first lookup.
    void setCatalog(const StatusPageCatalog &catalog);
    StatusPageCatalog catalog() const;
    // Default: StatusPageCache::shared(). Null: nothing is cached. The cache must outlive the client.
    void setCache(StatusPageCache *cache);
    StatusPageCache *cache() const { return m_cache; }
    // For each request, from asking to the last byte.
    void setTimeoutMs(int milliseconds);
    int timeoutMs() const { return m_timeoutMs; }

    // For tests: hosts that are answered by another address, e.g. "status.example.com" -> http://127.0.0.1:PORT/.
    // While any override is set, a host without one is never contacted (nor followed in a redirect), so that no
    // request of a test can leave the machine.
    void setHostOverride(const QHash<QString, QUrl> &overrides);
    // Plain http is allowed (loopback tests). Off, the default: every address is read over https.
    void setAllowInsecureHttp(bool allow);

    bool isRunning() const { return m_running; }
    // Finds the status page of a service from a domain or any of its addresses, and reads it.
    void lookUp(const QString &urlOrDomain);
    // Reads the status page at the address the person gave (its base address or one of its documents).
    void readStatusPage(const QString &statusPageAddress);
    // Stops at once; finished() follows with Problem::Cancelled.
    void cancel();

signals:
    // Before each request: done requests so far and how many the plan has at most.
    void progress(int done, int total);
    void requestStarted(const QUrl &documentUrl);
    // Exactly once per lookUp()/readStatusPage(), always after it has returned.
    void finished(const StatusPageResult &result);

private:
    struct Attempt
    {
        int candidate = 0;
        QUrl document; // the address as planned (before any host override)
        QStringList formats; // parsers to try on what it answers
    };
    struct CandidateState
    {
        bool skip = false; // a network failure or a cached "nothing here"
        bool answered = false; // some HTTP answer came
        bool unreadable = false; // a 2xx answer that no parser read
        bool networkFailed = false;
        bool checkedCache = false;
        QList<QUrl> tried;
        QString error;
    };

    void begin(const QString &input, const QList<StatusPageCandidate> &candidates);
    void next();
    void sendRequest(const QUrl &logical);
    void onProbeFinished(const Exchange &exchange);
    bool answerFromCache(int candidateIndex);
    void finishFound(int candidateIndex, const QUrl &documentUrl, const StatusPageReport &report, bool fromCache,
        const QDateTime &checkedAt);
    void finishNotFound();
    void finishWith(StatusPageResult::Problem problem);
    void emitFinished();
    // The address a request really goes to: host overrides applied, http raised to https unless allowed. Empty when
    // the host may not be contacted (a host without an override while overrides are set); why then says so.
    QUrl resolve(const QUrl &logical, QString *why) const;
    QUrl cacheKeyOf(int candidateIndex) const;
    void rememberCandidate(int candidateIndex);

    ProbeSession *m_session = nullptr;
    Probe *m_probe = nullptr;
    std::optional<StatusPageCatalog> m_catalog;
    StatusPageCache *m_cache = nullptr;
    int m_timeoutMs = DefaultTimeoutMs;
    QHash<QString, QUrl> m_overrides;
    bool m_allowHttp = false;

    bool m_running = false;
    bool m_cancelled = false;
    quint64 m_generation = 0;
    QList<StatusPageCandidate> m_candidates;
    QList<CandidateState> m_states;
    QList<Attempt> m_attempts;
    int m_index = -1;
    QUrl m_currentLogical; // the address being asked now, as planned or as redirected
    int m_redirects = 0;
    StatusPageResult m_result;
};
