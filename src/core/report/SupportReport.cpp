// Implementation of SupportReport: gathering the report's input, its Redactor, and the mail that goes with it.
#include "SupportReport.h"

#include "checks/StatusPageCheck.h"

#include <QLocale>
#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;

SupportReport SupportReport::of(const DiagnosisResult &diagnosis, const std::optional<StatusPageResult> &statusPage)
{
    SupportReport report;
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.programName = u"Auth Doctor"_s;
    report.programVersion = QStringLiteral(AUTHDOCTOR_VERSION);
    report.operatingSystem = QSysInfo::prettyProductName();
    report.diagnosis = diagnosis;
    report.statusPage = statusPage ? statusPage : StatusPageCheck::resultIn(diagnosis.findings);
    return report;
}

Redactor SupportReport::redactor() const
{
    Redactor redactor;
    const DiagnosisRequest &request = diagnosis.request;
    if (request.credential)
        redactor.addCredential(*request.credential);
    redactor.addSecretsOfHeaders(request.headers);
    // A password in the address itself (https://name:password@host/).
    if (!request.target.password().isEmpty()) {
        Credential inUrl;
        inUrl.user = request.target.userName();
        inUrl.secret = request.target.password();
        redactor.addCredential(inUrl);
    } else {
        redactor.addUserName(request.target.userName());
    }
    for (const QString &secret : extraSecrets)
        redactor.addSecret(secret);
    redactor.setHideUserNames(hideUserNames);
    return redactor;
}

QString SupportReport::targetText() const
{
    return redactor().redactUrlText(diagnosis.request.target);
}

QString SupportReport::targetOrigin() const
{
    const QUrl origin = diagnosis.request.target.adjusted(
        QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return origin.toString(QUrl::FullyEncoded);
}

QList<std::pair<QString, QString>> SupportReport::askedItems() const
{
    const Redactor redact = redactor();
    const DiagnosisRequest &request = diagnosis.request;
    QList<std::pair<QString, QString>> items;
    items.append({ tr("Address"), targetText() });
    items.append(
        { tr("Method"), QString::fromLatin1(request.method.isEmpty() ? QByteArrayLiteral("GET") : request.method) });
    if (request.credential) {
        const Credential &credential = *request.credential;
        QString what = Credential::schemeKey(credential.scheme);
        if (!credential.user.isEmpty())
            what += u", "_s + tr("user %1").arg(redact.redactText(credential.user));
        if (!credential.placement.isEmpty())
            what += u", "_s + tr("sent in %1").arg(redact.redactText(credential.placement));
        items.append({ tr("Sign-in tested"), what });
    } else {
        items.append({ tr("Sign-in tested"), tr("none") });
    }
    QStringList headerNames;
    for (const HttpHeader &header : request.headers.fields())
        headerNames.append(QString::fromLatin1(header.name));
    if (!headerNames.isEmpty())
        items.append({ tr("Extra headers (values not shown)"), headerNames.join(u", "_s) });
    if (request.body.size() > 0)
        items.append({ tr("Request body"), tr("%n byte(s), not shown", nullptr, int(request.body.size())) });
    if (!request.statusPage.isEmpty())
        items.append({ tr("Status page"), redact.redactText(request.statusPage) });
    else if (request.lookUpStatusPage)
        items.append({ tr("Status page"), tr("looked up from the address") });
    if (!request.corsOrigin.isEmpty())
        items.append({ tr("Web page's origin (CORS)"), redact.redactText(request.corsOrigin) });
    items.append({ tr("Timeout"), tr("%n second(s)", nullptr, request.timeoutMs / 1000) });
    return items;
}

QString SupportReport::mailSubject() const
{
    const Redactor redact = redactor();
    const QString host = diagnosis.request.target.host();
    if (diagnosis.verdict.isValid())
        return redact.redactText(tr("Sign-in problem with %1: %2").arg(host, diagnosis.verdict.title));
    return redact.redactText(tr("Sign-in problem with %1").arg(host));
}

QString SupportReport::mailBody(const QString &attachmentName) const
{
    const Redactor redact = redactor();
    const QString when = QLocale().toString(
        (diagnosis.startedAt.isValid() ? diagnosis.startedAt : generatedAt).toLocalTime(), QLocale::LongFormat);
    QStringList lines;
    lines.append(tr("Hello,"));
    lines.append(QString());
    lines.append(tr("I cannot sign in to %1. On %2 I checked it with %3 %4, which says:")
                     .arg(targetOrigin(), when, programName, programVersion));
    if (diagnosis.verdict.isValid())
        lines.append(u"  "_s + diagnosis.verdict.title);
    if (statusPage) {
        const QList<Finding> findings = statusPage->findings();
        if (!findings.isEmpty())
            lines.append(tr("The service's status page says: %1").arg(findings.constFirst().title));
    }
    lines.append(QString());
    lines.append(attachmentName.isEmpty()
            ? tr("The full report is attached. Passwords, tokens, keys and cookie values are not in it.")
            : tr("The full report is attached (%1). Passwords, tokens, keys and cookie values are not in it.")
                  .arg(attachmentName));
    lines.append(tr("[Please attach the saved report file to this mail before you send it.]"));
    lines.append(QString());
    lines.append(tr("Thank you."));
    return redact.redactText(lines.join(u'\n'));
}

QUrl SupportReport::mailtoUrl(const QString &address, const QString &attachmentName) const
{
    return mailtoUrl(address, mailSubject(), mailBody(attachmentName));
}

QUrl SupportReport::mailtoUrl(const QString &address, const QString &subject, const QString &body)
{
    // RFC 6068: everything but unreserved characters percent-encoded ("+" too, which some mail programs read as a
    // space), line breaks as %0D%0A.
    const auto encode = [](const QString &text) {
        QString crlf = text;
        crlf.replace(u"\r\n"_s, u"\n"_s);
        crlf.replace(u'\n', u"\r\n"_s);
        return QUrl::toPercentEncoding(crlf);
    };
    QByteArray encoded = "mailto:" + QUrl::toPercentEncoding(address.trimmed(), "@") + "?subject=" + encode(subject)
        + "&body=" + encode(body);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}
