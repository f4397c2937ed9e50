// Implementation of StatusPageDiscovery: turning what the person typed into an ordered list of places to read.
#include "StatusPageDiscovery.h"

#include "StatusPageProvider.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace {

QUrl directoryOf(const QUrl &url)
{
    QUrl base = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    return base;
}

QUrl httpsBase(const QString &host, const QString &path = u"/"_s, int port = -1)
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(host);
    url.setPort(port == 443 ? -1 : port);
    url.setPath(path);
    return url;
}

bool isDocumentAddress(const QUrl &url)
{
    if (url.path().endsWith(u".json"_s, Qt::CaseInsensitive))
        return true;
    const QList<const StatusPageProvider *> providers = StatusPageProvider::all();
    return std::any_of(providers.cbegin(), providers.cend(),
        [&url](const StatusPageProvider *provider) { return provider->isDocumentPath(url); });
}

// A name or path that says "status" is a status page address, not a service's.
bool looksLikeStatusPage(const QUrl &url)
{
    QStringList labels = url.host().split(u'.');
    labels.removeLast(); // the top-level domain
    const bool namedStatus
        = std::any_of(labels.cbegin(), labels.cend(), [](const QString &label) { return label.contains(u"status"_s); });
    return namedStatus || url.path().contains(u"status"_s, Qt::CaseInsensitive);
}

StatusPageCandidate catalogCandidate(const StatusPageCatalogEntry &entry)
{
    StatusPageCandidate candidate;
    candidate.source = StatusPageCandidate::Source::Catalog;
    candidate.base = directoryOf(entry.pageUrl);
    candidate.formats
        = entry.format.isEmpty() ? StatusPageDiscovery::discoverableFormats() : QStringList { entry.format };
    candidate.serviceName = entry.name;
    return candidate;
}

StatusPageCandidate documentCandidate(const QUrl &url, const StatusPageCatalog &catalog)
{
    StatusPageCandidate candidate;
    candidate.source = StatusPageCandidate::Source::Given;
    candidate.document = url.adjusted(QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    const QList<const StatusPageProvider *> providers = StatusPageProvider::all();
    for (const StatusPageProvider *provider : providers) {
        if (provider->isDocumentPath(url)) {
            candidate.formats.append(provider->key());
            if (candidate.base.isEmpty())
                candidate.base = provider->baseOf(url);
        }
    }
    // A .json address of no known path: any format may fit.
    if (candidate.formats.isEmpty()) {
        for (const StatusPageProvider *provider : providers)
            candidate.formats.append(provider->key());
        candidate.base = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveFilename);
    }
    if (const auto entry = catalog.findByPageHost(url.host())) {
        candidate.serviceName = entry->name;
        if (candidate.formats.removeOne(entry->format))
            candidate.formats.prepend(entry->format);
    }
    return candidate;
}

StatusPageCandidate givenCandidate(const QUrl &url)
{
    StatusPageCandidate candidate;
    candidate.source = StatusPageCandidate::Source::Given;
    candidate.base = directoryOf(url);
    candidate.formats = StatusPageDiscovery::discoverableFormats();
    return candidate;
}

void appendUnique(QList<StatusPageCandidate> *candidates, const StatusPageCandidate &candidate)
{
    // One visit per base address: a document named there already stands for the page.
    const bool known = std::any_of(candidates->cbegin(), candidates->cend(),
        [&](const StatusPageCandidate &c) { return c.base == candidate.base; });
    if (!known)
        candidates->append(candidate);
}

} // namespace

QList<QUrl> StatusPageCandidate::documentUrls(const QString &format) const
{
    if (!document.isEmpty())
        return { document };
    const StatusPageProvider *provider = StatusPageProvider::byKey(format);
    if (!provider)
        return {};
    QList<QUrl> urls;
    const QStringList paths = provider->documentPaths();
    for (const QString &path : paths)
        urls.append(base.resolved(QUrl(path)));
    return urls;
}

QStringList StatusPageDiscovery::discoverableFormats()
{
    QStringList keys;
    const QList<const StatusPageProvider *> providers = StatusPageProvider::all();
    for (const StatusPageProvider *provider : providers) {
        if (provider->discoverable())
            keys.append(provider->key());
    }
    return keys;
}

QUrl StatusPageDiscovery::normalizedInput(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty() || text.contains(u' '))
        return {};
    QUrl url
        = text.contains(u"://"_s) ? QUrl(text, QUrl::TolerantMode) : QUrl(u"https://"_s + text, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s))
        return {};
    url.setScheme(scheme);
    QString host = url.host().toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    url.setHost(host);
    if (url.path().isEmpty())
        url.setPath(u"/"_s);
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

QString StatusPageDiscovery::parentDomain(const QString &host)
{
    const QStringList labels = host.toLower().split(u'.');
    if (labels.size() < 3 || !QHostAddress(host).isNull())
        return {};
    const QStringList parent = labels.mid(1);
    // A second-level label under a two-letter country code is usually a public suffix (co.uk, com.au, ac.jp).
    static const QStringList secondLevel { u"co"_s, u"com"_s, u"net"_s, u"org"_s, u"gov"_s, u"edu"_s, u"ac"_s, u"ne"_s,
        u"or"_s, u"go"_s, u"ltd"_s, u"plc"_s, u"sch"_s, u"nhs"_s, u"gob"_s, u"mil"_s, u"nic"_s, u"gv"_s, u"lg"_s };
    if (parent.size() == 2 && parent.constLast().size() == 2 && secondLevel.contains(parent.constFirst()))
        return {};
    return parent.join(u'.');
}

QString StatusPageDiscovery::serviceNameFor(const QString &urlOrDomain)
{
    const QUrl url = normalizedInput(urlOrDomain);
    QString host = url.host();
    if (host.startsWith(u"www."_s))
        host.remove(0, 4);
    return host.isEmpty() ? urlOrDomain.trimmed() : host;
}

QList<StatusPageCandidate> StatusPageDiscovery::candidatesForPage(
    const QString &statusPageAddress, const StatusPageCatalog &catalog)
{
    const QUrl url = normalizedInput(statusPageAddress);
    if (url.isEmpty())
        return {};
    if (isDocumentAddress(url))
        return { documentCandidate(url, catalog) };
    QList<StatusPageCandidate> candidates;
    StatusPageCandidate given = givenCandidate(url);
    // The catalog knows the format of its pages, which saves asking for the others.
    if (const auto entry = catalog.findByPageHost(url.host())) {
        given.serviceName = entry->name;
        if (!entry->format.isEmpty() && given.formats.removeOne(entry->format))
            given.formats.prepend(entry->format);
        else if (!entry->format.isEmpty())
            given.formats.prepend(entry->format);
    }
    candidates.append(given);
    return candidates;
}

QList<StatusPageCandidate> StatusPageDiscovery::candidatesFor(
    const QString &urlOrDomain, const StatusPageCatalog &catalog)
{
    const QUrl url = normalizedInput(urlOrDomain);
    if (url.isEmpty())
        return {};
    const QString host = url.host();
    QList<StatusPageCandidate> candidates;

    // Someone typed a status page address after all.
    if (isDocumentAddress(url))
        appendUnique(&candidates, documentCandidate(url, catalog));
    if (const auto entry = catalog.findByPageHost(host)) {
        appendUnique(&candidates, catalogCandidate(*entry));
        return candidates;
    }
    if (candidates.isEmpty() && looksLikeStatusPage(url))
        appendUnique(&candidates, givenCandidate(url));

    if (const auto entry = catalog.find(host)) {
        appendUnique(&candidates, catalogCandidate(*entry));
        return candidates;
    }

    // The usual places, in order: status.<domain>, <domain>/status, status.<parent domain>.
    const bool isAddress = !QHostAddress(host).isNull();
    QString domain = host;
    if (domain.startsWith(u"www."_s))
        domain.remove(0, 4);
    const bool singleLabel = !domain.contains(u'.');
    QList<StatusPageCandidate> discovered;
    const auto add = [&discovered](const QUrl &base) {
        StatusPageCandidate candidate;
        candidate.source = StatusPageCandidate::Source::Discovered;
        candidate.base = base;
        candidate.formats = discoverableFormats();
        appendUnique(&discovered, candidate);
    };
    if (!isAddress && !singleLabel)
        add(httpsBase(domain.startsWith(u"status."_s) ? domain : u"status."_s + domain));
    add(httpsBase(host, u"/status/"_s, url.port()));
    const QString parent
        = isAddress ? QString() : parentDomain(domain.startsWith(u"status."_s) ? domain.mid(7) : domain);
    if (!parent.isEmpty())
        add(httpsBase(u"status."_s + parent));
    for (const StatusPageCandidate &candidate : std::as_const(discovered))
        appendUnique(&candidates, candidate);
    return candidates;
}
