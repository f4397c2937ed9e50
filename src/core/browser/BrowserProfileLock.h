// Tells whether a browser is using a profile, from the lock it keeps while running: Firefox's "lock" symlink and the
// fcntl lock on ".parentlock" in the profile folder; the Chromium family's "SingletonLock" symlink
// ("<host name>-<process id>") in the user-data folder. Unix only; elsewhere nothing is ever reported as held.
#pragma once

#include "BrowserProfile.h"

#include <QString>

struct BrowserProfileLock
{
    bool held = false;
    qint64 pid = 0; // the process holding it, when known
    QString lockFile; // the file that says so
    QString technical; // what was seen, for the technical details

    static BrowserProfileLock inspect(const BrowserProfile &profile);
    static BrowserProfileLock inspectFirefox(const QString &profileDirectory);
    static BrowserProfileLock inspectChromium(const QString &userDataDirectory);
    // True when a process with this id exists (even one owned by another user).
    static bool processExists(qint64 pid);
};
