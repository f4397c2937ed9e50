// Reads Statuspage v2 documents: page, status, components (with groups), unresolved incidents, scheduled maintenances.
#include "AtlassianStatuspageProvider.h"

#include "StatusPageJson.h"

#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;
namespace Json = StatusPageJson;

namespace {

// The newest of an incident's updates (Statuspage lists them newest first, but the order is not promised).
QJsonObject latestUpdate(const QJsonArray &updates, QDateTime *when)
{
    QJsonObject latest;
    QDateTime latestTime;
    for (const QJsonValue &value : updates) {
        const QJsonObject update = value.toObject();
        if (update.isEmpty())
            continue;
        QDateTime time = Json::time(update.value(u"display_at"_s));
        if (!time.isValid())
            time = Json::time(update.value(u"created_at"_s));
        if (latest.isEmpty() || (time.isValid() && (!latestTime.isValid() || time > latestTime))) {
            latest = update;
            latestTime = time;
        }
    }
    *when = latestTime;
    return latest;
}

// Names of the components an incident or maintenance names, directly or in its updates' affected_components.
QStringList componentNames(const QJsonObject &incident)
{
    QStringList names;
    const QJsonArray components = incident.value(u"components"_s).toArray();
    for (const QJsonValue &value : components) {
        const QString name = Json::text(value.toObject().value(u"name"_s));
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    const QJsonArray updates = incident.value(u"incident_updates"_s).toArray();
    for (const QJsonValue &update : updates) {
        const QJsonArray affected = update.toObject().value(u"affected_components"_s).toArray();
        for (const QJsonValue &value : affected) {
            const QString name = Json::text(value.toObject().value(u"name"_s));
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
    }
    return names;
}

StatusPageState effectOfImpact(const QString &impact)
{
    if (impact == u"minor"_s)
        return StatusPageState::Degraded;
    if (impact == u"major"_s || impact == u"critical"_s)
        return StatusPageState::Outage;
    if (impact == u"maintenance"_s)
        return StatusPageState::Maintenance;
    return StatusPageState::Unknown;
}

} // namespace

QString AtlassianStatuspageProvider::key() const
{
    return u"atlassian"_s;
}

QString AtlassianStatuspageProvider::displayName() const
{
    return u"Atlassian Statuspage v2"_s;
}

QStringList AtlassianStatuspageProvider::documentPaths() const
{
    return { u"api/v2/summary.json"_s, u"api/v2/status.json"_s };
}

StatusPageState AtlassianStatuspageProvider::stateOfIndicator(const QString &indicator)
{
    if (indicator == u"none"_s)
        return StatusPageState::Operational;
    if (indicator == u"minor"_s)
        return StatusPageState::Degraded;
    if (indicator == u"major"_s || indicator == u"critical"_s)
        return StatusPageState::Outage;
    if (indicator == u"maintenance"_s)
        return StatusPageState::Maintenance;
    return StatusPageState::Unknown;
}

StatusPageComponentStatus AtlassianStatuspageProvider::componentStatus(const QString &status)
{
    if (status == u"operational"_s)
        return StatusPageComponentStatus::Operational;
    if (status == u"degraded_performance"_s)
        return StatusPageComponentStatus::Degraded;
    if (status == u"partial_outage"_s)
        return StatusPageComponentStatus::PartialOutage;
    if (status == u"major_outage"_s)
        return StatusPageComponentStatus::MajorOutage;
    if (status == u"under_maintenance"_s)
        return StatusPageComponentStatus::Maintenance;
    return StatusPageComponentStatus::Unknown;
}

StatusPageReport AtlassianStatuspageProvider::parse(
    const QByteArray &document, const QUrl &documentUrl, const QDateTime &now) const
{
    QJsonDocument json;
    QString error;
    if (!Json::parse(document, &json, &error))
        return StatusPageReport::invalid(key(), error);
    if (!json.isObject())
        return StatusPageReport::invalid(key(), u"not a Statuspage document: the top level is not an object"_s);
    const QJsonObject root = json.object();
    const QJsonObject page = root.value(u"page"_s).toObject();
    const QJsonObject status = root.value(u"status"_s).toObject();
    const bool hasIndicator = status.value(u"indicator"_s).isString();
    const bool hasPage = page.value(u"id"_s).isString() || page.value(u"name"_s).isString();
    const bool hasLists = root.value(u"components"_s).isArray() || root.value(u"incidents"_s).isArray()
        || root.value(u"scheduled_maintenances"_s).isArray();
    if (!hasIndicator && !(hasPage && hasLists))
        return StatusPageReport::invalid(key(),
            u"not a Statuspage document: no status.indicator, and no page "
            u"with components or incidents"_s);

    StatusPageReport report;
    report.valid = true;
    report.format = key();
    report.pageName = Json::text(page.value(u"name"_s));
    report.pageUrl = Json::url(page.value(u"url"_s));
    if (report.pageUrl.isEmpty())
        report.pageUrl = baseOf(documentUrl);
    report.updatedAt = Json::time(page.value(u"updated_at"_s));
    report.rawState = Json::text(status.value(u"indicator"_s));
    report.stateText = Json::text(status.value(u"description"_s));
    report.state = stateOfIndicator(report.rawState);

    // Groups are containers whose status sums up their children; they name the children, they are not shown.
    const QJsonArray components = root.value(u"components"_s).toArray();
    QHash<QString, QString> groupNames;
    for (const QJsonValue &value : components) {
        const QJsonObject component = value.toObject();
        if (component.value(u"group"_s).toBool())
            groupNames.insert(Json::id(component.value(u"id"_s)), Json::text(component.value(u"name"_s)));
    }
    for (const QJsonValue &value : components) {
        const QJsonObject component = value.toObject();
        if (component.value(u"group"_s).toBool())
            continue;
        StatusPageComponent entry;
        entry.name = Json::text(component.value(u"name"_s));
        if (entry.name.isEmpty())
            continue;
        entry.group = groupNames.value(Json::id(component.value(u"group_id"_s)));
        entry.rawStatus = Json::text(component.value(u"status"_s));
        entry.status = componentStatus(entry.rawStatus);
        report.components.append(entry);
        if (report.components.size() >= Json::MaxComponents)
            break;
    }

    static const QSet<QString> closed { u"resolved"_s, u"postmortem"_s, u"completed"_s };
    const QJsonArray incidents = root.value(u"incidents"_s).toArray();
    for (const QJsonValue &value : incidents) {
        const QJsonObject incident = value.toObject();
        StatusPageIncident entry;
        entry.name = Json::text(incident.value(u"name"_s));
        entry.status = Json::text(incident.value(u"status"_s));
        if (entry.name.isEmpty() || closed.contains(entry.status))
            continue;
        entry.impact = Json::text(incident.value(u"impact"_s));
        entry.effect = effectOfImpact(entry.impact);
        if (entry.effect == StatusPageState::Maintenance)
            entry.effect = StatusPageState::Unknown;
        entry.startedAt = Json::time(incident.value(u"started_at"_s));
        if (!entry.startedAt.isValid())
            entry.startedAt = Json::time(incident.value(u"created_at"_s));
        QDateTime updateTime;
        const QJsonObject update = latestUpdate(incident.value(u"incident_updates"_s).toArray(), &updateTime);
        entry.latestUpdate = Json::prose(update.value(u"body"_s));
        entry.updatedAt = updateTime.isValid() ? updateTime : Json::time(incident.value(u"updated_at"_s));
        entry.components = componentNames(incident);
        entry.url = Json::url(incident.value(u"shortlink"_s));
        report.incidents.append(entry);
        if (report.incidents.size() >= Json::MaxIncidents)
            break;
    }

    const QJsonArray maintenances = root.value(u"scheduled_maintenances"_s).toArray();
    for (const QJsonValue &value : maintenances) {
        const QJsonObject maintenance = value.toObject();
        StatusPageMaintenance entry;
        entry.name = Json::text(maintenance.value(u"name"_s));
        entry.status = Json::text(maintenance.value(u"status"_s));
        if (entry.name.isEmpty() || closed.contains(entry.status))
            continue;
        entry.start = Json::time(maintenance.value(u"scheduled_for"_s));
        entry.end = Json::time(maintenance.value(u"scheduled_until"_s));
        if (entry.status == u"in_progress"_s || entry.status == u"verifying"_s)
            entry.inProgress = true;
        else if (entry.status != u"scheduled"_s)
            entry.inProgress = entry.start.isValid() && entry.start <= now && (!entry.end.isValid() || now < entry.end);
        if (!entry.inProgress && entry.end.isValid() && entry.end < now)
            continue; // a window that ended but was never closed on the page
        QDateTime updateTime;
        const QJsonObject update = latestUpdate(maintenance.value(u"incident_updates"_s).toArray(), &updateTime);
        entry.latestUpdate = Json::prose(update.value(u"body"_s));
        entry.components = componentNames(maintenance);
        entry.url = Json::url(maintenance.value(u"shortlink"_s));
        report.maintenances.append(entry);
        if (report.maintenances.size() >= Json::MaxMaintenances)
            break;
    }

    report.deriveStateIfUnknown();
    return report;
}
