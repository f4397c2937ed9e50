// Reads the service's status page during a diagnosis (statuspage.*), when the request asks for it.
#pragma once

#include "Check.h"
#include "statuspage/StatusPageResult.h"

#include <optional>

class StatusPageClient;

class StatusPageCheck : public Check
{
    Q_OBJECT

public:
    // The key in the facts of the statuspage.* findings under which the whole StatusPageResult travels, so that
    // reports can show the page's answer in full.
    static const QString ResultFact;

    using Check::Check;

    QString title() const override;
    // Reads request.statusPage when given, else looks the target's service up; never with the person's cookies.
    void start(const DiagnosisContext &context) override;
    void cancel() override;

    // What the status page said, from the findings of a finished diagnosis; none when it was not looked up.
    static std::optional<StatusPageResult> resultIn(const QList<Finding> &findings);
    // The address given to the status page lookup for a target: scheme, host, port and path, nothing secret.
    static QString lookUpAddressOf(const QUrl &target);

private:
    void onClientFinished(const StatusPageResult &result);

    StatusPageClient *m_client = nullptr;
};
