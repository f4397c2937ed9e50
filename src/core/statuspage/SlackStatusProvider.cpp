// Reads Slack's current-status document: status ok/active, and active_incidents of type incident, outage or notice.
#include "SlackStatusProvider.h"

#include "StatusPageJson.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;
namespace Json = StatusPageJson;

QString SlackStatusProvider::key() const
{
    return u"slack"_s;
}

QString SlackStatusProvider::displayName() const
{
    return u"Slack status API"_s;
}

QStringList SlackStatusProvider::documentPaths() const
{
    return { u"api/v2.0.0/current"_s };
}

StatusPageReport SlackStatusProvider::parse(
    const QByteArray &document, const QUrl &documentUrl, const QDateTime &now) const
{
    Q_UNUSED(now)
    QJsonDocument json;
    QString error;
    if (!Json::parse(document, &json, &error))
        return StatusPageReport::invalid(key(), error);
    const QJsonObject root = json.object();
    if (!root.value(u"status"_s).isString()
        || !(root.value(u"active_incidents"_s).isArray() || root.value(u"date_created"_s).isString()))
        return StatusPageReport::invalid(key(), u"not a Slack status document: no status with active_incidents"_s);

    StatusPageReport report;
    report.valid = true;
    report.format = key();
    report.pageName = u"Slack"_s;
    report.pageUrl = baseOf(documentUrl);
    report.rawState = Json::text(root.value(u"status"_s));
    report.updatedAt = Json::time(root.value(u"date_updated"_s));

    // Slack lists no components; the services named by active incidents are the affected ones.
    QStringList serviceOrder;
    QHash<QString, StatusPageComponentStatus> serviceStatus;
    const auto affect = [&](const QStringList &services, StatusPageComponentStatus status) {
        for (const QString &service : services) {
            if (!serviceStatus.contains(service)) {
                serviceOrder.append(service);
                serviceStatus.insert(service, status);
            } else if (StatusPageReport::severityRank(status)
                > StatusPageReport::severityRank(serviceStatus.value(service))) {
                serviceStatus.insert(service, status);
            }
        }
    };

    const QJsonArray incidents = root.value(u"active_incidents"_s).toArray();
    for (const QJsonValue &value : incidents) {
        const QJsonObject item = value.toObject();
        const QString title = Json::text(item.value(u"title"_s));
        const QString type = Json::text(item.value(u"type"_s));
        const QString status = Json::text(item.value(u"status"_s));
        if (title.isEmpty() || status == u"resolved"_s || status == u"completed"_s)
            continue;
        QStringList services;
        const QJsonArray serviceList = item.value(u"services"_s).toArray();
        for (const QJsonValue &service : serviceList) {
            const QString name = Json::text(service);
            if (!name.isEmpty() && !services.contains(name))
                services.append(name);
        }
        QJsonObject latest;
        QDateTime latestTime;
        const QJsonArray notes = item.value(u"notes"_s).toArray();
        for (const QJsonValue &noteValue : notes) {
            const QJsonObject note = noteValue.toObject();
            const QDateTime created = Json::time(note.value(u"date_created"_s));
            if (latest.isEmpty() || (created.isValid() && (!latestTime.isValid() || created > latestTime))) {
                latest = note;
                latestTime = created;
            }
        }
        const QDateTime created = Json::time(item.value(u"date_created"_s));
        const QDateTime updated = Json::time(item.value(u"date_updated"_s));

        const bool maintenance = status == u"scheduled"_s
            || (type == u"notice"_s && title.contains(u"maintenance"_s, Qt::CaseInsensitive));
        if (maintenance) {
            StatusPageMaintenance entry;
            entry.name = title;
            entry.status = status;
            entry.inProgress = status == u"active"_s;
            if (entry.inProgress)
                entry.start = created;
            entry.latestUpdate = Json::prose(latest.value(u"body"_s));
            entry.components = services;
            entry.url = Json::url(item.value(u"url"_s));
            if (entry.inProgress)
                affect(services, StatusPageComponentStatus::Maintenance);
            if (report.maintenances.size() < Json::MaxMaintenances)
                report.maintenances.append(entry);
            continue;
        }
        StatusPageIncident entry;
        entry.name = title;
        entry.status = status;
        entry.impact = type;
        if (type == u"outage"_s) {
            entry.effect = StatusPageState::Outage;
            affect(services, StatusPageComponentStatus::MajorOutage);
        } else if (type != u"notice"_s) {
            // "incident", and any type Slack adds later: something does not work as it should.
            entry.effect = StatusPageState::Degraded;
            affect(services, StatusPageComponentStatus::Degraded);
        }
        entry.startedAt = created;
        entry.updatedAt = latestTime.isValid() ? latestTime : (updated.isValid() ? updated : created);
        entry.latestUpdate = Json::prose(latest.value(u"body"_s));
        entry.components = services;
        entry.url = Json::url(item.value(u"url"_s));
        if (report.incidents.size() < Json::MaxIncidents)
            report.incidents.append(entry);
    }
    for (const QString &service : std::as_const(serviceOrder)) {
        if (report.components.size() >= Json::MaxComponents)
            break;
        StatusPageComponent component;
        component.name = service;
        component.status = serviceStatus.value(service);
        component.rawStatus = StatusPageReport::componentStatusKey(component.status);
        report.components.append(component);
    }

    if (report.rawState == u"ok"_s) {
        report.state = StatusPageState::Operational;
    } else {
        report.state = report.derivedState();
        // "active" with nothing readable still means Slack says something is going on.
        if (report.state == StatusPageState::Unknown)
            report.state = report.rawState == u"active"_s ? StatusPageState::Degraded : StatusPageState::Unknown;
    }
    return report;
}
