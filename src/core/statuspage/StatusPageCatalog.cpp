// Implementation of StatusPageCatalog: the JSON resource, matching by domain suffix, and the user's entries.
#include "StatusPageCatalog.h"

#include "StatusPageProvider.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString SettingsArray = u"statusPages/userCatalog"_s;

QStringList normalizedDomains(const QStringList &domains)
{
    QStringList result;
    for (const QString &domain : domains) {
        const QString normalized = StatusPageCatalog::normalizedDomain(domain);
        if (!normalized.isEmpty() && !result.contains(normalized))
            result.append(normalized);
    }
    return result;
}

} // namespace

int StatusPageCatalogEntry::matchLength(const QString &host) const
{
    const QString name = host.toLower().chopped(host.endsWith(u'.') ? 1 : 0);
    int best = 0;
    for (const QString &domain : domains) {
        if ((name == domain || name.endsWith(u'.' + domain)) && domain.size() > best)
            best = int(domain.size());
    }
    return best;
}

bool StatusPageCatalogEntry::sharesDomainWith(const StatusPageCatalogEntry &other) const
{
    return std::any_of(
        domains.cbegin(), domains.cend(), [&other](const QString &domain) { return other.domains.contains(domain); });
}

bool StatusPageCatalogEntry::operator==(const StatusPageCatalogEntry &other) const
{
    return name == other.name && domains == other.domains && pageUrl == other.pageUrl && format == other.format
        && userAdded == other.userAdded;
}

StatusPageCatalog::StatusPageCatalog(const QList<StatusPageCatalogEntry> &entries)
    : m_entries(entries)
{
}

QString StatusPageCatalog::resourcePath()
{
    return u":/statuspage/statuspage-catalog.json"_s;
}

StatusPageCatalog StatusPageCatalog::builtIn()
{
    static const StatusPageCatalog catalog = [] {
        QFile file(resourcePath());
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcStatusPage) << "the built-in status page catalog is missing:" << file.errorString();
            return StatusPageCatalog();
        }
        QString error;
        StatusPageCatalog result = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qCWarning(lcStatusPage) << "the built-in status page catalog is unreadable:" << error;
        return result;
    }();
    return catalog;
}

StatusPageCatalog StatusPageCatalog::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.object().value(u"services"_s).isArray()) {
        if (error)
            *error
                = parseError.error != QJsonParseError::NoError ? parseError.errorString() : u"no \"services\" array"_s;
        return {};
    }
    QList<StatusPageCatalogEntry> entries;
    const QJsonArray services = document.object().value(u"services"_s).toArray();
    for (const QJsonValue &value : services) {
        const QJsonObject service = value.toObject();
        StatusPageCatalogEntry entry;
        entry.name = service.value(u"name"_s).toString().trimmed();
        QStringList domains;
        const QJsonArray domainList = service.value(u"domains"_s).toArray();
        for (const QJsonValue &domain : domainList)
            domains.append(domain.toString());
        entry.domains = normalizedDomains(domains);
        entry.pageUrl = QUrl(service.value(u"page"_s).toString(), QUrl::StrictMode);
        entry.format = service.value(u"format"_s).toString();
        const EntryProblem problem = validate(entry);
        if (problem != EntryProblem::None) {
            qCWarning(lcStatusPage) << "catalog entry left out:" << entry.name << int(problem);
            continue;
        }
        entries.append(entry);
    }
    if (error)
        error->clear();
    return StatusPageCatalog(entries);
}

StatusPageCatalog StatusPageCatalog::withUserEntries(QSettings &settings)
{
    QList<StatusPageCatalogEntry> entries = userEntries(settings);
    entries.append(builtIn().entries());
    return StatusPageCatalog(entries);
}

StatusPageCatalog StatusPageCatalog::load()
{
    QSettings settings;
    return withUserEntries(settings);
}

std::optional<StatusPageCatalogEntry> StatusPageCatalog::find(const QString &host) const
{
    std::optional<StatusPageCatalogEntry> best;
    int bestLength = 0;
    for (const StatusPageCatalogEntry &entry : m_entries) {
        const int length = entry.matchLength(host);
        if (length > bestLength) {
            best = entry;
            bestLength = length;
        }
    }
    return best;
}

std::optional<StatusPageCatalogEntry> StatusPageCatalog::findByPageHost(const QString &host) const
{
    const QString name = host.toLower();
    for (const StatusPageCatalogEntry &entry : m_entries) {
        if (entry.pageUrl.host().compare(name, Qt::CaseInsensitive) == 0)
            return entry;
    }
    return std::nullopt;
}

QString StatusPageCatalog::normalizedDomain(const QString &domain)
{
    QString name = domain.trimmed().toLower();
    if (name.startsWith(u"*."_s))
        name.remove(0, 2);
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    if (name.endsWith(u'.'))
        name.chop(1);
    // Letters, digits and hyphens in dot-separated labels; international names are written in their xn-- form.
    static const QRegularExpression valid(
        u"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"_s);
    if (name.isEmpty() || name.size() > 253) {
        return {};
    }
    if (!valid.match(name).hasMatch()) {
        // An international name typed as such becomes its ASCII form.
        const QString ascii = QString::fromLatin1(QUrl::toAce(name));
        return !ascii.isEmpty() && valid.match(ascii).hasMatch() ? ascii : QString();
    }
    return name;
}

StatusPageCatalog::EntryProblem StatusPageCatalog::validate(const StatusPageCatalogEntry &entry)
{
    if (entry.name.trimmed().isEmpty())
        return EntryProblem::NoName;
    if (entry.domains.isEmpty())
        return EntryProblem::NoDomain;
    for (const QString &domain : entry.domains) {
        if (normalizedDomain(domain) != domain)
            return EntryProblem::BadDomain;
    }
    const QString scheme = entry.pageUrl.scheme().toLower();
    if (!entry.pageUrl.isValid() || entry.pageUrl.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s))
        return EntryProblem::BadAddress;
    if (!entry.format.isEmpty() && !StatusPageProvider::byKey(entry.format))
        return EntryProblem::UnknownFormat;
    return EntryProblem::None;
}

QList<StatusPageCatalogEntry> StatusPageCatalog::userEntries(QSettings &settings)
{
    QList<StatusPageCatalogEntry> entries;
    const int count = settings.beginReadArray(SettingsArray);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        StatusPageCatalogEntry entry;
        entry.name = settings.value(u"name"_s).toString();
        entry.domains = normalizedDomains(settings.value(u"domains"_s).toStringList());
        entry.pageUrl = QUrl(settings.value(u"page"_s).toString(), QUrl::StrictMode);
        entry.format = settings.value(u"format"_s).toString();
        entry.userAdded = true;
        if (validate(entry) == EntryProblem::None)
            entries.append(entry);
        else
            qCWarning(lcStatusPage) << "user catalog entry left out:" << entry.name;
    }
    settings.endArray();
    return entries;
}

namespace {

void writeUserEntries(QSettings &settings, const QList<StatusPageCatalogEntry> &entries)
{
    settings.remove(SettingsArray);
    settings.beginWriteArray(SettingsArray, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        const StatusPageCatalogEntry &entry = entries.at(i);
        settings.setValue(u"name"_s, entry.name);
        settings.setValue(u"domains"_s, entry.domains);
        settings.setValue(u"page"_s, entry.pageUrl.toString());
        settings.setValue(u"format"_s, entry.format);
    }
    settings.endArray();
    settings.sync();
}

} // namespace

StatusPageCatalog::EntryProblem StatusPageCatalog::normalizedUserEntry(
    const StatusPageCatalogEntry &entry, StatusPageCatalogEntry *normalized)
{
    StatusPageCatalogEntry result = entry;
    result.name = entry.name.trimmed();
    result.userAdded = true;
    result.domains.clear();
    EntryProblem problem = EntryProblem::None;
    for (const QString &domain : entry.domains) {
        const QString name = normalizedDomain(domain);
        if (name.isEmpty())
            problem = EntryProblem::BadDomain;
        else if (!result.domains.contains(name))
            result.domains.append(name);
    }
    if (normalized)
        *normalized = result;
    // The name first, as validate() has it: a half-typed entry is missing its name before its domain is wrong.
    if (problem == EntryProblem::BadDomain && !result.name.isEmpty())
        return problem;
    return validate(result);
}

StatusPageCatalog::EntryProblem StatusPageCatalog::addUserEntry(
    QSettings &settings, const StatusPageCatalogEntry &entry)
{
    StatusPageCatalogEntry normalized;
    const EntryProblem problem = normalizedUserEntry(entry, &normalized);
    if (problem != EntryProblem::None)
        return problem;
    QList<StatusPageCatalogEntry> entries = userEntries(settings);
    entries.removeIf(
        [&normalized](const StatusPageCatalogEntry &existing) { return existing.sharesDomainWith(normalized); });
    entries.prepend(normalized);
    writeUserEntries(settings, entries);
    return EntryProblem::None;
}

StatusPageCatalog::EntryProblem StatusPageCatalog::replaceUserEntry(
    QSettings &settings, const QString &previousDomain, const StatusPageCatalogEntry &updated)
{
    StatusPageCatalogEntry normalized;
    const EntryProblem problem = normalizedUserEntry(updated, &normalized);
    if (problem != EntryProblem::None)
        return problem;
    const QString previous = normalizedDomain(previousDomain);
    QList<StatusPageCatalogEntry> entries = userEntries(settings);
    // The edited entry keeps its place in the list, which decides between entries of equal match length.
    qsizetype position = -1;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!previous.isEmpty() && entries.at(i).domains.contains(previous)) {
            position = i;
            break;
        }
    }
    QList<StatusPageCatalogEntry> kept;
    qsizetype insertAt = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const StatusPageCatalogEntry &existing = entries.at(i);
        if (i == position)
            insertAt = kept.size();
        if (i == position || (!previous.isEmpty() && existing.domains.contains(previous))
            || existing.sharesDomainWith(normalized))
            continue;
        kept.append(existing);
    }
    kept.insert(position < 0 ? 0 : insertAt, normalized);
    writeUserEntries(settings, kept);
    return EntryProblem::None;
}

bool StatusPageCatalog::removeUserEntry(QSettings &settings, const QString &domain)
{
    const QString name = normalizedDomain(domain);
    QList<StatusPageCatalogEntry> entries = userEntries(settings);
    const qsizetype removed
        = entries.removeIf([&name](const StatusPageCatalogEntry &entry) { return entry.domains.contains(name); });
    if (removed == 0)
        return false;
    writeUserEntries(settings, entries);
    return true;
}

QString StatusPageCatalog::problemText(EntryProblem problem)
{
    switch (problem) {
    case EntryProblem::None:
        return {};
    case EntryProblem::NoName:
        return QCoreApplication::translate("StatusPageCatalog", "Give the service a name, such as “Our wiki”.");
    case EntryProblem::NoDomain:
        return QCoreApplication::translate(
            "StatusPageCatalog", "Give at least one domain of the service, such as wiki.example.com.");
    case EntryProblem::BadDomain:
        return QCoreApplication::translate("StatusPageCatalog",
            "A domain is a name such as example.com: letters, digits, hyphens and dots, without “https://” or a "
            "path. Separate several with commas.");
    case EntryProblem::BadAddress:
        return QCoreApplication::translate("StatusPageCatalog",
            "The status page address must be a web address starting with https:// (or http://), such as "
            "https://status.example.com.");
    case EntryProblem::UnknownFormat:
        return QCoreApplication::translate("StatusPageCatalog", "Auth Doctor cannot read status pages of this kind.");
    }
    return {};
}

QStringList StatusPageCatalog::splitDomains(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    QStringList domains;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QUrl url(part, QUrl::StrictMode);
        domains.append(part.contains(u"://"_s) && url.isValid() && !url.host().isEmpty() ? url.host() : part);
    }
    return domains;
}
