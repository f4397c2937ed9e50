// Implementation of BrowserCookieResult.
#include "BrowserCookieResult.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

BrowserCookieResult BrowserCookieResult::failure(Error error, const QString &browserName, const QString &technical)
{
    BrowserCookieResult result;
    result.error = error;
    result.errorText = errorSentence(error, browserName);
    result.technical = technical;
    return result;
}

QString BrowserCookieResult::errorSentence(Error error, const QString &browserName)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::BrowserRunning:
        return QCoreApplication::translate("BrowserCookieResult",
            "%1 is still running: close all of its windows (and check that it is not "
            "running in the background), then try again.")
            .arg(browserName);
    case Error::NoProfile:
        return QCoreApplication::translate(
            "BrowserCookieResult", "No %1 profile was found on this computer for your user account.")
            .arg(browserName);
    case Error::FileLocked:
        return QCoreApplication::translate("BrowserCookieResult",
            "The cookie file of %1 is in use by another program: close %1 and any "
            "program that syncs or backs up your profile, then try again.")
            .arg(browserName);
    case Error::NotCookieDatabase:
        return QCoreApplication::translate("BrowserCookieResult",
            "The cookie file of %1 is not in a form this program knows, so it was "
            "left untouched.")
            .arg(browserName);
    case Error::BackupFailed:
        return QCoreApplication::translate("BrowserCookieResult",
            "No backup copy of the cookie file of %1 could be made, so nothing was "
            "removed.")
            .arg(browserName);
    case Error::BackupMissing:
        return QCoreApplication::translate("BrowserCookieResult",
            "The backup copy of the cookie file of %1 is no longer there, so it "
            "cannot be put back.")
            .arg(browserName);
    case Error::DatabaseError:
        break;
    }
    return QCoreApplication::translate(
        "BrowserCookieResult", "The cookie file of %1 could not be changed; it was left as it was.")
        .arg(browserName);
}

QString BrowserCookieResult::errorKey(Error error)
{
    switch (error) {
    case Error::None:
        return u"none"_s;
    case Error::BrowserRunning:
        return u"browser-running"_s;
    case Error::NoProfile:
        return u"no-profile"_s;
    case Error::FileLocked:
        return u"file-locked"_s;
    case Error::NotCookieDatabase:
        return u"not-cookie-database"_s;
    case Error::BackupFailed:
        return u"backup-failed"_s;
    case Error::BackupMissing:
        return u"backup-missing"_s;
    case Error::DatabaseError:
        break;
    }
    return u"database-error"_s;
}
