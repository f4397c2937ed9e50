// A copy of a cookie database taken before removing cookies from it, so that the removal can be undone.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct BrowserCookieBackup
{
    QString database; // the database it is a copy of
    QString copy; // the copy, next to it: "<database>.authdoctor-backup-<yyyyMMdd-HHmmss>"
    // SQLite's companion files ("-wal", "-journal") that existed and were copied along, as "<copy>-wal" etc.
    QStringList companionSuffixes;
    QDateTime createdAt; // UTC

    bool isValid() const { return !database.isEmpty() && !copy.isEmpty(); }
};

Q_DECLARE_METATYPE(BrowserCookieBackup)
