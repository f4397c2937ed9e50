// What one status page lookup found: the page's report, or why there is none, with the exchanges on the way.
#pragma once

#include "StatusPageDiscovery.h"
#include "StatusPageReport.h"
#include "diagnosis/Finding.h"
#include "net/Exchange.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

struct StatusPageResult
{
    enum class Problem {
        None, // found and read
        BadInput, // not a domain or web address
        NotFound, // no page at any place tried
        Unreadable, // a page answered, but in no format we read (or too large)
        Unreachable, // the catalog's or the given page did not answer at all
        Cancelled,
    };

    QString input; // as the person typed it
    QString serviceName; // the catalog's name, else the page's own, else the host
    StatusPageCandidate::Source source = StatusPageCandidate::Source::Discovered;
    StatusPageReport report; // valid when problem is None
    QUrl pageUrl; // the status page, as a person would open it
    QUrl documentUrl; // the document that was read
    Problem problem = Problem::NotFound;
    QString error; // technical detail of the last failure
    QList<QUrl> places; // the base addresses looked at, in order
    QList<QUrl> tried; // the document addresses asked, in order
    QList<Exchange> exchanges; // bodies cut to ProbeRequest::DefaultMaxBodyBytes
    bool fromCache = false;
    QDateTime checkedAt; // UTC, when the page was read (for a cached answer: when it was read first)

    bool isFound() const { return problem == Problem::None && report.valid; }
    // "none", "bad-input", "not-found", "unreadable", "unreachable", "cancelled".
    static QString problemKey(Problem problem);
    // "catalog", "given", "discovered".
    static QString sourceKey(StatusPageCandidate::Source source);

    // The findings: statuspage.operational, .degraded, .outage or .maintenance for the page's state (or
    // statuspage.unavailable), and statuspage.maintenance too when maintenance runs or is planned beside another state.
    QList<Finding> findings() const;
    // The facts of the main finding; the words come from FindingText. Times come twice: as QDateTime in UTC (for
    // JSON), and as text in this computer's time zone and locale (keys ending in "Local"), for the sentences.
    QVariantMap facts() const;
    // A time as a person here reads it: converted to the local time zone, in the locale's short format.
    static QString localTimeText(const QDateTime &time);
    // The whole answer for JSON output (the CLI's --json, reports), snake_case keys, times in ISO 8601 UTC. Only what
    // the public page said and the addresses asked; nothing of the person's.
    QJsonObject toJson() const;
    // The evidence: the document read, the state the page gave, components, incidents and maintenance as written.
    QString technical() const;
};

Q_DECLARE_METATYPE(StatusPageResult)
