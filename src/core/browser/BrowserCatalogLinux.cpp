// Implementation of BrowserCatalogLinux, and BrowserCatalog::create() for Linux.
#include "BrowserCatalogLinux.h"

#include "BrowserLogging.h"
#include "KeyFile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {

struct KnownEntry
{
    QString desktopId;
    Browser::Id id;
};

// Distribution packages, the vendors' own packages, Flathub ids and Snap ids (snap desktop files are named
// <snap>_<app>.desktop).
const QList<KnownEntry> &knownEntries()
{
    static const QList<KnownEntry> entries {
        { u"firefox.desktop"_s, Browser::Id::Firefox },
        { u"firefox-esr.desktop"_s, Browser::Id::Firefox },
        { u"org.mozilla.firefox.desktop"_s, Browser::Id::Firefox },
        { u"firefox_firefox.desktop"_s, Browser::Id::Firefox },
        { u"chromium.desktop"_s, Browser::Id::Chromium },
        { u"chromium-browser.desktop"_s, Browser::Id::Chromium },
        { u"org.chromium.Chromium.desktop"_s, Browser::Id::Chromium },
        { u"chromium_chromium.desktop"_s, Browser::Id::Chromium },
        { u"google-chrome.desktop"_s, Browser::Id::Chrome },
        { u"com.google.Chrome.desktop"_s, Browser::Id::Chrome },
        { u"microsoft-edge.desktop"_s, Browser::Id::Edge },
        { u"com.microsoft.Edge.desktop"_s, Browser::Id::Edge },
        { u"brave-browser.desktop"_s, Browser::Id::Brave },
        { u"com.brave.Browser.desktop"_s, Browser::Id::Brave },
        { u"brave_brave.desktop"_s, Browser::Id::Brave },
        { u"opera.desktop"_s, Browser::Id::Opera },
        { u"com.opera.Opera.desktop"_s, Browser::Id::Opera },
        { u"opera_opera.desktop"_s, Browser::Id::Opera },
        { u"vivaldi-stable.desktop"_s, Browser::Id::Vivaldi },
        { u"com.vivaldi.Vivaldi.desktop"_s, Browser::Id::Vivaldi },
        { u"vivaldi_vivaldi-stable.desktop"_s, Browser::Id::Vivaldi },
    };
    return entries;
}

QStringList splitPathList(const QString &value)
{
    QStringList dirs;
    const QStringList parts = value.split(u':', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        // The specifications ignore relative paths.
        if (QDir::isAbsolutePath(part))
            dirs.append(QDir::cleanPath(part));
    }
    return dirs;
}

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

QString findProgram(const QString &program, const QProcessEnvironment &environment)
{
    if (program.isEmpty())
        return {};
    if (program.contains(u'/'))
        return QDir::isAbsolutePath(program) && isExecutableFile(program) ? QDir::cleanPath(program) : QString();
    QStringList path = splitPathList(environment.value(u"PATH"_s));
    if (path.isEmpty())
        path = QStringList { u"/usr/local/bin"_s, u"/usr/bin"_s, u"/bin"_s };
    return QStandardPaths::findExecutable(program, path);
}

} // namespace

std::unique_ptr<BrowserCatalog> BrowserCatalog::create()
{
    return std::make_unique<BrowserCatalogLinux>();
}

BrowserCatalogLinux::BrowserCatalogLinux(QObject *parent)
    : BrowserCatalogLinux(Options {}, parent)
{
}

BrowserCatalogLinux::BrowserCatalogLinux(Options options, QObject *parent)
    : BrowserCatalog(parent)
    , m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        qCInfo(lcBrowser) << "no answer from" << m_options.defaultBrowserCommand.value(0) << "in"
                          << m_options.defaultBrowserTimeoutMs << "ms";
        if (QProcess *process = m_process) {
            m_process = nullptr;
            process->disconnect(this);
            // Deleted once reaped: a QProcess destroyed while its child runs blocks and warns.
            process->setParent(nullptr);
            connect(process, &QProcess::finished, process, &QObject::deleteLater);
            process->kill();
        }
        finish(installedBrowsers(), defaultFromMimeApps());
    });
}

BrowserCatalogLinux::~BrowserCatalogLinux()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

void BrowserCatalogLinux::start()
{
    if (isRunning())
        return;
    setRunning();
    if (m_options.defaultBrowserCommand.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { finish(installedBrowsers(), defaultFromMimeApps()); }, Qt::QueuedConnection);
        return;
    }
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(m_options.environment);
    m_process->setProgram(m_options.defaultBrowserCommand.constFirst());
    m_process->setArguments(m_options.defaultBrowserCommand.mid(1));
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process.data(), &QProcess::finished, this, &BrowserCatalogLinux::onDefaultBrowserAnswer);
    connect(m_process.data(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        // A crash or a timeout ends with finished() as well; only a program that never started needs handling here.
        if (error == QProcess::FailedToStart)
            onDefaultBrowserAnswer();
    });
    m_timeout.start(m_options.defaultBrowserTimeoutMs);
    m_process->start();
}

void BrowserCatalogLinux::onDefaultBrowserAnswer()
{
    if (!m_process)
        return;
    m_timeout.stop();
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    process->deleteLater();

    QString entry;
    if (process->error() != QProcess::FailedToStart && process->exitStatus() == QProcess::NormalExit
        && process->exitCode() == 0) {
        // A well-behaved answer is one desktop file id on one line.
        const QString answer = QString::fromUtf8(process->readAllStandardOutput().left(4096)).trimmed();
        if (answer.endsWith(u".desktop"_s) && !answer.contains(u'/') && !answer.contains(u'\n'))
            entry = answer;
    }
    if (entry.isEmpty()) {
        qCInfo(lcBrowser) << m_options.defaultBrowserCommand.value(0)
                          << "gave no default browser:" << process->errorString()
                          << process->readAllStandardError().left(512);
        entry = defaultFromMimeApps();
    }
    finish(installedBrowsers(), entry);
}

QString BrowserCatalogLinux::homeDir() const
{
    const QString home = m_options.environment.value(u"HOME"_s);
    return home.isEmpty() ? QDir::homePath() : home;
}

QStringList BrowserCatalogLinux::applicationDirs() const
{
    const QProcessEnvironment &env = m_options.environment;
    QString dataHome = env.value(u"XDG_DATA_HOME"_s);
    if (!QDir::isAbsolutePath(dataHome))
        dataHome = homeDir() + u"/.local/share"_s;
    QStringList dataDirs = splitPathList(env.value(u"XDG_DATA_DIRS"_s));
    if (dataDirs.isEmpty())
        dataDirs = QStringList { u"/usr/local/share"_s, u"/usr/share"_s };
    if (!m_options.extraDataDirs.isEmpty())
        dataDirs.append(homeDir() + u"/.local/share/flatpak/exports/share"_s);
    dataDirs.append(m_options.extraDataDirs);

    QStringList dirs { QDir::cleanPath(dataHome) + u"/applications"_s };
    for (const QString &dir : std::as_const(dataDirs)) {
        const QString applications = QDir::cleanPath(dir) + u"/applications"_s;
        if (!dirs.contains(applications))
            dirs.append(applications);
    }
    return dirs;
}

QList<Browser> BrowserCatalogLinux::installedBrowsers() const
{
    const QStringList dirs = applicationDirs();
    QList<Browser> browsers;
    for (const KnownEntry &known : knownEntries()) {
        // The first folder holding the id decides, even when that file hides the entry (that is how a user removes
        // a system-wide entry).
        QString path;
        for (const QString &dir : dirs) {
            const QString candidate = dir + u'/' + known.desktopId;
            if (QFileInfo::exists(candidate)) {
                path = candidate;
                break;
            }
        }
        if (path.isEmpty())
            continue;
        const KeyFile desktop = KeyFile::load(path);
        const QString group = u"Desktop Entry"_s;
        if (!desktop.hasGroup(group) || desktop.value(group, u"Hidden"_s) == u"true"_s
            || (desktop.value(group, u"Type"_s) != u"Application"_s && !desktop.value(group, u"Type"_s).isEmpty()))
            continue;
        const QString tryExec = KeyFile::unescape(desktop.value(group, u"TryExec"_s));
        if (!tryExec.isEmpty() && findProgram(tryExec, m_options.environment).isEmpty()) {
            qCInfo(lcBrowser) << path << "skipped: TryExec" << tryExec << "not found";
            continue;
        }
        QStringList words = KeyFile::splitExec(KeyFile::unescape(desktop.value(group, u"Exec"_s)));
        // "env NAME=value ... program" is how Snap and some vendors set variables.
        if (!words.isEmpty() && (words.constFirst() == u"env"_s || words.constFirst() == u"/usr/bin/env"_s)) {
            words.removeFirst();
            while (!words.isEmpty() && words.constFirst().contains(u'=') && !words.constFirst().startsWith(u'-'))
                words.removeFirst();
        }
        if (words.isEmpty())
            continue;
        const QString program = findProgram(words.constFirst(), m_options.environment);
        if (program.isEmpty()) {
            qCInfo(lcBrowser) << path << "skipped: program" << words.constFirst() << "not found";
            continue;
        }

        Browser browser;
        browser.id = known.id;
        browser.desktopId = known.desktopId;
        browser.program = program;
        if (QFileInfo(program).fileName() == u"flatpak"_s) {
            browser.packaging = Browser::Packaging::Flatpak;
            browser.flatpakAppId = desktop.value(group, u"X-Flatpak"_s);
            if (browser.flatpakAppId.isEmpty())
                browser.flatpakAppId = known.desktopId.chopped(int(qstrlen(".desktop")));
            browser.programArguments = QStringList { u"run"_s, browser.flatpakAppId };
        } else {
            if (program.startsWith(u"/snap/"_s) || known.desktopId.contains(u'_'))
                browser.packaging = Browser::Packaging::Snap;
            browser.programArguments = words.mid(1);
        }
        browser.displayName = Browser::brandName(known.id);
        if (known.desktopId.contains(u"-esr"_s))
            browser.displayName += u" ESR"_s;
        if (browser.packaging == Browser::Packaging::Flatpak)
            browser.displayName += u" (Flatpak)"_s;
        else if (browser.packaging == Browser::Packaging::Snap)
            browser.displayName += u" (Snap)"_s;
        browser.profileRoots = profileRoots(known.id, browser.packaging, browser.flatpakAppId, m_options.environment);

        // Two names for one installation (chromium.desktop and chromium-browser.desktop) are one browser.
        bool duplicate = false;
        for (const Browser &other : std::as_const(browsers))
            duplicate |= other.program == browser.program && other.programArguments == browser.programArguments;
        if (!duplicate)
            browsers.append(browser);
    }
    return browsers;
}

QString BrowserCatalogLinux::defaultFromMimeApps() const
{
    const QProcessEnvironment &env = m_options.environment;
    QString configHome = env.value(u"XDG_CONFIG_HOME"_s);
    if (!QDir::isAbsolutePath(configHome))
        configHome = homeDir() + u"/.config"_s;
    QStringList configDirs = splitPathList(env.value(u"XDG_CONFIG_DIRS"_s));
    if (configDirs.isEmpty())
        configDirs = QStringList { u"/etc/xdg"_s };
    QStringList desktops;
    const QStringList currentDesktops = env.value(u"XDG_CURRENT_DESKTOP"_s).split(u':', Qt::SkipEmptyParts);
    for (const QString &desktop : currentDesktops)
        desktops.append(desktop.toLower());

    // The order of the MIME applications specification: config home, config dirs, then the (deprecated)
    // applications folders; in each, the desktop-specific file before the generic one.
    QStringList files;
    const auto addDir = [&](const QString &dir) {
        for (const QString &desktop : std::as_const(desktops))
            files.append(dir + u'/' + desktop + u"-mimeapps.list"_s);
        files.append(dir + u"/mimeapps.list"_s);
    };
    addDir(QDir::cleanPath(configHome));
    for (const QString &dir : std::as_const(configDirs))
        addDir(dir);
    for (const QString &dir : applicationDirs())
        addDir(dir);

    const QStringList dirs = applicationDirs();
    const auto installed = [&dirs](const QString &desktopId) {
        for (const QString &dir : dirs) {
            if (QFileInfo::exists(dir + u'/' + desktopId))
                return true;
        }
        return false;
    };
    for (const QString &scheme : { u"x-scheme-handler/https"_s, u"x-scheme-handler/http"_s }) {
        for (const QString &file : std::as_const(files)) {
            const KeyFile mimeApps = KeyFile::load(file);
            const QStringList ids = mimeApps.value(u"Default Applications"_s, scheme).split(u';', Qt::SkipEmptyParts);
            for (const QString &id : ids) {
                if (installed(id.trimmed()))
                    return id.trimmed();
            }
        }
    }
    return {};
}

QStringList BrowserCatalogLinux::profileRoots(
    Browser::Id id, Browser::Packaging packaging, const QString &flatpakAppId, const QProcessEnvironment &environment)
{
    QString home = environment.value(u"HOME"_s);
    if (home.isEmpty())
        home = QDir::homePath();
    QString configHome = environment.value(u"XDG_CONFIG_HOME"_s);
    if (!QDir::isAbsolutePath(configHome))
        configHome = home + u"/.config"_s;
    configHome = QDir::cleanPath(configHome);

    if (id == Browser::Id::Firefox) {
        switch (packaging) {
        case Browser::Packaging::Flatpak: {
            const QString app
                = home + u"/.var/app/"_s + (flatpakAppId.isEmpty() ? u"org.mozilla.firefox"_s : flatpakAppId);
            return { app + u"/.mozilla/firefox"_s, app + u"/config/mozilla/firefox"_s };
        }
        case Browser::Packaging::Snap:
            return { home + u"/snap/firefox/common/.mozilla/firefox"_s };
        case Browser::Packaging::Native:
            break;
        }
        // Firefox moves new installations to the XDG folder; older ones stay in ~/.mozilla.
        return { home + u"/.mozilla/firefox"_s, configHome + u"/mozilla/firefox"_s };
    }

    // Chromium-family user-data folders below ~/.config (or the Flatpak's own config folder).
    QString folder;
    QString snapName;
    QString defaultAppId;
    switch (id) {
    case Browser::Id::Chromium:
        folder = u"chromium"_s;
        snapName = u"chromium"_s;
        defaultAppId = u"org.chromium.Chromium"_s;
        break;
    case Browser::Id::Chrome:
        folder = u"google-chrome"_s;
        defaultAppId = u"com.google.Chrome"_s;
        break;
    case Browser::Id::Edge:
        folder = u"microsoft-edge"_s;
        defaultAppId = u"com.microsoft.Edge"_s;
        break;
    case Browser::Id::Brave:
        folder = u"BraveSoftware/Brave-Browser"_s;
        snapName = u"brave"_s;
        defaultAppId = u"com.brave.Browser"_s;
        break;
    case Browser::Id::Opera:
        folder = u"opera"_s;
        snapName = u"opera"_s;
        defaultAppId = u"com.opera.Opera"_s;
        break;
    case Browser::Id::Vivaldi:
        folder = u"vivaldi"_s;
        snapName = u"vivaldi"_s;
        defaultAppId = u"com.vivaldi.Vivaldi"_s;
        break;
    case Browser::Id::Firefox:
    case Browser::Id::Safari:
        return {};
    }
    switch (packaging) {
    case Browser::Packaging::Flatpak:
        return { home + u"/.var/app/"_s + (flatpakAppId.isEmpty() ? defaultAppId : flatpakAppId) + u"/config/"_s
            + folder };
    case Browser::Packaging::Snap:
        if (id == Browser::Id::Chromium)
            return { home + u"/snap/chromium/common/chromium"_s };
        return { home + u"/snap/"_s + snapName + u"/current/.config/"_s + folder };
    case Browser::Packaging::Native:
        break;
    }
    return { configHome + u'/' + folder };
}

std::optional<Browser::Id> BrowserCatalogLinux::browserForDesktopId(const QString &desktopId)
{
    for (const KnownEntry &known : knownEntries()) {
        if (known.desktopId == desktopId)
            return known.id;
    }
    return std::nullopt;
}

QStringList BrowserCatalogLinux::knownDesktopIds()
{
    QStringList ids;
    for (const KnownEntry &known : knownEntries())
        ids.append(known.desktopId);
    return ids;
}
