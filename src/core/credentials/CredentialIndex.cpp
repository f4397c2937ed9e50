// Implementation of CredentialIndex.
#include "CredentialIndex.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
// An array rather than one key per entry: origins hold "/" and ":", which QSettings reads as group separators.
const QString OriginKey = u"origin"_s;
const QString UserKey = u"user"_s;
const QString SchemeKey = u"scheme"_s;
const QString PlacementKey = u"placement"_s;
const QString SavedAtKey = u"savedAt"_s;
} // namespace

QString CredentialIndex::settingsGroup()
{
    return u"savedSignIns"_s;
}

QList<Credential> CredentialIndex::entries()
{
    QSettings settings;
    QList<Credential> result;
    const int size = settings.beginReadArray(settingsGroup());
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        Credential entry;
        entry.origin = settings.value(OriginKey).toString();
        entry.user = settings.value(UserKey).toString();
        entry.scheme = Credential::schemeFromKey(settings.value(SchemeKey).toString());
        entry.placement = settings.value(PlacementKey).toString();
        entry.savedAt = QDateTime::fromString(settings.value(SavedAtKey).toString(), Qt::ISODateWithMs);
        if (!entry.origin.isEmpty())
            result.append(entry);
    }
    settings.endArray();
    return result;
}

void CredentialIndex::put(const Credential &credential)
{
    QList<Credential> list = entries();
    Credential entry = credential;
    entry.secret.clear();
    auto it = std::find_if(list.begin(), list.end(),
        [&](const Credential &c) { return c.origin == entry.origin && c.user == entry.user; });
    if (it != list.end())
        *it = entry;
    else
        list.append(entry);
    write(list);
}

void CredentialIndex::remove(const QString &origin, const QString &user)
{
    QList<Credential> list = entries();
    const auto removed = list.removeIf([&](const Credential &c) { return c.origin == origin && c.user == user; });
    if (removed > 0)
        write(list);
}

Credential CredentialIndex::find(const QString &origin, const QString &user)
{
    const QList<Credential> list = entries();
    for (const Credential &entry : list) {
        if (entry.origin == origin && entry.user == user)
            return entry;
    }
    return {};
}

void CredentialIndex::write(const QList<Credential> &entries)
{
    QSettings settings;
    settings.remove(settingsGroup());
    settings.beginWriteArray(settingsGroup(), int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const Credential &entry = entries.at(i);
        settings.setArrayIndex(i);
        settings.setValue(OriginKey, entry.origin);
        settings.setValue(UserKey, entry.user);
        settings.setValue(SchemeKey, Credential::schemeKey(entry.scheme));
        settings.setValue(PlacementKey, entry.placement);
        settings.setValue(SavedAtKey, entry.savedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    settings.endArray();
    settings.sync();
}
