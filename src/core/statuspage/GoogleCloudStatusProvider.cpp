// Reads Google Cloud's incidents.json: the incidents that have not ended, with their most recent update and products.
#include "GoogleCloudStatusProvider.h"

#include "StatusPageJson.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;
namespace Json = StatusPageJson;

QString GoogleCloudStatusProvider::key() const
{
    return u"google-cloud"_s;
}

QString GoogleCloudStatusProvider::displayName() const
{
    return u"Google Cloud status dashboard"_s;
}

QStringList GoogleCloudStatusProvider::documentPaths() const
{
    return { u"incidents.json"_s };
}

StatusPageState GoogleCloudStatusProvider::effectOf(const QString &statusImpact, const QString &severity)
{
    if (statusImpact == u"SERVICE_OUTAGE"_s)
        return StatusPageState::Outage;
    if (statusImpact == u"SERVICE_DISRUPTION"_s)
        return StatusPageState::Degraded;
    if (statusImpact == u"SERVICE_INFORMATION"_s || statusImpact == u"AVAILABLE"_s)
        return StatusPageState::Unknown;
    if (severity == u"high"_s)
        return StatusPageState::Outage;
    // medium, low, or nothing said: an open incident is at least a disruption.
    return StatusPageState::Degraded;
}

StatusPageReport GoogleCloudStatusProvider::parse(
    const QByteArray &document, const QUrl &documentUrl, const QDateTime &now) const
{
    QJsonDocument json;
    QString error;
    if (!Json::parse(document, &json, &error))
        return StatusPageReport::invalid(key(), error);
    if (!json.isArray())
        return StatusPageReport::invalid(
            key(), u"not a Google Cloud incidents document: the top level is not an array"_s);
    const QJsonArray incidents = json.array();
    const bool looksRight
        = incidents.isEmpty() || std::any_of(incidents.cbegin(), incidents.cend(), [](const QJsonValue &v) {
              const QJsonObject o = v.toObject();
              return o.contains(u"begin"_s) || o.contains(u"external_desc"_s) || o.contains(u"most_recent_update"_s);
          });
    if (!looksRight)
        return StatusPageReport::invalid(key(),
            u"not a Google Cloud incidents document: no incident has begin, "
            u"external_desc or most_recent_update"_s);

    StatusPageReport report;
    report.valid = true;
    report.format = key();
    report.pageUrl = baseOf(documentUrl);

    QStringList productOrder;
    QHash<QString, StatusPageComponentStatus> productStatus;
    for (const QJsonValue &value : incidents) {
        const QJsonObject item = value.toObject();
        if (item.isEmpty())
            continue;
        // An open incident has no end; an end in the future is taken as still open.
        const QJsonValue endValue = item.value(u"end"_s);
        if (!(endValue.isUndefined() || endValue.isNull() || Json::text(endValue).isEmpty())) {
            const QDateTime end = Json::time(endValue);
            if (!end.isValid() || end <= now)
                continue;
        }
        const QDateTime begin = Json::time(item.value(u"begin"_s));
        if (begin.isValid() && begin > now)
            continue;
        const QJsonObject update = item.value(u"most_recent_update"_s).toObject();
        const QString updateStatus = Json::text(update.value(u"status"_s));
        if (updateStatus == u"AVAILABLE"_s)
            continue; // recovered, the end not yet written

        StatusPageIncident incident;
        incident.name = Json::prose(item.value(u"external_desc"_s));
        if (incident.name.isEmpty())
            incident.name = Json::text(item.value(u"service_name"_s));
        if (incident.name.isEmpty())
            continue;
        const QString statusImpact = Json::text(item.value(u"status_impact"_s));
        incident.status = updateStatus.isEmpty() ? statusImpact : updateStatus;
        incident.impact = Json::text(item.value(u"severity"_s));
        incident.effect = effectOf(statusImpact.isEmpty() ? updateStatus : statusImpact, incident.impact);
        incident.startedAt = begin;
        for (const char *field : { "when", "modified", "created" }) {
            incident.updatedAt = Json::time(update.value(QLatin1StringView(field)));
            if (incident.updatedAt.isValid())
                break;
        }
        if (!incident.updatedAt.isValid())
            incident.updatedAt = Json::time(item.value(u"modified"_s));
        incident.latestUpdate = Json::prose(update.value(u"text"_s));
        const QJsonArray products = item.value(u"affected_products"_s).toArray();
        for (const QJsonValue &product : products) {
            const QString title = Json::text(product.toObject().value(u"title"_s));
            if (!title.isEmpty() && !incident.components.contains(title))
                incident.components.append(title);
        }
        if (incident.components.isEmpty()) {
            const QString service = Json::text(item.value(u"service_name"_s));
            if (!service.isEmpty())
                incident.components.append(service);
        }
        const QString uri = Json::text(item.value(u"uri"_s));
        if (!uri.isEmpty() && !uri.contains(u':'))
            incident.url = report.pageUrl.resolved(QUrl(uri));

        const StatusPageComponentStatus status = incident.effect == StatusPageState::Outage
            ? StatusPageComponentStatus::MajorOutage
            : incident.effect == StatusPageState::Degraded ? StatusPageComponentStatus::Degraded
                                                           : StatusPageComponentStatus::Unknown;
        for (const QString &product : std::as_const(incident.components)) {
            if (!productStatus.contains(product))
                productOrder.append(product);
            if (StatusPageReport::severityRank(status) > StatusPageReport::severityRank(productStatus.value(product)))
                productStatus.insert(product, status);
        }
        report.incidents.append(incident);
        if (report.incidents.size() >= Json::MaxIncidents)
            break;
    }
    for (const QString &product : std::as_const(productOrder)) {
        if (report.components.size() >= Json::MaxComponents)
            break;
        StatusPageComponent component;
        component.name = product;
        component.status = productStatus.value(product);
        component.rawStatus = StatusPageReport::componentStatusKey(component.status);
        report.components.append(component);
    }

    // The document lists only incidents: without an open one, everything works.
    report.state = report.derivedState();
    if (report.state == StatusPageState::Unknown)
        report.state = StatusPageState::Operational;
    report.rawState = StatusPageReport::stateKey(report.state);
    return report;
}
