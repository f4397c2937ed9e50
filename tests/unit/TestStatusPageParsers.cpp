// Status page providers, catalog, discovery plan and finding words, on documents in each provider's real shape.
#include "StatusPageFixtures.h"
#include "diagnosis/Finding.h"
#include "diagnosis/FindingText.h"
#include "statuspage/AtlassianStatuspageProvider.h"
#include "statuspage/StatusPageCatalog.h"
#include "statuspage/StatusPageDiscovery.h"
#include "statuspage/StatusPageProvider.h"
#include "statuspage/StatusPageResult.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::Literals::StringLiterals;
using StatusPageFixtures::fixture;

namespace {

const QDateTime Now = QDateTime(QDate(2024, 5, 1), QTime(12, 30), Qt::UTC);

const StatusPageProvider *provider(const QString &key)
{
    const StatusPageProvider *found = StatusPageProvider::byKey(key);
    if (!found)
        qFatal("no provider %s", qPrintable(key));
    return found;
}

StatusPageReport parse(const QString &format, const QByteArray &document)
{
    const StatusPageProvider *p = provider(format);
    QUrl url(u"https://status.example.com/"_s);
    url = url.resolved(QUrl(p->documentPaths().constFirst()));
    return p->parse(document, url, Now);
}

StatusPageResult resultFor(const QString &service, const StatusPageReport &report)
{
    StatusPageResult result;
    result.input = service;
    result.serviceName = service;
    result.report = report;
    result.pageUrl = report.pageUrl;
    result.documentUrl = report.pageUrl.resolved(QUrl(u"api/v2/summary.json"_s));
    result.problem = StatusPageResult::Problem::None;
    result.source = StatusPageCandidate::Source::Catalog;
    result.checkedAt = Now;
    return result;
}

QStringList idsOf(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &finding : findings)
        ids.append(finding.id);
    return ids;
}

} // namespace

class TestStatusPageParsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void parsesFixtures_data();
    void parsesFixtures();
    void readsDetails();
    void otherFormatsAreRejected_data();
    void otherFormatsAreRejected();
    void invalidDocuments_data();
    void invalidDocuments();
    void wrongTypes_data();
    void wrongTypes();
    void missingFields_data();
    void missingFields();
    void largeDocument_data();
    void largeDocument();

    void signInNames_data();
    void signInNames();
    void signInComponentsFirst();

    void findings_data();
    void findings();
    void timesInLocalZone();
    void unavailableWords_data();
    void unavailableWords();
    void unknownStateIsUnavailable();
    void everyIdHasWords();
    void json();

    void builtInCatalog();
    void catalogMatching();
    void userCatalog();
    void userEntryProblems_data();
    void userEntryProblems();
    void editUserEntry();
    void splitDomains_data();
    void splitDomains();

    void discoveryCandidates_data();
    void discoveryCandidates();
    void parentDomain_data();
    void parentDomain();
};

void TestStatusPageParsers::initTestCase()
{
    // A fixed zone without daylight saving and a half-hour offset (UTC+5:30), so that a time shown in UTC by mistake
    // cannot pass for local time. POSIX spells east of UTC with a minus sign.
    qputenv("TZ", "IST-5:30");
    tzset();
}

void TestStatusPageParsers::parsesFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<StatusPageState>("state");
    QTest::addColumn<QString>("pageName");
    QTest::addColumn<int>("components");
    QTest::addColumn<QString>("firstAffected");
    QTest::addColumn<int>("incidents");
    QTest::addColumn<int>("maintenances");
    QTest::addColumn<bool>("maintenanceInProgress");
    QTest::addColumn<bool>("signInAffected");

    QTest::newRow("atlassian outage") << u"atlassian-summary-outage.json"_s << u"atlassian"_s << StatusPageState::Outage
                                      << u"GitHub"_s << 5 << u"Sign-in and Accounts"_s << 2 << 1 << false << true;
    QTest::newRow("atlassian operational")
        << u"atlassian-summary-operational.json"_s << u"atlassian"_s << StatusPageState::Operational << u"Cloudflare"_s
        << 3 << u"Amsterdam, Netherlands - (AMS)"_s << 0 << 1 << true << false;
    QTest::newRow("atlassian status.json") << u"atlassian-status.json"_s << u"atlassian"_s << StatusPageState::Degraded
                                           << u"Atlassian Bitbucket"_s << 0 << QString() << 0 << 0 << false << false;
    QTest::newRow("atlassian maintenance")
        << u"atlassian-summary-maintenance.json"_s << u"atlassian"_s << StatusPageState::Maintenance
        << u"Example Identity"_s << 2 << u"Single Sign-On (SAML)"_s << 0 << 1 << true << true;
    QTest::newRow("better stack") << u"betterstack-index.json"_s << u"betterstack"_s << StatusPageState::Degraded
                                  << u"Example Cloud"_s << 4 << u"Login"_s << 1 << 1 << false << true;
    QTest::newRow("slack active") << u"slack-current-active.json"_s << u"slack"_s << StatusPageState::Outage
                                  << u"Slack"_s << 3 << u"Login/SSO"_s << 2 << 1 << false << true;
    QTest::newRow("slack ok") << u"slack-current-ok.json"_s << u"slack"_s << StatusPageState::Operational << u"Slack"_s
                              << 0 << QString() << 0 << 0 << false << false;
    QTest::newRow("google cloud") << u"google-cloud-incidents.json"_s << u"google-cloud"_s << StatusPageState::Outage
                                  << QString() << 3 << u"Identity and Access Management"_s << 2 << 0 << false << true;
    QTest::newRow("instatus") << u"instatus-summary.json"_s << u"instatus"_s << StatusPageState::Outage
                              << u"Example Chat"_s << 0 << QString() << 1 << 1 << false << true;
}

void TestStatusPageParsers::parsesFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(StatusPageState, state);
    QFETCH(QString, pageName);
    QFETCH(int, components);
    QFETCH(QString, firstAffected);
    QFETCH(int, incidents);
    QFETCH(int, maintenances);
    QFETCH(bool, maintenanceInProgress);
    QFETCH(bool, signInAffected);

    const StatusPageReport report = parse(format, fixture(file));
    QVERIFY2(report.valid, qPrintable(report.error));
    QCOMPARE(report.format, format);
    QCOMPARE(StatusPageReport::stateKey(report.state), StatusPageReport::stateKey(state));
    QCOMPARE(report.pageName, pageName);
    QVERIFY(report.pageUrl.isValid());
    QCOMPARE(report.components.size(), components);
    const QList<StatusPageComponent> affected = report.affectedComponents();
    QCOMPARE(affected.isEmpty() ? QString() : affected.constFirst().name, firstAffected);
    QCOMPARE(report.incidents.size(), incidents);
    QCOMPARE(report.maintenances.size(), maintenances);
    QCOMPARE(report.hasMaintenanceInProgress(), maintenanceInProgress);
    QCOMPARE(report.signInAffected(), signInAffected);
}

void TestStatusPageParsers::readsDetails()
{
    // Statuspage: the newest update wins whatever the order, group names are kept, times are UTC.
    const StatusPageReport github = parse(u"atlassian"_s, fixture(u"atlassian-summary-outage.json"_s));
    QCOMPARE(github.rawState, u"major"_s);
    QCOMPARE(github.stateText, u"Partial System Outage"_s);
    QCOMPARE(github.pageUrl, QUrl(u"https://www.githubstatus.com"_s));
    const StatusPageIncident signIn = github.incidentsSignInFirst().constFirst();
    QCOMPARE(signIn.name, u"Users cannot sign in"_s);
    QCOMPARE(signIn.status, u"identified"_s);
    QCOMPARE(signIn.effect, StatusPageState::Outage);
    QVERIFY(signIn.latestUpdate.startsWith(u"We have identified the cause"_s));
    QCOMPARE(signIn.updatedAt, QDateTime(QDate(2024, 5, 1), QTime(12, 20, 43, 990), Qt::UTC));
    QCOMPARE(signIn.components, QStringList({ u"Sign-in and Accounts"_s, u"API Requests"_s }));
    QCOMPARE(signIn.url, QUrl(u"https://stspg.io/efgh5678"_s));
    const auto accounts = std::find_if(github.components.cbegin(), github.components.cend(),
        [](const StatusPageComponent &c) { return c.name == u"Sign-in and Accounts"_s; });
    QVERIFY(accounts != github.components.cend());
    QCOMPARE(accounts->group, u"Platform"_s);
    QCOMPARE(accounts->status, StatusPageComponentStatus::MajorOutage);
    const StatusPageMaintenance database = github.maintenances.constFirst();
    QCOMPARE(database.start, QDateTime(QDate(2024, 5, 4), QTime(1, 0), Qt::UTC));
    QCOMPARE(database.end, QDateTime(QDate(2024, 5, 4), QTime(3, 0), Qt::UTC));
    QVERIFY(!database.inProgress);
    QCOMPARE(database.components, QStringList { u"Git Operations"_s });

    // Offsets other than Z become UTC.
    const StatusPageReport identity = parse(u"atlassian"_s, fixture(u"atlassian-summary-maintenance.json"_s));
    QCOMPARE(identity.maintenances.constFirst().start, QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(identity.maintenances.constFirst().end, QDateTime(QDate(2024, 5, 1), QTime(13, 30), Qt::UTC));
    QCOMPARE(
        identity.maintenances.constFirst().latestUpdate, u"The upgrade has started. SAML sign-in is unavailable."_s);

    // Better Stack: the newest linked update, affected resources by id, the custom domain as the page address.
    const StatusPageReport betterStack = parse(u"betterstack"_s, fixture(u"betterstack-index.json"_s));
    QCOMPARE(betterStack.pageUrl, QUrl(u"https://status.example-cloud.example/"_s));
    const StatusPageIncident logins = betterStack.incidents.constFirst();
    QCOMPARE(logins.name, u"Failed logins for some users"_s);
    QCOMPARE(logins.effect, StatusPageState::Outage);
    QVERIFY(logins.latestUpdate.startsWith(u"The login service is recovering"_s));
    QCOMPARE(logins.components, QStringList({ u"Login"_s, u"Public API"_s }));
    QCOMPARE(betterStack.components.at(1).group, u"Accounts"_s);
    QCOMPARE(betterStack.components.at(3).status, StatusPageComponentStatus::Unknown); // not_monitored
    QCOMPARE(betterStack.maintenances.constFirst().name, u"Database upgrade"_s);
    QCOMPARE(betterStack.maintenances.constFirst().end, QDateTime(QDate(2024, 5, 4), QTime(0, 0), Qt::UTC));

    // Slack: the newest note, -07:00 offsets, services as components, a scheduled notice as maintenance.
    const StatusPageReport slack = parse(u"slack"_s, fixture(u"slack-current-active.json"_s));
    const StatusPageIncident slackSignIn = slack.incidentsSignInFirst().constFirst();
    QCOMPARE(slackSignIn.name, u"Some users are unable to sign in to Slack"_s);
    QCOMPARE(slackSignIn.updatedAt, QDateTime(QDate(2024, 5, 1), QTime(12, 21, 40), Qt::UTC));
    QVERIFY(slackSignIn.latestUpdate.startsWith(u"We've identified the cause"_s));
    QCOMPARE(slack.maintenances.constFirst().name, u"Scheduled maintenance for Workflow Builder"_s);

    // Google Cloud: the open outage with its products, information-only incidents kept but not counted as trouble.
    const StatusPageReport google = parse(u"google-cloud"_s, fixture(u"google-cloud-incidents.json"_s));
    const StatusPageIncident iam = google.incidents.constFirst();
    QCOMPARE(iam.status, u"SERVICE_OUTAGE"_s);
    QCOMPARE(iam.impact, u"high"_s);
    QCOMPARE(iam.components, QStringList({ u"Identity and Access Management"_s, u"Cloud Run"_s }));
    QCOMPARE(iam.url, QUrl(u"https://status.example.com/incidents/qN6aeVjNb8n5ASyG3Byd"_s));
    QVERIFY(iam.latestUpdate.contains(u"401 errors"_s));
    QCOMPARE(google.incidents.at(1).effect, StatusPageState::Unknown);

    // Instatus: the duration in minutes gives the end.
    const StatusPageReport instatus = parse(u"instatus"_s, fixture(u"instatus-summary.json"_s));
    QCOMPARE(instatus.rawState, u"HASISSUES"_s);
    QCOMPARE(instatus.maintenances.constFirst().end, QDateTime(QDate(2024, 5, 2), QTime(22, 30), Qt::UTC));
    QCOMPARE(instatus.incidents.constFirst().effect, StatusPageState::Outage);
}

void TestStatusPageParsers::otherFormatsAreRejected_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    const QList<QPair<QString, QString>> fixtures {
        { u"atlassian-summary-outage.json"_s, u"atlassian"_s },
        { u"atlassian-status.json"_s, u"atlassian"_s },
        { u"betterstack-index.json"_s, u"betterstack"_s },
        { u"slack-current-active.json"_s, u"slack"_s },
        { u"slack-current-ok.json"_s, u"slack"_s },
        { u"google-cloud-incidents.json"_s, u"google-cloud"_s },
        { u"instatus-summary.json"_s, u"instatus"_s },
        { u"not-a-status-page.json"_s, QString() },
    };
    for (const auto &[file, own] : fixtures) {
        for (const StatusPageProvider *p : StatusPageProvider::all()) {
            if (p->key() != own)
                QTest::addRow("%s as %s", qPrintable(file), qPrintable(p->key())) << file << p->key();
        }
    }
}

void TestStatusPageParsers::otherFormatsAreRejected()
{
    // Discovery reads a document with every parser in turn, so a parser must not claim another format's document.
    QFETCH(QString, file);
    QFETCH(QString, format);
    const StatusPageReport report = parse(format, fixture(file));
    QVERIFY(!report.valid);
    QVERIFY(!report.error.isEmpty());
}

void TestStatusPageParsers::invalidDocuments_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QStringList>("validFor");
    QTest::newRow("empty") << QByteArray() << QStringList();
    QTest::newRow("spaces") << "  \n\t "_ba << QStringList();
    QTest::newRow("html") << "<!DOCTYPE html><html><body>Status</body></html>"_ba << QStringList();
    QTest::newRow("truncated") << fixture(u"truncated.json"_s) << QStringList();
    QTest::newRow("null") << "null"_ba << QStringList();
    QTest::newRow("number") << "42"_ba << QStringList();
    QTest::newRow("string") << "\"operational\""_ba << QStringList();
    QTest::newRow("empty object") << "{}"_ba << QStringList();
    QTest::newRow("empty array") << "[]"_ba << QStringList { u"google-cloud"_s };
    QTest::newRow("array of numbers") << "[1, 2, 3]"_ba << QStringList();
    QTest::newRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']') << QStringList();
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\"status\":", 13) << QStringList();
    QTest::newRow("trailing garbage") << fixture(u"slack-current-ok.json"_s) + "}}}"_ba << QStringList();
    // Qt's parser refuses malformed UTF-8 outright (IllegalUTF8String).
    QTest::newRow("invalid utf-8 in a string")
        << "{\"status\":\"ok\xff\xfe\",\"active_incidents\":[]}"_ba << QStringList();
}

void TestStatusPageParsers::invalidDocuments()
{
    QFETCH(QByteArray, document);
    QFETCH(QStringList, validFor);
    for (const StatusPageProvider *p : StatusPageProvider::all()) {
        const StatusPageReport report = p->parse(document, QUrl(u"https://status.example.com/x.json"_s), Now);
        QCOMPARE(report.valid, validFor.contains(p->key()));
        QCOMPARE(report.format, p->key());
        if (!report.valid) {
            QVERIFY2(!report.error.isEmpty(), qPrintable(p->key()));
            QCOMPARE(report.state, StatusPageState::Unknown);
        }
    }
}

void TestStatusPageParsers::wrongTypes_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<StatusPageState>("state");
    QTest::addColumn<int>("components");
    QTest::addColumn<int>("incidents");
    QTest::addColumn<int>("maintenances");

    QTest::newRow("atlassian") << u"atlassian"_s
                               << R"({"page": {"id": "x", "name": 7, "url": ["https://x"]}, "status": {"indicator": 5},
                                      "components": "oops", "incidents": [1, "x", null, {"name": 3},
                                      {"name": "Real one", "impact": {}, "incident_updates": "none",
                                      "components": [7, {"name": null}]}],
                                      "scheduled_maintenances": {"name": "not a list"}})"_ba
                               << StatusPageState::Operational << 0 << 1 << 0;
    QTest::newRow("better stack") << u"betterstack"_s
                                  << R"({"data": {"type": "status_page", "attributes": {"aggregate_state": ["x"],
                                         "company_name": 7, "custom_domain": "evil.example/path"}},
                                         "included": [7, null, {"type": "status_page_resource", "attributes": "x"},
                                         {"type": "status_page_resource", "id": 5, "attributes": {"public_name": "API",
                                         "status": 3}}, {"type": "status_report", "attributes": {"title": "T",
                                         "ends_at": 12, "affected_resources": "all"}}]})"_ba
                                  << StatusPageState::Operational << 1 << 1 << 0;
    QTest::newRow("slack") << u"slack"_s
                           << R"({"status": "active", "active_incidents": [{"title": 5, "services": "Login"},
                                  {"title": "Something", "services": [1, "API"], "notes": "x", "type": 7}, "junk"]})"_ba
                           << StatusPageState::Degraded << 1 << 1 << 0;
    QTest::newRow("google cloud") << u"google-cloud"_s
                                  << R"([{"begin": 5, "external_desc": ["x"], "service_name": "IAM",
                                         "most_recent_update": "x", "affected_products": {"title": "x"}}, 3, "y"])"_ba
                                  << StatusPageState::Degraded << 1 << 1 << 0;
    QTest::newRow("instatus") << u"instatus"_s
                              << R"({"page": {"status": "UP", "name": []}, "activeIncidents": [{"name": "x",
                                     "started": 12345}, 7], "activeMaintenances": [{"name": "m", "duration": {}}],
                                     "components": {"a": 1}})"_ba
                              << StatusPageState::Operational << 0 << 1 << 1;
}

void TestStatusPageParsers::wrongTypes()
{
    // Wrong types read as missing; the document is still taken for what it is when its markers are there.
    QFETCH(QString, format);
    QFETCH(QByteArray, document);
    QFETCH(StatusPageState, state);
    QFETCH(int, components);
    QFETCH(int, incidents);
    QFETCH(int, maintenances);
    const StatusPageReport report = parse(format, document);
    QVERIFY2(report.valid, qPrintable(report.error));
    QCOMPARE(StatusPageReport::stateKey(report.state), StatusPageReport::stateKey(state));
    QCOMPARE(report.components.size(), components);
    QCOMPARE(report.incidents.size(), incidents);
    QCOMPARE(report.maintenances.size(), maintenances);
    QVERIFY(report.pageUrl.isValid());
}

void TestStatusPageParsers::missingFields_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<StatusPageState>("state");

    QTest::newRow("statuspage without status: from components")
        << u"atlassian"_s << R"({"page": {"id": "p"}, "components": [{"name": "Login", "status": "major_outage"}]})"_ba
        << true << StatusPageState::Outage;
    QTest::newRow("statuspage without status: all operational")
        << u"atlassian"_s << R"({"page": {"id": "p"}, "components": [{"name": "Web", "status": "operational"}]})"_ba
        << true << StatusPageState::Operational;
    QTest::newRow("statuspage without status: unknown indicator, degraded incident")
        << u"atlassian"_s
        << R"({"status": {"indicator": "purple"}, "incidents": [{"name": "x", "impact": "minor"}]})"_ba << true
        << StatusPageState::Degraded;
    QTest::newRow("statuspage: nothing to go by")
        << u"atlassian"_s << R"({"status": {"indicator": "purple"}})"_ba << true << StatusPageState::Unknown;
    QTest::newRow("statuspage: no page, no status")
        << u"atlassian"_s << R"({"components": []})"_ba << false << StatusPageState::Unknown;
    QTest::newRow("better stack without aggregate state")
        << u"betterstack"_s
        << R"({"data": {"type": "status_page", "attributes": {}}, "included": [{"type": "status_page_resource",
               "id": "1", "attributes": {"public_name": "SSO", "status": "downtime"}}]})"_ba
        << true << StatusPageState::Outage;
    QTest::newRow("better stack without data")
        << u"betterstack"_s << R"({"included": []})"_ba << false << StatusPageState::Unknown;
    QTest::newRow("slack ok without incidents")
        << u"slack"_s << R"({"status": "ok", "date_created": "2024-05-01T00:00:00Z"})"_ba << true
        << StatusPageState::Operational;
    QTest::newRow("slack active with nothing listed")
        << u"slack"_s << R"({"status": "active", "active_incidents": []})"_ba << true << StatusPageState::Degraded;
    QTest::newRow("instatus without status")
        << u"instatus"_s << R"({"page": {"name": "x"}, "activeIncidents": []})"_ba << false << StatusPageState::Unknown;
    QTest::newRow("instatus issues without incidents")
        << u"instatus"_s << R"({"page": {"status": "HASISSUES"}})"_ba << true << StatusPageState::Degraded;
    QTest::newRow("google cloud incident without impact")
        << u"google-cloud"_s << R"([{"begin": "2024-05-01T10:00:00+00:00", "external_desc": "Slow logins"}])"_ba << true
        << StatusPageState::Degraded;
    QTest::newRow("google cloud: only ended incidents")
        << u"google-cloud"_s
        << R"([{"begin": "2024-04-01T10:00:00+00:00", "end": "2024-04-01T11:00:00+00:00", "external_desc": "x"}])"_ba
        << true << StatusPageState::Operational;
}

void TestStatusPageParsers::missingFields()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, document);
    QFETCH(bool, valid);
    QFETCH(StatusPageState, state);
    const StatusPageReport report = parse(format, document);
    QCOMPARE(report.valid, valid);
    QCOMPARE(StatusPageReport::stateKey(report.state), StatusPageReport::stateKey(state));
    if (!valid)
        QVERIFY(!report.error.isEmpty());
}

void TestStatusPageParsers::largeDocument_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<int>("incidents");

    // A Statuspage summary of about 5 MB: thousands of components, incidents with very long texts.
    QJsonArray components;
    for (int i = 0; i < 20000; ++i)
        components.append(QJsonObject { { u"id"_s, u"c%1"_s.arg(i) }, { u"name"_s, u"Component %1"_s.arg(i) },
            { u"status"_s, i == 19999 ? u"major_outage"_s : u"operational"_s },
            { u"description"_s, QString(80, u'd') } });
    QJsonArray incidents;
    for (int i = 0; i < 600; ++i)
        incidents.append(QJsonObject { { u"name"_s, u"Incident %1"_s.arg(i) }, { u"status"_s, u"investigating"_s },
            { u"impact"_s, u"minor"_s },
            { u"incident_updates"_s, QJsonArray { QJsonObject { { u"body"_s, QString(5000, u'x') } } } } });
    const QByteArray summary
        = QJsonDocument(QJsonObject { { u"page"_s, QJsonObject { { u"id"_s, u"p"_s }, { u"name"_s, u"Big"_s } } },
                            { u"components"_s, components }, { u"incidents"_s, incidents },
                            { u"status"_s, QJsonObject { { u"indicator"_s, u"minor"_s } } } })
              .toJson(QJsonDocument::Compact);
    QVERIFY(summary.size() > 5 * 1000 * 1000);
    QTest::newRow("statuspage 5 MB") << u"atlassian"_s << summary << 200;

    // Google Cloud lists a year of incidents: a 5 MB document with one still open.
    QJsonArray history;
    int i = 0;
    QByteArray gcp;
    do {
        QJsonObject incident { { u"id"_s, u"i%1"_s.arg(i) }, { u"begin"_s, u"2024-01-01T00:00:00+00:00"_s },
            { u"external_desc"_s, u"Old incident %1"_s.arg(i) },
            { u"most_recent_update"_s,
                QJsonObject { { u"text"_s, QString(2000, u't') }, { u"status"_s, u"AVAILABLE"_s } } } };
        if (i != 0)
            incident.insert(u"end"_s, u"2024-01-01T01:00:00+00:00"_s);
        history.append(incident);
        ++i;
        if (i % 500 == 0)
            gcp = QJsonDocument(history).toJson(QJsonDocument::Compact);
    } while (gcp.size() < 5 * 1000 * 1000);
    QTest::newRow("google cloud 5 MB") << u"google-cloud"_s << gcp << 0; // the open one says AVAILABLE

    // The same 5 MB cut short: invalid JSON, a clear error.
    QTest::newRow("statuspage 5 MB cut short") << u"atlassian"_s << summary.left(summary.size() - 100) << -1;
}

void TestStatusPageParsers::largeDocument()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, document);
    QFETCH(int, incidents);
    QElapsedTimer timer;
    timer.start();
    const StatusPageReport report = parse(format, document);
    qDebug() << document.size() << "bytes parsed in" << timer.elapsed() << "ms";
    if (incidents < 0) {
        QVERIFY(!report.valid);
        QVERIFY(report.error.contains(u"not JSON"_s));
        return;
    }
    QVERIFY2(report.valid, qPrintable(report.error));
    QCOMPARE(report.incidents.size(), incidents);
    QVERIFY(report.components.size() <= 500);
    for (const StatusPageIncident &incident : report.incidents)
        QVERIFY(incident.latestUpdate.size() <= 2000);
}

void TestStatusPageParsers::signInNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("signIn");
    const QList<QPair<QString, bool>> rows {
        { u"Login/SSO"_s, true },
        { u"Log in"_s, true },
        { u"Sign-in and Accounts"_s, true },
        { u"Single Sign-On (SAML)"_s, true },
        { u"Authentication"_s, true },
        { u"Auth"_s, true },
        { u"OAuth"_s, true },
        { u"OAuth2 token endpoint"_s, true },
        { u"OIDC provider"_s, true },
        { u"Identity and Access Management"_s, true },
        { u"IAM"_s, true },
        { u"SSO"_s, true },
        { u"Accounts"_s, true },
        { u"API Requests"_s, true },
        { u"Apps/Integrations/APIs"_s, true },
        { u"Authorization server"_s, true },
        { u"Git Operations"_s, false },
        { u"Webhooks"_s, false },
        { u"Author tools"_s, false },
        { u"Accounting"_s, false },
        { u"Capital markets"_s, false },
        { u"Rapid deploy"_s, false },
        { u"Blogging"_s, false },
        { QString(), false },
    };
    for (const auto &[name, signIn] : rows)
        QTest::newRow(name.isEmpty() ? "empty" : qPrintable(name)) << name << signIn;
}

void TestStatusPageParsers::signInNames()
{
    QFETCH(QString, name);
    QFETCH(bool, signIn);
    QCOMPARE(StatusPageReport::concernsSignIn(name), signIn);
}

void TestStatusPageParsers::signInComponentsFirst()
{
    const StatusPageReport report = parse(u"atlassian"_s, fixture(u"atlassian-summary-outage.json"_s));
    QStringList names;
    for (const StatusPageComponent &component : report.affectedComponents())
        names.append(component.name);
    // Sign-in first (the worst of them first), then the rest; operational components are not "affected".
    QCOMPARE(names, QStringList({ u"Sign-in and Accounts"_s, u"API Requests"_s, u"Webhooks"_s }));
    QStringList incidents;
    for (const StatusPageIncident &incident : report.incidentsSignInFirst())
        incidents.append(incident.name);
    QCOMPARE(incidents, QStringList({ u"Users cannot sign in"_s, u"Disruption with some GitHub services"_s }));
}

void TestStatusPageParsers::findings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("mentioned");

    QTest::newRow("outage") << u"atlassian-summary-outage.json"_s << u"atlassian"_s
                            << QStringList { u"statuspage.outage"_s, u"statuspage.maintenance"_s } << Severity::Problem
                            << u"Sign-in and Accounts"_s;
    QTest::newRow("operational with maintenance")
        << u"atlassian-summary-operational.json"_s << u"atlassian"_s
        << QStringList { u"statuspage.operational"_s, u"statuspage.maintenance"_s } << Severity::Ok
        << u"www.cloudflarestatus.com"_s;
    QTest::newRow("degraded") << u"atlassian-status.json"_s << u"atlassian"_s
                              << QStringList { u"statuspage.degraded"_s } << Severity::Warning
                              << u"Minor Service Outage"_s;
    QTest::newRow("maintenance") << u"atlassian-summary-maintenance.json"_s << u"atlassian"_s
                                 << QStringList { u"statuspage.maintenance"_s } << Severity::Warning
                                 << u"Identity provider upgrade"_s;
    QTest::newRow("better stack") << u"betterstack-index.json"_s << u"betterstack"_s
                                  << QStringList { u"statuspage.degraded"_s, u"statuspage.maintenance"_s }
                                  << Severity::Warning << u"Failed logins for some users"_s;
    QTest::newRow("slack") << u"slack-current-active.json"_s << u"slack"_s
                           << QStringList { u"statuspage.outage"_s, u"statuspage.maintenance"_s } << Severity::Problem
                           << u"Login/SSO"_s;
    QTest::newRow("google cloud") << u"google-cloud-incidents.json"_s << u"google-cloud"_s
                                  << QStringList { u"statuspage.outage"_s } << Severity::Problem
                                  << u"Identity and Access Management"_s;
    QTest::newRow("instatus") << u"instatus-summary.json"_s << u"instatus"_s
                              << QStringList { u"statuspage.outage"_s, u"statuspage.maintenance"_s }
                              << Severity::Problem << u"Login and SSO failures"_s;
}

void TestStatusPageParsers::findings()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QStringList, ids);
    QFETCH(Severity, severity);
    QFETCH(QString, mentioned);

    const StatusPageResult result = resultFor(u"Acme"_s, parse(format, fixture(file)));
    const QList<Finding> findings = result.findings();
    QCOMPARE(idsOf(findings), ids);
    const Finding &main = findings.constFirst();
    QCOMPARE(main.severity, severity);
    QVERIFY2(main.title.contains(u"Acme"_s), qPrintable(main.title));
    QVERIFY2(main.explanation.contains(mentioned), qPrintable(main.explanation));
    QVERIFY(!main.technical.isEmpty());
    for (const Finding &finding : findings) {
        QVERIFY2(
            !finding.explanation.contains(u"%1"_s) && !finding.title.contains(u"%"_s), qPrintable(finding.explanation));
        if (finding.severity == Severity::Warning || finding.severity == Severity::Problem)
            QVERIFY(!finding.nextSteps.isEmpty());
    }
    if (result.report.signInAffected() && main.id != u"statuspage.maintenance"_s) {
        QVERIFY2(main.explanation.contains(u"signing in"_s), qPrintable(main.explanation));
        // Sign-in components come first in the words too.
        const QString firstAffected = result.report.affectedComponents().isEmpty()
            ? QString()
            : result.report.affectedComponents().constFirst().name;
        if (!firstAffected.isEmpty() && result.report.affectedComponents().size() > 1) {
            const QString second = result.report.affectedComponents().at(1).name;
            QVERIFY(main.explanation.indexOf(firstAffected) < main.explanation.indexOf(second));
        }
    }
}

void TestStatusPageParsers::timesInLocalZone()
{
    const StatusPageResult result
        = resultFor(u"GitHub"_s, parse(u"atlassian"_s, fixture(u"atlassian-summary-outage.json"_s)));
    const QList<Finding> findings = result.findings();
    // The sign-in incident's newest update is 12:20:43 UTC, 17:50 at UTC+5:30.
    const QDateTime updated(QDate(2024, 5, 1), QTime(12, 20, 43, 990), Qt::UTC);
    QCOMPARE(updated.toLocalTime().time().hour(), 17);
    const QString expected = QLocale().toString(updated.toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(findings.constFirst().explanation.contains(expected), qPrintable(findings.constFirst().explanation));
    QVERIFY(findings.constFirst().explanation.contains(u"17:50"_s));
    QVERIFY(!findings.constFirst().explanation.contains(u"12:20"_s));
    // The maintenance (01:00-03:00 UTC on 4 May) is 06:30-08:30 here.
    const Finding &maintenance = findings.at(1);
    QCOMPARE(maintenance.severity, Severity::Info);
    QVERIFY2(maintenance.explanation.contains(u"06:30"_s) && maintenance.explanation.contains(u"08:30"_s),
        qPrintable(maintenance.explanation));
    QCOMPARE(StatusPageResult::localTimeText(QDateTime()), QString());
}

void TestStatusPageParsers::unavailableWords_data()
{
    QTest::addColumn<StatusPageResult::Problem>("problem");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("not found") << StatusPageResult::Problem::NotFound << u"status.acme.example"_s;
    QTest::newRow("unreadable") << StatusPageResult::Problem::Unreadable << u"status.acme.example"_s;
    QTest::newRow("unreachable") << StatusPageResult::Problem::Unreachable << u"status.acme.example"_s;
    QTest::newRow("bad input") << StatusPageResult::Problem::BadInput << u"acme example"_s;
    QTest::newRow("cancelled") << StatusPageResult::Problem::Cancelled << u"stopped"_s;
}

void TestStatusPageParsers::unavailableWords()
{
    QFETCH(StatusPageResult::Problem, problem);
    QFETCH(QString, mentioned);
    StatusPageResult result;
    result.input = problem == StatusPageResult::Problem::BadInput ? u"acme example"_s : u"acme.example"_s;
    result.serviceName = u"acme.example"_s;
    result.problem = problem;
    result.places = { QUrl(u"https://status.acme.example/"_s), QUrl(u"https://acme.example/status/"_s) };
    result.error = u"HTTP 404 from https://acme.example/status/index.json"_s;
    const QList<Finding> findings = result.findings();
    QCOMPARE(idsOf(findings), QStringList { u"statuspage.unavailable"_s });
    const Finding &finding = findings.constFirst();
    QCOMPARE(finding.severity, Severity::Info);
    QCOMPARE(finding.facts.value(u"reason"_s).toString(), StatusPageResult::problemKey(problem));
    QVERIFY2(finding.explanation.contains(mentioned), qPrintable(finding.explanation));
    QVERIFY(!finding.title.contains(u"%"_s) && !finding.explanation.contains(u"%1"_s));
    QVERIFY(!finding.nextSteps.isEmpty());
    QVERIFY(finding.technical.contains(u"HTTP 404"_s));
}

void TestStatusPageParsers::unknownStateIsUnavailable()
{
    // A page that was read but says nothing usable about the state is not taken for "all is well".
    const StatusPageReport report = parse(u"atlassian"_s, R"({"status": {"indicator": "purple"}})"_ba);
    QVERIFY(report.valid);
    const StatusPageResult result = resultFor(u"Acme"_s, report);
    const QList<Finding> findings = result.findings();
    QCOMPARE(idsOf(findings), QStringList { u"statuspage.unavailable"_s });
    QCOMPARE(findings.constFirst().facts.value(u"reason"_s).toString(), u"unknown-state"_s);
    QVERIFY(findings.constFirst().explanation.contains(u"status.example.com"_s));
}

void TestStatusPageParsers::everyIdHasWords()
{
    // The ids of shared/DESIGN.md, with empty facts too: no placeholder may show.
    const QStringList ids { u"statuspage.operational"_s, u"statuspage.degraded"_s, u"statuspage.outage"_s,
        u"statuspage.maintenance"_s, u"statuspage.unavailable"_s };
    for (const QString &id : ids) {
        QVERIFY2(FindingText::knownIds().contains(id), qPrintable(id));
        const Finding finding = Finding::make(id);
        QVERIFY(!finding.title.isEmpty() && finding.title != id);
        QVERIFY(!finding.explanation.isEmpty());
        QVERIFY2(
            !finding.title.contains(u"%"_s) && !finding.explanation.contains(u"%1"_s), qPrintable(finding.explanation));
        if (finding.severity == Severity::Problem || finding.severity == Severity::Warning)
            QVERIFY(!finding.nextSteps.isEmpty());
    }
}

void TestStatusPageParsers::json()
{
    const StatusPageResult found
        = resultFor(u"GitHub"_s, parse(u"atlassian"_s, fixture(u"atlassian-summary-outage.json"_s)));
    const QJsonObject json = found.toJson();
    QCOMPARE(json.value(u"found"_s).toBool(), true);
    QCOMPARE(json.value(u"state"_s).toString(), u"outage"_s);
    QCOMPARE(json.value(u"state_raw"_s).toString(), u"major"_s);
    QCOMPARE(json.value(u"format"_s).toString(), u"atlassian"_s);
    QCOMPARE(json.value(u"sign_in_affected"_s).toBool(), true);
    QCOMPARE(json.value(u"components"_s).toArray().size(), 5);
    const QJsonObject incident = json.value(u"incidents"_s).toArray().first().toObject();
    QCOMPARE(incident.value(u"name"_s).toString(), u"Users cannot sign in"_s);
    QCOMPARE(incident.value(u"updated_at"_s).toString(), u"2024-05-01T12:20:43.990Z"_s);
    QCOMPARE(json.value(u"maintenances"_s).toArray().first().toObject().value(u"start"_s).toString(),
        u"2024-05-04T01:00:00.000Z"_s);

    StatusPageResult missing;
    missing.input = u"nothing.example"_s;
    missing.problem = StatusPageResult::Problem::NotFound;
    missing.tried = { QUrl(u"https://status.nothing.example/api/v2/summary.json"_s) };
    const QJsonObject none = missing.toJson();
    QCOMPARE(none.value(u"found"_s).toBool(), false);
    QCOMPARE(none.value(u"problem"_s).toString(), u"not-found"_s);
    QCOMPARE(none.value(u"tried"_s).toArray().size(), 1);
    QVERIFY(!none.contains(u"state"_s));
}

void TestStatusPageParsers::builtInCatalog()
{
    // Compiled into the core library as a resource.
    QVERIFY(QFile::exists(StatusPageCatalog::resourcePath()));
    const StatusPageCatalog catalog = StatusPageCatalog::builtIn();
    QVERIFY2(catalog.size() >= 40, qPrintable(QString::number(catalog.size())));
    QSet<QString> domains;
    QSet<QString> names;
    for (const StatusPageCatalogEntry &entry : catalog.entries()) {
        QCOMPARE(StatusPageCatalog::validate(entry), StatusPageCatalog::EntryProblem::None);
        QVERIFY2(StatusPageProvider::byKey(entry.format), qPrintable(entry.name));
        QCOMPARE(entry.pageUrl.scheme(), u"https"_s);
        QVERIFY(entry.pageUrl.path().endsWith(u'/'));
        QVERIFY(!entry.userAdded);
        QVERIFY2(!names.contains(entry.name), qPrintable(entry.name));
        names.insert(entry.name);
        for (const QString &domain : entry.domains) {
            QVERIFY2(!domains.contains(domain), qPrintable(domain));
            domains.insert(domain);
        }
    }
    // The file in the repository is the one compiled in.
    QFile source(QStringLiteral(AUTHDOCTOR_TEST_DATA_DIR) + u"/../../resources/statuspage-catalog.json"_s);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(StatusPageCatalog::fromJson(source.readAll()).size(), catalog.size());
}

void TestStatusPageParsers::catalogMatching()
{
    const StatusPageCatalog catalog = StatusPageCatalog::builtIn();
    QCOMPARE(catalog.find(u"github.com"_s)->name, u"GitHub"_s);
    QCOMPARE(catalog.find(u"API.GitHub.com."_s)->name, u"GitHub"_s);
    QCOMPARE(catalog.find(u"raw.githubusercontent.com"_s)->name, u"GitHub"_s);
    QVERIFY(!catalog.find(u"notgithub.com"_s));
    QVERIFY(!catalog.find(u"github.com.evil.example"_s));
    QCOMPARE(catalog.find(u"app.slack.com"_s)->format, u"slack"_s);
    QCOMPARE(catalog.find(u"iam.googleapis.com"_s)->format, u"google-cloud"_s);
    QCOMPARE(catalog.findByPageHost(u"www.githubstatus.com"_s)->name, u"GitHub"_s);
    QCOMPARE(catalog.findByPageHost(u"bitbucket.status.atlassian.com"_s)->name, u"Bitbucket"_s);
    QVERIFY(!catalog.findByPageHost(u"github.com"_s));

    // The longest suffix wins, whatever the order.
    StatusPageCatalogEntry broad { u"Broad"_s, { u"example.com"_s }, QUrl(u"https://status.example.com/"_s),
        u"atlassian"_s };
    StatusPageCatalogEntry narrow { u"Narrow"_s, { u"eu.example.com"_s }, QUrl(u"https://eu-status.example.com/"_s),
        u"atlassian"_s };
    const StatusPageCatalog mixed({ broad, narrow });
    QCOMPARE(mixed.find(u"login.eu.example.com"_s)->name, u"Narrow"_s);
    QCOMPARE(mixed.find(u"login.us.example.com"_s)->name, u"Broad"_s);

    QString error;
    QVERIFY(StatusPageCatalog::fromJson("{not json", &error).isEmpty());
    QVERIFY(!error.isEmpty());
    // Unusable entries are left out, the rest kept.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"catalog entry left out"_s));
    const StatusPageCatalog partial = StatusPageCatalog::fromJson(
        R"({"services": [{"name": "Bad", "domains": [], "page": "https://x/", "format": "atlassian"},
                         {"name": "Good", "domains": ["good.example"], "page": "https://status.good.example/",
                          "format": "instatus"}]})"_ba);
    QCOMPARE(partial.size(), 1);
}

void TestStatusPageParsers::userCatalog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    QVERIFY(StatusPageCatalog::userEntries(settings).isEmpty());

    StatusPageCatalogEntry own { u"Our GitHub Enterprise"_s, { u"*.GitHub.com"_s, u"ghe.corp.example"_s },
        QUrl(u"https://status.corp.example/"_s), QString() };
    QCOMPARE(StatusPageCatalog::addUserEntry(settings, own), StatusPageCatalog::EntryProblem::None);
    StatusPageCatalogEntry other { u"Wiki"_s, { u"wiki.corp.example"_s }, QUrl(u"https://wiki-status.corp.example/"_s),
        u"betterstack"_s };
    QCOMPARE(StatusPageCatalog::addUserEntry(settings, other), StatusPageCatalog::EntryProblem::None);

    QList<StatusPageCatalogEntry> entries = StatusPageCatalog::userEntries(settings);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).domains, QStringList({ u"github.com"_s, u"ghe.corp.example"_s }));
    QVERIFY(entries.at(1).userAdded);
    QCOMPARE(entries.at(0).format, u"betterstack"_s);

    // The user's entry beats the built-in one for the same domain, and the rest of the catalog stays.
    StatusPageCatalog catalog = StatusPageCatalog::withUserEntries(settings);
    QCOMPARE(catalog.size(), StatusPageCatalog::builtIn().size() + 2);
    QCOMPARE(catalog.find(u"api.github.com"_s)->name, u"Our GitHub Enterprise"_s);
    QCOMPARE(catalog.find(u"slack.com"_s)->name, u"Slack"_s);

    // Adding an entry for a domain again replaces the older one.
    StatusPageCatalogEntry replacement { u"GHE"_s, { u"ghe.corp.example"_s },
        QUrl(u"https://ghe-status.corp.example/"_s), u"atlassian"_s };
    QCOMPARE(StatusPageCatalog::addUserEntry(settings, replacement), StatusPageCatalog::EntryProblem::None);
    entries = StatusPageCatalog::userEntries(settings);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.constFirst().name, u"GHE"_s);

    // Survives a new QSettings on the same file.
    {
        QSettings again(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        QCOMPARE(StatusPageCatalog::userEntries(again).size(), 2);
    }

    QVERIFY(StatusPageCatalog::removeUserEntry(settings, u"GHE.corp.example"_s));
    QVERIFY(!StatusPageCatalog::removeUserEntry(settings, u"ghe.corp.example"_s));
    QCOMPARE(StatusPageCatalog::userEntries(settings).size(), 1);
    QVERIFY(StatusPageCatalog::removeUserEntry(settings, u"wiki.corp.example"_s));
    QVERIFY(StatusPageCatalog::userEntries(settings).isEmpty());
    catalog = StatusPageCatalog::withUserEntries(settings);
    QCOMPARE(catalog.find(u"api.github.com"_s)->name, u"GitHub"_s);
}

void TestStatusPageParsers::userEntryProblems_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("domains");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("format");
    QTest::addColumn<StatusPageCatalog::EntryProblem>("problem");
    QTest::newRow("fine") << u"A"_s << QStringList { u"a.example"_s } << u"https://status.a.example/"_s << QString()
                          << StatusPageCatalog::EntryProblem::None;
    QTest::newRow("international domain") << u"B"_s << QStringList { u"bücher.example"_s } << u"https://s.example/"_s
                                          << QString() << StatusPageCatalog::EntryProblem::None;
    QTest::newRow("no name") << u"  "_s << QStringList { u"a.example"_s } << u"https://s.example/"_s << QString()
                             << StatusPageCatalog::EntryProblem::NoName;
    QTest::newRow("no domain") << u"A"_s << QStringList() << u"https://s.example/"_s << QString()
                               << StatusPageCatalog::EntryProblem::NoDomain;
    QTest::newRow("bad domain") << u"A"_s << QStringList { u"exa mple.com"_s } << u"https://s.example/"_s << QString()
                                << StatusPageCatalog::EntryProblem::BadDomain;
    QTest::newRow("url as domain") << u"A"_s << QStringList { u"https://a.example/"_s } << u"https://s.example/"_s
                                   << QString() << StatusPageCatalog::EntryProblem::BadDomain;
    QTest::newRow("ftp page") << u"A"_s << QStringList { u"a.example"_s } << u"ftp://s.example/"_s << QString()
                              << StatusPageCatalog::EntryProblem::BadAddress;
    QTest::newRow("no page") << u"A"_s << QStringList { u"a.example"_s } << QString() << QString()
                             << StatusPageCatalog::EntryProblem::BadAddress;
    QTest::newRow("unknown format") << u"A"_s << QStringList { u"a.example"_s } << u"https://s.example/"_s
                                    << u"statusio"_s << StatusPageCatalog::EntryProblem::UnknownFormat;
}

void TestStatusPageParsers::userEntryProblems()
{
    QFETCH(QString, name);
    QFETCH(QStringList, domains);
    QFETCH(QString, page);
    QFETCH(QString, format);
    QFETCH(StatusPageCatalog::EntryProblem, problem);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    const StatusPageCatalogEntry entry { name, domains, QUrl(page), format };
    QCOMPARE(StatusPageCatalog::addUserEntry(settings, entry), problem);
    QCOMPARE(StatusPageCatalog::userEntries(settings).size(), problem == StatusPageCatalog::EntryProblem::None ? 1 : 0);
    // Every problem has words for the person who typed the entry; no problem has none.
    QCOMPARE(StatusPageCatalog::problemText(problem).isEmpty(), problem == StatusPageCatalog::EntryProblem::None);
}

void TestStatusPageParsers::editUserEntry()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    const StatusPageCatalogEntry wiki { u"Wiki"_s, { u"wiki.corp.example"_s }, QUrl(u"https://s1.corp.example/"_s),
        QString() };
    const StatusPageCatalogEntry mail { u"Mail"_s, { u"mail.corp.example"_s }, QUrl(u"https://s2.corp.example/"_s),
        QString() };
    const StatusPageCatalogEntry chat { u"Chat"_s, { u"chat.corp.example"_s }, QUrl(u"https://s3.corp.example/"_s),
        QString() };
    for (const StatusPageCatalogEntry &entry : { chat, mail, wiki })
        QCOMPARE(StatusPageCatalog::addUserEntry(settings, entry), StatusPageCatalog::EntryProblem::None);
    const auto names = [&settings] {
        QStringList result;
        const QList<StatusPageCatalogEntry> entries = StatusPageCatalog::userEntries(settings);
        for (const StatusPageCatalogEntry &entry : entries)
            result.append(entry.name + u'=' + entry.domains.join(u'+'));
        return result;
    };
    QCOMPARE(names(),
        QStringList({ u"Wiki=wiki.corp.example"_s, u"Mail=mail.corp.example"_s, u"Chat=chat.corp.example"_s }));

    // An edit that changes every field keeps the entry's place and leaves no trace of the old domain.
    StatusPageCatalogEntry renamed { u" Intranet mail "_s, { u"Webmail.Corp.Example"_s, u"imap.corp.example"_s },
        QUrl(u"https://mail-status.corp.example/"_s), u"atlassian"_s };
    QCOMPARE(StatusPageCatalog::replaceUserEntry(settings, u"mail.corp.example"_s, renamed),
        StatusPageCatalog::EntryProblem::None);
    QCOMPARE(names(),
        QStringList({ u"Wiki=wiki.corp.example"_s, u"Intranet mail=webmail.corp.example+imap.corp.example"_s,
            u"Chat=chat.corp.example"_s }));
    QCOMPARE(StatusPageCatalog::userEntries(settings).at(1).format, u"atlassian"_s);

    // An edit that takes over another entry's domain replaces that entry too.
    StatusPageCatalogEntry merged { u"Wiki and chat"_s, { u"wiki.corp.example"_s, u"chat.corp.example"_s },
        QUrl(u"https://s1.corp.example/"_s), QString() };
    QCOMPARE(StatusPageCatalog::replaceUserEntry(settings, u"wiki.corp.example"_s, merged),
        StatusPageCatalog::EntryProblem::None);
    QCOMPARE(names(),
        QStringList({ u"Wiki and chat=wiki.corp.example+chat.corp.example"_s,
            u"Intranet mail=webmail.corp.example+imap.corp.example"_s }));

    // A bad edit changes nothing.
    StatusPageCatalogEntry bad = merged;
    bad.pageUrl = QUrl(u"ftp://s1.corp.example/"_s);
    QCOMPARE(StatusPageCatalog::replaceUserEntry(settings, u"wiki.corp.example"_s, bad),
        StatusPageCatalog::EntryProblem::BadAddress);
    QCOMPARE(names().size(), 2);
    QCOMPARE(names().constFirst(), u"Wiki and chat=wiki.corp.example+chat.corp.example"_s);

    // Editing an entry that is gone (removed elsewhere meanwhile) adds it.
    QVERIFY(StatusPageCatalog::removeUserEntry(settings, u"imap.corp.example"_s));
    QCOMPARE(StatusPageCatalog::replaceUserEntry(settings, u"mail.corp.example"_s, mail),
        StatusPageCatalog::EntryProblem::None);
    QCOMPARE(
        names(), QStringList({ u"Mail=mail.corp.example"_s, u"Wiki and chat=wiki.corp.example+chat.corp.example"_s }));
}

void TestStatusPageParsers::splitDomains_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("domains");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("blank") << u"  , ;\n"_s << QStringList();
    QTest::newRow("one") << u"example.com"_s << QStringList { u"example.com"_s };
    QTest::newRow("commas") << u"a.example, b.example,c.example"_s
                            << QStringList { u"a.example"_s, u"b.example"_s, u"c.example"_s };
    QTest::newRow("spaces and lines") << u" a.example  b.example\nc.example\t"_s
                                      << QStringList { u"a.example"_s, u"b.example"_s, u"c.example"_s };
    QTest::newRow("semicolons") << u"a.example;b.example"_s << QStringList { u"a.example"_s, u"b.example"_s };
    QTest::newRow("pasted address") << u"https://Wiki.Example.com:8443/login?next=/"_s
                                    << QStringList { u"wiki.example.com"_s };
    QTest::newRow("address and domain") << u"http://a.example/x, b.example"_s
                                        << QStringList { u"a.example"_s, u"b.example"_s };
    // Not an address: left for validation to refuse.
    QTest::newRow("broken address") << u"https://"_s << QStringList { u"https://"_s };
    QTest::newRow("wildcard kept") << u"*.example.com"_s << QStringList { u"*.example.com"_s };
}

void TestStatusPageParsers::splitDomains()
{
    QFETCH(QString, text);
    QFETCH(QStringList, domains);
    QCOMPARE(StatusPageCatalog::splitDomains(text), domains);
}

void TestStatusPageParsers::discoveryCandidates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("statusPageGiven");
    QTest::addColumn<QStringList>("expected"); // "source base-or-document"

    QTest::newRow("domain") << u"example.com"_s << false
                            << QStringList { u"discovered https://status.example.com/"_s,
                                   u"discovered https://example.com/status/"_s };
    QTest::newRow("service address with www")
        << u"https://www.example.com/login?next=/"_s << false
        << QStringList { u"discovered https://status.example.com/"_s, u"discovered https://www.example.com/status/"_s };
    QTest::newRow("sub-domain") << u"app.example.com"_s << false
                                << QStringList { u"discovered https://status.app.example.com/"_s,
                                       u"discovered https://app.example.com/status/"_s,
                                       u"discovered https://status.example.com/"_s };
    QTest::newRow("country suffix") << u"shop.example.co.uk"_s << false
                                    << QStringList { u"discovered https://status.shop.example.co.uk/"_s,
                                           u"discovered https://shop.example.co.uk/status/"_s,
                                           u"discovered https://status.example.co.uk/"_s };
    QTest::newRow("registered under a country suffix")
        << u"example.co.uk"_s << false
        << QStringList { u"discovered https://status.example.co.uk/"_s, u"discovered https://example.co.uk/status/"_s };
    QTest::newRow("port kept for the path")
        << u"https://app.example.com:8443/x"_s << false
        << QStringList { u"discovered https://status.app.example.com/"_s,
               u"discovered https://app.example.com:8443/status/"_s, u"discovered https://status.example.com/"_s };
    QTest::newRow("catalog by domain") << u"github.com"_s << false
                                       << QStringList { u"catalog https://www.githubstatus.com/"_s };
    QTest::newRow("catalog by sub-domain")
        << u"https://api.github.com/user"_s << false << QStringList { u"catalog https://www.githubstatus.com/"_s };
    QTest::newRow("catalog status page itself")
        << u"https://www.githubstatus.com/"_s << false << QStringList { u"catalog https://www.githubstatus.com/"_s };
    QTest::newRow("status sub-domain typed")
        << u"status.example.com"_s << false
        << QStringList { u"given https://status.example.com/"_s, u"discovered https://status.example.com/status/"_s };
    QTest::newRow("status path typed") << u"https://example.com/status"_s << false
                                       << QStringList { u"given https://example.com/status/"_s,
                                              u"discovered https://status.example.com/"_s };
    QTest::newRow("document typed") << u"https://status.example.com/api/v2/summary.json"_s << false
                                    << QStringList { u"given https://status.example.com/api/v2/summary.json"_s,
                                           u"discovered https://status.example.com/status/"_s };
    QTest::newRow("address") << u"192.168.1.10"_s << false
                             << QStringList { u"discovered https://192.168.1.10/status/"_s };
    QTest::newRow("single label") << u"intranet"_s << false << QStringList { u"discovered https://intranet/status/"_s };
    QTest::newRow("empty") << QString() << false << QStringList();
    QTest::newRow("words") << u"not an address"_s << false << QStringList();
    QTest::newRow("ftp") << u"ftp://example.com/"_s << false << QStringList();

    QTest::newRow("page given") << u"https://health.example.com/"_s << true
                                << QStringList { u"given https://health.example.com/"_s };
    QTest::newRow("page given without scheme")
        << u"example.com/system-status"_s << true << QStringList { u"given https://example.com/system-status/"_s };
    QTest::newRow("catalog page given") << u"https://status.slack.com"_s << true
                                        << QStringList { u"given https://status.slack.com/"_s };
    QTest::newRow("document given") << u"https://status.example.com/index.json"_s << true
                                    << QStringList { u"given https://status.example.com/index.json"_s };
}

void TestStatusPageParsers::discoveryCandidates()
{
    QFETCH(QString, input);
    QFETCH(bool, statusPageGiven);
    QFETCH(QStringList, expected);
    const StatusPageCatalog catalog = StatusPageCatalog::builtIn();
    const QList<StatusPageCandidate> candidates = statusPageGiven
        ? StatusPageDiscovery::candidatesForPage(input, catalog)
        : StatusPageDiscovery::candidatesFor(input, catalog);
    QStringList actual;
    for (const StatusPageCandidate &candidate : candidates) {
        actual.append(StatusPageResult::sourceKey(candidate.source) + u' '
            + (candidate.document.isEmpty() ? candidate.base : candidate.document).toString());
        QVERIFY(!candidate.formats.isEmpty());
        QVERIFY(candidate.base.path().endsWith(u'/'));
    }
    QCOMPARE(actual, expected);
}

void TestStatusPageParsers::parentDomain_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("parent");
    QTest::newRow("two labels") << u"example.com"_s << QString();
    QTest::newRow("three labels") << u"app.example.com"_s << u"example.com"_s;
    QTest::newRow("co.uk") << u"example.co.uk"_s << QString();
    QTest::newRow("under co.uk") << u"shop.example.co.uk"_s << u"example.co.uk"_s;
    QTest::newRow("com.au") << u"example.com.au"_s << QString();
    QTest::newRow("address") << u"10.1.2.3"_s << QString();
}

void TestStatusPageParsers::parentDomain()
{
    QFETCH(QString, host);
    QFETCH(QString, parent);
    QCOMPARE(StatusPageDiscovery::parentDomain(host), parent);
}

QTEST_GUILESS_MAIN(TestStatusPageParsers)
#include "TestStatusPageParsers.moc"
