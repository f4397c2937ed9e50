// Finds where an API key goes when the person does not know: tries the places APIs expect it (Authorization schemes,
// Basic, the usual headers and query parameters), a few at a time, and stops at the first that works
// (apikey.placement-found, apikey.rejected-everywhere). The key only ever goes to the target's own origin.
#pragma once

#include "Check.h"
#include "net/ProbeRequest.h"

#include <QHash>
#include <QPointer>

class Probe;
class ProbeSession;

class ApiKeyPlacementCheck : public Check
{
    Q_OBJECT

public:
    static constexpr int MaxRequests = 10;
    static constexpr int MaxInFlight = 3;

    enum class Kind {
        Scheme, // "Authorization: <name> <key>" (Bearer, Token)
        BasicAsUser, // "Authorization: Basic base64(<key>:)"
        BasicAsPassword, // "Authorization: Basic base64(:<key>)"
        Header, // "<name>: <key>"
        Query, // "?<name>=<key>"
    };
    struct Placement
    {
        Kind kind = Kind::Header;
        QByteArray name; // the scheme word, the header name or the query parameter; empty for Basic
        // How it is sent, with "<key>" for the key: "Authorization: Bearer <key>", "?api_key=<key>". Not words: the
        // notation developers read, used in facts and technical text.
        QString notation() const;
        // "scheme", "basic-user", "basic-password", "header", "query" (the "placementKind" fact).
        QString kindKey() const;
        bool operator==(const Placement &other) const { return kind == other.kind && name == other.name; }
    };

    using Check::Check;
    ~ApiKeyPlacementCheck() override;

    // The places to try, in order: the usual order, with the ones the first look hints at (its challenge, or a header
    // or parameter name in its body) moved to the front. Never more than MaxRequests.
    static QList<Placement> placements(const Exchange &firstLook = {});
    // The request that sends key at placement, as the diagnosis would send it otherwise (method, body, extra headers).
    // Redirects are never followed, so that the key cannot travel to another origin in a query or a header.
    static ProbeRequest requestFor(const Placement &placement, const QString &key, const DiagnosisRequest &request);
    // A copyable curl command for the same request, with the key replaced by $API_KEY (quoted for POSIX shells).
    static QString curlLine(const Placement &placement, const DiagnosisRequest &request);

    QString title() const override;
    void start(const DiagnosisContext &context) override;
    void cancel() override;

private:
    struct Attempt
    {
        Placement placement;
        QPointer<Probe> probe;
        Exchange exchange;
        bool done = false;
        bool started = false;
    };

    void startNext();
    void onProbeFinished(int index, const Exchange &exchange);
    // Decides on one answer: found (2xx), found but short of a permission (insufficient_scope), or asked to slow
    // down (429) stop the search; anything else lets it go on.
    void judge(int index);
    // Every place was tried and none worked.
    void judgeAll();
    void stopOthers(int except);
    bool anyRunning() const;
    void report();
    QString attemptLines() const;
    QVariantMap factsFor(const Attempt &attempt) const;

    DiagnosisContext m_context;
    QString m_key;
    ProbeSession *m_session = nullptr;
    QList<Attempt> m_attempts;
    int m_next = 0;
    QList<Finding> m_findings; // what will be reported once nothing is in flight
    bool m_stopping = false;
    bool m_reported = false;
};
