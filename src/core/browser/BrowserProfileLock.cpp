// Implementation of BrowserProfileLock.
#include "BrowserProfileLock.h"

#include <QFile>
#include <QSysInfo>

#include <limits>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

// The target of a symbolic link as written (the browsers store data in it, not a path); empty when path is not one.
QString readLinkText(const QString &path)
{
#ifdef Q_OS_UNIX
    char buffer[512];
    const QByteArray encoded = QFile::encodeName(path);
    const ssize_t length = ::readlink(encoded.constData(), buffer, sizeof(buffer) - 1);
    if (length <= 0)
        return {};
    return QString::fromLocal8Bit(buffer, qsizetype(length));
#else
    Q_UNUSED(path);
    return {};
#endif
}

// Whether another process holds an fcntl lock on path; pid receives its id when the kernel says.
bool fcntlLockHeld(const QString &path, qint64 *pid)
{
#ifdef Q_OS_UNIX
    const QByteArray encoded = QFile::encodeName(path);
    const int fd = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 0;
    lock.l_len = 0;
#ifdef F_OFD_GETLK
    // An open-file-description query also sees locks taken by this very process, which a classic F_GETLK ignores.
    int result = ::fcntl(fd, F_OFD_GETLK, &lock);
    if (result != 0 && errno == EINVAL) {
        lock = {};
        lock.l_type = F_WRLCK;
        lock.l_whence = SEEK_SET;
        result = ::fcntl(fd, F_GETLK, &lock);
    }
#else
    const int result = ::fcntl(fd, F_GETLK, &lock);
#endif
    ::close(fd);
    if (result != 0 || lock.l_type == F_UNLCK)
        return false;
    if (pid && lock.l_pid > 0)
        *pid = lock.l_pid;
    return true;
#else
    Q_UNUSED(path);
    Q_UNUSED(pid);
    return false;
#endif
}

} // namespace

bool BrowserProfileLock::processExists(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return false;
#endif
}

BrowserProfileLock BrowserProfileLock::inspect(const BrowserProfile &profile)
{
    if (profile.engine() == Browser::Engine::Gecko)
        return inspectFirefox(profile.lockDirectory);
    if (profile.engine() == Browser::Engine::Chromium)
        return inspectChromium(profile.lockDirectory);
    return {};
}

BrowserProfileLock BrowserProfileLock::inspectFirefox(const QString &profileDirectory)
{
    BrowserProfileLock state;
    // The fcntl lock dies with the process, so it is the reliable sign; the symlink survives a crash.
    const QString parentLock = profileDirectory + u"/.parentlock"_s;
    qint64 pid = 0;
    if (fcntlLockHeld(parentLock, &pid)) {
        state.held = true;
        state.pid = pid;
        state.lockFile = parentLock;
        state.technical
            = u"%1 is locked (fcntl) by process %2"_s.arg(parentLock, pid > 0 ? QString::number(pid) : u"?"_s);
        return state;
    }
    // "lock" -> "<IP address>:+<pid>" ('+' when the fcntl lock is used as well).
    const QString link = profileDirectory + u"/lock"_s;
    const QString target = readLinkText(link);
    if (target.isEmpty())
        return state;
    QString pidText = target.section(u':', -1);
    if (pidText.startsWith(u'+'))
        pidText.remove(0, 1);
    bool ok = false;
    pid = pidText.toLongLong(&ok);
    if (ok && processExists(pid)) {
        state.held = true;
        state.pid = pid;
        state.lockFile = link;
        state.technical = u"%1 -> %2, process %3 is running"_s.arg(link, target).arg(pid);
    } else {
        state.technical = u"%1 -> %2 is left over: no such process"_s.arg(link, target);
    }
    return state;
}

BrowserProfileLock BrowserProfileLock::inspectChromium(const QString &userDataDirectory)
{
    BrowserProfileLock state;
    const QString link = userDataDirectory + u"/SingletonLock"_s;
    const QString target = readLinkText(link);
    if (target.isEmpty())
        return state;
    // "<host name>-<pid>"; the host name may itself contain '-'.
    const qsizetype dash = target.lastIndexOf(u'-');
    const QString host = dash > 0 ? target.left(dash) : QString();
    bool ok = false;
    const qint64 pid = dash > 0 ? target.mid(dash + 1).toLongLong(&ok) : 0;
    state.lockFile = link;
    if (!ok || host != QSysInfo::machineHostName()) {
        // Another computer sharing this home folder, or a form we do not know: the browser itself would refuse to
        // start here, so do we.
        state.held = true;
        state.technical = u"%1 -> %2 (not this computer, %3)"_s.arg(link, target, QSysInfo::machineHostName());
        return state;
    }
    if (processExists(pid)) {
        state.held = true;
        state.pid = pid;
        state.technical = u"%1 -> %2, process %3 is running"_s.arg(link, target).arg(pid);
        return state;
    }
    state.lockFile.clear();
    state.technical = u"%1 -> %2 is left over: no such process"_s.arg(link, target);
    return state;
}
