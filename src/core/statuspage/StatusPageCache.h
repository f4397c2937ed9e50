// Status page answers kept for a minute per base address, so that a wizard and a diagnosis do not ask twice.
#pragma once

#include "StatusPageResult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

class StatusPageCache
{
public:
    static constexpr qint64 DefaultMaxAgeMs = 60 * 1000;

    // What one base address gave: a report, or that there is no readable page there.
    struct Answer
    {
        bool found = false;
        StatusPageReport report;
        QUrl documentUrl;
        StatusPageResult::Problem problem = StatusPageResult::Problem::NotFound;
        QString error;
        QList<QUrl> tried;
        QDateTime checkedAt;
        // Whether the place answered over HTTP at all, which decides between "not found" and "unreachable".
        bool answered = false;
    };

    StatusPageCache() = default;
    // The one the program shares between its lookups; a cache holds public data only, so sharing it is harmless.
    static StatusPageCache &shared();

    // The answer for a base address, if one younger than maxAgeMs() is kept.
    std::optional<Answer> find(const QUrl &base) const;
    void insert(const QUrl &base, const Answer &answer);
    void clear();
    int size() const;
    void setMaxAgeMs(qint64 milliseconds);
    qint64 maxAgeMs() const;

    static QString keyOf(const QUrl &base);

private:
    struct Entry
    {
        Answer answer;
        QElapsedTimer age;
    };

    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    qint64 m_maxAgeMs = DefaultMaxAgeMs;
};
