// Where to look for a service's status page: the catalog first, then the usual places, in a fixed order. Pure.
#pragma once

#include "StatusPageCatalog.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

struct StatusPageCandidate
{
    enum class Source {
        Catalog, // the catalog (built-in or the user's) names the page
        Given, // the person gave the status page address
        Discovered, // one of the usual places: status.<domain>, <domain>/status, status.<parent domain>
    };

    Source source = Source::Discovered;
    QUrl base; // the page's base address, ending in '/', e.g. https://status.example.com/
    QUrl document; // set when the address given is a document itself: read only that
    QStringList formats; // StatusPageProvider keys, in the order to try them
    QString serviceName; // the catalog's name for the service, if it has one

    // The document addresses to ask, in order, for one format (or for document, whatever the format).
    QList<QUrl> documentUrls(const QString &format) const;
};

class StatusPageDiscovery
{
public:
    // Finds the status page of a service from a domain or any address of it ("github.com",
    // "https://api.github.com/user"). An address that is plainly a status page itself is read first.
    static QList<StatusPageCandidate> candidatesFor(const QString &urlOrDomain, const StatusPageCatalog &catalog);
    // Reads the status page at the address the person typed (its base, or one of its documents); no discovery.
    static QList<StatusPageCandidate> candidatesForPage(
        const QString &statusPageAddress, const StatusPageCatalog &catalog);

    // "Example.com" and "https://example.com/x" as an address (https unless given); invalid when it is not one.
    static QUrl normalizedInput(const QString &input);
    // The domain above host for status.<parent>, or empty where that would be a public suffix ("com", "co.uk") or host
    // has no parent.
    static QString parentDomain(const QString &host);
    // The formats discovery tries on a page it knows nothing about, in order.
    static QStringList discoverableFormats();
    // The name a person knows the service by when the catalog has none: the host without "www.".
    static QString serviceNameFor(const QString &urlOrDomain);
};
