// Drives the Session page of the real wizard by object name, offscreen: a session the server no longer accepts, found
// on First look through the program's remembered session and cleared with "Clear and test again"; the browser part
// against a fake computer in a temporary folder (.desktop files, an xdg-settings script, browsers that only write down
// their arguments, a Firefox profile with a real cookies.sqlite); and where the page does not apply. Never starts a
// real browser and never touches a real profile.
#include "ConfirmationBox.h"
#include "DiagnosisModel.h"
#include "DiagnosisWizard.h"
#include "FindingView.h"
#include "NoSessionBus.h"
#include "SessionPage.h"
#include "TestServer.h"
#include "TestSettings.h"
#include "TestSqlite.h"
#include "VerdictView.h"
#include "WidgetLookup.h"
#include "WizardDriver.h"
#include "browser/BrowserCatalogLinux.h"
#include "browser/BrowserCookieResult.h"
#include "browser/BrowserCookieStore.h"
#include "browser/BrowserGuide.h"
#include "diagnosis/Finding.h"
#include "net/ProbeSession.h"
#include "net/SessionCookieJar.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QNetworkCookie>
#include <QNetworkDiskCache>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using WidgetLookup::child;
using WidgetLookup::shown;

namespace {

constexpr int ResultTimeoutMs = 10000;
// Stored as every cookie's value in the fake profile; it must never reach the screen.
const QString Sentinel = u"SENTINEL-COOKIE-VALUE-51c2"_s;

// The words of the Session page, as the person reads them.
QString pageText(const char *text, int n = -1)
{
    return QCoreApplication::translate("SessionPage", text, nullptr, n);
}

QNetworkCookie cookieFor127(const QByteArray &name, const QByteArray &value, const QString &domain = u"127.0.0.1"_s)
{
    QNetworkCookie cookie(name, value);
    cookie.setDomain(domain);
    cookie.setPath(u"/"_s);
    cookie.setExpirationDate(QDateTime::currentDateTimeUtc().addSecs(3600));
    return cookie;
}

using Sql = TestSqlite;

} // namespace

class TestSessionPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void expiredSessionClearedAndTestedAgain();
    void clearEverythingAndStop();
    void browsersListedWithTheirSteps();
    void privateWindowAndSettingsGoToTheBrowser();
    void removeBrowserCookiesAndRestore();
    void refusedWhileTheBrowserRuns();
    void removalDeclined();
    void pageApplies_data();
    void pageApplies();
    void appliesToFindings_data();
    void appliesToFindings();

private:
    // Welcome -> Address (path) -> First look, waits for it, then Next; the page shown next is current.
    bool runFirstLook(DiagnosisWizard &wizard, const QString &path);
    // ... and past the Sign-in page without a test, where it applies; null unless the Session page is current.
    SessionPage *openSessionPage(DiagnosisWizard &wizard, const QString &path);
    // Next, page after page (waiting for each to be complete), until the Summary.
    bool goOnToSummary(DiagnosisWizard &wizard);
    // The fake computer and a wizard whose catalog looks at it, on the Session page's browser tab with the list filled.
    SessionPage *openBrowserTab(DiagnosisWizard &wizard);
    void makeFakeComputer();
    BrowserCatalogLinux::Options catalogOptions() const;
    QStringList calls(const QString &file) const;
    QStringList cookieRows() const;
    QStringList backupCopies() const;

    TestServer m_server;
    bool m_hang = false; // /slow stops answering
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_home;
    QString m_bin;
    QString m_xdgSettings;
    QString m_profile; // the Firefox profile folder
    QString m_cookieDatabase;
    QString m_firefoxCalls; // what the fake Firefox was started with, one argument a line, "--end--" after each start
    QString m_chromiumCalls;
};

void TestSessionPage::initTestCase()
{
    // No session bus: the Sign-in page on the way may look at the keychain, which must not be the user's.
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray(NoSessionBus::Address));
    TestSettings::useOwnFile(u"TestSessionPage"_s);
    QVERIFY(m_server.listen());

    // A page behind a session cookie, as in TestSession: "sid=good" works, any other sid is refused, and without one
    // the server sends the person to its sign-in page.
    const auto sessionPage = [this](const TestRequest &r) {
        if (m_hang && r.path == "/slow")
            return TestResponse::silent();
        if (r.header("cookie").contains("sid=good"))
            return TestResponse::text(200, "<h1>Your account</h1>");
        if (r.header("cookie").contains("sid="))
            return TestResponse::text(401, "{\"error\":\"session not valid\"}");
        return TestResponse::redirect(302, "/login");
    };
    m_server.route("/app"_ba, sessionPage);
    m_server.route("/slow"_ba, sessionPage);
    m_server.route("/login"_ba, [](const TestRequest &) {
        return TestResponse::text(200, "<form method=post><input name=user><input type=\"password\" name=pw></form>",
            { { "Content-Type"_ba, "text/html"_ba } });
    });
    m_server.route("/open"_ba, [](const TestRequest &) { return TestResponse::text(200, "hello"); });
    m_server.route("/forbidden"_ba, [](const TestRequest &) { return TestResponse::text(403, "no"); });
    m_server.route("/basic"_ba, [](const TestRequest &) {
        return TestResponse::text(401, "denied", { { "WWW-Authenticate"_ba, "Basic realm=\"staff\""_ba } });
    });
}

void TestSessionPage::init()
{
    m_server.clearRequests();
    m_hang = false;
    QSettings().clear();
}

void TestSessionPage::cleanupTestCase()
{
    TestSettings::removeFile();
}

bool TestSessionPage::runFirstLook(DiagnosisWizard &wizard, const QString &path)
{
    // Active: the browser tab is reached by its keyboard mnemonic.
    if (!WizardDriver::show(wizard, WizardDriver::Wait::Active)
        || !WizardDriver::runFirstLook(wizard, m_server.url(path).toString()))
        return false;
    WizardDriver::next(wizard);
    return true;
}

SessionPage *TestSessionPage::openSessionPage(DiagnosisWizard &wizard, const QString &path)
{
    if (!runFirstLook(wizard, path))
        return nullptr;
    if (wizard.currentId() == DiagnosisWizard::Page_SignIn)
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    if (wizard.currentId() != DiagnosisWizard::Page_Session)
        return nullptr;
    return qobject_cast<SessionPage *>(wizard.currentPage());
}

bool TestSessionPage::goOnToSummary(DiagnosisWizard &wizard)
{
    for (int pages = 0; pages < 10 && wizard.currentId() != DiagnosisWizard::Page_Summary; ++pages) {
        QWizardPage *page = wizard.currentPage();
        if (!QTest::qWaitFor([page] { return page->isComplete(); }, ResultTimeoutMs))
            return false;
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    }
    return wizard.currentId() == DiagnosisWizard::Page_Summary;
}

void TestSessionPage::expiredSessionClearedAndTestedAgain()
{
    DiagnosisWizard wizard;
    // The program's one remembered session holds a sign-in cookie that the server has revoked since.
    wizard.model()->session()->cookieJar()->addCookies({ cookieFor127("sid", "revoked") });
    SessionPage *page = openSessionPage(wizard, u"/app"_s);
    QVERIFY(page);
    // First look went with the remembered cookie, as a browser's normal window would.
    QVERIFY(m_server.requestsTo("/app"_ba).constFirst().header("cookie").contains("sid=revoked"));

    auto *expired = child<FindingView>(page, u"finding:session.expired"_s);
    QVERIFY(shown(expired));
    auto *explanation = child<QLabel>(expired, u"findingExplanation"_s);
    QVERIFY(shown(explanation));
    const Finding *expiredFinding = wizard.model()->result().finding(u"session.expired"_s);
    QVERIFY(expiredFinding);
    QCOMPARE(explanation->text(), expiredFinding->explanation);
    QVERIFY(explanation->text().contains(u"127.0.0.1"_s));
    QVERIFY(explanation->text().contains(u"no longer accepted"_s));
    QVERIFY(!shown(child<QLabel>(page, u"noSessionFindings"_s)));

    auto *clearSite = child<QPushButton>(page, u"clearSiteButton"_s);
    auto *clearAll = child<QPushButton>(page, u"clearAllButton"_s);
    auto *stop = child<QPushButton>(page, u"stopButton"_s);
    auto *before = child<VerdictView>(page, u"beforeVerdict"_s);
    auto *after = child<VerdictView>(page, u"afterVerdict"_s);
    auto *status = child<QLabel>(page, u"sessionStatus"_s);
    QVERIFY(clearSite && clearAll && stop && before && after && status);
    QVERIFY(shown(clearSite) && clearSite->isEnabled());
    QVERIFY(clearSite->text().contains(u"&"_s)); // a mnemonic
    QVERIFY(!shown(before) && !shown(after) && !shown(stop));
    QCOMPARE(child<QLabel>(page, u"beforeLabel"_s)->text(), u"Before"_s);
    QCOMPARE(child<QLabel>(page, u"afterLabel"_s)->text(), u"After clearing"_s);

    const qsizetype sentBefore = m_server.requestsTo("/app"_ba).size();
    QSignalSpy finished(page, &SessionPage::retestFinished);
    QTest::mouseClick(clearSite, Qt::LeftButton);
    // Never blocking: the test runs while the page shows its progress and a Stop button.
    QVERIFY(page->isRetesting());
    QVERIFY(shown(stop) && stop->isEnabled());
    QVERIFY(!clearSite->isEnabled());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard.model()->session()->cookieJar()->cookies().isEmpty());
    QVERIFY(finished.wait(ResultTimeoutMs));
    QVERIFY(!page->isRetesting());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // Before and after, side by side.
    QVERIFY(shown(before) && shown(after));
    QCOMPARE(before->verdict().id, u"session.expired"_s);
    QVERIFY2(after->verdict().id != before->verdict().id, qPrintable(after->verdict().id));
    QVERIFY(before->x() < after->x());
    QCOMPARE(after->verdict().id, wizard.model()->result().verdict.id);
    // The server saw the test after clearing without the cookie.
    const QList<TestRequest> requests = m_server.requestsTo("/app"_ba);
    QVERIFY(requests.size() > sentBefore);
    for (qsizetype i = sentBefore; i < requests.size(); ++i)
        QVERIFY(!requests.at(i).headers.contains("cookie"));

    auto *cleared = child<FindingView>(page, u"finding:cookies.cleared"_s);
    QVERIFY(shown(cleared));
    QCOMPARE(cleared->finding().facts.value(u"cookies"_s).toInt(), 1);
    QCOMPARE(cleared->finding().facts.value(u"host"_s).toString(), u"127.0.0.1"_s);
    QVERIFY(!cleared->finding().title.isEmpty());
    // The session that was refused is gone, and so is the finding about it.
    QVERIFY(!page->findChild<FindingView *>(u"finding:session.expired"_s));
    QVERIFY(shown(status));
    QCOMPARE(status->text(),
        pageText("Cleared and tested again: the result changed. Compare “Before” and “After clearing”."));
    QVERIFY(wizard.model()->result().hasFinding(u"cookies.cleared"_s));

    // The summary shows the new result.
    QVERIFY(goOnToSummary(wizard));
    QVERIFY(shown(child<FindingView>(wizard.currentPage(), u"finding:cookies.cleared"_s)));
}

void TestSessionPage::clearEverythingAndStop()
{
    DiagnosisWizard wizard;
    ProbeSession *session = wizard.model()->session();
    session->cookieJar()->addCookies(
        { cookieFor127("sid", "revoked"), cookieFor127("other", "1", u"other.example"_s) });
    SessionPage *page = openSessionPage(wizard, u"/slow"_s);
    QVERIFY(page);
    QVERIFY(shown(child<FindingView>(page, u"finding:session.expired"_s)));
    const QString verdictBefore = wizard.model()->result().verdict.id;

    auto *clearAll = child<QPushButton>(page, u"clearAllButton"_s);
    auto *stop = child<QPushButton>(page, u"stopButton"_s);
    auto *status = child<QLabel>(page, u"sessionStatus"_s);
    QVERIFY(clearAll && stop && status);
    m_hang = true;
    const int sent = m_server.requestCount("/slow"_ba);
    QSignalSpy finished(page, &SessionPage::retestFinished);
    QTest::mouseClick(clearAll, Qt::LeftButton);
    // Every site's cookies went, not only this one's.
    QVERIFY(session->cookieJar()->cookies().isEmpty());
    QVERIFY(page->isRetesting());
    QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount("/slow"_ba) > sent, ResultTimeoutMs);
    QVERIFY(shown(stop));
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(!finished.isEmpty() || finished.wait(3000));
    QVERIFY(!page->isRetesting());
    QVERIFY(page->isComplete());
    QVERIFY(!shown(child<VerdictView>(page, u"afterVerdict"_s)));
    QVERIFY(shown(status));
    QCOMPARE(status->text(),
        pageText(
            "The test after clearing was stopped before it finished. Auth Doctor's own cookies and cached answers stay "
            "cleared; clear again to test again."));
    // A stopped test tells nothing new: the model keeps what was known.
    QCOMPARE(wizard.model()->result().verdict.id, verdictBefore);
}

// --- the person's browser --------------------------------------------------------------------------------------------

namespace {

void writeFile(const QString &path, const QByteArray &content, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    file.close();
    if (executable)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// A browser that only writes down how it was started.
QByteArray fakeBrowser(const QString &callsFile)
{
    return "#!/bin/sh\nfor arg in \"$@\"; do printf '%s\\n' \"$arg\"; done >> '" + callsFile.toUtf8()
        + "'\necho --end-- >> '" + callsFile.toUtf8() + "'\n";
}

} // namespace

void TestSessionPage::makeFakeComputer()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_home = m_dir->filePath(u"home"_s);
    m_bin = m_dir->filePath(u"bin"_s);
    m_firefoxCalls = m_dir->filePath(u"firefox-calls.txt"_s);
    m_chromiumCalls = m_dir->filePath(u"chromium-calls.txt"_s);
    m_xdgSettings = m_bin + u"/xdg-settings"_s;
    writeFile(m_bin + u"/firefox"_s, fakeBrowser(m_firefoxCalls), true);
    writeFile(m_bin + u"/chromium"_s, fakeBrowser(m_chromiumCalls), true);
    writeFile(m_xdgSettings, "#!/bin/sh\necho firefox.desktop\n", true);
    const QString applications = m_dir->filePath(u"usr/share/applications/"_s);
    writeFile(applications + u"firefox.desktop"_s,
        "[Desktop Entry]\nType=Application\nName=Firefox\nExec=\"" + m_bin.toUtf8() + "/firefox\" %u\n");
    writeFile(applications + u"chromium.desktop"_s,
        "[Desktop Entry]\nType=Application\nName=Chromium\nExec=\"" + m_bin.toUtf8() + "/chromium\" %U\n");
    QDir().mkpath(m_home + u"/.config"_s);

    // A Firefox profile with Firefox's own moz_cookies table: two cookies of the test server's site, one of another.
    const QString root = m_home + u"/.mozilla/firefox"_s;
    m_profile = root + u"/abcd.default-release"_s;
    QVERIFY(QDir().mkpath(m_profile));
    writeFile(root + u"/profiles.ini"_s,
        "[Profile0]\nName=default-release\nIsRelative=1\nPath=abcd.default-release\nDefault=1\n\n"
        "[General]\nStartWithLastProfile=1\nVersion=2\n");
    m_cookieDatabase = m_profile + u"/cookies.sqlite"_s;
    Sql sql(m_cookieDatabase);
    QVERIFY(sql.exec(u"CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, originAttributes TEXT NOT NULL DEFAULT '', "
                     "name TEXT, value TEXT, host TEXT, path TEXT, expiry INTEGER, lastAccessed INTEGER, "
                     "creationTime INTEGER, isSecure INTEGER, isHttpOnly INTEGER, inBrowserElement INTEGER DEFAULT 0, "
                     "sameSite INTEGER DEFAULT 0, rawSameSite INTEGER DEFAULT 0, schemeMap INTEGER DEFAULT 0, "
                     "isPartitionedAttributeSet INTEGER DEFAULT 0, "
                     "CONSTRAINT moz_uniqueid UNIQUE (name, host, path, originAttributes))"_s));
    const qint64 nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    const QList<QStringList> rows { { u"127.0.0.1"_s, u"sid"_s }, { u"127.0.0.1"_s, u"theme"_s },
        { u"example.org"_s, u"other"_s } };
    for (const QStringList &row : rows) {
        QVERIFY(sql.exec(u"INSERT INTO moz_cookies (name, value, host, path, expiry, lastAccessed, creationTime, "
                         "isSecure, isHttpOnly) VALUES (?, ?, ?, '/', ?, ?, ?, 0, 1)"_s,
            { row.at(1), Sentinel, row.at(0), qint64(2000000000), nowUs, nowUs }));
    }
}

BrowserCatalogLinux::Options TestSessionPage::catalogOptions() const
{
    BrowserCatalogLinux::Options options;
    QProcessEnvironment env;
    env.insert(u"HOME"_s, m_home);
    env.insert(u"PATH"_s, m_bin + u":/usr/bin:/bin"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_home + u"/.local/share"_s);
    env.insert(u"XDG_DATA_DIRS"_s, m_dir->filePath(u"usr/share"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_home + u"/.config"_s);
    env.insert(u"XDG_CONFIG_DIRS"_s, m_dir->filePath(u"etc/xdg"_s));
    options.environment = env;
    options.defaultBrowserCommand = { m_xdgSettings, u"get"_s, u"default-web-browser"_s };
    options.defaultBrowserTimeoutMs = 5000;
    options.extraDataDirs = {}; // nothing from the real system
    return options;
}

QStringList TestSessionPage::calls(const QString &file) const
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

QStringList TestSessionPage::cookieRows() const
{
    Sql sql(m_cookieDatabase);
    return sql.rows(u"SELECT host, name FROM moz_cookies ORDER BY id"_s);
}

QStringList TestSessionPage::backupCopies() const
{
    return QDir(m_profile).entryList({ u"cookies.sqlite"_s + BrowserCookieStore::backupMarker() + u'*' }, QDir::Files);
}

SessionPage *TestSessionPage::openBrowserTab(DiagnosisWizard &wizard)
{
    makeFakeComputer();
    wizard.model()->setBrowserCatalog(std::make_unique<BrowserCatalogLinux>(catalogOptions()));
    // A 403 without a challenge: no sign-in test to offer, straight to the Session page.
    SessionPage *page = openSessionPage(wizard, u"/forbidden"_s);
    if (!page)
        return nullptr;
    auto *tabs = child<QTabWidget>(page, u"sessionTabs"_s);
    auto *browserTab = child<QWidget>(page, u"browserTab"_s);
    if (!tabs || !browserTab)
        return nullptr;
    QSignalSpy found(page, &SessionPage::browsersFound);
    // The tab's mnemonic, as a keyboard user reaches it.
    QTest::keyClick(&wizard, Qt::Key_W, Qt::AltModifier);
    if (tabs->currentWidget() != browserTab) {
        qWarning("Alt+W did not open the browser tab");
        return nullptr;
    }
    if (found.isEmpty() && !found.wait(ResultTimeoutMs))
        return nullptr;
    return page;
}

void TestSessionPage::browsersListedWithTheirSteps()
{
    DiagnosisWizard wizard;
    SessionPage *page = openBrowserTab(wizard);
    QVERIFY(page);
    auto *combo = child<QComboBox>(page, u"browserCombo"_s);
    auto *steps = child<QLabel>(page, u"clearStepsLabel"_s);
    auto *privateIntro = child<QLabel>(page, u"privateWindowIntro"_s);
    auto *openSettings = child<QPushButton>(page, u"openSettingsButton"_s);
    auto *settingsNote = child<QLabel>(page, u"settingsNote"_s);
    auto *copyAddress = child<QPushButton>(page, u"copySettingsAddressButton"_s);
    auto *worked = child<QPushButton>(page, u"privateWorkedButton"_s);
    auto *advice = child<QLabel>(page, u"extensionsAdvice"_s);
    auto *remove = child<QPushButton>(page, u"removeBrowserCookiesButton"_s);
    auto *status = child<QLabel>(page, u"sessionStatus"_s);
    QVERIFY(combo && steps && privateIntro && openSettings && settingsNote && copyAddress && worked && advice && remove
        && status);

    // The default browser first, from the fake xdg-settings.
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(0), pageText("%1 (your default browser)").arg(u"Firefox"_s));
    QCOMPARE(combo->itemText(1), u"Chromium"_s);
    QCOMPARE(combo->currentIndex(), 0);
    QVERIFY(combo->isEnabled());

    Browser firefox;
    firefox.id = Browser::Id::Firefox;
    firefox.displayName = u"Firefox"_s;
    firefox.program = m_bin + u"/firefox"_s;
    const BrowserGuide firefoxGuide(firefox);
    QVERIFY(shown(steps));
    for (const QString &step : firefoxGuide.clearSiteDataSteps(u"127.0.0.1"_s))
        QVERIFY2(steps->text().contains(step.toHtmlEscaped()), qPrintable(step));
    QVERIFY(steps->text().contains(firefoxGuide.clearBrowsingDataShortcut()));
    QVERIFY(privateIntro->text().contains(firefoxGuide.privateWindowShortcut()));
    QVERIFY(remove->text().contains(u"Firefox"_s));
    // Firefox opens its settings page when asked to.
    QVERIFY(shown(openSettings));
    QVERIFY(!shown(settingsNote) && !shown(copyAddress));

    // Chromium does not: the note says where to paste the address, and the address can be copied.
    combo->setCurrentIndex(1);
    Browser chromium;
    chromium.id = Browser::Id::Chromium;
    chromium.displayName = u"Chromium"_s;
    chromium.program = m_bin + u"/chromium"_s;
    const BrowserGuide chromiumGuide(chromium);
    for (const QString &step : chromiumGuide.clearSiteDataSteps(u"127.0.0.1"_s))
        QVERIFY2(steps->text().contains(step.toHtmlEscaped()), qPrintable(step));
    QVERIFY(privateIntro->text().contains(chromiumGuide.privateWindowShortcut()));
    QVERIFY(!shown(openSettings));
    QVERIFY(shown(settingsNote) && shown(copyAddress));
    QCOMPARE(settingsNote->text(), chromiumGuide.settingsPageNote());
    QTest::mouseClick(copyAddress, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"chrome://settings/clearBrowserData"_s);
    QVERIFY(status->text().contains(u"chrome://settings/clearBrowserData"_s));
    QVERIFY(remove->text().contains(u"Chromium"_s));

    // The advice about extensions comes when the person says the private window worked.
    QVERIFY(!shown(advice));
    QTest::mouseClick(worked, Qt::LeftButton);
    QVERIFY(shown(advice));
    QVERIFY(advice->text().contains(chromiumGuide.extensionsExplanation().toHtmlEscaped()));
    QVERIFY(advice->text().contains(u"chrome://extensions"_s));
    QVERIFY(shown(status));
}

void TestSessionPage::privateWindowAndSettingsGoToTheBrowser()
{
    DiagnosisWizard wizard;
    SessionPage *page = openBrowserTab(wizard);
    QVERIFY(page);
    auto *privateWindow = child<QPushButton>(page, u"privateWindowButton"_s);
    auto *openSettings = child<QPushButton>(page, u"openSettingsButton"_s);
    auto *status = child<QLabel>(page, u"sessionStatus"_s);
    QVERIFY(privateWindow && openSettings && status);

    QTest::mouseClick(privateWindow, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(calls(m_firefoxCalls).contains(u"--end--"_s), ResultTimeoutMs);
    QCOMPARE(calls(m_firefoxCalls),
        (QStringList {
            u"--private-window"_s, QString::fromLatin1(m_server.url(u"/forbidden"_s).toEncoded()), u"--end--"_s }));
    QVERIFY(shown(status));
    QVERIFY(status->text().contains(u"Firefox"_s));

    QFile::remove(m_firefoxCalls);
    QTest::mouseClick(openSettings, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(calls(m_firefoxCalls).contains(u"--end--"_s), ResultTimeoutMs);
    QCOMPARE(calls(m_firefoxCalls), (QStringList { u"about:preferences#privacy"_s, u"--end--"_s }));
    QVERIFY(!QFile::exists(m_chromiumCalls));
}

void TestSessionPage::removeBrowserCookiesAndRestore()
{
    DiagnosisWizard wizard;
    SessionPage *page = openBrowserTab(wizard);
    QVERIFY(page);
    auto *remove = child<QPushButton>(page, u"removeBrowserCookiesButton"_s);
    auto *restore = child<QPushButton>(page, u"restoreCookiesButton"_s);
    auto *status = child<QLabel>(page, u"sessionStatus"_s);
    QVERIFY(remove && restore && status);
    const QStringList before = cookieRows();
    QCOMPARE(before.size(), 3);
    QVERIFY(!shown(restore));

    ConfirmationBox::setNextAnswer(ConfirmationBox::Answer::Confirmed);
    QSignalSpy finished(page, &SessionPage::browserCookiesFinished);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(finished.wait(ResultTimeoutMs));
    QCOMPARE(finished.constLast().constFirst().toBool(), true);

    // The person was asked with the site's cookies listed: names, domains and expiry, never a value, no other site.
    const QString question = ConfirmationBox::lastQuestion();
    QVERIFY(question.contains(u"sid"_s) && question.contains(u"theme"_s));
    QVERIFY(question.contains(u"127.0.0.1"_s));
    QVERIFY(question.contains(
        QLocale().toString(QDateTime::fromSecsSinceEpoch(2000000000).toLocalTime(), QLocale::ShortFormat)));
    QVERIFY(!question.contains(Sentinel));
    QVERIFY(!question.contains(u"example.org"_s));
    QVERIFY(!status->text().contains(Sentinel));

    // Only the site's rows went, after a backup copy.
    QCOMPARE(cookieRows(), QStringList { u"example.org other"_s });
    QCOMPARE(backupCopies().size(), 1);
    QVERIFY(shown(status));
    QVERIFY(shown(restore) && restore->isEnabled());

    finished.clear();
    QTest::mouseClick(restore, Qt::LeftButton);
    QVERIFY(finished.wait(ResultTimeoutMs));
    QCOMPARE(finished.constLast().constFirst().toBool(), true);
    QCOMPARE(cookieRows(), before);
    QVERIFY(!shown(restore));
    QCOMPARE(status->text(), pageText("The removed cookies are back in %1.").arg(u"Firefox"_s));
    // The copy held cookie values too; once they are back, it is gone.
    QVERIFY(backupCopies().isEmpty());
}

void TestSessionPage::refusedWhileTheBrowserRuns()
{
    DiagnosisWizard wizard;
    SessionPage *page = openBrowserTab(wizard);
    QVERIFY(page);
    // Firefox's "lock" -> "<address>:+<pid>", here this test's own, live process.
    QVERIFY(QFile::link(u"127.0.1.1:+%1"_s.arg(QCoreApplication::applicationPid()), m_profile + u"/lock"_s));
    auto *remove = child<QPushButton>(page, u"removeBrowserCookiesButton"_s);
    auto *status = child<QLabel>(page, u"sessionStatus"_s);
    QVERIFY(remove && status);

    // Had the page asked, this answer would show as "Nothing was removed".
    ConfirmationBox::setNextAnswer(ConfirmationBox::Answer::Declined);
    QSignalSpy finished(page, &SessionPage::browserCookiesFinished);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(finished.wait(ResultTimeoutMs));
    QCOMPARE(finished.constLast().constFirst().toBool(), false);
    QCOMPARE(
        status->text(), BrowserCookieResult::errorSentence(BrowserCookieResult::Error::BrowserRunning, u"Firefox"_s));
    QCOMPARE(cookieRows().size(), 3);
    QVERIFY(backupCopies().isEmpty());
    QVERIFY(remove->isEnabled());
}

void TestSessionPage::removalDeclined()
{
    DiagnosisWizard wizard;
    SessionPage *page = openBrowserTab(wizard);
    QVERIFY(page);
    auto *remove = child<QPushButton>(page, u"removeBrowserCookiesButton"_s);
    auto *restore = child<QPushButton>(page, u"restoreCookiesButton"_s);
    auto *status = child<QLabel>(page, u"sessionStatus"_s);
    QVERIFY(remove && restore && status);

    ConfirmationBox::setNextAnswer(ConfirmationBox::Answer::Declined);
    QSignalSpy finished(page, &SessionPage::browserCookiesFinished);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(finished.wait(ResultTimeoutMs));
    QVERIFY(ConfirmationBox::lastQuestion().contains(u"sid"_s));
    QCOMPARE(status->text(), pageText("Nothing was removed."));
    QCOMPARE(cookieRows().size(), 3);
    QVERIFY(backupCopies().isEmpty());
    QVERIFY(!shown(restore));
}

void TestSessionPage::pageApplies_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("applies");
    QTest::newRow("200") << u"/open"_s << false;
    QTest::newRow("404") << u"/nowhere"_s << false;
    QTest::newRow("403") << u"/forbidden"_s << true;
    // A sign-in page behind a redirect: session.cookie-required.
    QTest::newRow("cookie sign-in") << u"/app"_s << true;
    // A 401 goes to the Sign-in page first, and on to this one.
    QTest::newRow("401") << u"/basic"_s << true;
}

void TestSessionPage::pageApplies()
{
    QFETCH(QString, path);
    QFETCH(bool, applies);
    DiagnosisWizard wizard;
    QVERIFY(runFirstLook(wizard, path));
    if (!applies) {
        // Skipped: whatever comes next comes after it.
        QVERIFY2(wizard.currentId() > DiagnosisWizard::Page_Session, qPrintable(QString::number(wizard.currentId())));
        return;
    }
    if (wizard.currentId() == DiagnosisWizard::Page_SignIn)
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(DiagnosisWizard::Page_Session));
    // With nothing to list, the page keeps its text together at the top: the space the hidden findings list leaves
    // goes below the buttons, not between the lines.
    if (child<QWidget>(&wizard, u"sessionFindings"_s)->isVisible())
        return;
    wizard.resize(900, 900);
    QTest::qWait(0);
    const QWidget *intro = child<QWidget>(&wizard, u"ownTestIntro"_s);
    const QWidget *clearSite = child<QWidget>(&wizard, u"clearSiteButton"_s);
    const QWidget *tab = child<QWidget>(&wizard, u"ownTestTab"_s);
    QVERIFY(intro && clearSite && tab);
    QVERIFY2(clearSite->geometry().bottom() - intro->geometry().top() < tab->height() / 2,
        qPrintable(
            u"%1 .. %2 of %3"_s.arg(intro->geometry().top()).arg(clearSite->geometry().bottom()).arg(tab->height())));
}

void TestSessionPage::appliesToFindings_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<bool>("applies");
    QTest::newRow("nothing") << QStringList {} << false;
    QTest::newRow("status only") << QStringList { u"status.ok"_s, u"reach.ok"_s } << false;
    QTest::newRow("cookies set, nothing wrong") << QStringList { u"status.ok"_s, u"cookies.set"_s } << false;
    QTest::newRow("expired session") << QStringList { u"session.expired"_s } << true;
    QTest::newRow("cookie sign-in") << QStringList { u"session.cookie-required"_s } << true;
    QTest::newRow("cookie attribute") << QStringList { u"cookies.set"_s, u"cookies.samesite-none-insecure"_s } << true;
    QTest::newRow("cached refusal") << QStringList { u"cache.stale"_s } << true;
}

void TestSessionPage::appliesToFindings()
{
    QFETCH(QStringList, ids);
    QFETCH(bool, applies);
    DiagnosisModel model;
    SessionPage page(&model);
    QVERIFY(!page.appliesTo(model)); // no result yet
    DiagnosisResult result;
    for (const QString &id : std::as_const(ids))
        result.findings.append(Finding::make(id));
    model.setResult(result);
    QCOMPARE(page.appliesTo(model), applies);
}

AUTHDOCTOR_TEST_MAIN_WITHOUT_SESSION_BUS(TestSessionPage)

#include "TestSessionPage.moc"
