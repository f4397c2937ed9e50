// Atlassian Statuspage v2, the most common format: /api/v2/summary.json, falling back to /api/v2/status.json.
#pragma once

#include "StatusPageProvider.h"

class AtlassianStatuspageProvider : public StatusPageProvider
{
public:
    QString key() const override;
    QString displayName() const override;
    QStringList documentPaths() const override;
    bool discoverable() const override { return true; }
    StatusPageReport parse(const QByteArray &document, const QUrl &documentUrl, const QDateTime &now) const override;

    // status.indicator: none, minor, major, critical, maintenance.
    static StatusPageState stateOfIndicator(const QString &indicator);
    // A component's status: operational, degraded_performance, partial_outage, major_outage, under_maintenance.
    static StatusPageComponentStatus componentStatus(const QString &status);
};
