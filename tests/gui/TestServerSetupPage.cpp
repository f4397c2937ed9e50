// Drives the Server configuration page of the real wizard by object name, offscreen, against loopback routes: who
// reaches it, the first look's findings about the server's setup, and the CORS check for a web page's origin (a
// preflight refused with 401, an API that allows the page, a wrong origin typed, Stop, and Back). What the browser's
// requests carried is read from the server's record.
#include "DiagnosisModel.h"
#include "DiagnosisWizard.h"
#include "FindingStack.h"
#include "FindingView.h"
#include "NoSessionBus.h"
#include "ServerSetupPage.h"
#include "TestServer.h"
#include "TestSettings.h"
#include "WidgetLookup.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using WidgetLookup::child;
using WidgetLookup::shown;

namespace {

constexpr int ResultTimeoutMs = 10000;
const QByteArray AppOrigin = "https://app.example.com"_ba;

QStringList idsIn(const FindingStack *stack)
{
    QStringList ids;
    const QList<FindingView *> views = stack->views();
    for (const FindingView *view : views)
        ids.append(view->finding().id);
    return ids;
}

} // namespace

class TestServerSetupPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void notForEverydayUsers();
    void setupFindingsFromTheFirstLook();
    void preflightRefusedWithSignIn();
    void corsAllowedAndJoinsTheSummary();
    void notAnOrigin();
    void stopAndBack();

private:
    // Welcome (as audienceButton) -> Address -> First look, then Next until the Server configuration page (or the
    // page after it, when it does not apply).
    bool runToServerPage(DiagnosisWizard &wizard, const QString &audienceButton, const QString &path);
    ServerSetupPage *serverPage(DiagnosisWizard &wizard) const;
    bool checkCors(ServerSetupPage *page, const QString &origin);

    TestServer m_server;
    QTemporaryDir m_logDir;
};

void TestServerSetupPage::initTestCase()
{
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray(NoSessionBus::Address));
    TestSettings::useOwnFile(u"TestServerSetupPage"_s);
    QVERIFY(m_logDir.isValid());
    QVERIFY(m_server.listen());

    // An API that demands a token on everything, the preflight included: the browser's preflight can never pass.
    m_server.route("/strict"_ba, [](const TestRequest &) {
        return TestResponse::text(401, "{\"error\":\"unauthorized\"}",
            { { "WWW-Authenticate"_ba, "Bearer realm=\"api\""_ba }, { "Content-Type"_ba, "application/json"_ba } });
    });
    // An API set up for the web app: the preflight is answered without sign-in, and the refusal carries the headers.
    m_server.route("/friendly"_ba, [](const TestRequest &request) {
        const HttpHeaders cors { { "Access-Control-Allow-Origin"_ba, AppOrigin }, { "Vary"_ba, "Origin"_ba } };
        if (request.method == "OPTIONS") {
            HttpHeaders preflight = cors;
            preflight.append("Access-Control-Allow-Methods"_ba, "GET, POST"_ba);
            preflight.append("Access-Control-Allow-Headers"_ba, "Authorization, Content-Type"_ba);
            preflight.append("Access-Control-Max-Age"_ba, "600"_ba);
            return TestResponse::text(204, {}, preflight);
        }
        HttpHeaders refusal = cors;
        refusal.append("WWW-Authenticate"_ba, "Bearer realm=\"api\""_ba);
        return TestResponse::text(401, "{}", refusal);
    });
    // A 401 that says nothing of how to sign in: a setup finding of the first look.
    m_server.route("/bare"_ba, [](const TestRequest &) { return TestResponse::text(401, "no"); });
    // Slow to answer the preflight, for Stop.
    m_server.route("/slow"_ba, [](const TestRequest &request) {
        if (request.method == "OPTIONS") {
            TestResponse response;
            response.neverAnswer = true;
            return response;
        }
        return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Bearer"_ba } });
    });
}

void TestServerSetupPage::init()
{
    m_server.clearRequests();
}

void TestServerSetupPage::cleanupTestCase()
{
    TestSettings::removeFile();
}

bool TestServerSetupPage::runToServerPage(DiagnosisWizard &wizard, const QString &audienceButton, const QString &path)
{
    wizard.model()->setAttemptLogDirectory(m_logDir.path());
    // Active, not only exposed: the test looks at where the keyboard is.
    return WizardDriver::show(wizard, WizardDriver::Wait::Active)
        && WizardDriver::runFirstLook(wizard, m_server.url(path).toString(), WizardDriver::Entry::Typed, audienceButton)
        && WizardDriver::nextUntil(wizard, DiagnosisWizard::Page_Server);
}

ServerSetupPage *TestServerSetupPage::serverPage(DiagnosisWizard &wizard) const
{
    return qobject_cast<ServerSetupPage *>(wizard.page(DiagnosisWizard::Page_Server));
}

bool TestServerSetupPage::checkCors(ServerSetupPage *page, const QString &origin)
{
    auto *edit = child<QLineEdit>(page, u"corsOriginEdit"_s);
    if (!edit)
        return false;
    edit->clear();
    QTest::keyClicks(edit, origin);
    QSignalSpy finished(page, &ServerSetupPage::corsCheckFinished);
    // Enter in the field checks, as the button does.
    QTest::keyClick(edit, Qt::Key_Return);
    if (!page->isChecking() && finished.isEmpty())
        return false;
    return !finished.isEmpty() || finished.wait(ResultTimeoutMs);
}

void TestServerSetupPage::notForEverydayUsers()
{
    DiagnosisWizard wizard;
    QVERIFY(runToServerPage(wizard, u"audienceEveryone"_s, u"/strict"_s));
    // Everyday users go past it: the next page after the skipped one.
    QVERIFY(wizard.currentId() > DiagnosisWizard::Page_Server);
    QVERIFY(!wizard.visitedIds().contains(DiagnosisWizard::Page_Server));
}

void TestServerSetupPage::setupFindingsFromTheFirstLook()
{
    DiagnosisWizard wizard;
    QVERIFY(runToServerPage(wizard, u"audienceAdministrator"_s, u"/bare"_s));
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Server));
    ServerSetupPage *page = serverPage(wizard);
    auto *setup = child<FindingStack>(page, u"setupFindings"_s);
    QVERIFY(setup);
    QVERIFY2(idsIn(setup).contains(u"challenge.missing"_s), qPrintable(idsIn(setup).join(u", "_s)));
    for (const QString &id : idsIn(setup))
        QVERIFY2(ServerSetupPage::isSetupFinding(Finding::make(id)), qPrintable(id));
    QCOMPARE(child<QLabel>(page, u"setupSummary"_s)->text(), u"In the setup of 127.0.0.1:"_s);
    // Nothing runs by itself; the keyboard starts in the origin field, and Check waits for an origin.
    QVERIFY(!page->isChecking());
    QCOMPARE(wizard.focusWidget(), child<QLineEdit>(page, u"corsOriginEdit"_s));
    QVERIFY(!child<QPushButton>(page, u"corsCheckButton"_s)->isEnabled());
    QVERIFY(!shown(child<QProgressBar>(page, u"corsProgress"_s)));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestServerSetupPage::preflightRefusedWithSignIn()
{
    DiagnosisWizard wizard;
    QVERIFY(runToServerPage(wizard, u"audienceDeveloper"_s, u"/strict"_s));
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Server));
    ServerSetupPage *page = serverPage(wizard);
    auto *setup = child<FindingStack>(page, u"setupFindings"_s);
    QVERIFY(setup->isEmpty());
    QVERIFY(child<QLabel>(page, u"setupSummary"_s)->text().contains(u"Nothing"_s));
    m_server.clearRequests();

    // Typed with a path and in capitals: the origin is what counts, and the field shows it.
    QVERIFY(checkCors(page, u"HTTPS://App.Example.com/dashboard"_s));
    QCOMPARE(child<QLineEdit>(page, u"corsOriginEdit"_s)->text(), QString::fromLatin1(AppOrigin));
    auto *cors = child<FindingStack>(page, u"corsFindings"_s);
    QVERIFY2(idsIn(cors).contains(u"cors.preflight-refused"_s), qPrintable(idsIn(cors).join(u", "_s)));
    QVERIFY(!idsIn(cors).contains(u"cors.ok"_s));

    // The browser's preflight as a browser sends it: the origin, the method and header it asks about, nothing of the
    // person's.
    QList<TestRequest> preflights;
    for (const TestRequest &request : m_server.requests()) {
        if (request.method == "OPTIONS")
            preflights.append(request);
    }
    QCOMPARE(preflights.size(), 1);
    QCOMPARE(preflights.constFirst().header("origin"), AppOrigin);
    QCOMPARE(preflights.constFirst().header("access-control-request-method"), "GET"_ba);
    QVERIFY(preflights.constFirst().header("access-control-request-headers").toLower().contains("authorization"));
    for (const TestRequest &request : m_server.requests()) {
        QVERIFY(!request.headers.contains("authorization"));
        QVERIFY(!request.headers.contains("cookie"));
    }

    // The findings join the diagnosis, for the summary and the report.
    QVERIFY(wizard.model()->result().hasFinding(u"cors.preflight-refused"_s));
    QCOMPARE(wizard.model()->result().request.corsOrigin, QString::fromLatin1(AppOrigin));
}

void TestServerSetupPage::corsAllowedAndJoinsTheSummary()
{
    DiagnosisWizard wizard;
    QVERIFY(runToServerPage(wizard, u"audienceDeveloper"_s, u"/friendly"_s));
    ServerSetupPage *page = serverPage(wizard);
    QVERIFY(checkCors(page, QString::fromLatin1(AppOrigin)));
    auto *cors = child<FindingStack>(page, u"corsFindings"_s);
    QVERIFY2(idsIn(cors).contains(u"cors.ok"_s), qPrintable(idsIn(cors).join(u", "_s)));
    for (const QString &id : idsIn(cors))
        QVERIFY2(id.startsWith(u"cors."_s), qPrintable(id));

    // Next, then Back: the check stays in the result and on the page.
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(wizard.currentId() > DiagnosisWizard::Page_Server);
    QVERIFY(wizard.model()->result().hasFinding(u"cors.ok"_s));
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Server));
    QVERIFY(idsIn(cors).contains(u"cors.ok"_s));
}

void TestServerSetupPage::notAnOrigin()
{
    DiagnosisWizard wizard;
    QVERIFY(runToServerPage(wizard, u"audienceDeveloper"_s, u"/strict"_s));
    ServerSetupPage *page = serverPage(wizard);
    auto *edit = child<QLineEdit>(page, u"corsOriginEdit"_s);
    auto *check = child<QPushButton>(page, u"corsCheckButton"_s);
    auto *problem = child<QLabel>(page, u"corsOriginProblem"_s);
    QVERIFY(!shown(problem));
    QTest::keyClicks(edit, u"ftp://files.example.com"_s);
    QVERIFY(shown(problem));
    QVERIFY(problem->text().contains(u"ftp://files.example.com"_s));
    QVERIFY(!check->isEnabled());
    // Enter does nothing then: no request goes out, and the wizard stays on the page.
    m_server.clearRequests();
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Server));
    QVERIFY(!page->isChecking());
    QCOMPARE(m_server.requests().size(), 0);
    edit->clear();
    QTest::keyClicks(edit, u"http://localhost:3000"_s);
    QVERIFY(!shown(problem));
    QVERIFY(check->isEnabled());
}

void TestServerSetupPage::stopAndBack()
{
    DiagnosisWizard wizard;
    QVERIFY(runToServerPage(wizard, u"audienceDeveloper"_s, u"/slow"_s));
    ServerSetupPage *page = serverPage(wizard);
    auto *edit = child<QLineEdit>(page, u"corsOriginEdit"_s);
    auto *stop = child<QPushButton>(page, u"corsStopButton"_s);
    QTest::keyClicks(edit, QString::fromLatin1(AppOrigin));
    QSignalSpy finished(page, &ServerSetupPage::corsCheckFinished);
    QTest::mouseClick(child<QPushButton>(page, u"corsCheckButton"_s), Qt::LeftButton);
    QVERIFY(page->isChecking());
    QVERIFY(shown(stop) && shown(child<QProgressBar>(page, u"corsProgress"_s)));
    // The wizard waits for the check, so that its answer is not lost on the way.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(QTest::qWaitFor(
        [this] {
            const QList<TestRequest> requests = m_server.requests();
            return std::any_of(requests.cbegin(), requests.cend(),
                [](const TestRequest &request) { return request.method == "OPTIONS"; });
        },
        ResultTimeoutMs));

    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(!finished.isEmpty() || finished.wait(2000));
    QVERIFY(!page->isChecking());
    QVERIFY(!shown(stop));
    QVERIFY(child<QLabel>(page, u"corsStep"_s)->text().contains(u"stopped"_s));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard.model()->result().hasFinding(u"cors.ok"_s));

    // Back while a check runs gives it up: the earlier page's result stands, nothing arrives later.
    QTest::mouseClick(child<QPushButton>(page, u"corsCheckButton"_s), Qt::LeftButton);
    QVERIFY(page->isChecking());
    finished.clear();
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QVERIFY(wizard.currentId() < DiagnosisWizard::Page_Server);
    QVERIFY(!page->isChecking());
    QTest::qWait(200);
    QVERIFY(finished.isEmpty());
    for (const Finding &finding : wizard.model()->result().findings)
        QVERIFY2(!finding.id.startsWith(u"cors."_s), qPrintable(finding.id));
}

AUTHDOCTOR_TEST_MAIN_WITHOUT_SESSION_BUS(TestServerSetupPage)
#include "TestServerSetupPage.moc"
