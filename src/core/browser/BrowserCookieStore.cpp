// Implementation of BrowserCookieStore, on Qt SQL's SQLite driver.
#include "BrowserCookieStore.h"

#include "BrowserLogging.h"
#include "BrowserProfileLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <system_error>

using namespace Qt::Literals::StringLiterals;

namespace {

using Error = BrowserCookieResult::Error;

const QStringList companionSuffixes { u"-wal"_s, u"-journal"_s };

// Microseconds between 1601-01-01 (Chromium's epoch, Windows' FILETIME) and 1970-01-01.
constexpr qint64 chromiumEpochOffsetUs = 11644473600LL * 1000 * 1000;

enum class Flavour { Unknown, Firefox, Chromium };

// Which table and columns hold what; the value columns are deliberately absent.
struct Schema
{
    Flavour flavour = Flavour::Unknown;
    QString table;
    QString idColumn;
    QString hostColumn;
    QString expiryColumn;
    QString hasExpiresColumn;
    QString persistentColumn;
    QString secureColumn;
    QString httpOnlyColumn;
    QString sameSiteColumn;
    QString partitionColumn;
};

struct Failure
{
    Error error = Error::DatabaseError;
    QString technical;
};

// One Qt SQL connection for one operation, removed afterwards (Qt keeps connections by name, process-wide).
// Declare it before any QSqlQuery on it, so the queries are gone first.
class Connection
{
public:
    Connection(const QString &path, bool readOnly)
        : m_name(u"authdoctor-cookies-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
        , m_path(path)
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
        // A short wait rides out a sync tool's brief read; a browser holding the file stays an error.
        m_db.setConnectOptions(
            readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=500"_s : u"QSQLITE_BUSY_TIMEOUT=500"_s);
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }

private:
    QString m_name;
    QString m_path;
    QSqlDatabase m_db;
};

Failure failureFrom(const QSqlError &error, const QString &path)
{
    Failure failure;
    // Primary SQLite result codes (the driver may report extended ones).
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == 5 || code == 6) // SQLITE_BUSY, SQLITE_LOCKED
        failure.error = Error::FileLocked;
    else if (code == 26 || code == 11) // SQLITE_NOTADB, SQLITE_CORRUPT
        failure.error = Error::NotCookieDatabase;
    failure.technical = u"%1: SQLite error %2: %3"_s.arg(path, error.nativeErrorCode(), error.text());
    return failure;
}

std::optional<Failure> openDatabase(Connection &connection)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return Failure { Error::DatabaseError, u"Qt's SQLite driver (QSQLITE) is not installed"_s };
    if (!connection.db().open())
        return failureFrom(connection.db().lastError(), connection.path());
    return std::nullopt;
}

std::optional<Failure> readSchema(Connection &connection, Schema *schema)
{
    QSqlQuery tables(connection.db());
    if (!tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
        return failureFrom(tables.lastError(), connection.path());
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());

    Schema found;
    if (names.contains(u"moz_cookies"_s)) {
        found.flavour = Flavour::Firefox;
        found.table = u"moz_cookies"_s;
    } else if (names.contains(u"cookies"_s)) {
        found.flavour = Flavour::Chromium;
        found.table = u"cookies"_s;
    } else {
        return Failure { Error::NotCookieDatabase, u"%1: no moz_cookies or cookies table"_s.arg(connection.path()) };
    }
    const QSqlRecord record = connection.db().record(found.table);
    const auto has = [&record](const QString &column) {
        return record.indexOf(column) >= 0;
    };
    const auto first = [&has](std::initializer_list<QString> candidates) {
        for (const QString &column : candidates) {
            if (has(column))
                return column;
        }
        return QString();
    };
    if (found.flavour == Flavour::Firefox) {
        found.idColumn = u"id"_s;
        found.hostColumn = first({ u"host"_s });
        found.expiryColumn = first({ u"expiry"_s });
        found.secureColumn = first({ u"isSecure"_s });
        found.httpOnlyColumn = first({ u"isHttpOnly"_s });
        found.sameSiteColumn = first({ u"sameSite"_s });
        found.partitionColumn = first({ u"originAttributes"_s });
        if (!has(u"id"_s))
            found.idColumn = u"rowid"_s;
    } else {
        // Chromium has no id column; SQLite's rowid names the row.
        found.idColumn = u"rowid"_s;
        found.hostColumn = first({ u"host_key"_s });
        found.expiryColumn = first({ u"expires_utc"_s });
        found.hasExpiresColumn = first({ u"has_expires"_s });
        found.persistentColumn = first({ u"is_persistent"_s, u"persistent"_s });
        found.secureColumn = first({ u"is_secure"_s, u"secure"_s });
        found.httpOnlyColumn = first({ u"is_httponly"_s, u"httponly"_s });
        found.sameSiteColumn = first({ u"samesite"_s });
        found.partitionColumn = first({ u"top_frame_site_key"_s });
    }
    if (found.hostColumn.isEmpty() || !has(u"name"_s) || !has(u"path"_s))
        return Failure { Error::NotCookieDatabase,
            u"%1: table %2 lacks the host, name or path column"_s.arg(connection.path(), found.table) };
    *schema = found;
    return std::nullopt;
}

QDateTime expiryFrom(const Schema &schema, const QSqlRecord &row)
{
    if (schema.expiryColumn.isEmpty())
        return {};
    const qint64 raw = row.value(schema.expiryColumn).toLongLong();
    if (schema.flavour == Flavour::Firefox) {
        if (raw <= 0)
            return {};
        // Seconds since 1970; newer Firefox versions store milliseconds.
        return raw > 100'000'000'000LL ? QDateTime::fromMSecsSinceEpoch(raw, Qt::UTC)
                                       : QDateTime::fromSecsSinceEpoch(raw, Qt::UTC);
    }
    if ((!schema.hasExpiresColumn.isEmpty() && row.value(schema.hasExpiresColumn).toInt() == 0)
        || (!schema.persistentColumn.isEmpty() && row.value(schema.persistentColumn).toInt() == 0) || raw <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch((raw - chromiumEpochOffsetUs) / 1000, Qt::UTC);
}

BrowserCookie::SameSite sameSiteFrom(const Schema &schema, const QSqlRecord &row)
{
    if (schema.sameSiteColumn.isEmpty() || row.isNull(schema.sameSiteColumn))
        return BrowserCookie::SameSite::Unspecified;
    const int raw = row.value(schema.sameSiteColumn).toInt();
    if (schema.flavour == Flavour::Firefox) {
        // nsICookie: SAMESITE_NONE 0, LAX 1, STRICT 2 (and UNSET in newer versions).
        switch (raw) {
        case 0:
            return BrowserCookie::SameSite::None;
        case 1:
            return BrowserCookie::SameSite::Lax;
        case 2:
            return BrowserCookie::SameSite::Strict;
        default:
            return BrowserCookie::SameSite::Unspecified;
        }
    }
    // net::CookieSameSite: UNSPECIFIED -1, NO_RESTRICTION 0, LAX_MODE 1, STRICT_MODE 2.
    switch (raw) {
    case 0:
        return BrowserCookie::SameSite::None;
    case 1:
        return BrowserCookie::SameSite::Lax;
    case 2:
        return BrowserCookie::SameSite::Strict;
    default:
        return BrowserCookie::SameSite::Unspecified;
    }
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

// The cookies in the database whose domain is one of domains. Only named columns are selected, never the value.
std::optional<Failure> selectCookies(Connection &connection, const Schema &schema, const QStringList &domains,
    const BrowserProfile &profile, QList<BrowserCookie> *cookies)
{
    QStringList columns { schema.idColumn + u" AS row_id"_s, u"name"_s, schema.hostColumn + u" AS domain"_s,
        u"path"_s };
    for (const QString &column : { schema.expiryColumn, schema.hasExpiresColumn, schema.persistentColumn,
             schema.secureColumn, schema.httpOnlyColumn, schema.sameSiteColumn, schema.partitionColumn }) {
        if (!column.isEmpty())
            columns.append(column);
    }
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM %2 WHERE %3 IN (%4) ORDER BY %3, name, path"_s.arg(
        columns.join(u", "_s), schema.table, schema.hostColumn, placeholders(domains.size())));
    for (const QString &domain : domains)
        query.addBindValue(domain);
    if (!query.exec())
        return failureFrom(query.lastError(), connection.path());
    while (query.next()) {
        const QSqlRecord row = query.record();
        BrowserCookie cookie;
        cookie.rowId = row.value(u"row_id"_s).toLongLong();
        cookie.name = row.value(u"name"_s).toString();
        cookie.domain = row.value(u"domain"_s).toString();
        cookie.path = row.value(u"path"_s).toString();
        cookie.expires = expiryFrom(schema, row);
        cookie.secure = !schema.secureColumn.isEmpty() && row.value(schema.secureColumn).toInt() != 0;
        cookie.httpOnly = !schema.httpOnlyColumn.isEmpty() && row.value(schema.httpOnlyColumn).toInt() != 0;
        cookie.sameSite = sameSiteFrom(schema, row);
        if (!schema.partitionColumn.isEmpty())
            cookie.partition = row.value(schema.partitionColumn).toString();
        cookie.profileName = profile.name;
        cookie.database = connection.path();
        cookies->append(cookie);
    }
    return std::nullopt;
}

QString backupName(const QString &database, const QDateTime &now)
{
    const QString base
        = database + BrowserCookieStore::backupMarker() + now.toLocalTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) && n < 1000; ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

bool copyPrivately(const QString &from, const QString &to, QString *technical)
{
    QFile source(from);
    if (!source.copy(to)) {
        *technical = u"copy %1 -> %2: %3"_s.arg(from, to, source.errorString());
        return false;
    }
    // The copy signs the user in just like the original: readable by the owner only.
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

std::optional<BrowserCookieBackup> makeBackup(const QString &database, QString *technical)
{
    BrowserCookieBackup backup;
    backup.database = database;
    backup.createdAt = QDateTime::currentDateTimeUtc();
    backup.copy = backupName(database, backup.createdAt);
    if (!copyPrivately(database, backup.copy, technical))
        return std::nullopt;
    for (const QString &suffix : companionSuffixes) {
        const QFileInfo companion(database + suffix);
        if (!companion.exists() || companion.size() == 0)
            continue;
        if (!copyPrivately(companion.filePath(), backup.copy + suffix, technical)) {
            QFile::remove(backup.copy);
            for (const QString &done : std::as_const(backup.companionSuffixes))
                QFile::remove(backup.copy + done);
            return std::nullopt;
        }
        backup.companionSuffixes.append(suffix);
    }
    return backup;
}

void removeBackupFiles(const BrowserCookieBackup &backup)
{
    QFile::remove(backup.copy);
    for (const QString &suffix : backup.companionSuffixes)
        QFile::remove(backup.copy + suffix);
}

// Puts the copy back in place: the main file replaced in one rename, the companions as they were.
bool putBack(const BrowserCookieBackup &backup, QString *technical)
{
    const QString staging = backup.database + u".authdoctor-restoring"_s;
    QFile::remove(staging);
    if (!copyPrivately(backup.copy, staging, technical))
        return false;
    for (const QString &suffix : { u"-wal"_s, u"-journal"_s, u"-shm"_s })
        QFile::remove(backup.database + suffix);
    std::error_code error;
    std::filesystem::rename(
        QFile::encodeName(staging).toStdString(), QFile::encodeName(backup.database).toStdString(), error);
    if (error) {
        *technical = u"rename %1 -> %2: %3"_s.arg(staging, backup.database, QString::fromStdString(error.message()));
        QFile::remove(staging);
        return false;
    }
    for (const QString &suffix : backup.companionSuffixes) {
        if (!copyPrivately(backup.copy + suffix, backup.database + suffix, technical))
            return false;
    }
    return true;
}

} // namespace

BrowserCookieStore::BrowserCookieStore(const Browser &browser)
    : BrowserCookieStore(browser.displayName.isEmpty() ? Browser::brandName(browser.id) : browser.displayName,
        BrowserProfile::find(browser))
{
}

BrowserCookieStore::BrowserCookieStore(const QString &browserName, const QList<BrowserProfile> &profiles)
    : m_browserName(browserName)
    , m_profiles(profiles)
{
}

QString BrowserCookieStore::backupMarker()
{
    return u".authdoctor-backup-"_s;
}

QStringList BrowserCookieStore::domainsFor(const QString &host)
{
    QString name = host.trimmed();
    while (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        return {};
    const QHostAddress address(name.startsWith(u'[') && name.endsWith(u']') ? name.mid(1, name.size() - 2) : name);
    if (!address.isNull()) {
        // An address has no parent domains; Chromium keeps IPv6 ones in brackets.
        if (address.protocol() == QAbstractSocket::IPv6Protocol)
            return { u"["_s + address.toString() + u"]"_s, address.toString() };
        return { address.toString() };
    }
    const QString ace = QString::fromLatin1(QUrl::toAce(name)).toLower();
    if (ace.isEmpty() || ace.contains(u'/') || ace.contains(u' '))
        return {};
    QStringList domains { ace, u"."_s + ace };
    QStringList labels = ace.split(u'.');
    // Parent domains down to the one below the top-level domain; browsers refuse cookies for a top-level domain.
    while (labels.size() > 2) {
        labels.removeFirst();
        domains.append(u"."_s + labels.join(u'.'));
    }
    return domains;
}

const BrowserProfile *BrowserCookieStore::profileForDatabase(const QString &database) const
{
    for (const BrowserProfile &profile : m_profiles) {
        if (profile.cookieDatabase == database)
            return &profile;
    }
    return nullptr;
}

bool BrowserCookieStore::isBrowserRunning(QString *technical) const
{
    for (const BrowserProfile &profile : m_profiles) {
        const BrowserProfileLock lock = BrowserProfileLock::inspect(profile);
        if (lock.held) {
            if (technical)
                *technical = lock.technical;
            return true;
        }
    }
    return false;
}

BrowserCookieResult BrowserCookieStore::list(const QString &host) const
{
    if (m_profiles.isEmpty())
        return BrowserCookieResult::failure(Error::NoProfile, m_browserName);
    BrowserCookieResult result;
    QString runningTechnical;
    result.browserRunning = isBrowserRunning(&runningTechnical);
    const QStringList domains = domainsFor(host);
    if (domains.isEmpty())
        return result;
    for (const BrowserProfile &profile : m_profiles) {
        if (!QFileInfo::exists(profile.cookieDatabase))
            continue;
        Connection connection(profile.cookieDatabase, true);
        Schema schema;
        std::optional<Failure> failure = openDatabase(connection);
        if (!failure)
            failure = readSchema(connection, &schema);
        if (!failure)
            failure = selectCookies(connection, schema, domains, profile, &result.cookies);
        if (failure) {
            // The Chromium family locks its file while it runs; the running browser is the better explanation.
            const Error error
                = failure->error == Error::FileLocked && result.browserRunning ? Error::BrowserRunning : failure->error;
            BrowserCookieResult failed = BrowserCookieResult::failure(error, m_browserName,
                error == Error::BrowserRunning ? runningTechnical + u'\n' + failure->technical : failure->technical);
            failed.browserRunning = result.browserRunning;
            return failed;
        }
    }
    qCInfo(lcBrowser) << "found" << result.cookies.size() << "cookies of" << m_browserName << "for" << domains;
    return result;
}

BrowserCookieResult BrowserCookieStore::remove(const QString &host, const QList<BrowserCookie> &cookies) const
{
    if (m_profiles.isEmpty())
        return BrowserCookieResult::failure(Error::NoProfile, m_browserName);
    const QStringList domains = domainsFor(host);
    // Group by database, keeping only cookies of this site in databases of these profiles.
    QList<QString> databases;
    QList<QList<BrowserCookie>> perDatabase;
    for (const BrowserCookie &cookie : cookies) {
        if (!domains.contains(cookie.domain) || !profileForDatabase(cookie.database) || cookie.rowId < 0) {
            qCWarning(lcBrowser) << "refused to remove a cookie of" << cookie.domain << "for" << host;
            continue;
        }
        qsizetype index = databases.indexOf(cookie.database);
        if (index < 0) {
            databases.append(cookie.database);
            perDatabase.append(QList<BrowserCookie>());
            index = databases.size() - 1;
        }
        perDatabase[index].append(cookie);
    }
    BrowserCookieResult result;
    if (databases.isEmpty())
        return result;

    // Every profile involved must be closed before anything is touched: a running browser writes its own copy of
    // the cookies back and would undo the change, or be corrupted by it.
    for (const QString &database : std::as_const(databases)) {
        const BrowserProfileLock lock = BrowserProfileLock::inspect(*profileForDatabase(database));
        if (lock.held) {
            BrowserCookieResult refused
                = BrowserCookieResult::failure(Error::BrowserRunning, m_browserName, lock.technical);
            refused.browserRunning = true;
            return refused;
        }
    }

    std::optional<Failure> failure;
    for (qsizetype i = 0; i < databases.size() && !failure; ++i) {
        const QString &database = databases.at(i);
        Connection connection(database, false);
        Schema schema;
        failure = openDatabase(connection);
        if (!failure)
            failure = readSchema(connection, &schema);
        if (failure)
            break;
        QSqlQuery query(connection.db());
        // IMMEDIATE takes the write lock now, so nobody changes the file between the copy and the removal.
        if (!query.exec(u"BEGIN IMMEDIATE"_s)) {
            failure = failureFrom(query.lastError(), database);
            break;
        }
        QString technical;
        const std::optional<BrowserCookieBackup> backup = makeBackup(database, &technical);
        if (!backup) {
            query.exec(u"ROLLBACK"_s);
            failure = Failure { Error::BackupFailed, technical };
            break;
        }
        QString statement = u"DELETE FROM %1 WHERE %2 = ? AND %3 = ? AND name = ? AND path = ?"_s.arg(
            schema.table, schema.idColumn, schema.hostColumn);
        if (!schema.partitionColumn.isEmpty())
            statement += u" AND IFNULL(%1, '') = IFNULL(?, '')"_s.arg(schema.partitionColumn);
        QList<BrowserCookie> removed;
        for (const BrowserCookie &cookie : std::as_const(perDatabase.at(i))) {
            QSqlQuery remove(connection.db());
            remove.prepare(statement);
            remove.addBindValue(cookie.rowId);
            remove.addBindValue(cookie.domain);
            remove.addBindValue(cookie.name);
            remove.addBindValue(cookie.path);
            if (!schema.partitionColumn.isEmpty())
                remove.addBindValue(cookie.partition);
            if (!remove.exec()) {
                failure = failureFrom(remove.lastError(), database);
                break;
            }
            // Zero rows: the browser replaced or removed that cookie since it was listed; nothing to do.
            if (remove.numRowsAffected() > 0)
                removed.append(cookie);
        }
        if (!failure && !query.exec(u"COMMIT"_s))
            failure = failureFrom(query.lastError(), database);
        if (failure) {
            query.exec(u"ROLLBACK"_s);
            removeBackupFiles(*backup);
            break;
        }
        result.cookies.append(removed);
        result.backups.append(*backup);
        qCInfo(lcBrowser) << "removed" << removed.size() << "cookies from" << database << "backup" << backup->copy;
    }
    if (failure) {
        // Undo the databases already changed, so that the user is left with all or nothing.
        QString undoTechnical;
        for (const BrowserCookieBackup &backup : std::as_const(result.backups)) {
            if (!putBack(backup, &undoTechnical))
                qCWarning(lcBrowser) << "could not put back" << backup.copy << undoTechnical;
        }
        BrowserCookieResult failed = BrowserCookieResult::failure(failure->error, m_browserName, failure->technical);
        failed.backups = result.backups;
        return failed;
    }
    return result;
}

BrowserCookieResult BrowserCookieStore::restore(const QList<BrowserCookieBackup> &backups) const
{
    for (const BrowserCookieBackup &backup : backups) {
        const BrowserProfile *profile = profileForDatabase(backup.database);
        if (!profile)
            return BrowserCookieResult::failure(Error::NoProfile, m_browserName,
                u"%1 is not a cookie database of these profiles"_s.arg(backup.database));
        if (!QFileInfo::exists(backup.copy))
            return BrowserCookieResult::failure(Error::BackupMissing, m_browserName, backup.copy);
        const BrowserProfileLock lock = BrowserProfileLock::inspect(*profile);
        if (lock.held) {
            BrowserCookieResult refused
                = BrowserCookieResult::failure(Error::BrowserRunning, m_browserName, lock.technical);
            refused.browserRunning = true;
            return refused;
        }
    }
    BrowserCookieResult result;
    for (const BrowserCookieBackup &backup : backups) {
        QString technical;
        if (!putBack(backup, &technical))
            return BrowserCookieResult::failure(Error::DatabaseError, m_browserName, technical);
        result.backups.append(backup);
        qCInfo(lcBrowser) << "put back" << backup.copy << "over" << backup.database;
    }
    return result;
}

QList<BrowserCookieBackup> BrowserCookieStore::backups() const
{
    QList<BrowserCookieBackup> found;
    for (const BrowserProfile &profile : m_profiles) {
        const QFileInfo database(profile.cookieDatabase);
        const QDir dir = database.absoluteDir();
        const QString prefix = database.fileName() + backupMarker();
        const QStringList names = dir.entryList({ prefix + u'*' }, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            if (name.endsWith(u"-wal"_s) || name.endsWith(u"-journal"_s))
                continue;
            BrowserCookieBackup backup;
            backup.database = profile.cookieDatabase;
            backup.copy = dir.filePath(name);
            for (const QString &suffix : companionSuffixes) {
                if (QFileInfo::exists(backup.copy + suffix))
                    backup.companionSuffixes.append(suffix);
            }
            QDateTime stamp = QDateTime::fromString(name.mid(prefix.size(), 15), u"yyyyMMdd-HHmmss"_s);
            backup.createdAt = stamp.isValid() ? stamp.toUTC() : QFileInfo(backup.copy).lastModified().toUTC();
            found.append(backup);
        }
    }
    std::stable_sort(found.begin(), found.end(),
        [](const BrowserCookieBackup &a, const BrowserCookieBackup &b) { return a.createdAt > b.createdAt; });
    return found;
}

bool BrowserCookieStore::discardBackup(const BrowserCookieBackup &backup) const
{
    if (!profileForDatabase(backup.database) || !backup.copy.startsWith(backup.database + backupMarker()))
        return false;
    removeBackupFiles(backup);
    return !QFileInfo::exists(backup.copy);
}
