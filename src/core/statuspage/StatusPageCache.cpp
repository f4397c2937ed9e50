// Implementation of StatusPageCache: a map aged by a monotonic clock, so that a changed wall clock extends nothing.
#include "StatusPageCache.h"

#include <QMutexLocker>

StatusPageCache &StatusPageCache::shared()
{
    static StatusPageCache cache;
    return cache;
}

QString StatusPageCache::keyOf(const QUrl &base)
{
    return base.adjusted(QUrl::NormalizePathSegments | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

std::optional<StatusPageCache::Answer> StatusPageCache::find(const QUrl &base) const
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_entries.constFind(keyOf(base));
    if (it == m_entries.cend() || it->age.hasExpired(m_maxAgeMs))
        return std::nullopt;
    return it->answer;
}

void StatusPageCache::insert(const QUrl &base, const Answer &answer)
{
    QMutexLocker locker(&m_mutex);
    // Drop what has expired, so that a long-running program does not collect addresses.
    m_entries.removeIf([this](const QHash<QString, Entry>::iterator it) { return it->age.hasExpired(m_maxAgeMs); });
    Entry entry;
    entry.answer = answer;
    entry.age.start();
    m_entries.insert(keyOf(base), entry);
}

void StatusPageCache::clear()
{
    QMutexLocker locker(&m_mutex);
    m_entries.clear();
}

int StatusPageCache::size() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_entries.size());
}

void StatusPageCache::setMaxAgeMs(qint64 milliseconds)
{
    QMutexLocker locker(&m_mutex);
    m_maxAgeMs = milliseconds;
}

qint64 StatusPageCache::maxAgeMs() const
{
    QMutexLocker locker(&m_mutex);
    return m_maxAgeMs;
}
