// Storage and cleaning of the recent addresses.
#include "AddressHistory.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

static QString settingsKey()
{
    return u"address/history"_s;
}

QStringList AddressHistory::load()
{
    QStringList history = QSettings().value(settingsKey()).toStringList();
    // The file may have been edited by hand, or written by a version that kept more.
    history.removeAll(QString());
    if (history.size() > MaxEntries)
        history.resize(MaxEntries);
    return history;
}

void AddressHistory::remember(const QUrl &url)
{
    const QStringList history = withAddress(load(), url);
    QSettings().setValue(settingsKey(), history);
}

void AddressHistory::clear()
{
    QSettings().remove(settingsKey());
}

QString AddressHistory::keepable(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QStringList AddressHistory::withAddress(const QStringList &history, const QUrl &url)
{
    const QString address = keepable(url);
    if (address.isEmpty())
        return history.mid(0, MaxEntries);
    QStringList result { address };
    for (const QString &entry : history) {
        if (result.size() >= MaxEntries)
            break;
        if (entry != address && !entry.isEmpty())
            result.append(entry);
    }
    return result;
}
