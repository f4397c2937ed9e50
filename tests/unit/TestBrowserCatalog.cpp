// Tests of BrowserCatalogLinux on a fake home, XDG_DATA_HOME, XDG_DATA_DIRS and XDG_CONFIG_* built in a temporary
// folder: which browsers count as installed, and the default one from a fake xdg-settings or from mimeapps.list.
#include "browser/BrowserCatalogLinux.h"
#include "browser/KeyFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestBrowserCatalog : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void splitExec_data();
    void splitExec();
    void browserKeys();

    void findsInstalledBrowsers();
    void userEntryHidesSystemEntry();
    void defaultFromXdgSettings();
    void defaultFromMimeAppsWhenXdgSettingsFails_data();
    void defaultFromMimeAppsWhenXdgSettingsFails();
    void desktopSpecificMimeAppsFirst();
    void mimeAppsInConfigDirs();
    void unknownDefaultBrowser();
    void profileRoots();
    void finishedIsNeverSynchronous();

private:
    void writeFile(const QString &path, const QByteArray &content, bool executable = false);
    void writeDesktop(const QString &dir, const QString &id, const QByteArray &body);
    QString fakeProgram(const QString &name);
    BrowserCatalogLinux::Options options(const QStringList &defaultCommand = {}) const;
    QList<Browser> run(BrowserCatalogLinux &catalog);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_home;
    QString m_bin;
    QString m_dataHome;
    QString m_dataDir1;
    QString m_dataDir2;
    QString m_configHome;
    QString m_configDir;
};

void TestBrowserCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_home = m_dir->filePath(u"home"_s);
    m_bin = m_dir->filePath(u"my bin"_s); // a space, as in real paths, to exercise Exec quoting
    m_dataHome = m_home + u"/.local/share"_s;
    m_dataDir1 = m_dir->filePath(u"usr/share"_s);
    m_dataDir2 = m_dir->filePath(u"var/lib/flatpak/exports/share"_s);
    m_configHome = m_home + u"/.config"_s;
    m_configDir = m_dir->filePath(u"etc/xdg"_s);
    for (const QString &dir : QStringList { m_bin, m_dataHome + u"/applications"_s, m_dataDir1 + u"/applications"_s,
             m_dataDir2 + u"/applications"_s, m_configHome, m_configDir })
        QVERIFY(QDir().mkpath(dir));
}

void TestBrowserCatalog::writeFile(const QString &path, const QByteArray &content, bool executable)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    if (executable)
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
}

void TestBrowserCatalog::writeDesktop(const QString &dir, const QString &id, const QByteArray &body)
{
    writeFile(dir + u"/applications/"_s + id, "[Desktop Entry]\nType=Application\n" + body);
}

QString TestBrowserCatalog::fakeProgram(const QString &name)
{
    const QString path = m_bin + u'/' + name;
    writeFile(path, "#!/bin/sh\nexit 0\n", true);
    return path;
}

BrowserCatalogLinux::Options TestBrowserCatalog::options(const QStringList &defaultCommand) const
{
    BrowserCatalogLinux::Options options;
    QProcessEnvironment env;
    env.insert(u"HOME"_s, m_home);
    env.insert(u"PATH"_s, m_bin + u":/usr/bin:/bin"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_dataHome);
    env.insert(u"XDG_DATA_DIRS"_s, m_dataDir1 + u':' + m_dataDir2);
    env.insert(u"XDG_CONFIG_HOME"_s, m_configHome);
    env.insert(u"XDG_CONFIG_DIRS"_s, m_configDir);
    options.environment = env;
    options.defaultBrowserCommand = defaultCommand;
    options.defaultBrowserTimeoutMs = 5000;
    options.extraDataDirs = {}; // nothing from the real system
    return options;
}

QList<Browser> TestBrowserCatalog::run(BrowserCatalogLinux &catalog)
{
    QSignalSpy finished(&catalog, &BrowserCatalog::finished);
    catalog.start();
    if (!finished.wait(10000))
        qWarning("BrowserCatalog did not finish");
    return catalog.browsers();
}

void TestBrowserCatalog::splitExec_data()
{
    QTest::addColumn<QString>("exec");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("plain") << u"/usr/bin/firefox-esr %u"_s << QStringList { u"/usr/bin/firefox-esr"_s };
    QTest::newRow("quoted") << u"\"/opt/my browser/chrome\" --flag %U"_s
                            << QStringList { u"/opt/my browser/chrome"_s, u"--flag"_s };
    QTest::newRow("escapes in quotes") << u"\"a\\\"b\" \"c\\\\d\""_s << QStringList { u"a\"b"_s, u"c\\d"_s };
    QTest::newRow("percent") << u"prog 100%% %F"_s << QStringList { u"prog"_s, u"100%"_s };
    QTest::newRow("flatpak")
        << u"/usr/bin/flatpak run --branch=stable --arch=x86_64 --command=chromium --file-forwarding "
           "org.chromium.Chromium @@u %U @@"_s
        << QStringList { u"/usr/bin/flatpak"_s, u"run"_s, u"--branch=stable"_s, u"--arch=x86_64"_s,
               u"--command=chromium"_s, u"--file-forwarding"_s, u"org.chromium.Chromium"_s };
    QTest::newRow("empty quotes") << u"prog \"\""_s << QStringList { u"prog"_s, u""_s };
}

void TestBrowserCatalog::splitExec()
{
    QFETCH(QString, exec);
    QFETCH(QStringList, words);
    QCOMPARE(KeyFile::splitExec(exec), words);
}

void TestBrowserCatalog::browserKeys()
{
    for (Browser::Id id : Browser::allIds()) {
        QCOMPARE(Browser::fromKey(Browser::key(id)), std::optional<Browser::Id>(id));
        QVERIFY(!Browser::brandName(id).isEmpty());
    }
    QCOMPARE(Browser::key(Browser::Id::Edge), u"edge"_s);
    QVERIFY(!Browser::fromKey(u"netscape"_s));
    QCOMPARE(BrowserCatalogLinux::browserForDesktopId(u"org.mozilla.firefox.desktop"_s),
        std::optional<Browser::Id>(Browser::Id::Firefox));
    QCOMPARE(BrowserCatalogLinux::browserForDesktopId(u"com.brave.Browser.desktop"_s),
        std::optional<Browser::Id>(Browser::Id::Brave));
    QVERIFY(!BrowserCatalogLinux::browserForDesktopId(u"org.gnome.gedit.desktop"_s));
    QVERIFY(BrowserCatalogLinux::knownDesktopIds().contains(u"vivaldi-stable.desktop"_s));
}

void TestBrowserCatalog::findsInstalledBrowsers()
{
    const QString firefox = fakeProgram(u"firefox-esr"_s);
    const QString chromium = fakeProgram(u"chromium"_s);
    const QString chrome = fakeProgram(u"google-chrome-stable"_s);
    const QString brave = fakeProgram(u"brave-browser-stable"_s);
    const QString flatpak = fakeProgram(u"flatpak"_s);

    writeDesktop(m_dataDir1, u"firefox-esr.desktop"_s, "Name=Firefox ESR\nExec=\"" + firefox.toUtf8() + "\" %u\n");
    // Relative program: found on PATH.
    writeDesktop(m_dataDir1, u"chromium.desktop"_s, "Name=Chromium\nExec=chromium %U\n");
    // The same installation under a second name counts once.
    writeDesktop(m_dataDir2, u"chromium-browser.desktop"_s, "Name=Chromium\nExec=\"" + chromium.toUtf8() + "\" %U\n");
    writeDesktop(m_dataDir1, u"google-chrome.desktop"_s,
        "Name=Google Chrome\nExec=\"" + chrome.toUtf8() + "\" %U\nTryExec=google-chrome-stable\n");
    // Variables set through env, extra flags kept.
    writeDesktop(m_dataDir1, u"brave-browser.desktop"_s,
        "Name=Brave\nExec=env BRAVE_FLAG=1 \"" + brave.toUtf8() + "\" --enable-features=X %U\n");
    // A Flatpak export.
    writeDesktop(m_dataDir2, u"org.chromium.Chromium.desktop"_s,
        "Name=Chromium\nExec=\"" + flatpak.toUtf8()
            + "\" run --branch=stable --arch=x86_64 --command=chromium --file-forwarding "
              "org.chromium.Chromium @@u %U @@\nX-Flatpak=org.chromium.Chromium\n");
    // Left behind by an uninstalled package: TryExec or Exec missing.
    writeDesktop(m_dataDir1, u"microsoft-edge.desktop"_s,
        "Name=Microsoft Edge\nExec=/opt/microsoft/msedge/microsoft-edge %U\nTryExec=/nonexistent/msedge\n");
    writeDesktop(m_dataDir1, u"opera.desktop"_s, "Name=Opera\nExec=/nonexistent/opera %U\n");
    // Not a browser we know.
    writeDesktop(m_dataDir1, u"org.gnome.Epiphany.desktop"_s, "Name=Web\nExec=\"" + chromium.toUtf8() + "\"\n");

    BrowserCatalogLinux catalog(options());
    const QList<Browser> browsers = run(catalog);
    QStringList names;
    for (const Browser &browser : browsers)
        names.append(browser.displayName);
    QCOMPARE(names,
        (QStringList { u"Firefox ESR"_s, u"Chromium"_s, u"Chromium (Flatpak)"_s, u"Google Chrome"_s, u"Brave"_s }));

    const Browser &esr = browsers.at(0);
    QCOMPARE(esr.id, Browser::Id::Firefox);
    QCOMPARE(esr.desktopId, u"firefox-esr.desktop"_s);
    QCOMPARE(esr.program, firefox);
    QVERIFY(esr.programArguments.isEmpty());
    QCOMPARE(esr.packaging, Browser::Packaging::Native);
    QVERIFY(!esr.isDefault);

    QCOMPARE(browsers.at(1).program, chromium);
    QCOMPARE(browsers.at(1).desktopId, u"chromium.desktop"_s);

    const Browser &flatpakChromium = browsers.at(2);
    QCOMPARE(flatpakChromium.packaging, Browser::Packaging::Flatpak);
    QCOMPARE(flatpakChromium.program, flatpak);
    QCOMPARE(flatpakChromium.flatpakAppId, u"org.chromium.Chromium"_s);
    QCOMPARE(flatpakChromium.programArguments, (QStringList { u"run"_s, u"org.chromium.Chromium"_s }));
    QCOMPARE(
        flatpakChromium.profileRoots, QStringList { m_home + u"/.var/app/org.chromium.Chromium/config/chromium"_s });

    QCOMPARE(browsers.at(3).id, Browser::Id::Chrome);
    QCOMPARE(browsers.at(3).profileRoots, QStringList { m_configHome + u"/google-chrome"_s });
    QCOMPARE(browsers.at(4).program, brave);
    QCOMPARE(browsers.at(4).programArguments, QStringList { u"--enable-features=X"_s });
    QCOMPARE(browsers.at(4).engine(), Browser::Engine::Chromium);
    QVERIFY(catalog.defaultBrowserEntry().isEmpty());
}

void TestBrowserCatalog::userEntryHidesSystemEntry()
{
    const QString vivaldi = fakeProgram(u"vivaldi-stable"_s);
    writeDesktop(m_dataDir1, u"vivaldi-stable.desktop"_s, "Name=Vivaldi\nExec=\"" + vivaldi.toUtf8() + "\" %U\n");
    BrowserCatalogLinux catalog(options());
    QCOMPARE(catalog.installedBrowsers().size(), 1);
    // The user's own entry, earlier in the search path, hides it.
    writeDesktop(m_dataHome, u"vivaldi-stable.desktop"_s, "Name=Vivaldi\nHidden=true\n");
    QVERIFY(catalog.installedBrowsers().isEmpty());
    // ... or replaces it.
    const QString other = fakeProgram(u"vivaldi-snapshot"_s);
    writeDesktop(m_dataHome, u"vivaldi-stable.desktop"_s, "Name=Vivaldi\nExec=\"" + other.toUtf8() + "\"\n");
    QCOMPARE(catalog.installedBrowsers().value(0).program, other);
}

void TestBrowserCatalog::defaultFromXdgSettings()
{
    const QString firefox = fakeProgram(u"firefox"_s);
    const QString chrome = fakeProgram(u"google-chrome-stable"_s);
    writeDesktop(m_dataDir1, u"firefox.desktop"_s, "Exec=\"" + firefox.toUtf8() + "\" %u\n");
    writeDesktop(m_dataDir1, u"google-chrome.desktop"_s, "Exec=\"" + chrome.toUtf8() + "\" %U\n");
    // mimeapps.list says Firefox, but xdg-settings has the last word.
    writeFile(m_configHome + u"/mimeapps.list"_s, "[Default Applications]\nx-scheme-handler/https=firefox.desktop\n");
    const QString script = m_dir->filePath(u"xdg-settings"_s);
    writeFile(script,
        "#!/bin/sh\n[ \"$1 $2\" = \"get default-web-browser\" ] || exit 2\n"
        "[ \"$XDG_CONFIG_HOME\" = \""
            + m_configHome.toUtf8() + "\" ] || exit 3\necho google-chrome.desktop\n",
        true);

    BrowserCatalogLinux catalog(options({ script, u"get"_s, u"default-web-browser"_s }));
    const QList<Browser> browsers = run(catalog);
    QCOMPARE(browsers.size(), 2);
    QCOMPARE(browsers.at(0).id, Browser::Id::Chrome);
    QVERIFY(browsers.at(0).isDefault);
    QVERIFY(!browsers.at(1).isDefault);
    QCOMPARE(catalog.defaultBrowserEntry(), u"google-chrome.desktop"_s);
}

void TestBrowserCatalog::defaultFromMimeAppsWhenXdgSettingsFails_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("timeoutMs");
    QTest::newRow("exit status 1") << QByteArray("#!/bin/sh\necho 'xdg-settings: unknown desktop environment' >&2\n"
                                                 "exit 1\n")
                                   << 5000;
    QTest::newRow("nonsense answer") << QByteArray("#!/bin/sh\necho '/etc/passwd'\n") << 5000;
    QTest::newRow("hangs") << QByteArray("#!/bin/sh\nexec sleep 30\n") << 300;
    QTest::newRow("missing program") << QByteArray() << 5000;
}

void TestBrowserCatalog::defaultFromMimeAppsWhenXdgSettingsFails()
{
    QFETCH(QByteArray, script);
    QFETCH(int, timeoutMs);
    const QString firefox = fakeProgram(u"firefox"_s);
    const QString chromium = fakeProgram(u"chromium"_s);
    writeDesktop(m_dataDir1, u"firefox.desktop"_s, "Exec=\"" + firefox.toUtf8() + "\" %u\n");
    writeDesktop(m_dataDir1, u"chromium.desktop"_s, "Exec=\"" + chromium.toUtf8() + "\" %U\n");
    // The first entry is not installed; the next one is.
    writeFile(m_configHome + u"/mimeapps.list"_s,
        "[Added Associations]\nx-scheme-handler/https=firefox.desktop;\n\n"
        "[Default Applications]\ntext/html=firefox.desktop\n"
        "x-scheme-handler/https=uninstalled.desktop;chromium.desktop;\n"
        "x-scheme-handler/http=firefox.desktop\n");
    const QString path = m_dir->filePath(u"xdg-settings"_s);
    if (!script.isEmpty())
        writeFile(path, script, true);

    BrowserCatalogLinux::Options opts = options({ path, u"get"_s, u"default-web-browser"_s });
    opts.defaultBrowserTimeoutMs = timeoutMs;
    BrowserCatalogLinux catalog(opts);
    QElapsedTimer timer;
    timer.start();
    const QList<Browser> browsers = run(catalog);
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(browsers.size(), 2);
    QCOMPARE(browsers.at(0).id, Browser::Id::Chromium);
    QVERIFY(browsers.at(0).isDefault);
    QCOMPARE(catalog.defaultBrowserEntry(), u"chromium.desktop"_s);
}

void TestBrowserCatalog::desktopSpecificMimeAppsFirst()
{
    const QString firefox = fakeProgram(u"firefox"_s);
    const QString chromium = fakeProgram(u"chromium"_s);
    writeDesktop(m_dataDir1, u"firefox.desktop"_s, "Exec=\"" + firefox.toUtf8() + "\" %u\n");
    writeDesktop(m_dataDir1, u"chromium.desktop"_s, "Exec=\"" + chromium.toUtf8() + "\" %U\n");
    writeFile(m_configHome + u"/mimeapps.list"_s, "[Default Applications]\nx-scheme-handler/https=chromium.desktop\n");
    writeFile(
        m_configHome + u"/kde-mimeapps.list"_s, "[Default Applications]\nx-scheme-handler/https=firefox.desktop\n");
    BrowserCatalogLinux::Options opts = options();
    opts.environment.insert(u"XDG_CURRENT_DESKTOP"_s, u"KDE"_s);
    QCOMPARE(BrowserCatalogLinux(opts).defaultFromMimeApps(), u"firefox.desktop"_s);
    opts.environment.insert(u"XDG_CURRENT_DESKTOP"_s, u"GNOME"_s);
    QCOMPARE(BrowserCatalogLinux(opts).defaultFromMimeApps(), u"chromium.desktop"_s);
}

void TestBrowserCatalog::mimeAppsInConfigDirs()
{
    const QString firefox = fakeProgram(u"firefox"_s);
    writeDesktop(m_dataDir1, u"firefox.desktop"_s, "Exec=\"" + firefox.toUtf8() + "\" %u\n");
    BrowserCatalogLinux catalog(options());
    QVERIFY(catalog.defaultFromMimeApps().isEmpty());
    writeFile(m_configDir + u"/mimeapps.list"_s, "[Default Applications]\nx-scheme-handler/http=firefox.desktop;\n");
    QCOMPARE(catalog.defaultFromMimeApps(), u"firefox.desktop"_s);
    const QList<Browser> browsers = run(catalog);
    QCOMPARE(browsers.size(), 1);
    QVERIFY(browsers.at(0).isDefault);
}

void TestBrowserCatalog::unknownDefaultBrowser()
{
    const QString firefox = fakeProgram(u"firefox"_s);
    writeDesktop(m_dataDir1, u"firefox.desktop"_s, "Exec=\"" + firefox.toUtf8() + "\" %u\n");
    const QString script = m_dir->filePath(u"xdg-settings"_s);
    writeFile(script, "#!/bin/sh\necho org.gnome.Epiphany.desktop\n", true);
    BrowserCatalogLinux catalog(options({ script }));
    const QList<Browser> browsers = run(catalog);
    QCOMPARE(browsers.size(), 1);
    QVERIFY(!browsers.at(0).isDefault);
    QCOMPARE(catalog.defaultBrowserEntry(), u"org.gnome.Epiphany.desktop"_s);
}

void TestBrowserCatalog::profileRoots()
{
    const QProcessEnvironment env = options().environment;
    QCOMPARE(BrowserCatalogLinux::profileRoots(Browser::Id::Firefox, Browser::Packaging::Native, {}, env),
        (QStringList { m_home + u"/.mozilla/firefox"_s, m_configHome + u"/mozilla/firefox"_s }));
    QCOMPARE(BrowserCatalogLinux::profileRoots(Browser::Id::Firefox, Browser::Packaging::Snap, {}, env),
        QStringList { m_home + u"/snap/firefox/common/.mozilla/firefox"_s });
    QCOMPARE(BrowserCatalogLinux::profileRoots(
                 Browser::Id::Firefox, Browser::Packaging::Flatpak, u"org.mozilla.firefox"_s, env)
                 .value(0),
        m_home + u"/.var/app/org.mozilla.firefox/.mozilla/firefox"_s);
    QCOMPARE(BrowserCatalogLinux::profileRoots(Browser::Id::Brave, Browser::Packaging::Native, {}, env),
        QStringList { m_configHome + u"/BraveSoftware/Brave-Browser"_s });
    QCOMPARE(
        BrowserCatalogLinux::profileRoots(Browser::Id::Edge, Browser::Packaging::Flatpak, u"com.microsoft.Edge"_s, env),
        QStringList { m_home + u"/.var/app/com.microsoft.Edge/config/microsoft-edge"_s });
    QCOMPARE(BrowserCatalogLinux::profileRoots(Browser::Id::Chromium, Browser::Packaging::Snap, {}, env),
        QStringList { m_home + u"/snap/chromium/common/chromium"_s });
    // Without XDG_CONFIG_HOME, ~/.config.
    QProcessEnvironment bare;
    bare.insert(u"HOME"_s, u"/home/someone"_s);
    QCOMPARE(BrowserCatalogLinux::profileRoots(Browser::Id::Vivaldi, Browser::Packaging::Native, {}, bare),
        QStringList { u"/home/someone/.config/vivaldi"_s });
    QVERIFY(BrowserCatalogLinux::profileRoots(Browser::Id::Safari, Browser::Packaging::Native, {}, bare).isEmpty());
}

void TestBrowserCatalog::finishedIsNeverSynchronous()
{
    BrowserCatalogLinux catalog(options());
    QSignalSpy finished(&catalog, &BrowserCatalog::finished);
    catalog.start();
    QVERIFY(catalog.isRunning());
    QCOMPARE(finished.count(), 0);
    catalog.start(); // ignored while running
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!catalog.isRunning());
    QVERIFY(catalog.browsers().isEmpty());
}

QTEST_GUILESS_MAIN(TestBrowserCatalog)
#include "TestBrowserCatalog.moc"
