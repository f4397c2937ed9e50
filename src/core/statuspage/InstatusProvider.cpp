// Reads Instatus summary.json: page.status, activeIncidents and activeMaintenances (with a duration in minutes).
#include "InstatusProvider.h"

#include "StatusPageJson.h"

using namespace Qt::Literals::StringLiterals;
namespace Json = StatusPageJson;

QString InstatusProvider::key() const
{
    return u"instatus"_s;
}

QString InstatusProvider::displayName() const
{
    return u"Instatus"_s;
}

QStringList InstatusProvider::documentPaths() const
{
    return { u"summary.json"_s };
}

StatusPageState InstatusProvider::stateOfPage(const QString &status)
{
    if (status == u"UP"_s)
        return StatusPageState::Operational;
    if (status == u"HASISSUES"_s)
        return StatusPageState::Degraded;
    if (status == u"UNDERMAINTENANCE"_s)
        return StatusPageState::Maintenance;
    return StatusPageState::Unknown;
}

StatusPageComponentStatus InstatusProvider::componentStatus(const QString &status)
{
    const QString upper = status.toUpper();
    if (upper == u"OPERATIONAL"_s)
        return StatusPageComponentStatus::Operational;
    if (upper == u"DEGRADEDPERFORMANCE"_s || upper == u"MINOROUTAGE"_s)
        return StatusPageComponentStatus::Degraded;
    if (upper == u"PARTIALOUTAGE"_s)
        return StatusPageComponentStatus::PartialOutage;
    if (upper == u"MAJOROUTAGE"_s)
        return StatusPageComponentStatus::MajorOutage;
    if (upper == u"UNDERMAINTENANCE"_s)
        return StatusPageComponentStatus::Maintenance;
    return StatusPageComponentStatus::Unknown;
}

StatusPageReport InstatusProvider::parse(
    const QByteArray &document, const QUrl &documentUrl, const QDateTime &now) const
{
    QJsonDocument json;
    QString error;
    if (!Json::parse(document, &json, &error))
        return StatusPageReport::invalid(key(), error);
    const QJsonObject root = json.object();
    const QJsonObject page = root.value(u"page"_s).toObject();
    if (!page.value(u"status"_s).isString())
        return StatusPageReport::invalid(key(), u"not an Instatus document: no page.status"_s);

    StatusPageReport report;
    report.valid = true;
    report.format = key();
    report.pageName = Json::text(page.value(u"name"_s));
    report.pageUrl = Json::url(page.value(u"url"_s));
    if (report.pageUrl.isEmpty())
        report.pageUrl = baseOf(documentUrl);
    report.rawState = Json::text(page.value(u"status"_s));
    report.state = stateOfPage(report.rawState);

    // Only components.json lists components; a summary that carries them anyway is read too.
    const QJsonArray components = root.value(u"components"_s).toArray();
    for (const QJsonValue &value : components) {
        const QJsonObject item = value.toObject();
        StatusPageComponent component;
        component.name = Json::text(item.value(u"name"_s));
        if (component.name.isEmpty())
            continue;
        component.rawStatus = Json::text(item.value(u"status"_s));
        component.status = componentStatus(component.rawStatus);
        report.components.append(component);
        if (report.components.size() >= Json::MaxComponents)
            break;
    }

    const QJsonArray incidents = root.value(u"activeIncidents"_s).toArray();
    for (const QJsonValue &value : incidents) {
        const QJsonObject item = value.toObject();
        StatusPageIncident incident;
        incident.name = Json::text(item.value(u"name"_s));
        incident.status = Json::text(item.value(u"status"_s));
        if (incident.name.isEmpty() || incident.status.toUpper() == u"RESOLVED"_s)
            continue;
        incident.impact = Json::text(item.value(u"impact"_s));
        const StatusPageState effect = StatusPageReport::stateOf(componentStatus(incident.impact));
        incident.effect = effect == StatusPageState::Degraded || effect == StatusPageState::Outage
            ? effect
            : StatusPageState::Unknown;
        incident.startedAt = Json::time(item.value(u"started"_s));
        incident.updatedAt = Json::time(item.value(u"updatedAt"_s));
        if (!incident.updatedAt.isValid())
            incident.updatedAt = incident.startedAt;
        incident.url = Json::url(item.value(u"url"_s));
        report.incidents.append(incident);
        if (report.incidents.size() >= Json::MaxIncidents)
            break;
    }

    const QJsonArray maintenances = root.value(u"activeMaintenances"_s).toArray();
    for (const QJsonValue &value : maintenances) {
        const QJsonObject item = value.toObject();
        StatusPageMaintenance maintenance;
        maintenance.name = Json::text(item.value(u"name"_s));
        maintenance.status = Json::text(item.value(u"status"_s));
        if (maintenance.name.isEmpty() || maintenance.status.toUpper() == u"COMPLETED"_s)
            continue;
        maintenance.start = Json::time(item.value(u"start"_s));
        // The duration is in minutes, written as a string or a number.
        const QJsonValue duration = item.value(u"duration"_s);
        const qint64 minutes = duration.isString() ? duration.toString().toLongLong() : duration.toInteger();
        if (maintenance.start.isValid() && minutes > 0 && minutes < 60 * 24 * 366)
            maintenance.end = maintenance.start.addSecs(minutes * 60);
        if (maintenance.status.toUpper() == u"INPROGRESS"_s)
            maintenance.inProgress = true;
        else if (maintenance.status.toUpper() != u"NOTSTARTEDYET"_s)
            maintenance.inProgress = maintenance.start.isValid() && maintenance.start <= now
                && (!maintenance.end.isValid() || now < maintenance.end);
        maintenance.url = Json::url(item.value(u"url"_s));
        report.maintenances.append(maintenance);
        if (report.maintenances.size() >= Json::MaxMaintenances)
            break;
    }

    // "HASISSUES" says only that something is wrong; the incidents say how badly.
    if (report.state == StatusPageState::Degraded) {
        const StatusPageState derived = report.derivedState();
        if (derived == StatusPageState::Outage)
            report.state = derived;
    }
    report.deriveStateIfUnknown();
    return report;
}
