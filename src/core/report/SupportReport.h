// What a report to support holds, the same for every writer: what was asked, when, by which program on which system,
// the diagnosis, and the status page's answer; with the Redactor that hides its secrets and a short mail to go with it.
#pragma once

#include "Redactor.h"
#include "diagnosis/DiagnosisResult.h"
#include "statuspage/StatusPageResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

struct SupportReport
{
    Q_DECLARE_TR_FUNCTIONS(SupportReport)

public:
    QDateTime generatedAt; // UTC
    QString programName;
    QString programVersion;
    QString operatingSystem; // QSysInfo::prettyProductName()
    DiagnosisResult diagnosis;
    std::optional<StatusPageResult> statusPage;
    // The person asked for user names to be hidden: every user name the report knows becomes "[user]".
    bool hideUserNames = false;
    // Secrets the caller knows beyond the request's own (cookie values of its session, a pasted command's secrets).
    QStringList extraSecrets;

    // A report of this diagnosis made now, by this program on this system. The status page answer is the one the
    // diagnosis read (StatusPageCheck), unless one is given.
    static SupportReport of(
        const DiagnosisResult &diagnosis, const std::optional<StatusPageResult> &statusPage = std::nullopt);

    // The Redactor for everything this report writes: the sign-in's secret and user name, the secret headers of the
    // request, extraSecrets, and hideUserNames.
    Redactor redactor() const;

    // The address checked, redacted, as shown in reports.
    QString targetText() const;
    // "scheme://host:port" of the address checked, nothing more.
    QString targetOrigin() const;
    // What was asked, as "label: value" pairs in order (address, method, sign-in tested, extra headers by name, status
    // page), redacted; for the writers.
    QList<std::pair<QString, QString>> askedItems() const;

    // A mail to support that goes with the saved report: a subject line, and a few lines that name the address, the
    // verdict and the status page's answer and ask the person to attach the saved file. Redacted.
    QString mailSubject() const;
    QString mailBody(const QString &attachmentName = {}) const;
    // mailto:address?subject=...&body=..., percent-encoded as RFC 6068 asks (line breaks as CRLF).
    QUrl mailtoUrl(const QString &address = {}, const QString &attachmentName = {}) const;
    static QUrl mailtoUrl(const QString &address, const QString &subject, const QString &body);
};
