// Instatus status pages: /summary.json with the page's state, active incidents and active maintenances.
#pragma once

#include "StatusPageProvider.h"

class InstatusProvider : public StatusPageProvider
{
public:
    QString key() const override;
    QString displayName() const override;
    QStringList documentPaths() const override;
    bool discoverable() const override { return true; }
    StatusPageReport parse(const QByteArray &document, const QUrl &documentUrl, const QDateTime &now) const override;

    // page.status: UP, HASISSUES, UNDERMAINTENANCE (HASISSUES is refined by the incidents' impact).
    static StatusPageState stateOfPage(const QString &status);
    // An impact or component status: OPERATIONAL, DEGRADEDPERFORMANCE, PARTIALOUTAGE, MINOROUTAGE, MAJOROUTAGE,
    // UNDERMAINTENANCE.
    static StatusPageComponentStatus componentStatus(const QString &status);
};
