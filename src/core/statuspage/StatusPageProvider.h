// The interface of one status page format: where its document lives, and a pure parser from bytes to a report.
#pragma once

#include "StatusPageReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QUrl>

// "authdoctor.statuspage": what the status page lookup tried and why it gave up.
Q_DECLARE_LOGGING_CATEGORY(lcStatusPage)

class StatusPageProvider
{
public:
    virtual ~StatusPageProvider();

    // The name of the format in the catalog and in JSON output, e.g. "atlassian".
    virtual QString key() const = 0;
    // The format's name for people, e.g. "Atlassian Statuspage v2" (a product name, not translated).
    virtual QString displayName() const = 0;
    // Where the format's document lives relative to a status page's base address, in the order to try them.
    virtual QStringList documentPaths() const = 0;
    // Whether discovery tries this format on a page it knows nothing about. Formats that only one service uses are
    // reached through the catalog instead, which keeps discovery to a few requests.
    virtual bool discoverable() const = 0;
    // Reads one document fetched from documentUrl. Pure: no network, no clock but now (which decides what is in
    // progress). Any input gives a report; a document not in this format gives an invalid one that says why.
    virtual StatusPageReport parse(const QByteArray &document, const QUrl &documentUrl, const QDateTime &now) const = 0;

    // The status page's base address for a document address of this format ("https://x/api/v2/summary.json" ->
    // "https://x/"), or the document's directory when the path is not one of this format's.
    QUrl baseOf(const QUrl &documentUrl) const;
    // Whether the address ends in one of this format's document paths.
    bool isDocumentPath(const QUrl &url) const;

    // Every provider, in the order discovery tries them.
    static QList<const StatusPageProvider *> all();
    static const StatusPageProvider *byKey(const QString &key);
};
