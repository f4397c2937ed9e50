// Better Stack (formerly Better Uptime) status pages: /index.json, a JSON:API document with included resources.
#pragma once

#include "StatusPageProvider.h"

class BetterStackProvider : public StatusPageProvider
{
public:
    QString key() const override;
    QString displayName() const override;
    QStringList documentPaths() const override;
    bool discoverable() const override { return true; }
    StatusPageReport parse(const QByteArray &document, const QUrl &documentUrl, const QDateTime &now) const override;

    // data.attributes.aggregate_state: operational, degraded, downtime, maintenance.
    static StatusPageState stateOfAggregate(const QString &state);
    // A status_page_resource's status: operational, degraded, downtime, maintenance, not_monitored.
    static StatusPageComponentStatus componentStatus(const QString &status);
};
