// Turns a status page lookup into findings: facts for FindingText's words, and the evidence as the page wrote it.
#include "StatusPageResult.h"

#include "StatusPageProvider.h"
#include "checks/Evidence.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MaxComponentsInWords = 6;
constexpr int MaxIncidentsInWords = 3;
constexpr int MaxMaintenancesInWords = 3;
constexpr int MaxLinesPerList = 20;
constexpr int MaxUpdateInWords = 300;

QString clipped(const QString &text)
{
    if (text.size() <= MaxUpdateInWords)
        return text;
    return text.left(MaxUpdateInWords - 1).trimmed() + QChar(0x2026); // …
}

QString label(const char *text)
{
    return QCoreApplication::translate("StatusPageResult", text);
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : u"-"_s;
}

QString findingIdFor(const StatusPageResult &result)
{
    if (!result.isFound())
        return u"statuspage.unavailable"_s;
    switch (result.report.state) {
    case StatusPageState::Operational:
        return u"statuspage.operational"_s;
    case StatusPageState::Degraded:
        return u"statuspage.degraded"_s;
    case StatusPageState::Outage:
        return u"statuspage.outage"_s;
    case StatusPageState::Maintenance:
        return u"statuspage.maintenance"_s;
    case StatusPageState::Unknown:
        break;
    }
    return u"statuspage.unavailable"_s;
}

} // namespace

QString StatusPageResult::problemKey(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return u"none"_s;
    case Problem::BadInput:
        return u"bad-input"_s;
    case Problem::NotFound:
        return u"not-found"_s;
    case Problem::Unreadable:
        return u"unreadable"_s;
    case Problem::Unreachable:
        return u"unreachable"_s;
    case Problem::Cancelled:
        return u"cancelled"_s;
    }
    return u"not-found"_s;
}

QString StatusPageResult::sourceKey(StatusPageCandidate::Source source)
{
    switch (source) {
    case StatusPageCandidate::Source::Catalog:
        return u"catalog"_s;
    case StatusPageCandidate::Source::Given:
        return u"given"_s;
    case StatusPageCandidate::Source::Discovered:
        break;
    }
    return u"discovered"_s;
}

QString StatusPageResult::localTimeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QVariantMap StatusPageResult::facts() const
{
    QVariantMap facts;
    facts.insert(u"service"_s, serviceName);
    facts.insert(u"input"_s, input);
    if (!pageUrl.isEmpty())
        facts.insert(u"url"_s, pageUrl.toDisplayString());
    facts.insert(u"source"_s, sourceKey(source));
    facts.insert(u"fromCache"_s, fromCache);
    if (checkedAt.isValid()) {
        facts.insert(u"checkedAt"_s, checkedAt);
        facts.insert(u"checkedAtLocal"_s, localTimeText(checkedAt));
    }

    if (!isFound()) {
        facts.insert(u"reason"_s, problemKey(problem));
        QStringList placeNames;
        for (const QUrl &place : places)
            placeNames.append(place.toDisplayString(QUrl::RemoveScheme | QUrl::StripTrailingSlash).mid(2));
        facts.insert(u"places"_s, placeNames);
        if (!error.isEmpty())
            facts.insert(u"error"_s, error);
        return facts;
    }
    if (report.state == StatusPageState::Unknown)
        facts.insert(u"reason"_s, u"unknown-state"_s);

    facts.insert(u"state"_s, StatusPageReport::stateKey(report.state));
    if (!report.stateText.isEmpty())
        facts.insert(u"description"_s, report.stateText);
    if (report.updatedAt.isValid()) {
        facts.insert(u"updatedAt"_s, report.updatedAt);
        facts.insert(u"updatedAtLocal"_s, localTimeText(report.updatedAt));
    }

    const QList<StatusPageComponent> affected = report.affectedComponents();
    QVariantList components;
    for (const StatusPageComponent &component : affected) {
        if (components.size() >= MaxComponentsInWords)
            break;
        components.append(QVariantMap { { u"name"_s, component.name }, { u"group"_s, component.group },
            { u"status"_s, StatusPageReport::componentStatusKey(component.status) },
            { u"signIn"_s, component.concernsSignIn() } });
    }
    facts.insert(u"components"_s, components);
    facts.insert(u"moreComponents"_s, int(affected.size() - components.size()));
    facts.insert(u"signInAffected"_s, report.signInAffected());

    const QList<StatusPageIncident> sortedIncidents = report.incidentsSignInFirst();
    QVariantList incidents;
    for (const StatusPageIncident &incident : sortedIncidents) {
        if (incidents.size() >= MaxIncidentsInWords)
            break;
        const QDateTime updated = incident.updatedAt.isValid() ? incident.updatedAt : incident.startedAt;
        incidents.append(QVariantMap { { u"name"_s, incident.name }, { u"status"_s, incident.status },
            { u"update"_s, clipped(incident.latestUpdate) }, { u"updatedAt"_s, updated },
            { u"updatedAtLocal"_s, localTimeText(updated) }, { u"url"_s, incident.url.toDisplayString() },
            { u"signIn"_s, incident.concernsSignIn() } });
    }
    facts.insert(u"incidents"_s, incidents);
    facts.insert(u"moreIncidents"_s, int(sortedIncidents.size() - incidents.size()));

    const QList<StatusPageMaintenance> sortedMaintenances = report.maintenancesInOrder();
    QVariantList maintenances;
    for (const StatusPageMaintenance &maintenance : sortedMaintenances) {
        if (maintenances.size() >= MaxMaintenancesInWords)
            break;
        maintenances.append(QVariantMap { { u"name"_s, maintenance.name }, { u"start"_s, maintenance.start },
            { u"end"_s, maintenance.end }, { u"startLocal"_s, localTimeText(maintenance.start) },
            { u"endLocal"_s, localTimeText(maintenance.end) }, { u"inProgress"_s, maintenance.inProgress },
            { u"components"_s, maintenance.components } });
    }
    facts.insert(u"maintenances"_s, maintenances);
    facts.insert(u"inProgress"_s, report.hasMaintenanceInProgress() || report.state == StatusPageState::Maintenance);
    return facts;
}

QJsonObject StatusPageResult::toJson() const
{
    const auto time = [](const QDateTime &value) {
        return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
    };
    const auto url = [](const QUrl &value) {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
    };
    QJsonObject json {
        { u"input"_s, input },
        { u"service"_s, serviceName },
        { u"found"_s, isFound() },
        { u"problem"_s, problemKey(problem) },
        { u"source"_s, sourceKey(source) },
        { u"page_url"_s, url(pageUrl) },
        { u"document_url"_s, url(documentUrl) },
        { u"from_cache"_s, fromCache },
        { u"checked_at"_s, time(checkedAt) },
    };
    QJsonArray triedJson;
    for (const QUrl &address : tried)
        triedJson.append(address.toString());
    json.insert(u"tried"_s, triedJson);
    if (!error.isEmpty())
        json.insert(u"error"_s, error);
    if (!isFound())
        return json;

    json.insert(u"format"_s, report.format);
    json.insert(u"state"_s, StatusPageReport::stateKey(report.state));
    json.insert(u"state_raw"_s, report.rawState);
    json.insert(u"description"_s, report.stateText);
    json.insert(u"page_name"_s, report.pageName);
    json.insert(u"updated_at"_s, time(report.updatedAt));
    json.insert(u"sign_in_affected"_s, report.signInAffected());
    QJsonArray components;
    for (const StatusPageComponent &component : report.components) {
        components.append(QJsonObject { { u"name"_s, component.name }, { u"group"_s, component.group },
            { u"status"_s, StatusPageReport::componentStatusKey(component.status) },
            { u"status_raw"_s, component.rawStatus }, { u"sign_in"_s, component.concernsSignIn() } });
    }
    json.insert(u"components"_s, components);
    QJsonArray incidents;
    for (const StatusPageIncident &incident : report.incidentsSignInFirst()) {
        incidents.append(QJsonObject { { u"name"_s, incident.name }, { u"status"_s, incident.status },
            { u"impact"_s, incident.impact }, { u"effect"_s, StatusPageReport::stateKey(incident.effect) },
            { u"started_at"_s, time(incident.startedAt) }, { u"updated_at"_s, time(incident.updatedAt) },
            { u"latest_update"_s, incident.latestUpdate },
            { u"components"_s, QJsonArray::fromStringList(incident.components) }, { u"url"_s, url(incident.url) } });
    }
    json.insert(u"incidents"_s, incidents);
    QJsonArray maintenances;
    for (const StatusPageMaintenance &maintenance : report.maintenancesInOrder()) {
        maintenances.append(QJsonObject { { u"name"_s, maintenance.name }, { u"status"_s, maintenance.status },
            { u"start"_s, time(maintenance.start) }, { u"end"_s, time(maintenance.end) },
            { u"in_progress"_s, maintenance.inProgress }, { u"latest_update"_s, maintenance.latestUpdate },
            { u"components"_s, QJsonArray::fromStringList(maintenance.components) },
            { u"url"_s, url(maintenance.url) } });
    }
    json.insert(u"maintenances"_s, maintenances);
    return json;
}

QString StatusPageResult::technical() const
{
    QStringList lines;
    if (isFound()) {
        const StatusPageProvider *provider = StatusPageProvider::byKey(report.format);
        lines.append(label("status page:") + u' ' + pageUrl.toDisplayString());
        lines.append(label("document:") + u' ' + documentUrl.toDisplayString() + u" ("_s
            + (provider ? provider->displayName() : report.format) + u", "_s + sourceKey(source)
            + (fromCache ? u", "_s + label("cached") : QString()) + u')');
        lines.append(label("overall:") + u' ' + (report.rawState.isEmpty() ? u"-"_s : report.rawState)
            + (report.stateText.isEmpty() ? QString() : u" \""_s + report.stateText + u'"'));
        int count = 0;
        for (const StatusPageComponent &component : report.affectedComponents()) {
            if (++count > MaxLinesPerList)
                break;
            lines.append(label("component:") + u' ' + component.name + u" = "_s + component.rawStatus);
        }
        count = 0;
        for (const StatusPageIncident &incident : report.incidentsSignInFirst()) {
            if (++count > MaxLinesPerList)
                break;
            lines.append(label("incident:") + u' ' + incident.name + u" ["_s + incident.status
                + (incident.impact.isEmpty() ? QString() : u", "_s + incident.impact) + u"] "_s
                + isoUtc(incident.updatedAt.isValid() ? incident.updatedAt : incident.startedAt));
        }
        count = 0;
        for (const StatusPageMaintenance &maintenance : report.maintenancesInOrder()) {
            if (++count > MaxLinesPerList)
                break;
            lines.append(label("maintenance:") + u' ' + maintenance.name + u" ["_s + maintenance.status + u"] "_s
                + isoUtc(maintenance.start) + u" .. "_s + isoUtc(maintenance.end));
        }
        return lines.join(u'\n');
    }
    for (const Exchange &exchange : exchanges) {
        QString line = Evidence::chain(exchange);
        if (!exchange.isAnswered() && !exchange.errorString.isEmpty())
            line += u" ("_s + exchange.errorString + u')';
        lines.append(line);
    }
    if (!error.isEmpty())
        lines.append(error);
    return lines.join(u'\n');
}

QList<Finding> StatusPageResult::findings() const
{
    const QVariantMap allFacts = facts();
    const QString id = findingIdFor(*this);
    QList<Finding> result { Finding::make(id, allFacts, technical()) };
    if (isFound() && id != u"statuspage.maintenance"_s && id != u"statuspage.unavailable"_s
        && !report.maintenances.isEmpty())
        result.append(Finding::make(u"statuspage.maintenance"_s, allFacts, technical()));
    return result;
}
