// The list of providers, and the address arithmetic they share.
#include "StatusPageProvider.h"

#include "AtlassianStatuspageProvider.h"
#include "BetterStackProvider.h"
#include "GoogleCloudStatusProvider.h"
#include "InstatusProvider.h"
#include "SlackStatusProvider.h"
#include "StatusPageJson.h"

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcStatusPage, "authdoctor.statuspage", QtWarningMsg)

StatusPageProvider::~StatusPageProvider() = default;

bool StatusPageProvider::isDocumentPath(const QUrl &url) const
{
    const QString path = url.path();
    const QStringList paths = documentPaths();
    return std::any_of(paths.cbegin(), paths.cend(),
        [&path](const QString &documentPath) { return path.endsWith(u'/' + documentPath); });
}

QUrl StatusPageProvider::baseOf(const QUrl &documentUrl) const
{
    const QString path = documentUrl.path();
    for (const QString &documentPath : documentPaths()) {
        if (path.endsWith(u'/' + documentPath)) {
            QUrl base = documentUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
            base.setPath(path.left(path.size() - documentPath.size()));
            return base;
        }
    }
    return StatusPageJson::baseOf(documentUrl);
}

QList<const StatusPageProvider *> StatusPageProvider::all()
{
    static const AtlassianStatuspageProvider atlassian;
    static const BetterStackProvider betterStack;
    static const InstatusProvider instatus;
    static const SlackStatusProvider slack;
    static const GoogleCloudStatusProvider googleCloud;
    return { &atlassian, &betterStack, &instatus, &slack, &googleCloud };
}

const StatusPageProvider *StatusPageProvider::byKey(const QString &key)
{
    const QList<const StatusPageProvider *> providers = all();
    for (const StatusPageProvider *provider : providers) {
        if (provider->key() == key)
            return provider;
    }
    return nullptr;
}
