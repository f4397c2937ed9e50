// Drives the Service status page of the real wizard by object name, offscreen: the status page of the address's host
// answered by a loopback TestServer through a host override (an outage, with the sign-in component first), nothing
// found, a status page address typed by the person and read over plain http on loopback, Stop, Back, and a lookup
// that ends after the person went on to the summary.
#include "DiagnosisModel.h"
#include "DiagnosisWizard.h"
#include "FindingView.h"
#include "NoSessionBus.h"
#include "ServiceStatusPage.h"
#include "StatusPageEntryDialog.h"
#include "StatusPageFixtures.h"
#include "TestServer.h"
#include "TestSettings.h"
#include "WidgetLookup.h"
#include "WizardDriver.h"
#include "statuspage/StatusPageCache.h"
#include "statuspage/StatusPageCatalog.h"
#include "statuspage/StatusPageClient.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using StatusPageFixtures::fixture;
using StatusPageFixtures::json;
using WidgetLookup::child;
using WidgetLookup::shown;

namespace {

constexpr int ResultTimeoutMs = 10000;
// A time zone far from UTC, so that a time shown in UTC cannot pass for one shown in the person's time zone.
const char TimeZone[] = "Pacific/Auckland";

// The outage document with its maintenance window moved into the future (the page leaves out windows that ended).
QByteArray outageWithMaintenanceAhead(const QDateTime &start, const QDateTime &end)
{
    QByteArray document = fixture(u"atlassian-summary-outage.json"_s);
    document.replace("2024-05-04T01:00:00.000Z", start.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    document.replace("2024-05-04T03:00:00.000Z", end.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    return document;
}

} // namespace

class TestServiceStatusPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void outageSignInComponentFirst();
    void nothingFoundThenTypedAddress();
    void stopAndLookAgain();
    void finishesAfterGoingOnToTheSummary();
    void notShownWhenAccessWorks();
    void rememberTypedPage();

private:
    // Welcome -> Address -> First look, then Next past the pages between until the Service status page shows.
    // host: how the address names this computer (the site answers on 127.0.0.1 either way).
    bool openStatusPage(DiagnosisWizard &wizard, const QString &path, const QString &host = u"127.0.0.1"_s);
    // Every status page lookup of the wizard goes to statusServer for the target's host (127.0.0.1), over http.
    void overrideTargetHost(DiagnosisWizard &wizard, const TestServer &statusServer);

    TestServer m_site;
    StatusPageCache m_cache;
};

void TestServiceStatusPage::initTestCase()
{
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray(NoSessionBus::Address));
    TestSettings::useOwnFile(u"TestServiceStatusPage"_s);
    QVERIFY(m_site.listen());
    m_site.route("/protected"_ba, [](const TestRequest &) {
        return TestResponse::text(401, "denied", { { "WWW-Authenticate"_ba, "Basic realm=\"staff\""_ba } });
    });
    m_site.route("/open"_ba, [](const TestRequest &) { return TestResponse::text(200, "hello"); });
}

void TestServiceStatusPage::init()
{
    m_cache.clear();
    m_site.clearRequests();
    QSettings().clear();
}

void TestServiceStatusPage::cleanupTestCase()
{
    TestSettings::removeFile();
}

void TestServiceStatusPage::overrideTargetHost(DiagnosisWizard &wizard, const TestServer &statusServer)
{
    const QUrl statusUrl = statusServer.url();
    StatusPageCache *cache = &m_cache;
    wizard.model()->setStatusPageClientSetup([statusUrl, cache](StatusPageClient *client) {
        client->setHostOverride({ { u"127.0.0.1"_s, statusUrl } });
        client->setAllowInsecureHttp(true);
        client->setCache(cache);
        client->setCatalog(StatusPageCatalog::builtIn());
        client->setTimeoutMs(5000);
    });
}

bool TestServiceStatusPage::openStatusPage(DiagnosisWizard &wizard, const QString &path, const QString &host)
{
    QUrl address = m_site.url(path);
    address.setHost(host);
    // First look, then past the sign-in, session and any other page in between, without using them.
    return WizardDriver::show(wizard) && WizardDriver::runFirstLook(wizard, address.toString())
        && WizardDriver::nextUntil(wizard, DiagnosisWizard::Page_Status)
        && wizard.currentId() == DiagnosisWizard::Page_Status;
}

void TestServiceStatusPage::outageSignInComponentFirst()
{
    TestServer status;
    QVERIFY(status.listen());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start(now.date().addDays(2), QTime(1, 0), Qt::UTC);
    const QDateTime end = start.addSecs(2 * 3600);
    const QByteArray document = outageWithMaintenanceAhead(start, end);
    status.route("/status/api/v2/summary.json"_ba, [document](const TestRequest &) { return json(document); });
    DiagnosisWizard wizard;
    overrideTargetHost(wizard, status);
    auto *page = qobject_cast<ServiceStatusPage *>(wizard.page(DiagnosisWizard::Page_Status));
    QVERIFY(page);
    QSignalSpy finished(page, &ServiceStatusPage::lookUpFinished);

    QVERIFY(openStatusPage(wizard, u"/protected"_s));
    // Runs by itself; the person may go on while it runs.
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!finished.isEmpty() || finished.wait(ResultTimeoutMs));
    QVERIFY(!page->isLookingUp());

    // The host's status page, read through the override: only the status document, nothing of the person's.
    QCOMPARE(status.requestCount("/status/api/v2/summary.json"_ba), 1);
    for (const TestRequest &request : status.requests()) {
        QVERIFY(!request.headers.contains("authorization"));
        QVERIFY(!request.headers.contains("cookie"));
    }

    // The state in words, with its icon.
    QVERIFY(page->shownResult() && page->shownResult()->isFound());
    const QList<Finding> findings = page->shownResult()->findings();
    QCOMPARE(findings.constFirst().id, u"statuspage.outage"_s);
    auto *title = child<QLabel>(page, u"statusTitle"_s);
    auto *icon = child<QLabel>(page, u"statusIcon"_s);
    auto *link = child<QLabel>(page, u"pageLink"_s);
    auto *details = child<QTextBrowser>(page, u"statusDetails"_s);
    QVERIFY(shown(title) && shown(icon) && shown(link) && shown(details));
    QCOMPARE(title->text(), findings.constFirst().title);
    QVERIFY(!icon->pixmap().isNull());
    QVERIFY(!icon->accessibleName().isEmpty());
    QVERIFY2(link->text().contains(u"href=\"https://www.githubstatus.com"_s), qPrintable(link->text()));

    // Affected components, the sign-in one first; incidents about signing in first; maintenance.
    const QString text = details->toPlainText();
    const qsizetype signIn = text.indexOf(u"Sign-in and Accounts"_s);
    const qsizetype api = text.indexOf(u"API Requests"_s);
    const qsizetype webhooks = text.indexOf(u"Webhooks"_s);
    QVERIFY2(signIn >= 0 && api > signIn && webhooks > signIn, qPrintable(text));
    const qsizetype signInIncident = text.indexOf(u"Users cannot sign in"_s);
    QVERIFY(!text.left(signInIncident).contains(u"Git Operations"_s)); // operational: not among the affected
    const qsizetype otherIncident = text.indexOf(u"Disruption with some GitHub services"_s);
    QVERIFY2(signInIncident >= 0 && otherIncident > signInIncident, qPrintable(text));
    // Each incident with its latest update only.
    QVERIFY(text.contains(u"We have identified the cause of the sign-in failures"_s));
    QVERIFY(!text.contains(u"We are investigating reports of failed sign-ins."_s));
    QVERIFY(text.contains(u"Database maintenance"_s));
    QVERIFY2(
        text.contains(StatusPageResult::localTimeText(start)) && text.contains(StatusPageResult::localTimeText(end)),
        qPrintable(text));

    // Times in the person's time zone, not in UTC.
    const QDateTime update = QDateTime::fromString(u"2024-05-01T12:20:43.990Z"_s, Qt::ISODateWithMs);
    const QString local = StatusPageResult::localTimeText(update);
    QVERIFY(local != QLocale().toString(update.toUTC(), QLocale::ShortFormat));
    QVERIFY2(text.contains(local), qPrintable(local + u" in "_s + text));

    // The findings joined the diagnosis; the model keeps the whole answer too.
    const DiagnosisResult &result = wizard.model()->result();
    QVERIFY(result.hasFinding(u"statuspage.outage"_s));
    QVERIFY(result.hasFinding(u"statuspage.maintenance"_s));
    QVERIFY(result.hasFinding(u"status.unauthorized"_s));
    QVERIFY(wizard.model()->statusPageResult());
    QCOMPARE(wizard.model()->statusPageResult()->serviceName, u"GitHub"_s);
    QVERIFY(result.request.lookUpStatusPage);

    // The summary shows them.
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Summary));
    QVERIFY(shown(child<FindingView>(wizard.currentPage(), u"finding:statuspage.outage"_s)));

    // Back to the page and back again: the page's findings leave the diagnosis with it.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Status));
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QVERIFY(wizard.currentId() < DiagnosisWizard::Page_Status);
    QVERIFY(!wizard.model()->result().hasFinding(u"statuspage.outage"_s));
    QVERIFY(!wizard.model()->statusPageResult());
    QVERIFY(wizard.model()->result().hasFinding(u"status.unauthorized"_s));
}

void TestServiceStatusPage::nothingFoundThenTypedAddress()
{
    // The host's usual places answer 404.
    TestServer nothing;
    QVERIFY(nothing.listen());
    TestServer statusPage;
    QVERIFY(statusPage.listen());
    statusPage.route("/api/v2/summary.json"_ba,
        [](const TestRequest &) { return json(fixture(u"atlassian-summary-outage.json"_s)); });
    DiagnosisWizard wizard;
    overrideTargetHost(wizard, nothing);
    auto *page = qobject_cast<ServiceStatusPage *>(wizard.page(DiagnosisWizard::Page_Status));
    QVERIFY(page);
    QSignalSpy finished(page, &ServiceStatusPage::lookUpFinished);
    QVERIFY(openStatusPage(wizard, u"/protected"_s));
    QVERIFY(!finished.isEmpty() || finished.wait(ResultTimeoutMs));

    // Nothing found, said plainly, with where Auth Doctor looked and what to do.
    QVERIFY2(nothing.requestCount("/status/api/v2/summary.json"_ba) == 1, qPrintable(page->shownResult()->error));
    QVERIFY(page->shownResult() && !page->shownResult()->isFound());
    QCOMPARE(page->shownResult()->problem, StatusPageResult::Problem::NotFound);
    const Finding unavailable = page->shownResult()->findings().constFirst();
    QCOMPARE(unavailable.id, u"statuspage.unavailable"_s);
    auto *title = child<QLabel>(page, u"statusTitle"_s);
    auto *link = child<QLabel>(page, u"pageLink"_s);
    auto *details = child<QTextBrowser>(page, u"statusDetails"_s);
    QVERIFY(shown(title) && shown(details));
    QCOMPARE(title->text(), unavailable.title);
    QVERIFY(!shown(link));
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(unavailable.explanation), qPrintable(text));
    QVERIFY(text.contains(unavailable.nextSteps.constFirst()));
    QVERIFY(text.contains(u"/status/api/v2/summary.json"_s));
    QVERIFY(wizard.model()->result().hasFinding(u"statuspage.unavailable"_s));

    // The person types the status page's address; Check reads it, over http since it is on this computer. (By name:
    // the host override above sends 127.0.0.1 elsewhere.)
    QUrl typed = statusPage.url();
    typed.setHost(u"localhost"_s);
    auto *edit = child<QLineEdit>(page, u"statusPageEdit"_s);
    auto *check = child<QPushButton>(page, u"checkStatusPageButton"_s);
    QVERIFY(shown(edit) && shown(check));
    QVERIFY(!check->isEnabled());
    QTest::keyClicks(edit, typed.toString());
    QVERIFY(check->isEnabled());
    finished.clear();
    // Enter in the field checks the page; it does not leave the wizard page.
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Status));
    QVERIFY(!finished.isEmpty() || finished.wait(ResultTimeoutMs));
    QVERIFY(page->shownResult() && page->shownResult()->isFound());
    QCOMPARE(page->shownResult()->source, StatusPageCandidate::Source::Given);
    QCOMPARE(statusPage.requestCount("/api/v2/summary.json"_ba), 1);
    QCOMPARE(title->text(), page->shownResult()->findings().constFirst().title);
    QVERIFY(details->toPlainText().contains(u"Sign-in and Accounts"_s));

    // The typed page replaces what was found before; the report will name it.
    const DiagnosisResult &result = wizard.model()->result();
    QVERIFY(result.hasFinding(u"statuspage.outage"_s));
    QVERIFY(!result.hasFinding(u"statuspage.unavailable"_s));
    QCOMPARE(result.request.statusPage, typed.toString());

    // Check again with the button.
    finished.clear();
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(!finished.isEmpty() || finished.wait(ResultTimeoutMs));
    QVERIFY(page->shownResult()->isFound());
}

void TestServiceStatusPage::stopAndLookAgain()
{
    TestServer silent;
    QVERIFY(silent.listen());
    silent.setFallback([](const TestRequest &) { return TestResponse::silent(); });
    DiagnosisWizard wizard;
    overrideTargetHost(wizard, silent);
    auto *page = qobject_cast<ServiceStatusPage *>(wizard.page(DiagnosisWizard::Page_Status));
    QVERIFY(page);
    QSignalSpy finished(page, &ServiceStatusPage::lookUpFinished);
    QSignalSpy received(&silent, &TestServer::requestReceived);

    QVERIFY(openStatusPage(wizard, u"/protected"_s));
    QVERIFY(page->isLookingUp());
    auto *progress = child<QProgressBar>(page, u"progressBar"_s);
    auto *stop = child<QPushButton>(page, u"stopButton"_s);
    QVERIFY(shown(progress) && shown(stop) && stop->isEnabled());
    QVERIFY(!received.isEmpty() || received.wait(ResultTimeoutMs));
    QVERIFY(finished.isEmpty());

    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(!finished.isEmpty() || finished.wait(ResultTimeoutMs));
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(!page->isLookingUp());
    auto *retry = child<QPushButton>(page, u"retryButton"_s);
    QVERIFY(shown(retry));
    QVERIFY(shown(child<QLabel>(page, u"stoppedLabel"_s)));
    // A stopped check adds nothing to the diagnosis.
    for (const Finding &finding : wizard.model()->result().findings)
        QVERIFY2(!finding.id.startsWith(u"statuspage."_s), qPrintable(finding.id));
    QVERIFY(!wizard.model()->statusPageResult());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // Look again: it runs again; Back stops it.
    received.clear();
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(page->isLookingUp());
    QVERIFY(shown(stop) && stop->isEnabled());
    QVERIFY(!received.isEmpty() || received.wait(ResultTimeoutMs));
    finished.clear();
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QVERIFY(!page->isLookingUp());
    QVERIFY(finished.isEmpty()); // given up on, not finished: the page is no longer shown
    QVERIFY(wizard.currentId() < DiagnosisWizard::Page_Status);
}

void TestServiceStatusPage::finishesAfterGoingOnToTheSummary()
{
    TestServer slow;
    QVERIFY(slow.listen());
    slow.route("/status/api/v2/summary.json"_ba, [](const TestRequest &) {
        TestResponse response = json(fixture(u"atlassian-summary-outage.json"_s));
        response.delayMs = 400;
        return response;
    });
    DiagnosisWizard wizard;
    overrideTargetHost(wizard, slow);
    auto *page = qobject_cast<ServiceStatusPage *>(wizard.page(DiagnosisWizard::Page_Status));
    QVERIFY(page);
    QSignalSpy finished(page, &ServiceStatusPage::lookUpFinished);
    QVERIFY(openStatusPage(wizard, u"/protected"_s));
    QVERIFY(page->isLookingUp());

    // Never blocking: on to the summary at once; the answer joins it when it comes.
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Summary));
    QVERIFY(!wizard.currentPage()->findChild<FindingView *>(u"finding:statuspage.outage"_s));
    QVERIFY(!finished.isEmpty() || finished.wait(ResultTimeoutMs));
    QVERIFY(shown(child<FindingView>(wizard.currentPage(), u"finding:statuspage.outage"_s)));
}

void TestServiceStatusPage::notShownWhenAccessWorks()
{
    DiagnosisWizard wizard;
    wizard.model()->setStatusPageClientSetup([](StatusPageClient *) { QFAIL("no status page lookup expected"); });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::mouseClick(child<QCommandLinkButton>(&wizard, u"audienceEveryone"_s), Qt::LeftButton);
    auto *edit = child<QLineEdit>(&wizard, u"addressEdit"_s);
    QVERIFY(edit);
    QTest::keyClicks(edit, m_site.url(u"/open"_s).toString());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QWizardPage *firstLook = wizard.page(DiagnosisWizard::Page_FirstLook);
    QTRY_VERIFY_WITH_TIMEOUT(firstLook->isComplete(), ResultTimeoutMs);
    // The address works: "is it them?" does not arise.
    QVERIFY(!static_cast<WizardPage *>(wizard.page(DiagnosisWizard::Page_Status))->appliesTo(*wizard.model()));
    QCOMPARE(firstLook->nextId(), int(DiagnosisWizard::Page_Summary));
}

void TestServiceStatusPage::rememberTypedPage()
{
    // The site is "localhost" here: a page kept for a service is kept for a domain, not for an IP address.
    TestServer nothing;
    QVERIFY(nothing.listen());
    TestServer statusPage;
    QVERIFY(statusPage.listen());
    statusPage.route("/api/v2/summary.json"_ba,
        [](const TestRequest &) { return json(fixture(u"atlassian-summary-outage.json"_s)); });
    DiagnosisWizard wizard;
    const QUrl nothingUrl = nothing.url();
    StatusPageCache *cache = &m_cache;
    wizard.model()->setStatusPageClientSetup([nothingUrl, cache](StatusPageClient *client) {
        client->setHostOverride({ { u"localhost"_s, nothingUrl } });
        client->setAllowInsecureHttp(true);
        client->setCache(cache);
        client->setTimeoutMs(5000);
    });
    auto *page = qobject_cast<ServiceStatusPage *>(wizard.page(DiagnosisWizard::Page_Status));
    QVERIFY(page);
    QSignalSpy finished(page, &ServiceStatusPage::lookUpFinished);
    QVERIFY(openStatusPage(wizard, u"/protected"_s, u"localhost"_s));
    QVERIFY(!finished.isEmpty() || finished.wait(ResultTimeoutMs));
    QVERIFY(page->shownResult() && !page->shownResult()->isFound());
    auto *remember = child<QPushButton>(page, u"rememberButton"_s);
    auto *remembered = child<QLabel>(page, u"rememberedLabel"_s);
    QVERIFY(remember && remembered);
    // Nothing to keep when nothing was found.
    QVERIFY(!shown(remember));

    finished.clear();
    QTest::keyClicks(child<QLineEdit>(page, u"statusPageEdit"_s), statusPage.url().toString());
    QTest::mouseClick(child<QPushButton>(page, u"checkStatusPageButton"_s), Qt::LeftButton);
    QVERIFY(!finished.isEmpty() || finished.wait(ResultTimeoutMs));
    QVERIFY(page->shownResult() && page->shownResult()->isFound());

    // A page the person found is offered for keeping, for the service's domain.
    QVERIFY(shown(remember));
    QVERIFY2(remember->text().contains(u"localhost"_s), qPrintable(remember->text()));
    QTest::mouseClick(remember, Qt::LeftButton);
    StatusPageEntryDialog *entry = page->rememberDialog();
    QVERIFY(entry);
    QVERIFY(QTest::qWaitForWindowExposed(entry));
    QCOMPARE(entry->mode(), StatusPageEntryDialog::Mode::Add);
    QCOMPARE(child<QLineEdit>(entry, u"domainsEdit"_s)->text(), u"localhost"_s);
    // The address that was read, not the one the document names for people (GitHub's, in this fixture).
    QCOMPARE(QUrl(child<QLineEdit>(entry, u"pageEdit"_s)->text()), statusPage.url());
    QCOMPARE(page->shownResult()->pageUrl.host(), u"www.githubstatus.com"_s);
    QCOMPARE(entry->entry().format, u"atlassian"_s);
    QVERIFY(!child<QLineEdit>(entry, u"nameEdit"_s)->text().isEmpty());
    QPushButton *save = child<QDialogButtonBox>(entry, u"buttonBox"_s)->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    // Kept where every later lookup reads it, and the page says so.
    QSettings settings;
    const QList<StatusPageCatalogEntry> saved = StatusPageCatalog::userEntries(settings);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.constFirst().domains, QStringList { u"localhost"_s });
    QCOMPARE(saved.constFirst().pageUrl, statusPage.url());
    QCOMPARE(saved.constFirst().format, u"atlassian"_s);
    QVERIFY(!shown(remember));
    QVERIFY(shown(remembered));
    QVERIFY(remembered->text().contains(u"localhost"_s));

    // The next lookup for the service goes straight to the kept page, and no longer offers to keep it.
    finished.clear();
    m_cache.clear();
    statusPage.clearRequests();
    nothing.clearRequests();
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Status));
    QVERIFY(!finished.isEmpty() || finished.wait(ResultTimeoutMs));
    QVERIFY(page->shownResult() && page->shownResult()->isFound());
    QCOMPARE(page->shownResult()->source, StatusPageCandidate::Source::Catalog);
    QCOMPARE(statusPage.requestCount("/api/v2/summary.json"_ba), 1);
    QCOMPARE(nothing.requests().size(), 0);
    QVERIFY(!shown(remember));
}

int main(int argc, char *argv[])
{
    // Before anything could connect to the session bus of whoever runs the tests, or read the time zone.
    NoSessionBus::use();
    qputenv("TZ", TimeZone);
    QApplication app(argc, argv);
    TestServiceStatusPage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestServiceStatusPage.moc"
