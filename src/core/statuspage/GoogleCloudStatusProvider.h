// Google Cloud's status dashboard: /incidents.json, every incident of the past year, the open ones without an end.
#pragma once

#include "StatusPageProvider.h"

class GoogleCloudStatusProvider : public StatusPageProvider
{
public:
    QString key() const override;
    QString displayName() const override;
    QStringList documentPaths() const override;
    bool discoverable() const override { return false; } // Google's alone; the catalog knows where it is
    StatusPageReport parse(const QByteArray &document, const QUrl &documentUrl, const QDateTime &now) const override;

    // status_impact or most_recent_update.status: SERVICE_OUTAGE, SERVICE_DISRUPTION, SERVICE_INFORMATION,
    // AVAILABLE; severity (high, medium, low) when neither says; an open incident that says nothing is a disruption.
    static StatusPageState effectOf(const QString &statusImpact, const QString &severity);
};
