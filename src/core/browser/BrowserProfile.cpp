// Implementation of BrowserProfile.
#include "BrowserProfile.h"

#include "KeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

QString displayName(const Browser &browser)
{
    return browser.displayName.isEmpty() ? Browser::brandName(browser.id) : browser.displayName;
}

QString chromiumCookieDatabase(const QString &profileDirectory)
{
    // Chromium 96 moved the database into Network/; a copy left at the old place is no longer read.
    const QString network = profileDirectory + u"/Network/Cookies"_s;
    const QString old = profileDirectory + u"/Cookies"_s;
    if (QFileInfo::exists(network) || !QFileInfo::exists(old))
        return network;
    return old;
}

bool hasChromiumCookies(const QString &directory)
{
    return QFileInfo::exists(directory + u"/Network/Cookies"_s) || QFileInfo::exists(directory + u"/Cookies"_s);
}

} // namespace

QList<BrowserProfile> BrowserProfile::find(const Browser &browser)
{
    QList<BrowserProfile> profiles;
    QStringList seen;
    for (const QString &root : browser.profileRoots) {
        QList<BrowserProfile> found;
        if (browser.engine() == Browser::Engine::Gecko)
            found = findFirefox(browser, root);
        else if (browser.engine() == Browser::Engine::Chromium)
            found = findChromium(browser, root);
        for (const BrowserProfile &profile : found) {
            const QString canonical = QFileInfo(profile.directory).canonicalFilePath();
            if (seen.contains(canonical))
                continue;
            seen.append(canonical);
            profiles.append(profile);
        }
    }
    std::stable_sort(profiles.begin(), profiles.end(),
        [](const BrowserProfile &a, const BrowserProfile &b) { return a.isDefault && !b.isDefault; });
    return profiles;
}

QList<BrowserProfile> BrowserProfile::findFirefox(const Browser &browser, const QString &root)
{
    const KeyFile ini = KeyFile::load(root + u"/profiles.ini"_s);
    // Since Firefox 67 each installation names its default profile in an [Install...] group; [Profile...] Default=1
    // is what older versions and other installations use.
    QStringList installDefaults;
    for (const QString &group : ini.groups()) {
        if (group.startsWith(u"Install"_s) && !ini.value(group, u"Default"_s).isEmpty())
            installDefaults.append(ini.value(group, u"Default"_s));
    }
    QList<BrowserProfile> profiles;
    for (const QString &group : ini.groups()) {
        if (!group.startsWith(u"Profile"_s))
            continue;
        const QString path = ini.value(group, u"Path"_s);
        if (path.isEmpty())
            continue;
        const bool relative = ini.value(group, u"IsRelative"_s) != u"0"_s;
        const QString directory = QDir::cleanPath(relative ? root + u'/' + path : path);
        if (!QFileInfo(directory).isDir())
            continue;
        BrowserProfile profile;
        profile.browser = browser.id;
        profile.browserName = displayName(browser);
        profile.name = ini.value(group, u"Name"_s);
        if (profile.name.isEmpty())
            profile.name = QFileInfo(directory).fileName();
        profile.directory = directory;
        profile.lockDirectory = directory;
        profile.cookieDatabase = directory + u"/cookies.sqlite"_s;
        profile.isDefault
            = installDefaults.isEmpty() ? ini.value(group, u"Default"_s) == u"1"_s : installDefaults.contains(path);
        profiles.append(profile);
    }
    return profiles;
}

QList<BrowserProfile> BrowserProfile::findChromium(const Browser &browser, const QString &userDataDirectory)
{
    const QString root = QDir::cleanPath(userDataDirectory);
    if (!QFileInfo(root).isDir())
        return {};

    QJsonObject infoCache;
    QString lastUsed;
    QFile localState(root + u"/Local State"_s);
    if (localState.open(QIODevice::ReadOnly) && localState.size() < 16 * 1024 * 1024) {
        const QJsonObject profileState
            = QJsonDocument::fromJson(localState.readAll()).object().value(u"profile"_s).toObject();
        infoCache = profileState.value(u"info_cache"_s).toObject();
        lastUsed = profileState.value(u"last_used"_s).toString();
    }
    if (lastUsed.isEmpty())
        lastUsed = u"Default"_s;

    QStringList folders = infoCache.keys();
    const QStringList subdirectories = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : subdirectories) {
        if ((folder == u"Default"_s || folder.startsWith(u"Profile "_s)) && !folders.contains(folder))
            folders.append(folder);
    }
    QList<BrowserProfile> profiles;
    const auto add = [&](const QString &directory, const QString &name, bool isDefault) {
        BrowserProfile profile;
        profile.browser = browser.id;
        profile.browserName = displayName(browser);
        profile.name = name;
        profile.directory = directory;
        profile.lockDirectory = root;
        profile.cookieDatabase = chromiumCookieDatabase(directory);
        profile.isDefault = isDefault;
        profiles.append(profile);
    };
    for (const QString &folder : std::as_const(folders)) {
        // "System Profile" and "Guest Profile" keep no cookies worth clearing, and folder names never hold a path.
        if (folder.contains(u'/') || folder == u"System Profile"_s || folder == u"Guest Profile"_s)
            continue;
        const QString directory = root + u'/' + folder;
        if (!QFileInfo(directory).isDir())
            continue;
        QString name = infoCache.value(folder).toObject().value(u"name"_s).toString();
        if (name.isEmpty())
            name = folder;
        add(directory, name, folder == lastUsed);
    }
    // Opera keeps its only profile in the user-data folder itself.
    if (profiles.isEmpty() && hasChromiumCookies(root))
        add(root, displayName(browser), true);
    return profiles;
}
