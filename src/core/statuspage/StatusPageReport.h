// What one status page says, read from any provider's format: the overall state, components, incidents, maintenance.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

enum class StatusPageState { Unknown, Operational, Degraded, Outage, Maintenance };

enum class StatusPageComponentStatus { Unknown, Operational, Degraded, PartialOutage, MajorOutage, Maintenance };

struct StatusPageComponent
{
    QString name;
    QString group; // the group the page shows it under, if any
    StatusPageComponentStatus status = StatusPageComponentStatus::Unknown;
    QString rawStatus; // the provider's own word, for the technical detail

    bool concernsSignIn() const;
};

struct StatusPageIncident
{
    QString name;
    QString status; // the provider's word: investigating, identified, monitoring, active, SERVICE_OUTAGE ...
    QString impact; // the provider's word: minor, major, critical, outage, notice, high ...
    // What the incident does to the service: Degraded, Outage, or Unknown (a notice, or the page does not say).
    StatusPageState effect = StatusPageState::Unknown;
    QDateTime startedAt; // UTC
    QDateTime updatedAt; // UTC; the time of the latest update
    QString latestUpdate; // the text of the newest update, as the provider wrote it
    QStringList components; // names of the affected components
    QUrl url;

    bool concernsSignIn() const;
};

struct StatusPageMaintenance
{
    QString name;
    QString status; // the provider's word: scheduled, in_progress, NOTSTARTEDYET ...
    QDateTime start; // UTC
    QDateTime end; // UTC; invalid when the page gives no end
    bool inProgress = false;
    QString latestUpdate;
    QStringList components;
    QUrl url;
};

struct StatusPageReport
{
    // False when the document is not in the provider's format (or not JSON at all); error then says why.
    bool valid = false;
    QString error; // technical, for the evidence
    QString format; // the provider's key, e.g. "atlassian"
    StatusPageState state = StatusPageState::Unknown;
    QString rawState; // the provider's word for the overall state, e.g. "major"
    QString stateText; // the page's own sentence for it, e.g. "Partial System Outage"
    QString pageName;
    QUrl pageUrl;
    QDateTime updatedAt; // UTC
    QList<StatusPageComponent> components; // in the page's order
    QList<StatusPageIncident> incidents; // unresolved only
    QList<StatusPageMaintenance> maintenances; // in progress or to come

    static StatusPageReport invalid(const QString &format, const QString &error);

    // Components that are not operational, the ones that concern signing in first, then the worst first.
    QList<StatusPageComponent> affectedComponents() const;
    // Incidents that concern signing in first, then the most recently updated.
    QList<StatusPageIncident> incidentsSignInFirst() const;
    // Maintenance in progress first, then by start.
    QList<StatusPageMaintenance> maintenancesInOrder() const;
    bool signInAffected() const;
    bool hasMaintenanceInProgress() const;

    // The state the components, incidents and maintenance add up to, for pages that give no overall state.
    StatusPageState derivedState() const;
    // Sets state to derivedState() when the page gave none that is known.
    void deriveStateIfUnknown();

    // Whether a component or incident name is about signing in: login, SSO, authentication, identity, OAuth, API ...
    static bool concernsSignIn(const QString &name);
    // Stable spellings for JSON output and facts: "operational", "degraded", "outage", "maintenance", "unknown".
    static QString stateKey(StatusPageState state);
    // "operational", "degraded", "partial-outage", "major-outage", "maintenance", "unknown".
    static QString componentStatusKey(StatusPageComponentStatus status);
    // The overall state that a component in this status amounts to.
    static StatusPageState stateOf(StatusPageComponentStatus status);
    // Ordering helpers: larger is worse.
    static int severityRank(StatusPageState state);
    static int severityRank(StatusPageComponentStatus status);
};

Q_DECLARE_METATYPE(StatusPageReport)
