// Drives the real diagnosis wizard by object name, offscreen, against the loopback TestServer.
#include "AddressHistory.h"
#include "DiagnosisModel.h"
#include "DiagnosisWizard.h"
#include "FindingList.h"
#include "FindingView.h"
#include "FirstLookPage.h"
#include "MainWindow.h"
#include "TestServer.h"
#include "WidgetLookup.h"
#include "WizardDriver.h"
#include "WizardPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using WidgetLookup::child;

namespace {

constexpr int ResultTimeoutMs = 10000;

// A page a later issue might add: it applies only to developers.
class DeveloperOnlyPage : public WizardPage
{
public:
    using WizardPage::WizardPage;
    bool appliesTo(const DiagnosisModel &model) const override { return model.audience() == Audience::Developer; }
};

class NeverPage : public WizardPage
{
public:
    using WizardPage::WizardPage;
    bool appliesTo(const DiagnosisModel &) const override { return false; }
};

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void walkThroughToSummary();
    void cancelWhileRunning();
    void backWhileRunningCancels();
    void technicalDetailsFolded();
    void technicalFindingsOnRequest();
    void nextIdSkipsPagesThatDoNotApply();
    void addressHistoryDropsSecrets();
    void mainWindowClosesWithWizard();

private:
    // Welcome (as audienceButton) -> Address (url) -> First look; returns with First look running.
    bool startFirstLook(DiagnosisWizard &wizard, const QString &audienceButton, const QUrl &url);
    // ... then waits for the result and goes on to the Summary.
    bool runToSummary(DiagnosisWizard &wizard, const QString &audienceButton, const QUrl &url);

    TestServer m_server;
};

void TestWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"authdoctor-test"_s);
    QCoreApplication::setApplicationName(u"TestWizard"_s);
    QVERIFY(m_server.listen());
    m_server.route("/protected"_ba, [](const TestRequest &) {
        return TestResponse::text(
            401, "Unauthorized"_ba, HttpHeaders { { "WWW-Authenticate"_ba, "Basic realm=\"x\""_ba } });
    });
    // An unknown scheme: challenge.other, a finding for developers.
    // A token without the needed scope: bearer.insufficient-scope is a finding for developers.
    m_server.route("/scope"_ba, [](const TestRequest &) {
        return TestResponse::text(403, "Forbidden"_ba,
            HttpHeaders { { "WWW-Authenticate"_ba, "Bearer error=\"insufficient_scope\", scope=\"admin\""_ba } });
    });
    m_server.route("/hang"_ba, [](const TestRequest &) { return TestResponse::silent(); });
}

void TestWizard::init()
{
    // An empty history keeps the completer's popup from opening while the tests type.
    AddressHistory::clear();
}

bool TestWizard::startFirstLook(DiagnosisWizard &wizard, const QString &audienceButton, const QUrl &url)
{
    return WizardDriver::show(wizard) && WizardDriver::chooseAudience(wizard, audienceButton)
        && WizardDriver::enterAddress(wizard, url.toString()) && WizardDriver::startFirstLook(wizard);
}

bool TestWizard::runToSummary(DiagnosisWizard &wizard, const QString &audienceButton, const QUrl &url)
{
    // First look's result, then past the sign-in, session, API access and status pages without using them, where
    // they apply.
    return startFirstLook(wizard, audienceButton, url) && WizardDriver::waitForFirstLook(wizard, ResultTimeoutMs)
        && WizardDriver::nextUntil(wizard, DiagnosisWizard::Page_Summary);
}

void TestWizard::walkThroughToSummary()
{
    DiagnosisWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Welcome));

    auto *everyone = child<QCommandLinkButton>(&wizard, u"audienceEveryone"_s);
    QVERIFY(everyone);
    QTest::mouseClick(everyone, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Address));
    QCOMPARE(wizard.model()->audience(), Audience::Everyone);

    auto *edit = child<QLineEdit>(&wizard, u"addressEdit"_s);
    auto *problem = child<QLabel>(&wizard, u"addressProblem"_s);
    QVERIFY(edit && problem);
    QAbstractButton *next = wizard.button(QWizard::NextButton);

    QTest::keyClicks(edit, u"ftp://x"_s);
    QVERIFY(problem->isVisible());
    QVERIFY(!problem->text().isEmpty());
    QVERIFY(!next->isEnabled());

    edit->clear();
    const QUrl url = m_server.url(u"/protected"_s);
    QTest::keyClicks(edit, url.toString());
    QVERIFY(!problem->isVisible());
    QVERIFY(next->isEnabled());

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_FirstLook));
    QCOMPARE(wizard.model()->target(), url);
    QWizardPage *firstLook = wizard.page(DiagnosisWizard::Page_FirstLook);
    QVERIFY(!next->isEnabled()); // nothing to go on with while the diagnosis runs
    QTRY_VERIFY_WITH_TIMEOUT(firstLook->isComplete(), ResultTimeoutMs);
    QVERIFY(m_server.requestCount("/protected"_ba) >= 1);
    QVERIFY(wizard.model()->hasResult());
    auto *firstLookVerdict = child<QLabel>(firstLook, u"verdictTitle"_s);
    QVERIFY(firstLookVerdict && firstLookVerdict->isVisible());
    QVERIFY(!firstLookVerdict->text().isEmpty());

    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    // A 401: the sign-in test is offered; going on without it is allowed.
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_SignIn));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    // A refusal: the session page follows, and is optional too.
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Session));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    // Then the service's status page, which never holds the person up.
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Status));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Summary));

    QWizardPage *summary = wizard.page(DiagnosisWizard::Page_Summary);
    auto *unauthorized = child<FindingView>(summary, u"finding:status.unauthorized"_s);
    auto *basic = child<FindingView>(summary, u"finding:challenge.basic"_s);
    auto *showTechnical = child<QCheckBox>(summary, u"showTechnical"_s);
    QVERIFY(unauthorized && basic && showTechnical);
    // An everyday user starts with the technical findings hidden.
    QVERIFY(!showTechnical->isChecked());
    if (FindingList::isTechnical(basic->finding())) {
        // challenge.basic speaks to developers: it shows once the person asks for technical findings.
        QVERIFY(!basic->isVisible());
        QTest::mouseClick(showTechnical, Qt::LeftButton);
        QVERIFY(showTechnical->isChecked());
    }
    QVERIFY(unauthorized->isVisible());
    QVERIFY(basic->isVisible());
    QVERIFY(!unauthorized->finding().title.isEmpty());

    auto *verdictTitle = child<QLabel>(summary, u"verdictTitle"_s);
    QVERIFY(verdictTitle && verdictTitle->isVisible());
    QVERIFY(!verdictTitle->text().isEmpty());

    // Problems come first in the list.
    auto *list = child<FindingList>(summary, u"findingList"_s);
    QVERIFY(list);
    const QList<FindingView *> views = list->views();
    QVERIFY(!views.isEmpty());
    for (qsizetype i = 1; i < views.size(); ++i)
        QVERIFY(int(views[i - 1]->finding().severity) >= int(views[i]->finding().severity));

    QCOMPARE(AddressHistory::load(), QStringList { url.toString() });
}

void TestWizard::cancelWhileRunning()
{
    DiagnosisWizard wizard;
    const int before = m_server.requestCount("/hang"_ba);
    QVERIFY(startFirstLook(wizard, u"audienceDeveloper"_s, m_server.url(u"/hang"_s)));
    auto *page = qobject_cast<FirstLookPage *>(wizard.page(DiagnosisWizard::Page_FirstLook));
    auto *cancelButton = child<QPushButton>(page, u"cancelButton"_s);
    auto *retryButton = child<QPushButton>(page, u"retryButton"_s);
    auto *progressBar = child<QWidget>(page, u"progressBar"_s);
    QVERIFY(page && cancelButton && retryButton && progressBar);
    QVERIFY(page->isRunning());
    QVERIFY(progressBar->isVisible());
    QVERIFY(!retryButton->isVisible());
    // Cancel while the request is really in flight.
    QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount("/hang"_ba) > before, ResultTimeoutMs);
    QVERIFY(cancelButton->isVisible() && cancelButton->isEnabled());

    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(retryButton->isVisible(), 3000);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(u"cancelling took %1 ms"_s.arg(clock.elapsed())));
    QVERIFY(!page->isRunning());
    QVERIFY(!page->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard.model()->hasResult());

    // Try again starts a new run, which can be stopped again.
    QTest::mouseClick(retryButton, Qt::LeftButton);
    QVERIFY(page->isRunning());
    QVERIFY(cancelButton->isVisible());
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(retryButton->isVisible(), 3000);
}

void TestWizard::backWhileRunningCancels()
{
    DiagnosisWizard wizard;
    QVERIFY(startFirstLook(wizard, u"audienceAdministrator"_s, m_server.url(u"/hang"_s)));
    auto *page = qobject_cast<FirstLookPage *>(wizard.page(DiagnosisWizard::Page_FirstLook));
    QVERIFY(page && page->isRunning());
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Address));
    QVERIFY(!page->isRunning());
    // The address is still there; Next starts a fresh run.
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestWizard::technicalDetailsFolded()
{
    DiagnosisWizard wizard;
    QVERIFY(runToSummary(wizard, u"audienceDeveloper"_s, m_server.url(u"/protected"_s)));
    QWizardPage *summary = wizard.page(DiagnosisWizard::Page_Summary);
    auto *showTechnical = child<QCheckBox>(summary, u"showTechnical"_s);
    QVERIFY(showTechnical && showTechnical->isChecked()); // developers see everything from the start

    FindingView *withEvidence = nullptr;
    const QList<FindingView *> views = summary->findChildren<FindingView *>();
    for (FindingView *view : views) {
        QVERIFY(view->objectName().startsWith(u"finding:"_s));
        if (!withEvidence && !view->finding().technical.isEmpty())
            withEvidence = view;
    }
    QVERIFY2(withEvidence, "no finding with technical detail");
    auto *toggle = child<QToolButton>(withEvidence, u"technicalToggle"_s);
    auto *text = child<QPlainTextEdit>(withEvidence, u"technicalText"_s);
    QVERIFY(toggle && text);
    QVERIFY(toggle->isVisible());
    QVERIFY(!text->isVisible());

    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(text->isVisible());
    QVERIFY(text->isReadOnly());
    QCOMPARE(text->toPlainText(), withEvidence->finding().technical);

    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!text->isVisible());
}

void TestWizard::technicalFindingsOnRequest()
{
    DiagnosisWizard wizard;
    QVERIFY(runToSummary(wizard, u"audienceEveryone"_s, m_server.url(u"/scope"_s)));
    QWizardPage *summary = wizard.page(DiagnosisWizard::Page_Summary);
    auto *showTechnical = child<QCheckBox>(summary, u"showTechnical"_s);
    auto *hiddenCount = child<QLabel>(summary, u"hiddenCount"_s);
    auto *list = child<FindingList>(summary, u"findingList"_s);
    QVERIFY(showTechnical && hiddenCount && list);
    QVERIFY(!showTechnical->isChecked());

    QList<FindingView *> technical;
    QList<FindingView *> plain;
    const QList<FindingView *> views = list->views();
    for (FindingView *view : views)
        (FindingList::isTechnical(view->finding()) ? technical : plain).append(view);
    QVERIFY2(!technical.isEmpty(), "expected a finding for developers: bearer.insufficient-scope");
    QVERIFY(!plain.isEmpty());
    for (FindingView *view : std::as_const(technical))
        QVERIFY(!view->isVisible());
    for (FindingView *view : std::as_const(plain))
        QVERIFY(view->isVisible());
    QVERIFY(hiddenCount->isVisible());
    QCOMPARE(list->hiddenCount(), technical.size());

    QTest::mouseClick(showTechnical, Qt::LeftButton);
    QVERIFY(showTechnical->isChecked());
    for (FindingView *view : views)
        QVERIFY(view->isVisible());
    QVERIFY(!hiddenCount->isVisible());
}

void TestWizard::nextIdSkipsPagesThatDoNotApply()
{
    DiagnosisWizard wizard;
    // What a later issue does: one setPage() line with an id in a gap.
    wizard.setPage(35, new NeverPage(wizard.model()));
    wizard.setPage(45, new DeveloperOnlyPage(wizard.model()));

    QCOMPARE(wizard.page(DiagnosisWizard::Page_Welcome)->nextId(), int(DiagnosisWizard::Page_Address));
    QCOMPARE(wizard.page(DiagnosisWizard::Page_Address)->nextId(), int(DiagnosisWizard::Page_FirstLook));
    wizard.model()->setAudience(Audience::Everyone);
    // Without a result the sign-in page (30) does not apply either.
    QCOMPARE(wizard.page(DiagnosisWizard::Page_FirstLook)->nextId(), int(DiagnosisWizard::Page_Summary));
    wizard.model()->setAudience(Audience::Developer);
    QCOMPARE(wizard.page(DiagnosisWizard::Page_FirstLook)->nextId(), 45);
    // The API access page (50) is for developers too.
    QCOMPARE(wizard.page(45)->nextId(), int(DiagnosisWizard::Page_Api));
    QCOMPARE(wizard.page(DiagnosisWizard::Page_Api)->nextId(), int(DiagnosisWizard::Page_Summary));
    QCOMPARE(wizard.page(DiagnosisWizard::Page_Summary)->nextId(), -1);
}

void TestWizard::addressHistoryDropsSecrets()
{
    const QUrl secret(u"https://alice:hunter2@example.com:8443/api/v1?access_token=abc#id_token=xyz"_s);
    QCOMPARE(AddressHistory::keepable(secret), u"https://example.com:8443/api/v1"_s);
    QCOMPARE(AddressHistory::keepable(QUrl()), QString());

    QStringList history;
    for (int i = 0; i < 12; ++i)
        history = AddressHistory::withAddress(history, QUrl(u"https://example.com/%1"_s.arg(i)));
    QCOMPARE(history.size(), AddressHistory::MaxEntries);
    QCOMPARE(history.first(), u"https://example.com/11"_s);
    // Again: it moves to the front instead of appearing twice.
    history = AddressHistory::withAddress(history, QUrl(u"https://example.com/5"_s));
    QCOMPARE(history.first(), u"https://example.com/5"_s);
    QCOMPARE(history.count(u"https://example.com/5"_s), 1);
    QCOMPARE(history.size(), AddressHistory::MaxEntries);

    AddressHistory::remember(secret);
    QCOMPARE(AddressHistory::load(), QStringList { u"https://example.com:8443/api/v1"_s });
}

void TestWizard::mainWindowClosesWithWizard()
{
    MainWindow window;
    window.setAddress(m_server.url(u"/protected"_s).toString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DiagnosisWizard *wizard = window.wizard();
    QCOMPARE(window.centralWidget(), wizard);
    QVERIFY(!window.windowTitle().isEmpty());

    QTest::mouseClick(child<QCommandLinkButton>(wizard, u"audienceEveryone"_s), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(DiagnosisWizard::Page_Address));
    // The address given on the command line is filled in.
    QCOMPARE(child<QLineEdit>(wizard, u"addressEdit"_s)->text(), m_server.url(u"/protected"_s).toString());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    auto *newDiagnosis = child<QAction>(&window, u"actionNewDiagnosis"_s);
    QVERIFY(newDiagnosis);
    QCOMPARE(newDiagnosis->shortcut(), QKeySequence(u"Ctrl+N"_s));
    newDiagnosis->trigger();
    QCOMPARE(wizard->currentId(), int(DiagnosisWizard::Page_Welcome));

    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(TestWizard)
#include "TestWizard.moc"
