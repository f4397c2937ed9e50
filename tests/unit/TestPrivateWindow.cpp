// Tests of PrivateWindow: the command line for each browser and packaging (data-driven), addresses that are refused,
// and that open() hands the arguments over literally. No real browser is ever started: open() runs a script.
#include "browser/PrivateWindow.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

Browser makeBrowser(Browser::Id id, const QString &program, const QStringList &programArguments = {},
    Browser::Packaging packaging = Browser::Packaging::Native)
{
    Browser browser;
    browser.id = id;
    browser.displayName = Browser::brandName(id);
    browser.program = program;
    browser.programArguments = programArguments;
    browser.packaging = packaging;
    return browser;
}

} // namespace

class TestPrivateWindow : public QObject
{
    Q_OBJECT

private slots:
    void command_data();
    void command();
    void refusedAddresses_data();
    void refusedAddresses();
    void passesArgumentsLiterally();
    void reportsProgramThatCannotStart();
    void unsupportedBrowserExplains();
    void displayText();
};

void TestPrivateWindow::command_data()
{
    QTest::addColumn<Browser>("browser");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");

    const QString url = u"https://app.example.com/login?next=%2Fhome"_s;
    QTest::newRow("firefox") << makeBrowser(Browser::Id::Firefox, u"/usr/bin/firefox"_s) << u"/usr/bin/firefox"_s
                             << QStringList { u"--private-window"_s, url };
    QTest::newRow("firefox esr") << makeBrowser(Browser::Id::Firefox, u"/usr/lib/firefox-esr/firefox-esr"_s)
                                 << u"/usr/lib/firefox-esr/firefox-esr"_s << QStringList { u"--private-window"_s, url };
    QTest::newRow("chromium") << makeBrowser(Browser::Id::Chromium, u"/usr/bin/chromium"_s) << u"/usr/bin/chromium"_s
                              << QStringList { u"--incognito"_s, url };
    QTest::newRow("chrome") << makeBrowser(Browser::Id::Chrome, u"/usr/bin/google-chrome-stable"_s)
                            << u"/usr/bin/google-chrome-stable"_s << QStringList { u"--incognito"_s, url };
    QTest::newRow("brave") << makeBrowser(Browser::Id::Brave, u"/usr/bin/brave-browser-stable"_s)
                           << u"/usr/bin/brave-browser-stable"_s << QStringList { u"--incognito"_s, url };
    QTest::newRow("vivaldi") << makeBrowser(Browser::Id::Vivaldi, u"/usr/bin/vivaldi-stable"_s)
                             << u"/usr/bin/vivaldi-stable"_s << QStringList { u"--incognito"_s, url };
    QTest::newRow("edge") << makeBrowser(Browser::Id::Edge, u"/usr/bin/microsoft-edge-stable"_s)
                          << u"/usr/bin/microsoft-edge-stable"_s << QStringList { u"--inprivate"_s, url };
    QTest::newRow("opera") << makeBrowser(Browser::Id::Opera, u"/usr/bin/opera"_s) << u"/usr/bin/opera"_s
                           << QStringList { u"--private"_s, url };
    QTest::newRow("extra desktop-file flags kept")
        << makeBrowser(Browser::Id::Brave, u"/usr/bin/brave"_s, { u"--enable-features=X"_s }) << u"/usr/bin/brave"_s
        << QStringList { u"--enable-features=X"_s, u"--incognito"_s, url };
    QTest::newRow("flatpak chromium") << makeBrowser(Browser::Id::Chromium, u"/usr/bin/flatpak"_s,
        { u"run"_s, u"org.chromium.Chromium"_s }, Browser::Packaging::Flatpak)
                                      << u"/usr/bin/flatpak"_s
                                      << QStringList { u"run"_s, u"org.chromium.Chromium"_s, u"--incognito"_s, url };
    QTest::newRow("flatpak chrome") << makeBrowser(
        Browser::Id::Chrome, u"/usr/bin/flatpak"_s, { u"run"_s, u"com.google.Chrome"_s }, Browser::Packaging::Flatpak)
                                    << u"/usr/bin/flatpak"_s
                                    << QStringList { u"run"_s, u"com.google.Chrome"_s, u"--incognito"_s, url };
    QTest::newRow("flatpak brave") << makeBrowser(
        Browser::Id::Brave, u"/usr/bin/flatpak"_s, { u"run"_s, u"com.brave.Browser"_s }, Browser::Packaging::Flatpak)
                                   << u"/usr/bin/flatpak"_s
                                   << QStringList { u"run"_s, u"com.brave.Browser"_s, u"--incognito"_s, url };
    QTest::newRow("flatpak edge") << makeBrowser(
        Browser::Id::Edge, u"/usr/bin/flatpak"_s, { u"run"_s, u"com.microsoft.Edge"_s }, Browser::Packaging::Flatpak)
                                  << u"/usr/bin/flatpak"_s
                                  << QStringList { u"run"_s, u"com.microsoft.Edge"_s, u"--inprivate"_s, url };
    QTest::newRow("flatpak firefox") << makeBrowser(Browser::Id::Firefox, u"/usr/bin/flatpak"_s,
        { u"run"_s, u"org.mozilla.firefox"_s }, Browser::Packaging::Flatpak)
                                     << u"/usr/bin/flatpak"_s
                                     << QStringList { u"run"_s, u"org.mozilla.firefox"_s, u"--private-window"_s, url };
    QTest::newRow("snap firefox") << makeBrowser(
        Browser::Id::Firefox, u"/snap/bin/firefox"_s, {}, Browser::Packaging::Snap)
                                  << u"/snap/bin/firefox"_s << QStringList { u"--private-window"_s, url };
}

void TestPrivateWindow::command()
{
    QFETCH(Browser, browser);
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    const PrivateWindow window(browser, QUrl(u"https://app.example.com/login?next=%2Fhome"_s));
    QVERIFY(window.isSupported());
    QCOMPARE(window.command().program, program);
    QCOMPARE(window.command().arguments, arguments);
}

void TestPrivateWindow::refusedAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("file") << u"file:///etc/passwd"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s;
    QTest::newRow("data") << u"data:text/html,<b>x</b>"_s;
    QTest::newRow("chrome page") << u"chrome://settings"_s;
    QTest::newRow("relative") << u"--disable-web-security"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("no host") << u"https:///path"_s;
}

void TestPrivateWindow::refusedAddresses()
{
    QFETCH(QString, address);
    PrivateWindow window(makeBrowser(Browser::Id::Chrome, u"/usr/bin/google-chrome"_s), QUrl(address));
    QVERIFY(!window.isSupported());
    QVERIFY(window.command().isEmpty());
    QVERIFY(!window.open());
    QVERIFY(window.errorText().contains(u"http"_s));
}

void TestPrivateWindow::passesArgumentsLiterally()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString output = dir.filePath(u"arguments.txt"_s);
    const QString script = dir.filePath(u"fake-browser"_s);
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Writes each argument on its own line, then renames, so the test never reads a half-written file.
    file.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"" + output.toUtf8() + ".tmp\"\nmv \""
        + output.toUtf8() + ".tmp\" \"" + output.toUtf8() + "\"\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

    // Characters a shell would act on, and a password that must not reach the command line.
    const QUrl url(u"https://alice:s3cret@app.example.com/a b;$(touch x)'\"?q=`id`&r=1#frag"_s);
    PrivateWindow window(makeBrowser(Browser::Id::Firefox, script), url);
    QVERIFY(window.open());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(output), 10000);
    QFile result(output);
    QVERIFY(result.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(result.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), u"--private-window"_s);
    QVERIFY(lines.at(1).startsWith(u"https://app.example.com/a%20b;$(touch%20x)"_s));
    QVERIFY(!lines.at(1).contains(u"s3cret"_s));
    QVERIFY(!lines.at(1).contains(u"alice"_s));
    QCOMPARE(QUrl(lines.at(1)).host(), u"app.example.com"_s);
    QVERIFY(!QFile::exists(dir.filePath(u"x"_s)));
}

void TestPrivateWindow::reportsProgramThatCannotStart()
{
    PrivateWindow window(
        makeBrowser(Browser::Id::Vivaldi, u"/nonexistent/vivaldi"_s), QUrl(u"https://app.example.com/"_s));
    QVERIFY(window.isSupported());
    QVERIFY(!window.open());
    QVERIFY(window.errorText().contains(u"Vivaldi could not be started"_s));
}

void TestPrivateWindow::unsupportedBrowserExplains()
{
    PrivateWindow window(makeBrowser(Browser::Id::Safari, u"/Applications/Safari.app/Contents/MacOS/Safari"_s),
        QUrl(u"https://app.example.com/"_s));
    QVERIFY(!window.isSupported());
    QVERIFY(PrivateWindow::privateSwitch(Browser::Id::Safari).isEmpty());
    QVERIFY(!window.open());
    QVERIFY(window.errorText().startsWith(u"Safari"_s));
}

void TestPrivateWindow::displayText()
{
    const PrivateWindow window(makeBrowser(Browser::Id::Chromium, u"/usr/bin/flatpak"_s,
                                   { u"run"_s, u"org.chromium.Chromium"_s }, Browser::Packaging::Flatpak),
        QUrl(u"https://app.example.com/it's"_s));
    QCOMPARE(window.command().displayText(),
        u"/usr/bin/flatpak run org.chromium.Chromium --incognito 'https://app.example.com/it'\\''s'"_s);
}

QTEST_GUILESS_MAIN(TestPrivateWindow)
#include "TestPrivateWindow.moc"
