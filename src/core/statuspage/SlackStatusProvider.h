// Slack's own status API: /api/v2.0.0/current, with active incidents, outages and notices by service.
#pragma once

#include "StatusPageProvider.h"

class SlackStatusProvider : public StatusPageProvider
{
public:
    QString key() const override;
    QString displayName() const override;
    QStringList documentPaths() const override;
    bool discoverable() const override { return false; } // Slack's alone; the catalog knows where it is
    StatusPageReport parse(const QByteArray &document, const QUrl &documentUrl, const QDateTime &now) const override;
};
