// Which status page belongs to which service: the built-in catalog (a JSON resource) plus the user's own entries.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QSettings;

struct StatusPageCatalogEntry
{
    QString name; // the service, e.g. "GitHub"
    QStringList domains; // suffixes it is known by, lower case: "github.com" also covers "api.github.com"
    QUrl pageUrl; // the status page's base address, e.g. https://www.githubstatus.com/
    QString format; // a StatusPageProvider key; empty: find out, as for a page found by discovery
    bool userAdded = false;

    // The length of the domain this entry matches host with (the longest), or 0.
    int matchLength(const QString &host) const;
    // Whether the two entries list a domain in common (the person's entries never do with each other).
    bool sharesDomainWith(const StatusPageCatalogEntry &other) const;
    bool operator==(const StatusPageCatalogEntry &other) const;
};

class StatusPageCatalog
{
public:
    // Why an entry cannot be used; the settings dialog turns these into words.
    enum class EntryProblem { None, NoName, NoDomain, BadDomain, BadAddress, UnknownFormat };

    StatusPageCatalog() = default;
    explicit StatusPageCatalog(const QList<StatusPageCatalogEntry> &entries);

    // The catalog compiled into the program (resourcePath()), read once.
    static StatusPageCatalog builtIn();
    // Reads {"services": [{"name", "domains", "page", "format"}]}; entries that are not usable are left out and
    // logged. error is set when the document itself is unreadable.
    static StatusPageCatalog fromJson(const QByteArray &json, QString *error = nullptr);
    // The built-in catalog with the user's entries from settings in front of it.
    static StatusPageCatalog withUserEntries(QSettings &settings);
    // withUserEntries() on the application's default QSettings.
    static StatusPageCatalog load();
    static QString resourcePath();

    QList<StatusPageCatalogEntry> entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // The entry for a service's host: the longest matching domain wins; at equal length, the earlier entry (so the
    // user's own entries beat built-in ones).
    std::optional<StatusPageCatalogEntry> find(const QString &host) const;
    // The entry whose status page is on this host (someone typed the status page address itself).
    std::optional<StatusPageCatalogEntry> findByPageHost(const QString &host) const;

    // The user's entries, kept in settings under "statusPages/userCatalog".
    static QList<StatusPageCatalogEntry> userEntries(QSettings &settings);
    // Adds an entry, replacing the user's entries that share a domain with it. Domains are normalised (lower case, no
    // leading "*." or "."). Returns the problem, None when saved.
    static EntryProblem addUserEntry(QSettings &settings, const StatusPageCatalogEntry &entry);
    // Puts updated in the place of the user's entry that lists previousDomain (an edit: the name, domains, address
    // and format may all change), replacing any other entry of the user's that shares a domain with updated. Nothing
    // is written when updated has a problem. Adds updated when no entry lists previousDomain.
    static EntryProblem replaceUserEntry(
        QSettings &settings, const QString &previousDomain, const StatusPageCatalogEntry &updated);
    // Removes the user's entries that list this domain; false when there was none.
    static bool removeUserEntry(QSettings &settings, const QString &domain);
    static EntryProblem validate(const StatusPageCatalogEntry &entry);
    // The entry as the person's entries are kept: name trimmed, domains normalised and without repeats, marked as the
    // person's. Returns what is wrong with it (None: it can be saved); normalized is set either way, when given.
    static EntryProblem normalizedUserEntry(
        const StatusPageCatalogEntry &entry, StatusPageCatalogEntry *normalized = nullptr);
    // The problem in words for the person who typed the entry, e.g. "Give at least one domain, such as example.com."
    // Empty for None.
    static QString problemText(EntryProblem problem);
    // The domains of an entry as typed: separated by commas, semicolons, spaces or new lines. A web address stands for
    // its host ("https://wiki.example.com/x" -> "wiki.example.com"), since people paste the address that failed.
    static QStringList splitDomains(const QString &text);
    // "*.Example.COM." -> "example.com"; empty when it is not a domain name.
    static QString normalizedDomain(const QString &domain);

private:
    QList<StatusPageCatalogEntry> m_entries;
};
