// The report writers on a hand-made diagnosis: every section present, everything escaped, the JSON contract kept,
// secrets and (when asked) user names absent, and the mail to support.
#include "checks/StatusPageCheck.h"
#include "diagnosis/FindingText.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/ReportFile.h"
#include "report/SupportReport.h"
#include "report/TextReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Password = u"pa55&<word>\"x"_s;
const QString Token = u"tok-9f8e7d6c5b4a3f2e"_s;
const QString CookieValue = u"c00kieSessionValue"_s;
const QString Hostile = u"<script>alert('x')</script>"_s;

DiagnosisResult sampleResult()
{
    DiagnosisResult result;
    result.request
        = DiagnosisRequest::forTarget(QUrl(u"https://api.example.com/v1/items?access_token="_s + Token + u"&page=2"_s));
    Credential credential;
    credential.scheme = Credential::Scheme::Basic;
    credential.user = u"alice.smith"_s;
    credential.secret = Password;
    result.request.credential = credential;
    result.request.headers.append("Cookie"_ba, "sid="_ba + CookieValue.toUtf8());
    result.request.statusPage = u"https://status.example.com"_s;
    result.request.lookUpStatusPage = true;
    result.startedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 30), Qt::UTC);
    result.elapsedMs = 321;

    Finding unauthorized = Finding::make(
        u"status.unauthorized"_s, { { u"host"_s, u"api.example.com"_s } }, u"HTTP 401 Unauthorized\n"_s + Hostile);
    Finding rejected = Finding::make(u"credentials.rejected"_s,
        { { u"host"_s, u"api.example.com"_s }, { u"user"_s, u"alice.smith"_s } },
        u"Authorization: Basic "_s + QString::fromLatin1((u"alice.smith:"_s + Password).toUtf8().toBase64())
            + u"\nuser alice.smith"_s);
    // A finding whose words carry markup (a server's own text can reach them).
    Finding hostile;
    hostile.id = u"challenge.other"_s;
    hostile.severity = Severity::Warning;
    hostile.title = u"Server says "_s + Hostile;
    hostile.explanation = u"Line one & \"two\"\nline <b>three</b>"_s;
    hostile.nextSteps = { u"Click <a href=\"javascript:alert(1)\">here</a>"_s };
    hostile.technical = u"WWW-Authenticate: Custom realm=\"<x>\""_s;
    result.findings = { unauthorized, rejected, hostile };
    result.verdict.id = rejected.id;
    result.verdict.severity = Severity::Problem;
    result.verdict.title = rejected.title;
    result.verdict.firstStep = rejected.nextSteps.value(0);

    Exchange exchange;
    exchange.outcome = Exchange::Outcome::Answered;
    ExchangeHop hop;
    hop.method = "GET";
    hop.url = result.request.target;
    hop.requestHeaders.append("Authorization"_ba, "Basic [redacted]"_ba);
    hop.requestHeaders.append("Cookie"_ba, "sid="_ba + CookieValue.toUtf8());
    hop.requestHeaders.append("User-Agent"_ba, "AuthDoctor/0.1"_ba);
    hop.status = 401;
    hop.responseHeaders.append("WWW-Authenticate"_ba, "Basic realm=\"<api>\""_ba);
    hop.responseHeaders.append("Set-Cookie"_ba, "sid=NEWc00kieValue99; Path=/; HttpOnly"_ba);
    hop.responseHeaders.append("X-Echo"_ba, "access_token="_ba + Token.toUtf8());
    hop.timings.connectStartedMs = 1;
    hop.timings.tlsDoneMs = 12;
    hop.timings.firstByteMs = 30;
    hop.timings.totalMs = 31;
    exchange.hops = { hop };
    result.exchanges = { exchange };
    return result;
}

StatusPageResult sampleStatusPage()
{
    StatusPageResult page;
    page.input = u"https://status.example.com"_s;
    page.serviceName = u"Example"_s;
    page.source = StatusPageCandidate::Source::Given;
    page.problem = StatusPageResult::Problem::None;
    page.pageUrl = QUrl(u"https://status.example.com"_s);
    page.documentUrl = QUrl(u"https://status.example.com/api/v2/summary.json"_s);
    page.checkedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 31), Qt::UTC);
    StatusPageReport &report = page.report;
    report.valid = true;
    report.format = u"atlassian"_s;
    report.state = StatusPageState::Outage;
    report.rawState = u"major"_s;
    report.stateText = u"Major <Outage>"_s;
    report.pageUrl = page.pageUrl;
    StatusPageComponent webhooks { u"Webhooks"_s, {}, StatusPageComponentStatus::Degraded, u"degraded_performance"_s };
    StatusPageComponent login { u"Login & SSO <b>"_s, u"Platform"_s, StatusPageComponentStatus::MajorOutage,
        u"major_outage"_s };
    report.components = { webhooks, login };
    StatusPageIncident incident;
    incident.name = u"Users cannot sign in"_s;
    incident.status = u"identified"_s;
    incident.impact = u"major"_s;
    incident.effect = StatusPageState::Outage;
    incident.updatedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 20), Qt::UTC);
    incident.latestUpdate = u"Rolling back <config>."_s;
    incident.components = { u"Login & SSO <b>"_s };
    incident.url = QUrl(u"javascript:alert(1)"_s);
    report.incidents = { incident };
    StatusPageMaintenance maintenance;
    maintenance.name = u"Database upgrade"_s;
    maintenance.status = u"scheduled"_s;
    maintenance.start = QDateTime(QDate(2030, 1, 1), QTime(1, 0), Qt::UTC);
    maintenance.end = QDateTime(QDate(2030, 1, 1), QTime(3, 0), Qt::UTC);
    report.maintenances = { maintenance };
    return page;
}

SupportReport sampleReport()
{
    SupportReport report = SupportReport::of(sampleResult(), sampleStatusPage());
    report.generatedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 32), Qt::UTC);
    return report;
}

QStringList secretsOf(const SupportReport &report)
{
    const QString basic = QString::fromLatin1((u"alice.smith:"_s + Password).toUtf8().toBase64());
    Q_UNUSED(report)
    return { Password, Password.toHtmlEscaped(), Token, CookieValue, u"NEWc00kieValue99"_s, basic };
}

// The text a writer produced, checked for every secret in the forms it could take there.
void verifyNoSecret(const QByteArray &bytes, const SupportReport &report)
{
    for (const QString &secret : secretsOf(report)) {
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY2(!bytes.contains(QUrl::toPercentEncoding(secret)), qPrintable(secret));
    }
    // JSON escapes the quote of the password.
    QVERIFY(!bytes.contains(QString(Password).replace(u"\""_s, u"\\\""_s).toUtf8()));
}

} // namespace

class TestReportWriters : public QObject
{
    Q_OBJECT

private slots:
    void htmlHasEverySection();
    void htmlEscapesEverything();
    void htmlIsSelfContained();
    void textHasEverySection();
    void jsonKeepsTheContract();
    void corsOriginIsAsked();
    void jsonWithoutStatusPage();
    void noSecretInAnyFormat();
    void userNamesHiddenWhenAsked();
    void statusPageNotFound();
    void mailSummary();
    void mailtoEncoding();
    void reportFileFormats_data();
    void reportFileFormats();
    void reportFileWritesAndFails();
    void statusPageCheckAsksNoSecret();
    void statusPageResultTravelsInFindings();
    void dumpSamples();
};

void TestReportWriters::htmlHasEverySection()
{
    const SupportReport report = sampleReport();
    const QString html = HtmlReport::toHtml(report);
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<html lang=\"en\">"_s));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
    QVERIFY(html.contains(u"<title>Auth Doctor report: api.example.com</title>"_s));
    for (const QString &heading :
        { u"What was asked"_s, u"Verdict"_s, u"Findings (3)"_s, u"Service status page"_s, u"Exchanges (1)"_s })
        QVERIFY2(html.contains(u">"_s + heading + u"</h2>"_s), qPrintable(heading));
    // Program, system and time.
    QVERIFY(html.contains(u"Auth Doctor "_s + QStringLiteral(AUTHDOCTOR_VERSION)));
    QVERIFY(html.contains(report.operatingSystem.toHtmlEscaped()));
    QVERIFY(html.contains(u"2024-05-01T12:32:00Z"_s));
    // Every finding with its words, the severity in words beside the colour, the evidence in <details>.
    for (const Finding &finding : report.diagnosis.findings) {
        QVERIFY2(html.contains(u"<code>"_s + finding.id + u"</code>"_s), qPrintable(finding.id));
        QVERIFY(html.contains(HtmlReport::escaped(finding.title)));
        for (const QString &step : finding.nextSteps)
            QVERIFY2(html.contains(HtmlReport::escaped(step)), qPrintable(step));
    }
    QVERIFY(html.contains(HtmlReport::escaped(report.diagnosis.findings.at(1).explanation)));
    QVERIFY(html.contains(u"<span class=\"sev badge-problem\">Problem</span>"_s));
    QVERIFY(html.contains(u"<span class=\"sev badge-warning\">Warning</span>"_s));
    QCOMPARE(html.count(u"<details><summary>Technical detail</summary>"_s), 3);
    // The exchange: request line, status, timings, both header tables.
    QVERIFY(html.contains(u"GET https://api.example.com/v1/items?access_token=[redacted]&amp;page=2"_s));
    QVERIFY(html.contains(u"HTTP 401 Unauthorized"_s));
    QVERIFY(html.contains(u"DNS, connect and TLS 11 ms, first byte 30 ms, total 31 ms"_s));
    QVERIFY(html.contains(u"<caption>Request headers</caption>"_s));
    QVERIFY(html.contains(u"<caption>Response headers</caption>"_s));
    QVERIFY(html.contains(u"sid=[redacted]; Path=/; HttpOnly"_s));
    // The status page: state, sign-in component first, incident with its update, maintenance.
    QVERIFY(html.contains(u"outage (\u201CMajor &lt;Outage&gt;\u201D)"_s));
    QVERIFY(html.indexOf(u"Login &amp; SSO &lt;b&gt;"_s) < html.indexOf(u"Webhooks"_s));
    QVERIFY(html.contains(u"Rolling back &lt;config&gt;."_s));
    QVERIFY(html.contains(u"Database upgrade"_s));
    QVERIFY(html.contains(u"Example reports an outage"_s));
}

void TestReportWriters::htmlEscapesEverything()
{
    const QString html = HtmlReport::toHtml(sampleReport());
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<b>"_s));
    QVERIFY(!html.contains(u"<config>"_s));
    QVERIFY(!html.contains(u"<api>"_s));
    QVERIFY(!html.contains(u"javascript:"_s, Qt::CaseInsensitive) || !html.contains(u"href=\"javascript"_s));
    QVERIFY(!html.contains(u"href=\"javascript"_s));
    QVERIFY(html.contains(u"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"_s));
    QVERIFY(html.contains(u"Line one &amp; &quot;two&quot;<br>line &lt;b&gt;three&lt;/b&gt;"_s));
    QVERIFY(html.contains(u"Click &lt;a href=&quot;javascript:alert(1)&quot;&gt;here&lt;/a&gt;"_s));
    // Every tag in the page is one the writer wrote itself.
    static const QRegularExpression tag(u"<(/?)([a-zA-Z][a-zA-Z0-9]*)"_s);
    const QStringList allowed { u"html"_s, u"head"_s, u"meta"_s, u"title"_s, u"style"_s, u"body"_s, u"header"_s,
        u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"p"_s, u"dl"_s, u"dt"_s, u"dd"_s, u"main"_s, u"section"_s, u"div"_s,
        u"span"_s, u"strong"_s, u"article"_s, u"code"_s, u"ol"_s, u"ul"_s, u"li"_s, u"details"_s, u"summary"_s,
        u"pre"_s, u"table"_s, u"caption"_s, u"thead"_s, u"tbody"_s, u"tr"_s, u"th"_s, u"td"_s, u"br"_s, u"a"_s,
        u"footer"_s };
    QRegularExpressionMatchIterator it = tag.globalMatch(html);
    while (it.hasNext()) {
        const QString name = it.next().captured(2).toLower();
        QVERIFY2(allowed.contains(name), qPrintable(name));
    }
    // Links only to http(s) addresses.
    static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
    it = href.globalMatch(html);
    while (it.hasNext()) {
        const QString target = it.next().captured(1);
        QVERIFY2(target.startsWith(u"https://"_s) || target.startsWith(u"http://"_s), qPrintable(target));
    }
}

void TestReportWriters::htmlIsSelfContained()
{
    const QString html = HtmlReport::toHtml(sampleReport());
    QVERIFY(!html.contains(u"src="_s));
    QVERIFY(!html.contains(u"<link"_s));
    QVERIFY(!html.contains(u"@import"_s));
    QVERIFY(!html.contains(u"url("_s));
    QVERIFY(html.contains(u"@media print"_s));
    QVERIFY(html.trimmed().endsWith(u"</html>"_s));
}

void TestReportWriters::textHasEverySection()
{
    const SupportReport report = sampleReport();
    const QString text = TextReport::toText(report);
    QVERIFY(text.startsWith(u"Auth Doctor report\n=================="_s));
    for (const QString &heading :
        { u"What was asked"_s, u"Verdict"_s, u"Findings (3)"_s, u"Service status page"_s, u"Exchanges (1)"_s })
        QVERIFY2(text.contains(heading + u"\n-"_s), qPrintable(heading));
    QVERIFY(text.contains(
        u"Program: Auth Doctor "_s + QStringLiteral(AUTHDOCTOR_VERSION) + u" on "_s + report.operatingSystem));
    QVERIFY(text.contains(u"  Address: https://api.example.com/v1/items?access_token=[redacted]&page=2"_s));
    QVERIFY(text.contains(u"  Sign-in tested: basic, user alice.smith"_s));
    QVERIFY(text.contains(u"  Extra headers (values not shown): Cookie"_s));
    QVERIFY(text.contains(u"  Status page: https://status.example.com"_s));
    for (const Finding &finding : report.diagnosis.findings)
        QVERIFY(text.contains(u"("_s + finding.id + u')'));
    QVERIFY(text.contains(u"State: outage (\"Major <Outage>\")"_s));
    QVERIFY(text.contains(u"  - Login & SSO <b> (Platform): major outage  [sign-in]"_s));
    QVERIFY(text.contains(
        u"1. GET https://api.example.com/v1/items?access_token=[redacted]&page=2 -> HTTP 401 Unauthorized"_s));
    QVERIFY(text.contains(u"      Set-Cookie: sid=[redacted]; Path=/; HttpOnly"_s));
    QVERIFY(text.contains(u"      X-Echo: access_token=[redacted]"_s));
}

void TestReportWriters::jsonKeepsTheContract()
{
    const SupportReport report = sampleReport();
    const QJsonObject json = JsonReport::toJson(report);
    // shared/DESIGN.md's fields.
    QCOMPARE(json.value(u"target"_s).toString(), u"https://api.example.com/v1/items?access_token=[redacted]&page=2"_s);
    QCOMPARE(json.value(u"verdict"_s).toObject().value(u"id"_s).toString(), u"credentials.rejected"_s);
    QVERIFY(!json.value(u"verdict"_s).toObject().value(u"title"_s).toString().isEmpty());
    const QJsonArray findings = json.value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 3);
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        for (const QString &key : { u"id"_s, u"severity"_s, u"title"_s, u"explanation"_s, u"technical"_s })
            QVERIFY2(finding.value(key).isString(), qPrintable(key));
        QVERIFY(finding.value(u"next_steps"_s).isArray());
    }
    const QJsonArray exchanges = json.value(u"exchanges"_s).toArray();
    QCOMPARE(exchanges.size(), 1);
    const QJsonObject exchange = exchanges.first().toObject();
    QCOMPARE(exchange.value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(exchange.value(u"status"_s).toInt(), 401);
    QCOMPARE(exchange.value(u"elapsed_ms"_s).toInteger(), 31);
    QVERIFY(exchange.value(u"request_headers"_s).isArray());
    QVERIFY(exchange.value(u"response_headers"_s).isArray());
    QVERIFY(exchange.value(u"url"_s).isString());

    // Added for reports.
    QCOMPARE(json.value(u"generated_at"_s).toString(), u"2024-05-01T12:32:00.000Z"_s);
    QCOMPARE(json.value(u"started_at"_s).toString(), u"2024-05-01T12:30:00.000Z"_s);
    const QJsonObject program = json.value(u"program"_s).toObject();
    QCOMPARE(program.value(u"name"_s).toString(), u"Auth Doctor"_s);
    QCOMPARE(program.value(u"version"_s).toString(), QStringLiteral(AUTHDOCTOR_VERSION));
    QCOMPARE(program.value(u"os"_s).toString(), QSysInfo::prettyProductName());
    const QJsonObject asked = json.value(u"asked"_s).toObject();
    QCOMPARE(asked.value(u"sign_in"_s).toObject().value(u"scheme"_s).toString(), u"basic"_s);
    QCOMPARE(asked.value(u"header_names"_s).toArray(), QJsonArray { u"Cookie"_s });
    QCOMPARE(asked.value(u"status_page"_s).toString(), u"https://status.example.com"_s);
    const QJsonObject statusPage = json.value(u"status_page"_s).toObject();
    QCOMPARE(statusPage.value(u"state"_s).toString(), u"outage"_s);
    QCOMPARE(statusPage.value(u"components"_s).toArray().size(), 2);
    QCOMPARE(statusPage.value(u"incidents"_s).toArray().first().toObject().value(u"name"_s).toString(),
        u"Users cannot sign in"_s);
    QCOMPARE(json.value(u"user_names_hidden"_s).toBool(), false);

    // The report's JSON is a superset of the plain contract.
    const QJsonObject plain = JsonReport::toJson(report.diagnosis, report.redactor());
    for (auto it = plain.begin(); it != plain.end(); ++it)
        QCOMPARE(json.value(it.key()), it.value());
}

void TestReportWriters::corsOriginIsAsked()
{
    DiagnosisResult result = sampleResult();
    QVERIFY(!JsonReport::toJson(SupportReport::of(result)).value(u"asked"_s).toObject().contains(u"cors_origin"_s));
    result.request.corsOrigin = u"https://app.example.com"_s;
    const SupportReport report = SupportReport::of(result);
    QCOMPARE(JsonReport::toJson(report).value(u"asked"_s).toObject().value(u"cors_origin"_s).toString(),
        u"https://app.example.com"_s);
    QVERIFY(TextReport::toText(report).contains(u"https://app.example.com"_s));
    QVERIFY(HtmlReport::toHtml(report).contains(u"https://app.example.com"_s));
}

void TestReportWriters::jsonWithoutStatusPage()
{
    DiagnosisResult result = sampleResult();
    result.request.lookUpStatusPage = false;
    const SupportReport report = SupportReport::of(result);
    QVERIFY(!report.statusPage);
    const QJsonObject json = JsonReport::toJson(report);
    QVERIFY(!json.contains(u"status_page"_s));
    QVERIFY(TextReport::toText(report).contains(u"Service status page\n-------------------\nNot looked up."_s));
    QVERIFY(HtmlReport::toHtml(report).contains(u"<p>Not looked up.</p>"_s));
}

void TestReportWriters::noSecretInAnyFormat()
{
    const SupportReport report = sampleReport();
    for (const ReportFile::Format format :
        { ReportFile::Format::Text, ReportFile::Format::Html, ReportFile::Format::Json }) {
        const QByteArray bytes = ReportFile::render(report, format);
        QVERIFY(bytes.size() > 1000);
        verifyNoSecret(bytes, report);
        if (QTest::currentTestFailed())
            qWarning() << "format" << int(format);
    }
    verifyNoSecret(report.mailSubject().toUtf8() + report.mailBody().toUtf8()
            + report.mailtoUrl(u"help@example.com"_s).toEncoded(),
        report);
}

void TestReportWriters::userNamesHiddenWhenAsked()
{
    SupportReport report = sampleReport();
    for (const ReportFile::Format format :
        { ReportFile::Format::Text, ReportFile::Format::Html, ReportFile::Format::Json })
        QVERIFY(ReportFile::render(report, format).contains("alice.smith"));
    report.hideUserNames = true;
    for (const ReportFile::Format format :
        { ReportFile::Format::Text, ReportFile::Format::Html, ReportFile::Format::Json }) {
        const QByteArray bytes = ReportFile::render(report, format);
        QVERIFY2(!bytes.contains("alice.smith"), bytes.constData());
        QVERIFY(bytes.contains("[user]"));
    }
    QVERIFY(JsonReport::toJson(report).value(u"user_names_hidden"_s).toBool());
    QVERIFY(!report.mailBody().contains(u"alice"_s));
}

void TestReportWriters::statusPageNotFound()
{
    StatusPageResult page;
    page.input = u"example.com"_s;
    page.serviceName = u"example.com"_s;
    page.problem = StatusPageResult::Problem::NotFound;
    page.places = { QUrl(u"https://status.example.com/"_s) };
    page.tried = { QUrl(u"https://status.example.com/api/v2/summary.json"_s) };
    page.error = u"HTTP 404 from https://status.example.com/api/v2/summary.json"_s;
    const SupportReport report = SupportReport::of(sampleResult(), page);
    const QString text = TextReport::toText(report);
    QVERIFY(text.contains(u"[info] No status page found for example.com"_s) || text.contains(u"statuspage"_s)
        || text.contains(u"Addresses tried:"_s));
    QVERIFY(text.contains(u"  - https://status.example.com/api/v2/summary.json"_s));
    const QString html = HtmlReport::toHtml(report);
    QVERIFY(html.contains(u"Addresses tried"_s));
    QCOMPARE(JsonReport::toJson(report).value(u"status_page"_s).toObject().value(u"found"_s).toBool(), false);
}

void TestReportWriters::mailSummary()
{
    const SupportReport report = sampleReport();
    QCOMPARE(report.mailSubject(), u"Sign-in problem with api.example.com: "_s + report.diagnosis.verdict.title);
    const QString body = report.mailBody(u"authdoctor-report.html"_s);
    const QStringList lines = body.split(u'\n');
    QVERIFY(lines.size() <= 14);
    QVERIFY(body.contains(u"https://api.example.com:443"_s) || body.contains(u"https://api.example.com"_s));
    QVERIFY(body.contains(report.diagnosis.verdict.title));
    QVERIFY(body.contains(u"Example reports an outage"_s));
    QVERIFY(body.contains(u"authdoctor-report.html"_s));
    QVERIFY(body.contains(u"attach"_s));
    QVERIFY(!body.contains(u"/v1/items"_s)); // the origin only
    QVERIFY(!body.contains(u"access_token"_s));
}

void TestReportWriters::mailtoEncoding()
{
    const QString body = u"Line 1 + more\nLine 2 & 100% sure? #hash"_s;
    const QUrl url = SupportReport::mailtoUrl(u"help@example.com"_s, u"Subject: a + b"_s, body);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), u"mailto"_s);
    QCOMPARE(url.path(), u"help@example.com"_s);
    const QByteArray encoded = url.toEncoded();
    QVERIFY2(!encoded.contains(' '), encoded.constData());
    QVERIFY(encoded.contains("Line%201%20%2B%20more%0D%0ALine%202%20%26%20100%25%20sure%3F%20%23hash"));
    QVERIFY(encoded.contains("subject=Subject%3A%20a%20%2B%20b"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"body"_s, QUrl::FullyDecoded), QString(body).replace(u"\n"_s, u"\r\n"_s));
    QCOMPARE(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded), u"Subject: a + b"_s);

    const QUrl fromReport = sampleReport().mailtoUrl();
    QVERIFY(fromReport.toEncoded().startsWith("mailto:?subject=Sign-in%20problem"));
}

void TestReportWriters::reportFileFormats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("txt") << u"report.txt"_s << int(ReportFile::Format::Text);
    QTest::newRow("TXT") << u"/tmp/Report.TXT"_s << int(ReportFile::Format::Text);
    QTest::newRow("html") << u"a/b/report.html"_s << int(ReportFile::Format::Html);
    QTest::newRow("htm") << u"report.htm"_s << int(ReportFile::Format::Html);
    QTest::newRow("json") << u"report.json"_s << int(ReportFile::Format::Json);
    QTest::newRow("pdf") << u"report.pdf"_s << -1;
    QTest::newRow("none") << u"report"_s << -1;
    QTest::newRow("dot only") << u"report."_s << -1;
}

void TestReportWriters::reportFileFormats()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    const std::optional<ReportFile::Format> found = ReportFile::formatOf(name);
    QCOMPARE(found ? int(*found) : -1, format);
}

void TestReportWriters::reportFileWritesAndFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SupportReport report = sampleReport();
    QString error;
    QVERIFY2(ReportFile::write(report, dir.filePath(u"r.json"_s), &error), qPrintable(error));
    QFile file(dir.filePath(u"r.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(file.readAll()).isObject());

    QVERIFY(!ReportFile::write(report, dir.filePath(u"r.pdf"_s), &error));
    QVERIFY(error.contains(u".txt, .html or .json"_s));
    QVERIFY(!ReportFile::write(report, dir.filePath(u"missing/r.html"_s), &error));
    QVERIFY2(error.startsWith(u"cannot write "_s), qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(u"missing/r.html"_s)));
}

void TestReportWriters::statusPageCheckAsksNoSecret()
{
    // The lookup from a target gets its host and path, never user info, query, fragment or a token in the path.
    QCOMPARE(StatusPageCheck::lookUpAddressOf(QUrl(u"https://bob:pw@api.example.com:8443/v1/items?token=abc#x"_s)),
        u"https://api.example.com:8443/v1/items"_s);
    QCOMPARE(StatusPageCheck::lookUpAddressOf(
                 QUrl(u"https://example.com/reset/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"_s)),
        u"https://example.com/reset/[redacted]"_s);
}

void TestReportWriters::statusPageResultTravelsInFindings()
{
    const StatusPageResult page = sampleStatusPage();
    QList<Finding> findings = page.findings();
    QVERIFY(!StatusPageCheck::resultIn(findings));
    for (Finding &finding : findings)
        finding.facts.insert(StatusPageCheck::ResultFact, QVariant::fromValue(page));
    DiagnosisResult result = sampleResult();
    result.findings.append(findings);
    const std::optional<StatusPageResult> found = StatusPageCheck::resultIn(result.findings);
    QVERIFY(found);
    QCOMPARE(found->report.state, StatusPageState::Outage);
    // A report of that diagnosis shows the page without being told.
    const SupportReport report = SupportReport::of(result);
    QVERIFY(report.statusPage);
    QCOMPARE(report.statusPage->serviceName, u"Example"_s);
}

void TestReportWriters::dumpSamples()
{
    // Writes the sample in every format and reads it back. AUTHDOCTOR_DUMP_REPORTS=dir keeps the files there, for
    // looking at the pages by hand; otherwise they go to a temporary folder.
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    QString dir = qEnvironmentVariable("AUTHDOCTOR_DUMP_REPORTS");
    if (dir.isEmpty())
        dir = temporary.path();
    const SupportReport report = sampleReport();
    for (const QString &name : { u"sample.txt"_s, u"sample.html"_s, u"sample.json"_s }) {
        const QString path = dir + u'/' + name;
        QVERIFY(ReportFile::write(report, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), ReportFile::render(report, *ReportFile::formatOf(path)));
    }
}

QTEST_GUILESS_MAIN(TestReportWriters)
#include "TestReportWriters.moc"
