// Tests of BrowserCookieStore on real SQLite files built here with the browsers' own table schemas (Firefox's
// moz_cookies, Chromium's cookies): only the failing site's rows go, the backup brings them back, a running browser is
// refused, and no cookie value is ever read.
#include "browser/BrowserCookieStore.h"
#include "browser/BrowserProfile.h"
#include "browser/BrowserProfileLock.h"

#include <QDir>
#include <QFile>
#include <QMetaProperty>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include "TestSqlite.h"

#include <QTest>

#include <QScopeGuard>

#include <csignal>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString sentinel = u"SENTINEL-COOKIE-VALUE-7f3a"_s;
const QString target = u"app.example.com"_s;

struct Row
{
    Row(const QString &host, const QString &name, const QString &path = u"/"_s, const QString &partition = {})
        : host(host)
        , name(name)
        , path(path)
        , partition(partition)
    {
    }
    QString host;
    QString name;
    QString path;
    QString partition; // originAttributes / top_frame_site_key
};

// Rows that the site's page at app.example.com receives, and rows that it does not.
QList<Row> fixtureRows()
{
    return {
        { u"app.example.com"_s, u"session"_s }, // host-only, the site itself: removed
        { u".app.example.com"_s, u"prefs"_s, u"/account"_s }, // domain cookie of the site: removed
        { u".example.com"_s, u"sso"_s }, // domain cookie of the parent, sent to the site: removed
        { u"app.example.com"_s, u"session"_s, u"/"_s, u"^userContextId=1"_s }, // in a container: removed
        { u"example.com"_s, u"root-only"_s }, // host-only on the parent, never sent to app.: kept
        { u"other.app.example.com"_s, u"sub"_s }, // a subdomain: kept
        { u".other.example.com"_s, u"sibling"_s }, // a sibling: kept
        { u"example.org"_s, u"session"_s }, // another site: kept
        { u"notexample.com"_s, u"session"_s }, // ends with the same letters: kept
        { u".com"_s, u"tld"_s }, // a top-level domain: kept
    };
}

QStringList expectedRemoved()
{
    return { u"app.example.com session"_s, u".app.example.com prefs"_s, u".example.com sso"_s,
        u"app.example.com session"_s };
}

using Sql = TestSqlite;

// Firefox's moz_cookies as created by recent versions (CookiePersistentStorage.cpp), in WAL mode like Firefox.
void createFirefoxDatabase(const QString &path, const QList<Row> &rows)
{
    Sql sql(path);
    sql.exec(u"PRAGMA journal_mode = WAL"_s);
    sql.exec(u"PRAGMA user_version = 14"_s);
    QVERIFY(sql.exec(u"CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, originAttributes TEXT NOT NULL DEFAULT '', "
                     "name TEXT, value TEXT, host TEXT, path TEXT, expiry INTEGER, lastAccessed INTEGER, "
                     "creationTime INTEGER, isSecure INTEGER, isHttpOnly INTEGER, inBrowserElement INTEGER DEFAULT 0, "
                     "sameSite INTEGER DEFAULT 0, rawSameSite INTEGER DEFAULT 0, schemeMap INTEGER DEFAULT 0, "
                     "isPartitionedAttributeSet INTEGER DEFAULT 0, "
                     "CONSTRAINT moz_uniqueid UNIQUE (name, host, path, originAttributes))"_s));
    const qint64 nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    for (const Row &row : rows) {
        QVERIFY(sql.exec(u"INSERT INTO moz_cookies (originAttributes, name, value, host, path, expiry, lastAccessed, "
                         "creationTime, isSecure, isHttpOnly, inBrowserElement, sameSite, rawSameSite, schemeMap) "
                         "VALUES (IFNULL(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 2)"_s,
            { row.partition, row.name, sentinel, row.host, row.path, qint64(2000000000), nowUs, nowUs, 1,
                row.name == u"session"_s ? 1 : 0, 1, 1 }));
    }
}

// Chromium's cookies table at schema version 24 (net/extras/sqlite/sqlite_persistent_cookie_store.cc), with the
// meta table and the unique index.
void createChromiumDatabase(const QString &path, const QList<Row> &rows)
{
    Sql sql(path);
    QVERIFY(sql.exec(u"CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR)"_s));
    QVERIFY(sql.exec(u"INSERT INTO meta VALUES ('version', '24'), ('last_compatible_version', '24'), "
                     "('mmap_status', '-1')"_s));
    QVERIFY(sql.exec(u"CREATE TABLE cookies(creation_utc INTEGER NOT NULL,host_key TEXT NOT NULL,"
                     "top_frame_site_key TEXT NOT NULL,name TEXT NOT NULL,value TEXT NOT NULL,"
                     "encrypted_value BLOB NOT NULL,path TEXT NOT NULL,expires_utc INTEGER NOT NULL,"
                     "is_secure INTEGER NOT NULL,is_httponly INTEGER NOT NULL,last_access_utc INTEGER NOT NULL,"
                     "has_expires INTEGER NOT NULL,is_persistent INTEGER NOT NULL,priority INTEGER NOT NULL,"
                     "samesite INTEGER NOT NULL,source_scheme INTEGER NOT NULL,source_port INTEGER NOT NULL,"
                     "last_update_utc INTEGER NOT NULL,source_type INTEGER NOT NULL,"
                     "has_cross_site_ancestor INTEGER NOT NULL)"_s));
    QVERIFY(sql.exec(u"CREATE UNIQUE INDEX cookies_unique_index ON cookies(host_key, top_frame_site_key, "
                     "has_cross_site_ancestor, name, path, source_scheme, source_port)"_s));
    // 2033-05-18T03:33:20Z in microseconds since 1601-01-01.
    const qint64 expires = (qint64(2000000000) + 11644473600LL) * 1000 * 1000;
    qint64 creation = 13300000000000000LL;
    for (const Row &row : rows) {
        const bool session = row.name == u"session"_s;
        QVERIFY(sql.exec(
            u"INSERT INTO cookies VALUES (?, ?, IFNULL(?, ''), ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, 1, ?, 2, 443, ?, 0, 0)"_s,
            { ++creation, row.host, row.partition, row.name, sentinel, QByteArray("v11" + sentinel.toUtf8()), row.path,
                session ? 0 : expires, session ? 1 : 0, creation, session ? 0 : 1, session ? 0 : 1, session ? 2 : -1,
                creation }));
    }
}

QStringList remainingRows(const QString &path, bool firefox)
{
    Sql sql(path);
    return firefox ? sql.rows(u"SELECT host, name FROM moz_cookies ORDER BY id"_s)
                   : sql.rows(u"SELECT host_key, name FROM cookies ORDER BY rowid"_s);
}

QStringList describe(const QList<BrowserCookie> &cookies)
{
    QStringList out;
    for (const BrowserCookie &cookie : cookies)
        out.append(cookie.domain + u' ' + cookie.name);
    return out;
}

// Every piece of text a caller could show or log.
QString everythingShown(const BrowserCookieResult &result)
{
    QStringList parts { result.errorText, result.technical };
    for (const BrowserCookie &cookie : result.cookies) {
        const QMetaObject &meta = BrowserCookie::staticMetaObject;
        for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i)
            parts.append(meta.property(i).readOnGadget(&cookie).toString());
        parts.append(cookie.database);
    }
    for (const BrowserCookieBackup &backup : result.backups)
        parts.append(backup.copy);
    return parts.join(u'\n');
}

} // namespace

class TestBrowserCookieStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void domainsFor_data();
    void domainsFor();
    void cookieTypeHasNoValue();

    void findsFirefoxProfiles();
    void findsChromiumProfiles();

    void listsOnlyTheSite_data();
    void listsOnlyTheSite();
    void removesOnlyTheSiteAndRestores_data();
    void removesOnlyTheSiteAndRestores();
    void refusesCookiesOfOtherSites();
    void readsAttributes();

    void refusesRunningFirefoxParentLock();
    void refusesRunningFirefoxLockSymlink();
    void ignoresLeftoverFirefoxLock();
    void refusesRunningChromium();
    void ignoresLeftoverChromiumLock();
    void refusesChromiumLockOfAnotherComputer();
    void restoreRefusedWhileRunning();

    void fileLockedByAnotherProgram();
    void notACookieDatabase_data();
    void notACookieDatabase();
    void noProfile();
    void failedRemovalRollsBackEveryProfile();
    void listsBackupsAndDiscardsThem();
    void restoreWithoutCopy();
    void backupIncludesWriteAheadLog();

private:
    Browser firefox() const;
    Browser chromium() const;
    // Builds a Firefox profile folder (profiles.ini, one profile) with the fixture rows; returns the database.
    QString makeFirefoxProfile(const QString &folder, const QList<Row> &rows = fixtureRows());
    QString makeChromiumProfile(const QList<Row> &rows = fixtureRows());

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBrowserCookieStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Browser TestBrowserCookieStore::firefox() const
{
    Browser browser;
    browser.id = Browser::Id::Firefox;
    browser.displayName = u"Firefox"_s;
    browser.profileRoots = { m_dir->filePath(u"mozilla/firefox"_s) };
    return browser;
}

Browser TestBrowserCookieStore::chromium() const
{
    Browser browser;
    browser.id = Browser::Id::Chromium;
    browser.displayName = u"Chromium"_s;
    browser.profileRoots = { m_dir->filePath(u"config/chromium"_s) };
    return browser;
}

QString TestBrowserCookieStore::makeFirefoxProfile(const QString &folder, const QList<Row> &rows)
{
    const QString root = m_dir->filePath(u"mozilla/firefox"_s);
    QDir().mkpath(root + u'/' + folder);
    QFile ini(root + u"/profiles.ini"_s);
    const bool exists = ini.exists();
    if (!ini.open(QIODevice::Append))
        return {};
    if (!exists)
        ini.write("[General]\nStartWithLastProfile=1\nVersion=2\n\n");
    static int n = 0;
    ini.write(QStringLiteral("[Profile%1]\nName=%2\nIsRelative=1\nPath=%2\n\n").arg(n++).arg(folder).toUtf8());
    ini.close();
    const QString database = root + u'/' + folder + u"/cookies.sqlite"_s;
    createFirefoxDatabase(database, rows);
    return database;
}

QString TestBrowserCookieStore::makeChromiumProfile(const QList<Row> &rows)
{
    const QString root = m_dir->filePath(u"config/chromium"_s);
    QDir().mkpath(root + u"/Default/Network"_s);
    const QString database = root + u"/Default/Network/Cookies"_s;
    createChromiumDatabase(database, rows);
    return database;
}

void TestBrowserCookieStore::domainsFor_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QStringList>("domains");
    QTest::newRow("subdomain") << u"app.example.com"_s
                               << QStringList { u"app.example.com"_s, u".app.example.com"_s, u".example.com"_s };
    QTest::newRow("registrable") << u"example.com"_s << QStringList { u"example.com"_s, u".example.com"_s };
    QTest::newRow("deep") << u"a.b.example.co.uk"_s
                          << QStringList { u"a.b.example.co.uk"_s, u".a.b.example.co.uk"_s, u".b.example.co.uk"_s,
                                 u".example.co.uk"_s, u".co.uk"_s };
    QTest::newRow("case and trailing dot")
        << u"App.Example.COM."_s << QStringList { u"app.example.com"_s, u".app.example.com"_s, u".example.com"_s };
    QTest::newRow("idn") << u"bücher.example"_s
                         << QStringList { u"xn--bcher-kva.example"_s, u".xn--bcher-kva.example"_s };
    QTest::newRow("localhost") << u"localhost"_s << QStringList { u"localhost"_s, u".localhost"_s };
    QTest::newRow("ipv4") << u"192.0.2.7"_s << QStringList { u"192.0.2.7"_s };
    QTest::newRow("ipv6") << u"[2001:db8::1]"_s << QStringList { u"[2001:db8::1]"_s, u"2001:db8::1"_s };
    QTest::newRow("empty") << u""_s << QStringList {};
}

void TestBrowserCookieStore::domainsFor()
{
    QFETCH(QString, host);
    QFETCH(QStringList, domains);
    QCOMPARE(BrowserCookieStore::domainsFor(host), domains);
}

void TestBrowserCookieStore::cookieTypeHasNoValue()
{
    const QMetaObject &meta = BrowserCookie::staticMetaObject;
    QVERIFY(meta.propertyCount() - meta.propertyOffset() >= 8);
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
        const QString name = QString::fromLatin1(meta.property(i).name()).toLower();
        QVERIFY2(!name.contains(u"value"_s), qPrintable(name));
    }
}

void TestBrowserCookieStore::findsFirefoxProfiles()
{
    const QString root = m_dir->filePath(u"mozilla/firefox"_s);
    QDir().mkpath(root + u"/abcd.default-release"_s);
    QDir().mkpath(root + u"/wxyz.default"_s);
    QDir().mkpath(m_dir->filePath(u"elsewhere/work"_s));
    QFile ini(root + u"/profiles.ini"_s);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[Install4F96D1932A9F858E]\nDefault=abcd.default-release\nLocked=1\n\n"
              "[Profile2]\nName=work\nIsRelative=0\nPath="
        + m_dir->filePath(u"elsewhere/work"_s).toUtf8()
        + "\n\n"
          "[Profile1]\nName=default\nIsRelative=1\nPath=wxyz.default\nDefault=1\n\n"
          "[Profile0]\nName=default-release\nIsRelative=1\nPath=abcd.default-release\n\n"
          "[Profile3]\nName=gone\nIsRelative=1\nPath=deleted.profile\n\n"
          "[General]\nStartWithLastProfile=1\nVersion=2\n");
    ini.close();

    const QList<BrowserProfile> profiles = BrowserProfile::find(firefox());
    QCOMPARE(profiles.size(), 3);
    QCOMPARE(profiles.at(0).name, u"default-release"_s);
    QVERIFY(profiles.at(0).isDefault);
    QCOMPARE(profiles.at(0).cookieDatabase, root + u"/abcd.default-release/cookies.sqlite"_s);
    QCOMPARE(profiles.at(0).lockDirectory, root + u"/abcd.default-release"_s);
    QCOMPARE(profiles.at(0).browserName, u"Firefox"_s);
    QStringList others { profiles.at(1).name, profiles.at(2).name };
    others.sort();
    QCOMPARE(others, (QStringList { u"default"_s, u"work"_s }));
    QVERIFY(!profiles.at(1).isDefault && !profiles.at(2).isDefault);
}

void TestBrowserCookieStore::findsChromiumProfiles()
{
    const QString root = m_dir->filePath(u"config/chromium"_s);
    QDir().mkpath(root + u"/Default/Network"_s);
    QDir().mkpath(root + u"/Profile 1"_s);
    QDir().mkpath(root + u"/System Profile"_s);
    QFile(root + u"/Default/Network/Cookies"_s).open(QIODevice::WriteOnly);
    QFile(root + u"/Profile 1/Cookies"_s).open(QIODevice::WriteOnly);
    QFile state(root + u"/Local State"_s);
    QVERIFY(state.open(QIODevice::WriteOnly));
    state.write(R"({"profile":{"last_used":"Profile 1","info_cache":{"Default":{"name":"Person 1"},)"
                R"("Profile 1":{"name":"Work"},"System Profile":{"name":"System"}}}})");
    state.close();

    const QList<BrowserProfile> profiles = BrowserProfile::find(chromium());
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).name, u"Work"_s);
    QVERIFY(profiles.at(0).isDefault);
    QCOMPARE(profiles.at(0).cookieDatabase, root + u"/Profile 1/Cookies"_s); // before Chromium 96
    QCOMPARE(profiles.at(1).name, u"Person 1"_s);
    QCOMPARE(profiles.at(1).cookieDatabase, root + u"/Default/Network/Cookies"_s);
    QCOMPARE(profiles.at(1).lockDirectory, root);

    // Opera: the user-data folder is the profile.
    const QString opera = m_dir->filePath(u"config/opera"_s);
    QDir().mkpath(opera + u"/Network"_s);
    QFile(opera + u"/Network/Cookies"_s).open(QIODevice::WriteOnly);
    Browser browser;
    browser.id = Browser::Id::Opera;
    browser.displayName = u"Opera"_s;
    browser.profileRoots = { opera };
    const QList<BrowserProfile> operaProfiles = BrowserProfile::find(browser);
    QCOMPARE(operaProfiles.size(), 1);
    QCOMPARE(operaProfiles.at(0).directory, opera);
    QCOMPARE(operaProfiles.at(0).cookieDatabase, opera + u"/Network/Cookies"_s);
}

void TestBrowserCookieStore::listsOnlyTheSite_data()
{
    QTest::addColumn<bool>("isFirefox");
    QTest::newRow("firefox") << true;
    QTest::newRow("chromium") << false;
}

void TestBrowserCookieStore::listsOnlyTheSite()
{
    QFETCH(bool, isFirefox);
    QList<Row> rows = fixtureRows();
    if (isFirefox)
        makeFirefoxProfile(u"abcd.default-release"_s, rows);
    else
        makeChromiumProfile(rows);
    const BrowserCookieStore store(isFirefox ? firefox() : chromium());
    const BrowserCookieResult result = store.list(target);
    QVERIFY2(result.ok(), qPrintable(result.technical));
    QVERIFY(!result.browserRunning);
    QStringList found = describe(result.cookies);
    QStringList expected = expectedRemoved();
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
    QVERIFY(!everythingShown(result).contains(sentinel));
    for (const BrowserCookie &cookie : result.cookies)
        QVERIFY(cookie.rowId >= 0);
}

void TestBrowserCookieStore::removesOnlyTheSiteAndRestores_data()
{
    listsOnlyTheSite_data();
}

void TestBrowserCookieStore::removesOnlyTheSiteAndRestores()
{
    QFETCH(bool, isFirefox);
    const QString database = isFirefox ? makeFirefoxProfile(u"abcd.default-release"_s) : makeChromiumProfile();
    const QStringList before = remainingRows(database, isFirefox);
    QCOMPARE(before.size(), fixtureRows().size());

    const BrowserCookieStore store(isFirefox ? firefox() : chromium());
    const BrowserCookieResult listed = store.list(target);
    QVERIFY(listed.ok());
    const BrowserCookieResult removed = store.remove(target, listed.cookies);
    QVERIFY2(removed.ok(), qPrintable(removed.errorText + u' ' + removed.technical));
    QCOMPARE(removed.cookies.size(), expectedRemoved().size());
    QVERIFY(!everythingShown(removed).contains(sentinel));

    QStringList after = remainingRows(database, isFirefox);
    QStringList kept = before;
    for (const QString &gone : expectedRemoved())
        kept.removeOne(gone);
    QCOMPARE(after, kept);
    QVERIFY(!after.contains(u"app.example.com session"_s));
    QVERIFY(after.contains(u"example.com root-only"_s));
    QVERIFY(after.contains(u"other.app.example.com sub"_s));
    QVERIFY(after.contains(u"example.org session"_s));

    // One copy, next to the database, readable by the owner only.
    QCOMPARE(removed.backups.size(), 1);
    const BrowserCookieBackup backup = removed.backups.constFirst();
    QCOMPARE(backup.database, database);
    QVERIFY(backup.copy.startsWith(database + BrowserCookieStore::backupMarker()));
    QVERIFY(QFileInfo::exists(backup.copy));
    QCOMPARE(QFileInfo(backup.copy).absolutePath(), QFileInfo(database).absolutePath());
    QCOMPARE(QFile::permissions(backup.copy) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());
    QCOMPARE(remainingRows(backup.copy, isFirefox), before);

    // Listing again finds nothing; removing again does nothing.
    QVERIFY(store.list(target).cookies.isEmpty());

    const BrowserCookieResult restored = store.restore(removed.backups);
    QVERIFY2(restored.ok(), qPrintable(restored.technical));
    QCOMPARE(remainingRows(database, isFirefox), before);
    QCOMPARE(store.list(target).cookies.size(), expectedRemoved().size());
}

void TestBrowserCookieStore::refusesCookiesOfOtherSites()
{
    const QString database = makeFirefoxProfile(u"abcd.default-release"_s);
    const BrowserCookieStore store(firefox());
    const BrowserCookieResult other = store.list(u"example.org"_s);
    QCOMPARE(describe(other.cookies), QStringList { u"example.org session"_s });
    BrowserCookie forged = other.cookies.constFirst();
    forged.database = database;

    const BrowserCookieResult result = store.remove(target, other.cookies);
    QVERIFY(result.ok());
    QVERIFY(result.cookies.isEmpty());
    QVERIFY(result.backups.isEmpty());
    QCOMPARE(remainingRows(database, true).size(), fixtureRows().size());

    // A cookie of the site whose row id no longer matches its name is left alone too.
    const QList<BrowserCookie> listed = store.list(target).cookies;
    QVERIFY(!listed.isEmpty());
    BrowserCookie stale = listed.constFirst();
    stale.name = u"renamed"_s;
    const BrowserCookieResult staleResult = store.remove(target, { stale });
    QVERIFY(staleResult.ok());
    QVERIFY(staleResult.cookies.isEmpty());
    QCOMPARE(remainingRows(database, true).size(), fixtureRows().size());
}

void TestBrowserCookieStore::readsAttributes()
{
    makeChromiumProfile();
    BrowserCookieResult chromiumResult = BrowserCookieStore(chromium()).list(target);
    QVERIFY(chromiumResult.ok());
    for (const BrowserCookie &cookie : std::as_const(chromiumResult.cookies)) {
        QVERIFY(cookie.secure);
        QCOMPARE(cookie.profileName, u"Default"_s);
        if (cookie.name == u"session"_s) {
            QVERIFY(!cookie.expires.isValid());
            QVERIFY(cookie.httpOnly);
            QCOMPARE(cookie.sameSite, BrowserCookie::SameSite::Strict);
        } else {
            QCOMPARE(cookie.expires, QDateTime::fromSecsSinceEpoch(2000000000, Qt::UTC));
            QVERIFY(!cookie.httpOnly);
            QCOMPARE(cookie.sameSite, BrowserCookie::SameSite::Unspecified);
        }
    }

    makeFirefoxProfile(u"abcd.default-release"_s);
    const BrowserCookieResult firefoxResult = BrowserCookieStore(firefox()).list(target);
    QVERIFY(firefoxResult.ok());
    QStringList partitions;
    for (const BrowserCookie &cookie : firefoxResult.cookies) {
        QCOMPARE(cookie.expires, QDateTime::fromSecsSinceEpoch(2000000000, Qt::UTC));
        QCOMPARE(cookie.sameSite, BrowserCookie::SameSite::Lax);
        QCOMPARE(cookie.httpOnly, cookie.name == u"session"_s);
        QCOMPARE(cookie.isHostOnly(), !cookie.domain.startsWith(u'.'));
        partitions.append(cookie.partition);
    }
    QVERIFY(partitions.contains(u"^userContextId=1"_s));
}

void TestBrowserCookieStore::refusesRunningFirefoxParentLock()
{
    const QString database = makeFirefoxProfile(u"abcd.default-release"_s);
    const QString profile = QFileInfo(database).absolutePath();
    // Firefox holds a classic fcntl write lock on .parentlock while it runs. It has to be another process: closing
    // any descriptor of a file drops all of a process's own locks on it, so a lock held here would not survive the
    // first look at it.
    const QByteArray lockPath = QFile::encodeName(profile + u"/.parentlock"_s);
    int ready[2];
    QCOMPARE(::pipe(ready), 0);
    const pid_t holder = ::fork();
    QVERIFY(holder >= 0);
    if (holder == 0) {
        // Only async-signal-safe calls in the child of a threaded process.
        const int fd = ::open(lockPath.constData(), O_RDWR | O_CREAT, 0644);
        struct flock lock = {};
        lock.l_type = F_WRLCK;
        lock.l_whence = SEEK_SET;
        const char status = fd >= 0 && ::fcntl(fd, F_SETLK, &lock) == 0 ? 'y' : 'n';
        [[maybe_unused]] const ssize_t written = ::write(ready[1], &status, 1);
        ::pause();
        ::_exit(0);
    }
    ::close(ready[1]);
    char status = 0;
    const ssize_t got = ::read(ready[0], &status, 1);
    ::close(ready[0]);
    const auto stopHolder = qScopeGuard([holder] {
        ::kill(holder, SIGKILL);
        ::waitpid(holder, nullptr, 0);
    });
    QCOMPARE(got, ssize_t(1));
    QCOMPARE(status, 'y');

    const BrowserCookieStore store(firefox());
    const BrowserCookieResult listed = store.list(target);
    QVERIFY(listed.ok());
    QVERIFY(listed.browserRunning);
    const BrowserCookieResult result = store.remove(target, listed.cookies);
    QCOMPARE(result.error, BrowserCookieResult::Error::BrowserRunning);
    QVERIFY(result.browserRunning);
    QVERIFY(result.errorText.contains(u"Firefox is still running"_s));
    QVERIFY(result.technical.contains(u".parentlock"_s));
    QVERIFY(result.technical.contains(QString::number(holder)));
    QCOMPARE(remainingRows(database, true).size(), fixtureRows().size());
    QVERIFY(store.backups().isEmpty());

    // Once the browser is gone, the same request goes through.
    ::kill(holder, SIGKILL);
    ::waitpid(holder, nullptr, 0);
    QVERIFY(!store.isBrowserRunning());
    QVERIFY(store.remove(target, listed.cookies).ok());
}

void TestBrowserCookieStore::refusesRunningFirefoxLockSymlink()
{
    const QString database = makeFirefoxProfile(u"abcd.default-release"_s);
    const QString profile = QFileInfo(database).absolutePath();
    // "lock" -> "<address>:+<pid>", here this test's own, live process.
    QVERIFY(QFile::link(u"127.0.1.1:+%1"_s.arg(QCoreApplication::applicationPid()), profile + u"/lock"_s));

    const BrowserCookieStore store(firefox());
    const BrowserCookieResult result = store.remove(target, store.list(target).cookies);
    QCOMPARE(result.error, BrowserCookieResult::Error::BrowserRunning);
    QVERIFY(!result.errorText.isEmpty());
    QCOMPARE(remainingRows(database, true).size(), fixtureRows().size());
}

void TestBrowserCookieStore::ignoresLeftoverFirefoxLock()
{
    const QString database = makeFirefoxProfile(u"abcd.default-release"_s);
    const QString profile = QFileInfo(database).absolutePath();
    // Left by a crash: the symlink names a process that is gone, and .parentlock is not locked.
    QVERIFY(QFile::link(u"127.0.1.1:+2147483646"_s, profile + u"/lock"_s));
    QFile(profile + u"/.parentlock"_s).open(QIODevice::WriteOnly);
    QVERIFY(!BrowserProfileLock::inspectFirefox(profile).held);

    const BrowserCookieStore store(firefox());
    const BrowserCookieResult result = store.remove(target, store.list(target).cookies);
    QVERIFY2(result.ok(), qPrintable(result.technical));
    QCOMPARE(result.cookies.size(), expectedRemoved().size());
}

void TestBrowserCookieStore::refusesRunningChromium()
{
    const QString database = makeChromiumProfile();
    const QString userData = m_dir->filePath(u"config/chromium"_s);
    QVERIFY(QFile::link(u"%1-%2"_s.arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid()),
        userData + u"/SingletonLock"_s));

    const BrowserCookieStore store(chromium());
    BrowserCookieResult listed = store.list(target);
    QVERIFY(listed.browserRunning);
    const BrowserCookieResult result = store.remove(target, listed.cookies);
    QCOMPARE(result.error, BrowserCookieResult::Error::BrowserRunning);
    QCOMPARE(result.errorText,
        BrowserCookieResult::errorSentence(BrowserCookieResult::Error::BrowserRunning, u"Chromium"_s));
    QVERIFY(result.errorText.startsWith(u"Chromium is still running"_s));
    QVERIFY(result.technical.contains(QString::number(QCoreApplication::applicationPid())));
    QCOMPARE(remainingRows(database, false).size(), fixtureRows().size());
    QVERIFY(store.backups().isEmpty());
}

void TestBrowserCookieStore::ignoresLeftoverChromiumLock()
{
    makeChromiumProfile();
    const QString userData = m_dir->filePath(u"config/chromium"_s);
    QVERIFY(QFile::link(u"%1-2147483646"_s.arg(QSysInfo::machineHostName()), userData + u"/SingletonLock"_s));
    const BrowserCookieStore store(chromium());
    QVERIFY(!store.isBrowserRunning());
    const BrowserCookieResult result = store.remove(target, store.list(target).cookies);
    QVERIFY2(result.ok(), qPrintable(result.technical));
    QCOMPARE(result.cookies.size(), expectedRemoved().size());
}

void TestBrowserCookieStore::refusesChromiumLockOfAnotherComputer()
{
    makeChromiumProfile();
    const QString userData = m_dir->filePath(u"config/chromium"_s);
    QVERIFY(QFile::link(u"some-other-host.example-4242"_s, userData + u"/SingletonLock"_s));
    const BrowserCookieStore store(chromium());
    QString technical;
    QVERIFY(store.isBrowserRunning(&technical));
    QVERIFY(technical.contains(u"not this computer"_s));
    QCOMPARE(store.remove(target, store.list(target).cookies).error, BrowserCookieResult::Error::BrowserRunning);
}

void TestBrowserCookieStore::restoreRefusedWhileRunning()
{
    const QString database = makeChromiumProfile();
    const BrowserCookieStore store(chromium());
    const BrowserCookieResult removed = store.remove(target, store.list(target).cookies);
    QVERIFY(removed.ok());
    const QString userData = m_dir->filePath(u"config/chromium"_s);
    QVERIFY(QFile::link(u"%1-%2"_s.arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid()),
        userData + u"/SingletonLock"_s));
    const BrowserCookieResult restored = store.restore(removed.backups);
    QCOMPARE(restored.error, BrowserCookieResult::Error::BrowserRunning);
    QCOMPARE(remainingRows(database, false).size(), fixtureRows().size() - expectedRemoved().size());
    QFile::remove(userData + u"/SingletonLock"_s);
    QVERIFY(store.restore(removed.backups).ok());
    QCOMPARE(remainingRows(database, false).size(), fixtureRows().size());
}

void TestBrowserCookieStore::fileLockedByAnotherProgram()
{
    const QString database = makeFirefoxProfile(u"abcd.default-release"_s);
    const BrowserCookieStore store(firefox());
    const QList<BrowserCookie> cookies = store.list(target).cookies;
    QVERIFY(!cookies.isEmpty());
    {
        // Another program (a sync tool, an unclean browser) holds the database's write lock.
        Sql holder(database);
        QVERIFY(holder.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(holder.exec(u"BEGIN EXCLUSIVE"_s));
        const BrowserCookieResult result = store.remove(target, cookies);
        QCOMPARE(result.error, BrowserCookieResult::Error::FileLocked);
        QVERIFY(result.errorText.contains(u"in use by another program"_s));
        QVERIFY(!everythingShown(result).contains(sentinel));
        QVERIFY(holder.exec(u"ROLLBACK"_s));
    }
    QVERIFY(store.backups().isEmpty());
    QCOMPARE(remainingRows(database, true).size(), fixtureRows().size());
}

void TestBrowserCookieStore::notACookieDatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("schema");
    QTest::newRow("text file") << QByteArray("This is not SQLite at all, just text.\n").repeated(200) << QString();
    QTest::newRow("other sqlite") << QByteArray() << u"CREATE TABLE places (id INTEGER PRIMARY KEY, url TEXT)"_s;
    QTest::newRow("cookies without host") << QByteArray() << u"CREATE TABLE cookies (name TEXT, value TEXT)"_s;
}

void TestBrowserCookieStore::notACookieDatabase()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, schema);
    const QString root = m_dir->filePath(u"config/chromium"_s);
    QDir().mkpath(root + u"/Default/Network"_s);
    const QString database = root + u"/Default/Network/Cookies"_s;
    if (schema.isEmpty()) {
        QFile file(database);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    } else {
        Sql sql(database);
        QVERIFY(sql.exec(schema));
    }
    const QByteArray original = [&] {
        QFile file(database);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const BrowserCookieStore store(chromium());
    const BrowserCookieResult listed = store.list(target);
    QCOMPARE(listed.error, BrowserCookieResult::Error::NotCookieDatabase);
    QVERIFY(listed.errorText.contains(u"not in a form"_s));

    BrowserCookie cookie;
    cookie.domain = target;
    cookie.name = u"session"_s;
    cookie.path = u"/"_s;
    cookie.database = database;
    cookie.rowId = 1;
    QCOMPARE(store.remove(target, { cookie }).error, BrowserCookieResult::Error::NotCookieDatabase);
    QVERIFY(store.backups().isEmpty());
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original);
}

void TestBrowserCookieStore::noProfile()
{
    const BrowserCookieStore store(firefox());
    QVERIFY(store.profiles().isEmpty());
    const BrowserCookieResult listed = store.list(target);
    QCOMPARE(listed.error, BrowserCookieResult::Error::NoProfile);
    QCOMPARE(listed.errorText, u"No Firefox profile was found on this computer for your user account."_s);
    QCOMPARE(store.remove(target, {}).error, BrowserCookieResult::Error::NoProfile);

    // A profile that never stored a cookie has no database yet: nothing to list, not an error.
    const QString root = m_dir->filePath(u"mozilla/firefox"_s);
    QDir().mkpath(root + u"/fresh"_s);
    QFile ini(root + u"/profiles.ini"_s);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[Profile0]\nName=fresh\nIsRelative=1\nPath=fresh\nDefault=1\n");
    ini.close();
    const BrowserCookieResult empty = BrowserCookieStore(firefox()).list(target);
    QVERIFY(empty.ok());
    QVERIFY(empty.cookies.isEmpty());
}

void TestBrowserCookieStore::failedRemovalRollsBackEveryProfile()
{
    const QString first = makeFirefoxProfile(u"aaaa.first"_s);
    const QString second = makeFirefoxProfile(u"bbbb.second"_s);
    {
        // SQLite refuses to delete one of the second profile's rows halfway through.
        Sql sql(second);
        QVERIFY(sql.exec(u"CREATE TRIGGER refuse BEFORE DELETE ON moz_cookies WHEN old.name = 'sso' "
                         "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"_s));
    }
    const BrowserCookieStore store(firefox());
    QCOMPARE(store.profiles().size(), 2);
    const BrowserCookieResult listed = store.list(target);
    QCOMPARE(listed.cookies.size(), 2 * expectedRemoved().size());
    const BrowserCookieResult result = store.remove(target, listed.cookies);
    QCOMPARE(result.error, BrowserCookieResult::Error::DatabaseError);
    QVERIFY(result.technical.contains(u"refused by test"_s));
    QVERIFY(!everythingShown(result).contains(sentinel));
    // Both databases as before: the failing one by its transaction, the other from its copy.
    QCOMPARE(remainingRows(first, true).size(), fixtureRows().size());
    QCOMPARE(remainingRows(second, true).size(), fixtureRows().size());
}

void TestBrowserCookieStore::listsBackupsAndDiscardsThem()
{
    makeFirefoxProfile(u"abcd.default-release"_s);
    const BrowserCookieStore store(firefox());
    QVERIFY(store.backups().isEmpty());
    const BrowserCookieResult removed = store.remove(target, store.list(target).cookies);
    QVERIFY(removed.ok());
    const QList<BrowserCookieBackup> found = store.backups();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().copy, removed.backups.constFirst().copy);
    QVERIFY(qAbs(found.constFirst().createdAt.secsTo(removed.backups.constFirst().createdAt)) <= 1);

    BrowserCookieBackup foreign = found.constFirst();
    foreign.copy = m_dir->filePath(u"unrelated-file"_s);
    QVERIFY(!store.discardBackup(foreign));
    QVERIFY(store.discardBackup(found.constFirst()));
    QVERIFY(store.backups().isEmpty());
}

void TestBrowserCookieStore::restoreWithoutCopy()
{
    makeFirefoxProfile(u"abcd.default-release"_s);
    const BrowserCookieStore store(firefox());
    const BrowserCookieResult removed = store.remove(target, store.list(target).cookies);
    QVERIFY(removed.ok());
    QCOMPARE(removed.backups.size(), 1);
    QVERIFY(QFile::remove(removed.backups.constFirst().copy));
    const BrowserCookieResult restored = store.restore(removed.backups);
    QCOMPARE(restored.error, BrowserCookieResult::Error::BackupMissing);
    QVERIFY(!restored.errorText.isEmpty());
}

void TestBrowserCookieStore::backupIncludesWriteAheadLog()
{
    const QString database = makeFirefoxProfile(u"abcd.default-release"_s);
    const BrowserCookieStore store(firefox());
    BrowserCookieResult removed;
    {
        // A cookie that so far lives only in cookies.sqlite-wal, as after a browser crash.
        Sql writer(database);
        QVERIFY(writer.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
        QVERIFY(writer.exec(u"INSERT INTO moz_cookies (originAttributes, name, value, host, path, expiry, isSecure, "
                            "isHttpOnly) VALUES ('', 'late', ?, 'app.example.com', '/', 2000000000, 1, 1)"_s,
            { sentinel }));
        QVERIFY(QFileInfo(database + u"-wal"_s).size() > 0);
        const BrowserCookieResult listed = store.list(target);
        QCOMPARE(listed.cookies.size(), expectedRemoved().size() + 1);
        removed = store.remove(target, listed.cookies);
        QVERIFY2(removed.ok(), qPrintable(removed.technical));
    }
    QCOMPARE(removed.backups.size(), 1);
    const BrowserCookieBackup backup = removed.backups.constFirst();
    QCOMPARE(backup.companionSuffixes, QStringList { u"-wal"_s });
    QVERIFY(QFileInfo(backup.copy + u"-wal"_s).size() > 0);
    QCOMPARE(remainingRows(database, true).size(), fixtureRows().size() - expectedRemoved().size());

    QVERIFY(store.restore(removed.backups).ok());
    const QStringList restored = remainingRows(database, true);
    QCOMPARE(restored.size(), fixtureRows().size() + 1);
    QVERIFY(restored.contains(u"app.example.com late"_s));
    QCOMPARE(store.backups().value(0).companionSuffixes, QStringList { u"-wal"_s });
}

QTEST_GUILESS_MAIN(TestBrowserCookieStore)
#include "TestBrowserCookieStore.moc"
