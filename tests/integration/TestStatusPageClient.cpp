// StatusPageClient against loopback servers: catalog, discovery, cache and cancel, with every host mapped to loopback.
#include "StatusPageFixtures.h"
#include "TestServer.h"
#include "net/ProbeRequest.h"
#include "statuspage/StatusPageCache.h"
#include "statuspage/StatusPageCatalog.h"
#include "statuspage/StatusPageClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using StatusPageFixtures::fixture;
using StatusPageFixtures::json;

namespace {

// A loopback port where nothing listens.
quint16 closedPort()
{
    TestServer server;
    if (!server.listen())
        return 1;
    return server.port();
}

QStringList paths(const TestServer &server)
{
    QStringList result;
    for (const TestRequest &request : server.requests())
        result.append(QString::fromLatin1(request.path));
    return result;
}

} // namespace

class TestStatusPageClient : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void catalogHit();
    void catalogFallsBackToStatusJson();
    void statusSubdomainFound();
    void statusPathFound();
    void parentDomainFound();
    void redirectIsFollowed();
    void nothingFound();
    void answeredButUnreadable();
    void unreachableCatalogPage();
    void givenStatusPage();
    void givenDocument();
    void cacheHit();
    void cacheHitForNothingFound();
    void cacheExpires();
    void cancelStopsAtOnce();
    void cancelBeforeTheFirstRequest();
    void badInput();
    void noRequestLeavesTheMachine();
    void oversizedDocument();

private:
    // A client that reads http and maps hosts to loopback; cache and catalog are the test's own.
    std::unique_ptr<StatusPageClient> client(
        const QHash<QString, QUrl> &overrides, const StatusPageCatalog &catalog = StatusPageCatalog::builtIn());
    StatusPageResult lookUp(StatusPageClient &client, const QString &input);
    StatusPageResult readPage(StatusPageClient &client, const QString &address);
    StatusPageResult wait(StatusPageClient &client, QSignalSpy &spy);

    StatusPageCache m_cache;
};

void TestStatusPageClient::init()
{
    m_cache.clear();
    m_cache.setMaxAgeMs(StatusPageCache::DefaultMaxAgeMs);
}

std::unique_ptr<StatusPageClient> TestStatusPageClient::client(
    const QHash<QString, QUrl> &overrides, const StatusPageCatalog &catalog)
{
    auto result = std::make_unique<StatusPageClient>();
    result->setHostOverride(overrides);
    result->setAllowInsecureHttp(true);
    result->setCache(&m_cache);
    result->setCatalog(catalog);
    result->setTimeoutMs(5000);
    return result;
}

StatusPageResult TestStatusPageClient::wait(StatusPageClient &client, QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(15000))
        return {};
    [&] {
        QCOMPARE(spy.size(), 1);
    }();
    [&] {
        QVERIFY(!client.isRunning());
    }();
    return spy.constFirst().constFirst().value<StatusPageResult>();
}

StatusPageResult TestStatusPageClient::lookUp(StatusPageClient &client, const QString &input)
{
    QSignalSpy spy(&client, &StatusPageClient::finished);
    client.lookUp(input);
    [&] {
        QVERIFY2(spy.isEmpty(), "finished() must come after lookUp() returns");
    }();
    return wait(client, spy);
}

StatusPageResult TestStatusPageClient::readPage(StatusPageClient &client, const QString &address)
{
    QSignalSpy spy(&client, &StatusPageClient::finished);
    client.readStatusPage(address);
    return wait(client, spy);
}

void TestStatusPageClient::catalogHit()
{
    TestServer github;
    QVERIFY(github.listen());
    github.route(
        "/api/v2/summary.json", [](const TestRequest &) { return json(fixture(u"atlassian-summary-outage.json"_s)); });
    auto c = client({ { u"www.githubstatus.com"_s, github.url() } });
    QSignalSpy progress(c.get(), &StatusPageClient::progress);
    QSignalSpy started(c.get(), &StatusPageClient::requestStarted);

    const StatusPageResult result = lookUp(*c, u"https://api.github.com/user/repos"_s);
    QVERIFY2(result.isFound(), qPrintable(result.error));
    QCOMPARE(result.source, StatusPageCandidate::Source::Catalog);
    QCOMPARE(result.serviceName, u"GitHub"_s);
    QCOMPARE(result.report.format, u"atlassian"_s);
    QCOMPARE(result.report.state, StatusPageState::Outage);
    QCOMPARE(result.documentUrl, QUrl(u"https://www.githubstatus.com/api/v2/summary.json"_s));
    QCOMPARE(result.pageUrl, QUrl(u"https://www.githubstatus.com"_s));
    QVERIFY(!result.fromCache);
    QCOMPARE(result.exchanges.size(), 1);
    QCOMPARE(result.exchanges.constFirst().status(), 200);

    QCOMPARE(paths(github), QStringList { u"/api/v2/summary.json"_s });
    QCOMPARE(github.requests().constFirst().header("accept"), "application/json"_ba);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.constFirst().constFirst().toUrl(), QUrl(u"https://www.githubstatus.com/api/v2/summary.json"_s));
    QCOMPARE(progress.size(), 1);

    const QList<Finding> findings = result.findings();
    QCOMPARE(findings.constFirst().id, u"statuspage.outage"_s);
    QVERIFY(findings.constFirst().title.contains(u"GitHub"_s));
    QVERIFY(findings.constFirst().explanation.contains(u"Sign-in and Accounts"_s));
}

void TestStatusPageClient::catalogFallsBackToStatusJson()
{
    TestServer bitbucket;
    QVERIFY(bitbucket.listen());
    bitbucket.route(
        "/api/v2/status.json", [](const TestRequest &) { return json(fixture(u"atlassian-status.json"_s)); });
    auto c = client({ { u"bitbucket.status.atlassian.com"_s, bitbucket.url() } });

    const StatusPageResult result = lookUp(*c, u"bitbucket.org"_s);
    QVERIFY2(result.isFound(), qPrintable(result.error));
    QCOMPARE(result.serviceName, u"Bitbucket"_s);
    QCOMPARE(result.report.state, StatusPageState::Degraded);
    QCOMPARE(paths(bitbucket), QStringList({ u"/api/v2/summary.json"_s, u"/api/v2/status.json"_s }));
    QCOMPARE(result.findings().constFirst().id, u"statuspage.degraded"_s);
}

void TestStatusPageClient::statusSubdomainFound()
{
    TestServer statusHost;
    TestServer site;
    QVERIFY(statusHost.listen());
    QVERIFY(site.listen());
    statusHost.route("/index.json", [](const TestRequest &) { return json(fixture(u"betterstack-index.json"_s)); });
    auto c = client({ { u"status.example.com"_s, statusHost.url() }, { u"example.com"_s, site.url() } });

    const StatusPageResult result = lookUp(*c, u"example.com"_s);
    QVERIFY2(result.isFound(), qPrintable(result.error));
    QCOMPARE(result.source, StatusPageCandidate::Source::Discovered);
    QCOMPARE(result.report.format, u"betterstack"_s);
    QCOMPARE(result.serviceName, u"Example Cloud"_s); // the page's own name
    QCOMPARE(result.documentUrl, QUrl(u"https://status.example.com/index.json"_s));
    // Statuspage first (summary, then status), then Better Stack, on the first place; the second place never asked.
    QCOMPARE(paths(statusHost), QStringList({ u"/api/v2/summary.json"_s, u"/api/v2/status.json"_s, u"/index.json"_s }));
    QCOMPARE(site.requestCount(), 0);
    QCOMPARE(result.findings().constFirst().id, u"statuspage.degraded"_s);
}

void TestStatusPageClient::statusPathFound()
{
    TestServer statusHost; // answers 404 to everything
    TestServer site;
    QVERIFY(statusHost.listen());
    QVERIFY(site.listen());
    site.route("/status/summary.json", [](const TestRequest &) { return json(fixture(u"instatus-summary.json"_s)); });
    auto c = client({ { u"status.example.org"_s, statusHost.url() }, { u"www.example.org"_s, site.url() } });

    const StatusPageResult result = lookUp(*c, u"https://www.example.org/login"_s);
    QVERIFY2(result.isFound(), qPrintable(result.error));
    QCOMPARE(result.report.format, u"instatus"_s);
    QCOMPARE(result.documentUrl, QUrl(u"https://www.example.org/status/summary.json"_s));
    QCOMPARE(statusHost.requestCount(), 4); // summary.json, status.json, index.json, summary.json
    QCOMPARE(paths(site),
        QStringList({ u"/status/api/v2/summary.json"_s, u"/status/api/v2/status.json"_s, u"/status/index.json"_s,
            u"/status/summary.json"_s }));
    QCOMPARE(result.findings().constFirst().id, u"statuspage.outage"_s);
}

void TestStatusPageClient::parentDomainFound()
{
    TestServer site;
    TestServer parent;
    QVERIFY(site.listen());
    QVERIFY(parent.listen());
    parent.route("/api/v2/summary.json",
        [](const TestRequest &) { return json(fixture(u"atlassian-summary-operational.json"_s)); });
    QUrl refused(u"http://127.0.0.1/"_s);
    refused.setPort(closedPort());
    auto c = client({ { u"status.app.example.net"_s, refused }, { u"app.example.net"_s, site.url() },
        { u"status.example.net"_s, parent.url() } });

    const StatusPageResult result = lookUp(*c, u"app.example.net"_s);
    QVERIFY2(result.isFound(), qPrintable(result.error));
    QCOMPARE(result.documentUrl, QUrl(u"https://status.example.net/api/v2/summary.json"_s));
    QCOMPARE(result.places,
        QList<QUrl>({ QUrl(u"https://status.app.example.net/"_s), QUrl(u"https://app.example.net/status/"_s),
            QUrl(u"https://status.example.net/"_s) }));
    // The refused place is asked once, not once per document.
    QCOMPARE(result.tried.constFirst(), QUrl(u"https://status.app.example.net/api/v2/summary.json"_s));
    QCOMPARE(result.tried.at(1), QUrl(u"https://app.example.net/status/api/v2/summary.json"_s));
    QCOMPARE(site.requestCount(), 4);
    QCOMPARE(parent.requestCount(), 1);
    const QList<Finding> findings = result.findings();
    QCOMPARE(findings.constFirst().id, u"statuspage.operational"_s);
    QCOMPARE(findings.at(1).id, u"statuspage.maintenance"_s);
}

void TestStatusPageClient::redirectIsFollowed()
{
    TestServer page;
    QVERIFY(page.listen());
    page.route(
        "/api/v2/summary.json", [](const TestRequest &) { return TestResponse::redirect(302, "/moved/summary.json"); });
    page.route("/moved/summary.json",
        [](const TestRequest &) { return json(fixture(u"atlassian-summary-maintenance.json"_s)); });
    auto c = client({ { u"status.acme.example"_s, page.url() } });

    const StatusPageResult result = lookUp(*c, u"status.acme.example"_s);
    QVERIFY2(result.isFound(), qPrintable(result.error));
    QCOMPARE(result.source, StatusPageCandidate::Source::Given);
    QCOMPARE(result.documentUrl, QUrl(u"https://status.acme.example/moved/summary.json"_s));
    QCOMPARE(paths(page), QStringList({ u"/api/v2/summary.json"_s, u"/moved/summary.json"_s }));
    QCOMPARE(result.exchanges.size(), 2);
    QCOMPARE(result.findings().constFirst().id, u"statuspage.maintenance"_s);
}

void TestStatusPageClient::nothingFound()
{
    TestServer statusHost;
    TestServer site;
    QVERIFY(statusHost.listen());
    QVERIFY(site.listen());
    auto c = client({ { u"status.nothing.example"_s, statusHost.url() }, { u"nothing.example"_s, site.url() } });

    const StatusPageResult result = lookUp(*c, u"nothing.example"_s);
    QVERIFY(!result.isFound());
    QCOMPARE(result.problem, StatusPageResult::Problem::NotFound);
    QCOMPARE(statusHost.requestCount(), 4);
    QCOMPARE(site.requestCount(), 4);
    QCOMPARE(result.tried.size(), 8);
    QVERIFY(result.error.contains(u"404"_s));

    const QList<Finding> findings = result.findings();
    QCOMPARE(findings.size(), 1);
    const Finding &finding = findings.constFirst();
    QCOMPARE(finding.id, u"statuspage.unavailable"_s);
    QCOMPARE(finding.facts.value(u"reason"_s).toString(), u"not-found"_s);
    QVERIFY2(finding.explanation.contains(u"status.nothing.example"_s)
            && finding.explanation.contains(u"nothing.example/status"_s),
        qPrintable(finding.explanation));
    QVERIFY(finding.technical.contains(u"HTTP 404"_s));
}

void TestStatusPageClient::answeredButUnreadable()
{
    TestServer statusHost;
    QVERIFY(statusHost.listen());
    statusHost.setFallback([](const TestRequest &) {
        return TestResponse::text(
            200, "<!DOCTYPE html><html><body>All good!</body></html>", { { "Content-Type"_ba, "text/html"_ba } });
    });
    auto c = client({ { u"status.html.example"_s, statusHost.url() } });

    const StatusPageResult result = lookUp(*c, u"html.example"_s);
    QCOMPARE(result.problem, StatusPageResult::Problem::Unreadable);
    QVERIFY(result.error.contains(u"not JSON"_s));
    QCOMPARE(result.findings().constFirst().facts.value(u"reason"_s).toString(), u"unreadable"_s);
}

void TestStatusPageClient::unreachableCatalogPage()
{
    const StatusPageCatalog catalog({ StatusPageCatalogEntry {
        u"Acme"_s, { u"acme.example"_s }, QUrl(u"https://status.acme.example/"_s), u"atlassian"_s } });
    QUrl refused(u"http://127.0.0.1/"_s);
    refused.setPort(closedPort());
    auto c = client({ { u"status.acme.example"_s, refused } }, catalog);

    const StatusPageResult result = lookUp(*c, u"login.acme.example"_s);
    QCOMPARE(result.problem, StatusPageResult::Problem::Unreachable);
    QCOMPARE(result.serviceName, u"Acme"_s);
    QCOMPARE(result.tried.size(), 1); // status.json is not asked of a host that refused
    QCOMPARE(result.exchanges.constFirst().outcome, Exchange::Outcome::Refused);
    const Finding finding = result.findings().constFirst();
    QCOMPARE(finding.facts.value(u"reason"_s).toString(), u"unreachable"_s);
    QVERIFY(finding.title.contains(u"Acme"_s));
}

void TestStatusPageClient::givenStatusPage()
{
    TestServer page;
    QVERIFY(page.listen());
    page.route("/health/index.json", [](const TestRequest &) { return json(fixture(u"betterstack-index.json"_s)); });
    auto c = client({ { u"acme.example"_s, page.url() } });

    // An address that says nothing about "status": read as given, no discovery around it.
    const StatusPageResult result = readPage(*c, u"https://acme.example/health"_s);
    QVERIFY2(result.isFound(), qPrintable(result.error));
    QCOMPARE(result.source, StatusPageCandidate::Source::Given);
    QCOMPARE(paths(page),
        QStringList({ u"/health/api/v2/summary.json"_s, u"/health/api/v2/status.json"_s, u"/health/index.json"_s }));
}

void TestStatusPageClient::givenDocument()
{
    TestServer page;
    QVERIFY(page.listen());
    page.route("/v1/feed.json", [](const TestRequest &) { return json(fixture(u"google-cloud-incidents.json"_s)); });
    auto c = client({ { u"status.acme.example"_s, page.url() } });

    // A document of no known path is read once and tried with every format.
    const StatusPageResult result = readPage(*c, u"https://status.acme.example/v1/feed.json"_s);
    QVERIFY2(result.isFound(), qPrintable(result.error));
    QCOMPARE(result.report.format, u"google-cloud"_s);
    QCOMPARE(page.requestCount(), 1);
    QCOMPARE(result.findings().constFirst().id, u"statuspage.outage"_s);
}

void TestStatusPageClient::cacheHit()
{
    TestServer github;
    QVERIFY(github.listen());
    github.route(
        "/api/v2/summary.json", [](const TestRequest &) { return json(fixture(u"atlassian-summary-outage.json"_s)); });
    auto c = client({ { u"www.githubstatus.com"_s, github.url() } });

    const StatusPageResult first = lookUp(*c, u"github.com"_s);
    QVERIFY(first.isFound());
    QCOMPARE(github.requestCount(), 1);
    QCOMPARE(m_cache.size(), 1);

    // Within the minute: the same answer, no request. Another client sharing the cache too.
    const StatusPageResult second = lookUp(*c, u"gist.github.com"_s);
    QVERIFY(second.isFound());
    QVERIFY(second.fromCache);
    QCOMPARE(second.report.state, first.report.state);
    QCOMPARE(second.checkedAt, first.checkedAt);
    QVERIFY(second.exchanges.isEmpty());
    auto other = client({ { u"www.githubstatus.com"_s, github.url() } });
    QVERIFY(lookUp(*other, u"github.com"_s).fromCache);
    QCOMPARE(github.requestCount(), 1);
    QVERIFY(second.technical().contains(u"cached"_s));
}

void TestStatusPageClient::cacheHitForNothingFound()
{
    TestServer statusHost;
    TestServer site;
    QVERIFY(statusHost.listen());
    QVERIFY(site.listen());
    auto c = client({ { u"status.nothing.example"_s, statusHost.url() }, { u"nothing.example"_s, site.url() } });

    QCOMPARE(lookUp(*c, u"nothing.example"_s).problem, StatusPageResult::Problem::NotFound);
    const int asked = statusHost.requestCount() + site.requestCount();
    QCOMPARE(asked, 8);
    const StatusPageResult again = lookUp(*c, u"nothing.example"_s);
    QCOMPARE(again.problem, StatusPageResult::Problem::NotFound);
    QCOMPARE(statusHost.requestCount() + site.requestCount(), asked);
    QCOMPARE(again.tried.size(), 8);
}

void TestStatusPageClient::cacheExpires()
{
    TestServer github;
    QVERIFY(github.listen());
    github.route(
        "/api/v2/summary.json", [](const TestRequest &) { return json(fixture(u"atlassian-summary-outage.json"_s)); });
    auto c = client({ { u"www.githubstatus.com"_s, github.url() } });
    m_cache.setMaxAgeMs(50);
    QVERIFY(lookUp(*c, u"github.com"_s).isFound());
    QTest::qWait(80);
    const StatusPageResult again = lookUp(*c, u"github.com"_s);
    QVERIFY(!again.fromCache);
    QCOMPARE(github.requestCount(), 2);

    // No cache at all: every lookup asks.
    c->setCache(nullptr);
    QVERIFY(!lookUp(*c, u"github.com"_s).fromCache);
    QCOMPARE(github.requestCount(), 3);
}

void TestStatusPageClient::cancelStopsAtOnce()
{
    TestServer silent;
    QVERIFY(silent.listen());
    silent.setFallback([](const TestRequest &) { return TestResponse::silent(); });
    auto c = client({ { u"www.githubstatus.com"_s, silent.url() } });
    QSignalSpy finished(c.get(), &StatusPageClient::finished);
    QSignalSpy started(c.get(), &StatusPageClient::requestStarted);
    c->lookUp(u"github.com"_s);
    QVERIFY(started.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(silent.requestCount(), 1, 5000);

    QElapsedTimer timer;
    timer.start();
    c->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(!c->isRunning());
    const StatusPageResult result = finished.constFirst().constFirst().value<StatusPageResult>();
    QCOMPARE(result.problem, StatusPageResult::Problem::Cancelled);
    const Finding finding = result.findings().constFirst();
    QCOMPARE(finding.id, u"statuspage.unavailable"_s);
    QCOMPARE(finding.facts.value(u"reason"_s).toString(), u"cancelled"_s);
    // Nothing is cached from a cancelled lookup, and nothing more follows.
    QCOMPARE(m_cache.size(), 0);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(silent.requestCount(), 1);
}

void TestStatusPageClient::cancelBeforeTheFirstRequest()
{
    TestServer github;
    QVERIFY(github.listen());
    auto c = client({ { u"www.githubstatus.com"_s, github.url() } });
    QSignalSpy finished(c.get(), &StatusPageClient::finished);
    c->lookUp(u"github.com"_s);
    c->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(
        finished.constFirst().constFirst().value<StatusPageResult>().problem, StatusPageResult::Problem::Cancelled);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(github.requestCount(), 0);
}

void TestStatusPageClient::badInput()
{
    auto c = client({ { u"unused.example"_s, QUrl(u"http://127.0.0.1:1/"_s) } });
    const StatusPageResult result = lookUp(*c, u"not an address"_s);
    QCOMPARE(result.problem, StatusPageResult::Problem::BadInput);
    QVERIFY(result.tried.isEmpty());
    const Finding finding = result.findings().constFirst();
    QCOMPARE(finding.facts.value(u"reason"_s).toString(), u"bad-input"_s);
    QVERIFY(finding.explanation.contains(u"not an address"_s));
}

void TestStatusPageClient::noRequestLeavesTheMachine()
{
    // Overrides are set, but not for these hosts: nothing is asked of them at all.
    TestServer other;
    QVERIFY(other.listen());
    auto c = client({ { u"status.unrelated.example"_s, other.url() } });
    const StatusPageResult result = lookUp(*c, u"sub.example.com"_s);
    QCOMPARE(result.problem, StatusPageResult::Problem::NotFound);
    QVERIFY(result.tried.isEmpty());
    QVERIFY(result.exchanges.isEmpty());
    QVERIFY(result.error.contains(u"host override"_s));
    QCOMPARE(other.requestCount(), 0);

    // A redirect to a host without an override is not followed either.
    TestServer page;
    QVERIFY(page.listen());
    page.setFallback(
        [](const TestRequest &) { return TestResponse::redirect(302, "https://elsewhere.example/summary.json"); });
    auto redirected = client({ { u"www.githubstatus.com"_s, page.url() } });
    const StatusPageResult second = lookUp(*redirected, u"github.com"_s);
    QVERIFY(!second.isFound());
    // The redirect leads off the machine: not followed, and the rest of that place is not asked either.
    QCOMPARE(page.requestCount(), 1);
    QVERIFY(!second.tried.contains(QUrl(u"https://elsewhere.example/summary.json"_s)));
    QVERIFY(second.error.contains(u"host override"_s));
}

void TestStatusPageClient::oversizedDocument()
{
    TestServer page;
    QVERIFY(page.listen());
    const QByteArray huge = "{\"status\": {\"indicator\": \"none\"}, \"padding\": \""
        + QByteArray(StatusPageClient::MaxDocumentBytes + 1024, 'x') + "\"}";
    page.route("/api/v2/summary.json", [&huge](const TestRequest &) { return json(huge); });
    auto c = client({ { u"www.githubstatus.com"_s, page.url() } });
    const StatusPageResult result = lookUp(*c, u"github.com"_s);
    QCOMPARE(result.problem, StatusPageResult::Problem::Unreadable);
    QVERIFY2(result.error.contains(u"larger than"_s), qPrintable(result.error));
    // What is kept of the body for the record is a sample, not 16 MiB.
    QVERIFY(result.exchanges.constFirst().body.size() <= ProbeRequest::DefaultMaxBodyBytes);
}

QTEST_GUILESS_MAIN(TestStatusPageClient)
#include "TestStatusPageClient.moc"
