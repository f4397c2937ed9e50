// Tests of BrowserGuide: every browser has steps naming the site, the shortcut and settings page it documents, and a
// settings page is opened only where the browser accepts it from another program.
#include "browser/BrowserGuide.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestBrowserGuide : public QObject
{
    Q_OBJECT

private slots:
    void everyBrowser_data();
    void everyBrowser();
    void firefoxOpensItsSettings();
    void chromiumFamilyExplainsInstead();
    void flatpakSettingsCommand();
};

namespace {

Browser makeBrowser(Browser::Id id)
{
    Browser browser;
    browser.id = id;
    browser.displayName = Browser::brandName(id);
    browser.program = u"/usr/bin/"_s + Browser::key(id);
    return browser;
}

} // namespace

void TestBrowserGuide::everyBrowser_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("settingsPage");
    QTest::addColumn<QString>("extensionsPage");
    QTest::addColumn<QString>("stepsMention");
    QTest::newRow("firefox") << int(Browser::Id::Firefox) << u"about:preferences#privacy"_s << u"about:addons"_s
                             << u"Clear cookies and site data"_s;
    QTest::newRow("chromium") << int(Browser::Id::Chromium) << u"chrome://settings/clearBrowserData"_s
                              << u"chrome://extensions"_s << u"chrome://settings/content/all"_s;
    QTest::newRow("chrome") << int(Browser::Id::Chrome) << u"chrome://settings/clearBrowserData"_s
                            << u"chrome://extensions"_s << u"Delete data"_s;
    QTest::newRow("edge") << int(Browser::Id::Edge) << u"edge://settings/clearBrowserData"_s << u"edge://extensions"_s
                          << u"edge://settings/siteData"_s;
    QTest::newRow("brave") << int(Browser::Id::Brave) << u"brave://settings/clearBrowserData"_s
                           << u"brave://extensions"_s << u"brave://settings/content/all"_s;
    QTest::newRow("opera") << int(Browser::Id::Opera) << u"opera://settings/clearBrowserData"_s
                           << u"opera://extensions"_s << u"opera://settings/content/all"_s;
    QTest::newRow("vivaldi") << int(Browser::Id::Vivaldi) << u"vivaldi://settings/privacy"_s
                             << u"vivaldi://extensions"_s << u"chrome://settings/content/all"_s;
    QTest::newRow("safari") << int(Browser::Id::Safari) << QString() << QString() << u"Manage Website Data"_s;
}

void TestBrowserGuide::everyBrowser()
{
    QFETCH(int, id);
    QFETCH(QString, settingsPage);
    QFETCH(QString, extensionsPage);
    QFETCH(QString, stepsMention);
    const BrowserGuide guide(makeBrowser(Browser::Id(id)));
    const QStringList steps = guide.clearSiteDataSteps(u"app.example.com"_s);
    QVERIFY(steps.size() >= 3);
    QVERIFY(steps.join(u'\n').contains(u"app.example.com"_s));
    QVERIFY2(steps.join(u'\n').contains(stepsMention), qPrintable(steps.join(u'\n')));
    for (const QString &step : steps)
        QVERIFY(!step.contains(u"%1"_s) && !step.contains(u"%2"_s));
    QCOMPARE(guide.clearDataSettingsPage().toString(), settingsPage);
    QCOMPARE(guide.extensionsPage().toString(), extensionsPage);
    QVERIFY(!guide.extensionsExplanation().isEmpty());
    const QStringList extensionSteps = guide.extensionsSteps(u"app.example.com"_s);
    QVERIFY(!extensionSteps.isEmpty());
    QVERIFY(extensionSteps.join(u'\n').contains(u"app.example.com"_s));
    QVERIFY(!guide.privateWindowShortcut().isEmpty());
    if (Browser::Id(id) == Browser::Id::Safari) {
        QVERIFY(guide.clearBrowsingDataShortcut().isEmpty());
        QVERIFY(guide.settingsPageNote().contains(u"Safari"_s));
    } else {
#ifndef Q_OS_MACOS
        QCOMPARE(guide.clearBrowsingDataShortcut(), u"Ctrl+Shift+Delete"_s);
        QCOMPARE(guide.privateWindowShortcut(),
            Browser::Id(id) == Browser::Id::Firefox ? u"Ctrl+Shift+P"_s : u"Ctrl+Shift+N"_s);
#endif
    }
}

void TestBrowserGuide::firefoxOpensItsSettings()
{
    const BrowserGuide guide(makeBrowser(Browser::Id::Firefox));
    QVERIFY(guide.canOpenSettingsPage());
    QVERIFY(guide.settingsPageNote().isEmpty());
    QCOMPARE(guide.settingsPageCommand().program, u"/usr/bin/firefox"_s);
    QCOMPARE(guide.settingsPageCommand().arguments, QStringList { u"about:preferences#privacy"_s });
}

void TestBrowserGuide::chromiumFamilyExplainsInstead()
{
    for (Browser::Id id : { Browser::Id::Chromium, Browser::Id::Chrome, Browser::Id::Edge, Browser::Id::Brave,
             Browser::Id::Opera, Browser::Id::Vivaldi }) {
        const BrowserGuide guide(makeBrowser(id));
        QVERIFY(!guide.canOpenSettingsPage());
        QVERIFY(guide.settingsPageCommand().isEmpty());
        const QString note = guide.settingsPageNote();
        QVERIFY(note.contains(Browser::brandName(id)));
        QVERIFY(note.contains(guide.clearDataSettingsPage().toString()));
    }
}

void TestBrowserGuide::flatpakSettingsCommand()
{
    Browser browser = makeBrowser(Browser::Id::Firefox);
    browser.program = u"/usr/bin/flatpak"_s;
    browser.programArguments = { u"run"_s, u"org.mozilla.firefox"_s };
    const BrowserGuide guide(browser);
    QCOMPARE(guide.settingsPageCommand().arguments,
        (QStringList { u"run"_s, u"org.mozilla.firefox"_s, u"about:preferences#privacy"_s }));
}

QTEST_GUILESS_MAIN(TestBrowserGuide)
#include "TestBrowserGuide.moc"
