// Reads Better Stack's index.json: the page's aggregate state, its resources by section, status reports and updates.
#include "BetterStackProvider.h"

#include "StatusPageJson.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;
namespace Json = StatusPageJson;

QString BetterStackProvider::key() const
{
    return u"betterstack"_s;
}

QString BetterStackProvider::displayName() const
{
    return u"Better Stack"_s;
}

QStringList BetterStackProvider::documentPaths() const
{
    return { u"index.json"_s };
}

StatusPageState BetterStackProvider::stateOfAggregate(const QString &state)
{
    if (state == u"operational"_s)
        return StatusPageState::Operational;
    if (state == u"degraded"_s)
        return StatusPageState::Degraded;
    if (state == u"downtime"_s)
        return StatusPageState::Outage;
    if (state == u"maintenance"_s)
        return StatusPageState::Maintenance;
    return StatusPageState::Unknown;
}

StatusPageComponentStatus BetterStackProvider::componentStatus(const QString &status)
{
    if (status == u"operational"_s)
        return StatusPageComponentStatus::Operational;
    if (status == u"degraded"_s)
        return StatusPageComponentStatus::Degraded;
    if (status == u"downtime"_s)
        return StatusPageComponentStatus::MajorOutage;
    if (status == u"maintenance"_s)
        return StatusPageComponentStatus::Maintenance;
    return StatusPageComponentStatus::Unknown; // not_monitored, and words added later
}

StatusPageReport BetterStackProvider::parse(
    const QByteArray &document, const QUrl &documentUrl, const QDateTime &now) const
{
    QJsonDocument json;
    QString error;
    if (!Json::parse(document, &json, &error))
        return StatusPageReport::invalid(key(), error);
    const QJsonObject data = json.object().value(u"data"_s).toObject();
    const QJsonObject attributes = data.value(u"attributes"_s).toObject();
    if (Json::text(data.value(u"type"_s)) != u"status_page"_s && !attributes.value(u"aggregate_state"_s).isString())
        return StatusPageReport::invalid(key(), u"not a Better Stack document: no data of type status_page"_s);

    StatusPageReport report;
    report.valid = true;
    report.format = key();
    report.pageName = Json::text(attributes.value(u"company_name"_s));
    const QString customDomain = Json::text(attributes.value(u"custom_domain"_s));
    if (!customDomain.isEmpty() && !customDomain.contains(u'/'))
        report.pageUrl = Json::url(QJsonValue(u"https://"_s + customDomain + u'/'));
    if (report.pageUrl.isEmpty())
        report.pageUrl = baseOf(documentUrl);
    report.updatedAt = Json::time(attributes.value(u"updated_at"_s));
    report.rawState = Json::text(attributes.value(u"aggregate_state"_s));
    report.state = stateOfAggregate(report.rawState);

    // JSON:API: everything else arrives flat in "included", linked by ids.
    QHash<QString, QString> sectionNames;
    QHash<QString, QString> resourceNames;
    QList<QJsonObject> reports;
    QList<QJsonObject> updates;
    const QJsonArray included = json.object().value(u"included"_s).toArray();
    for (const QJsonValue &value : included) {
        const QJsonObject item = value.toObject();
        const QString type = Json::text(item.value(u"type"_s));
        if (type == u"status_page_section"_s)
            sectionNames.insert(
                Json::id(item.value(u"id"_s)), Json::text(item.value(u"attributes"_s).toObject().value(u"name"_s)));
        else if (type == u"status_report"_s && reports.size() < Json::MaxIncidents + Json::MaxMaintenances)
            reports.append(item);
        else if (type == u"status_update"_s && updates.size() < 10 * Json::MaxIncidents)
            updates.append(item);
    }
    for (const QJsonValue &value : included) {
        const QJsonObject item = value.toObject();
        if (Json::text(item.value(u"type"_s)) != u"status_page_resource"_s)
            continue;
        const QJsonObject resource = item.value(u"attributes"_s).toObject();
        StatusPageComponent component;
        component.name = Json::text(resource.value(u"public_name"_s));
        if (component.name.isEmpty())
            component.name = Json::text(resource.value(u"resource_name"_s));
        if (component.name.isEmpty())
            continue;
        resourceNames.insert(Json::id(item.value(u"id"_s)), component.name);
        component.group = sectionNames.value(Json::id(resource.value(u"status_page_section_id"_s)));
        component.rawStatus = Json::text(resource.value(u"status"_s));
        component.status = componentStatus(component.rawStatus);
        if (report.components.size() < Json::MaxComponents)
            report.components.append(component);
    }

    for (const QJsonObject &item : std::as_const(reports)) {
        const QString reportId = Json::id(item.value(u"id"_s));
        const QJsonObject attrs = item.value(u"attributes"_s).toObject();
        const QString title = Json::text(attrs.value(u"title"_s));
        if (title.isEmpty())
            continue;
        const QDateTime startsAt = Json::time(attrs.value(u"starts_at"_s));
        const QDateTime endsAt = Json::time(attrs.value(u"ends_at"_s));
        const QString aggregate = Json::text(attrs.value(u"aggregate_state"_s));

        // The newest update that belongs to this report, by the report's relationship or the update's own link.
        QStringList updateIds;
        const QJsonArray related = item.value(u"relationships"_s)
                                       .toObject()
                                       .value(u"status_updates"_s)
                                       .toObject()
                                       .value(u"data"_s)
                                       .toArray();
        for (const QJsonValue &ref : related)
            updateIds.append(Json::id(ref.toObject().value(u"id"_s)));
        QJsonObject latest;
        QDateTime latestTime;
        for (const QJsonObject &update : std::as_const(updates)) {
            const QJsonObject updateAttributes = update.value(u"attributes"_s).toObject();
            if (!updateIds.contains(Json::id(update.value(u"id"_s)))
                && Json::id(updateAttributes.value(u"status_report_id"_s)) != reportId)
                continue;
            const QDateTime published = Json::time(updateAttributes.value(u"published_at"_s));
            if (latest.isEmpty() || (published.isValid() && (!latestTime.isValid() || published > latestTime))) {
                latest = updateAttributes;
                latestTime = published;
            }
        }

        QStringList components;
        QJsonArray affected = attrs.value(u"affected_resources"_s).toArray();
        if (affected.isEmpty())
            affected = latest.value(u"affected_resources"_s).toArray();
        for (const QJsonValue &ref : std::as_const(affected)) {
            const QString name = resourceNames.value(Json::id(ref.toObject().value(u"status_page_resource_id"_s)));
            if (!name.isEmpty() && !components.contains(name))
                components.append(name);
        }

        if (Json::text(attrs.value(u"report_type"_s)) == u"maintenance"_s) {
            if (endsAt.isValid() && endsAt <= now)
                continue;
            StatusPageMaintenance maintenance;
            maintenance.name = title;
            maintenance.start = startsAt;
            maintenance.end = endsAt;
            maintenance.inProgress = startsAt.isValid() && startsAt <= now;
            maintenance.status = maintenance.inProgress ? u"in_progress"_s : u"scheduled"_s;
            maintenance.latestUpdate = Json::prose(latest.value(u"message"_s));
            maintenance.components = components;
            if (report.maintenances.size() < Json::MaxMaintenances)
                report.maintenances.append(maintenance);
            continue;
        }
        const bool resolved
            = (endsAt.isValid() && endsAt <= now) || aggregate == u"operational"_s || aggregate == u"resolved"_s;
        if (resolved)
            continue;
        StatusPageIncident incident;
        incident.name = title;
        incident.status = aggregate;
        incident.impact = aggregate;
        incident.effect = stateOfAggregate(aggregate);
        if (incident.effect != StatusPageState::Degraded && incident.effect != StatusPageState::Outage)
            incident.effect = StatusPageState::Unknown;
        incident.startedAt = startsAt;
        incident.updatedAt = latestTime.isValid() ? latestTime : startsAt;
        incident.latestUpdate = Json::prose(latest.value(u"message"_s));
        incident.components = components;
        if (report.incidents.size() < Json::MaxIncidents)
            report.incidents.append(incident);
    }

    report.deriveStateIfUnknown();
    return report;
}
