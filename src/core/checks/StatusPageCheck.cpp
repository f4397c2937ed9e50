// Implementation of StatusPageCheck: one StatusPageClient lookup, its findings carrying the whole answer.
#include "StatusPageCheck.h"

#include "http/TargetUrl.h"
#include "report/Redactor.h"
#include "statuspage/StatusPageClient.h"
#include "statuspage/StatusPageDiscovery.h"

using namespace Qt::Literals::StringLiterals;

const QString StatusPageCheck::ResultFact = u"statusPageResult"_s;

QString StatusPageCheck::title() const
{
    return tr("Reading the service's status page");
}

QString StatusPageCheck::lookUpAddressOf(const QUrl &target)
{
    // No user info, query or fragment (they may hold secrets), and no token in the path: discovery needs the host.
    return Redactor::redactUrl(target)
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString(QUrl::FullyEncoded);
}

void StatusPageCheck::start(const DiagnosisContext &context)
{
    // A session of its own: status pages are public, and must not see the person's cookies.
    m_client = new StatusPageClient(nullptr, this);
    m_client->setTimeoutMs(context.request.timeoutMs);
    connect(m_client, &StatusPageClient::finished, this, &StatusPageCheck::onClientFinished);
    const QString given = context.request.statusPage.trimmed();
    // Plain http only to this computer (a local or test server): elsewhere the answer could be forged on the way.
    const QUrl asked = given.isEmpty() ? context.request.target : StatusPageDiscovery::normalizedInput(given);
    m_client->setAllowInsecureHttp(TargetUrl::isLoopback(asked));
    if (given.isEmpty())
        m_client->lookUp(lookUpAddressOf(context.request.target));
    else
        m_client->readStatusPage(given);
}

void StatusPageCheck::cancel()
{
    if (m_client) {
        m_client->disconnect(this);
        m_client->cancel();
    }
}

void StatusPageCheck::onClientFinished(const StatusPageResult &result)
{
    QList<Finding> findings = result.findings();
    for (Finding &finding : findings)
        finding.facts.insert(ResultFact, QVariant::fromValue(result));
    // The page's own requests stay in the result: they are not requests to the target.
    emit finished(findings, {});
}

std::optional<StatusPageResult> StatusPageCheck::resultIn(const QList<Finding> &findings)
{
    for (const Finding &finding : findings) {
        const QVariant value = finding.facts.value(ResultFact);
        if (finding.id.startsWith(u"statuspage."_s) && value.metaType() == QMetaType::fromType<StatusPageResult>())
            return value.value<StatusPageResult>();
    }
    return std::nullopt;
}
