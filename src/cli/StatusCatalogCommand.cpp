// Implementation of StatusCatalogCommand.
#include "StatusCatalogCommand.h"

#include "statuspage/StatusPageCatalog.h"
#include "statuspage/StatusPageDiscovery.h"
#include "statuspage/StatusPageProvider.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// The subcommand's own arguments with the program name in front, as QCommandLineParser wants them.
QStringList subcommandArguments(const QStringList &arguments)
{
    QStringList result = arguments.mid(3);
    result.prepend(arguments.value(0));
    return result;
}

QJsonObject entryJson(const StatusPageCatalogEntry &entry)
{
    return QJsonObject { { u"name"_s, entry.name }, { u"domains"_s, QJsonArray::fromStringList(entry.domains) },
        { u"page"_s, entry.pageUrl.toString() }, { u"format"_s, entry.format },
        { u"source"_s, entry.userAdded ? u"user"_s : u"built-in"_s } };
}

// Keeps the order in which names are first seen, so that notes come out in the catalog's order.
void appendTo(QList<std::pair<QString, QStringList>> *groups, const QString &name, const QString &domain)
{
    for (auto &group : *groups) {
        if (group.first == name) {
            if (!group.second.contains(domain))
                group.second.append(domain);
            return;
        }
    }
    groups->append({ name, { domain } });
}

} // namespace

StatusCatalogCommand::StatusCatalogCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int StatusCatalogCommand::usageError(const QString &message)
{
    m_err << u"authdoctor-cli: "_s << message << u'\n';
    m_err.flush();
    return BadUsage;
}

QString StatusCatalogCommand::overallHelp() const
{
    return tr("Usage: authdoctor-cli status-catalog list [--all] [--json]\n"
              "       authdoctor-cli status-catalog add --name NAME --domain DOMAIN... --page URL [--format KEY]\n"
              "       authdoctor-cli status-catalog remove DOMAIN\n"
              "\n"
              "The catalog says which status page belongs to which service, so that status-page (and the desktop\n"
              "program) find it without guessing. Many well-known services are built in; add your own for services\n"
              "it does not know (an intranet, a supplier) or to use another page for one it knows. Your entries are\n"
              "kept with Auth Doctor's settings, shared with the desktop program, and come before the built-in ones.\n"
              "\n"
              "Subcommands:\n"
              "  list     your entries (--all: the built-in ones too; --json: one JSON object)\n"
              "  add      add an entry; it replaces an entry of yours that shares a domain with it\n"
              "  remove   remove your entry that lists DOMAIN (built-in entries cannot be removed)\n"
              "\n"
              "Exit status: 0 done, 2 bad usage or input.\n"
              "Run 'authdoctor-cli status-catalog SUBCOMMAND --help' for the options of a subcommand.\n");
}

int StatusCatalogCommand::run(const QStringList &arguments)
{
    const QString subcommand = arguments.value(2);
    if (subcommand == u"--help"_s || subcommand == u"-h"_s || subcommand == u"help"_s) {
        m_out << overallHelp();
        m_out.flush();
        return Done;
    }
    if (subcommand.isEmpty())
        return usageError(tr("status-catalog needs a subcommand: list, add or remove; try 'authdoctor-cli "
                             "status-catalog --help'"));
    // Settings as the desktop program has them: main() names the organisation and application the same way.
    QSettings settings;
    if (subcommand == u"list"_s)
        return list(subcommandArguments(arguments), settings);
    if (subcommand == u"add"_s)
        return add(subcommandArguments(arguments), settings);
    if (subcommand == u"remove"_s)
        return remove(subcommandArguments(arguments), settings);
    return usageError(tr("unknown status-catalog subcommand \"%1\"; use list, add or remove (see 'authdoctor-cli "
                         "status-catalog --help')")
                          .arg(subcommand));
}

QString StatusCatalogCommand::formatText(const QString &key)
{
    if (key.isEmpty())
        return tr("found out when read");
    const StatusPageProvider *provider = StatusPageProvider::byKey(key);
    return provider ? u"%1 (%2)"_s.arg(provider->displayName(), key) : key;
}

QString StatusCatalogCommand::knownFormats()
{
    QStringList formats;
    const QList<const StatusPageProvider *> providers = StatusPageProvider::all();
    for (const StatusPageProvider *provider : providers)
        formats.append(u"%1 (%2)"_s.arg(provider->key(), provider->displayName()));
    return formats.join(u", "_s);
}

QStringList StatusCatalogCommand::entryLines(const StatusPageCatalogEntry &entry)
{
    // The labels line up whatever their length in the language at hand.
    const QStringList labels = { tr("Domains:"), tr("Status page:"), tr("Format:") };
    qsizetype width = 0;
    for (const QString &label : labels)
        width = qMax(width, label.size());
    const QStringList values
        = { entry.domains.join(u", "_s), entry.pageUrl.toDisplayString(), formatText(entry.format) };
    QStringList lines;
    for (qsizetype i = 0; i < labels.size(); ++i)
        lines.append(u"  "_s + labels.at(i).leftJustified(width + 1) + values.at(i));
    return lines;
}

int StatusCatalogCommand::list(const QStringList &arguments, QSettings &settings)
{
    QCommandLineParser parser;
    const QCommandLineOption allOption(u"all"_s, tr("List the built-in entries too, after yours."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object instead of text."));
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, tr("Show this help."));
    parser.addOptions({ allOption, jsonOption, helpOption });
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << tr("Usage: authdoctor-cli status-catalog list [--all] [--json]") << u"\n\n"_s
              << tr("Lists the status pages you added: each one's name, domains, status page address and format. "
                    "--json prints {\"entries\": [{\"name\", \"domains\", \"page\", \"format\", \"source\"}]}, "
                    "where format is empty when it is found out when the page is read, and source is \"user\" or "
                    "\"built-in\".")
              << u"\n\n"_s << parser.helpText().section(u'\n', 2);
        m_out.flush();
        return Done;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("list takes no arguments, but got \"%1\"").arg(parser.positionalArguments().constFirst()));

    const bool all = parser.isSet(allOption);
    const QList<StatusPageCatalogEntry> userEntries = StatusPageCatalog::userEntries(settings);
    const QList<StatusPageCatalogEntry> builtIn = StatusPageCatalog::builtIn().entries();

    if (parser.isSet(jsonOption)) {
        QJsonArray entries;
        for (const StatusPageCatalogEntry &entry : userEntries)
            entries.append(entryJson(entry));
        if (all) {
            for (const StatusPageCatalogEntry &entry : builtIn)
                entries.append(entryJson(entry));
        }
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject { { u"entries"_s, entries } }).toJson(QJsonDocument::Indented));
        m_out.flush();
        return Done;
    }

    QStringList lines;
    if (userEntries.isEmpty()) {
        lines.append(tr("You have not added any status pages of your own."));
        lines.append(tr("Add one for a service the built-in catalog does not know, for example:"));
        lines.append(u"  authdoctor-cli status-catalog add --name \"Our wiki\" --domain wiki.example.com "
                     "--page https://status.example.com/"_s);
    } else {
        lines.append(tr("Your status pages (%n), used before the built-in ones:", nullptr, int(userEntries.size())));
        for (const StatusPageCatalogEntry &entry : userEntries) {
            lines.append(QString());
            lines.append(entry.name);
            lines.append(entryLines(entry));
        }
    }
    lines.append(QString());
    if (!all) {
        lines.append(tr("%n well-known service(s) are built in; 'authdoctor-cli status-catalog list --all' lists "
                        "them too.",
            nullptr, int(builtIn.size())));
    } else {
        lines.append(tr("Built in (%n):", nullptr, int(builtIn.size())));
        // Where one of the user's entries is picked instead, the built-in entry says so: the same choice a lookup
        // makes, not a guess from the domain lists.
        const StatusPageCatalog combined(userEntries + builtIn);
        for (const StatusPageCatalogEntry &entry : builtIn) {
            lines.append(QString());
            lines.append(tr("%1  [built in]").arg(entry.name));
            lines.append(entryLines(entry));
            QList<std::pair<QString, QStringList>> overriddenBy;
            for (const QString &domain : entry.domains) {
                const std::optional<StatusPageCatalogEntry> chosen = combined.find(domain);
                if (chosen && chosen->userAdded)
                    appendTo(&overriddenBy, chosen->name, domain);
            }
            for (const auto &[name, domains] : std::as_const(overriddenBy))
                lines.append(
                    u"  "_s + tr("Your entry \"%1\" is used instead for %2.").arg(name, domains.join(u", "_s)));
        }
    }
    m_out << lines.join(u'\n') << u'\n';
    m_out.flush();
    return Done;
}

int StatusCatalogCommand::add(const QStringList &arguments, QSettings &settings)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(
        u"name"_s, tr("The service's name as people know it, for example \"Our wiki\"."), tr("NAME"));
    const QCommandLineOption domainOption(u"domain"_s,
        tr("A domain of the service; it covers the domain's subdomains too. Repeat the option or separate several "
           "domains with commas; a pasted web address stands for its host."),
        tr("DOMAIN"));
    const QCommandLineOption pageOption(
        u"page"_s, tr("The status page's address, starting with https:// (or http://)."), tr("URL"));
    const QCommandLineOption formatOption(u"format"_s,
        tr("The status page's format, one of: %1. Left out, it is found out when the page is read.")
            .arg(knownFormats()),
        tr("KEY"));
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, tr("Show this help."));
    parser.addOptions({ nameOption, domainOption, pageOption, formatOption, helpOption });
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << tr("Usage: authdoctor-cli status-catalog add --name NAME --domain DOMAIN... --page URL "
                    "[--format KEY]")
              << u"\n\n"_s
              << tr("Adds a status page of your own to the catalog, for example:\n"
                    "  authdoctor-cli status-catalog add --name \"Our wiki\" --domain wiki.example.com,example.org "
                    "--page https://status.example.com/\n"
                    "An entry of yours that shares a domain with the new one is replaced. For its domains your "
                    "entry is used instead of the built-in one.")
              << u"\n\n"_s << parser.helpText().section(u'\n', 2);
        m_out.flush();
        return Done;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("add takes its values as options (--name, --domain, --page, --format), but got \"%1\"")
                              .arg(parser.positionalArguments().constFirst()));
    for (const QCommandLineOption &option : { nameOption, pageOption, formatOption }) {
        if (parser.values(option).size() > 1)
            return usageError(tr("give --%1 once").arg(option.names().constFirst()));
    }

    StatusPageCatalogEntry entry;
    entry.name = parser.value(nameOption);
    const QStringList domainValues = parser.values(domainOption);
    for (const QString &value : domainValues)
        entry.domains.append(StatusPageCatalog::splitDomains(value));
    // As in the desktop program: "status.example.com" is how people write an address, read over https unless it says
    // http.
    entry.pageUrl = StatusPageDiscovery::normalizedInput(parser.value(pageOption));
    entry.format = parser.value(formatOption).trimmed().toLower();

    const QList<StatusPageCatalogEntry> before = StatusPageCatalog::userEntries(settings);
    const StatusPageCatalog::EntryProblem problem = StatusPageCatalog::addUserEntry(settings, entry);
    if (problem != StatusPageCatalog::EntryProblem::None) {
        // The catalog's words for the problem, led by the option to correct.
        const QString text = StatusPageCatalog::problemText(problem);
        switch (problem) {
        case StatusPageCatalog::EntryProblem::NoName:
            return usageError(u"--name: "_s + text);
        case StatusPageCatalog::EntryProblem::NoDomain:
            return usageError(u"--domain: "_s + text);
        case StatusPageCatalog::EntryProblem::BadDomain: {
            const auto bad = std::find_if(entry.domains.cbegin(), entry.domains.cend(),
                [](const QString &domain) { return StatusPageCatalog::normalizedDomain(domain).isEmpty(); });
            return usageError(
                bad == entry.domains.cend() ? u"--domain: "_s + text : tr("--domain \"%1\": %2").arg(*bad, text));
        }
        case StatusPageCatalog::EntryProblem::BadAddress:
            return usageError(parser.value(pageOption).isEmpty()
                    ? u"--page: "_s + text
                    : tr("--page \"%1\": %2").arg(parser.value(pageOption), text));
        case StatusPageCatalog::EntryProblem::UnknownFormat:
            return usageError(tr("--format \"%1\": %2").arg(parser.value(formatOption), text) + u'\n'
                + tr("Known formats: %1. Leave out --format to have it found out when the page is read.")
                      .arg(knownFormats()));
        case StatusPageCatalog::EntryProblem::None:
            break;
        }
        return usageError(text);
    }

    if (settings.status() == QSettings::AccessError)
        return usageError(
            tr("the entry could not be saved: cannot write the settings file %1").arg(settings.fileName()));

    // The saved entry is the user's one that lists the first domain given: domains are unique among the user's
    // entries, and the catalog normalises them on the way in.
    const QList<StatusPageCatalogEntry> after = StatusPageCatalog::userEntries(settings);
    const QString firstDomain = StatusPageCatalog::normalizedDomain(entry.domains.constFirst());
    const auto savedIt = std::find_if(after.cbegin(), after.cend(),
        [&firstDomain](const StatusPageCatalogEntry &e) { return e.domains.contains(firstDomain); });
    const StatusPageCatalogEntry saved = savedIt != after.cend() ? *savedIt : entry;

    QStringList lines;
    lines.append(tr("Saved \"%1\":").arg(saved.name));
    lines.append(entryLines(saved));
    for (const StatusPageCatalogEntry &old : before) {
        if (!old.sharesDomainWith(saved) || after.contains(old))
            continue;
        lines.append(tr("It replaces your earlier entry \"%1\" (%2, %3).")
                         .arg(old.name, old.domains.join(u", "_s), old.pageUrl.toDisplayString()));
    }
    if (before.contains(saved))
        lines.append(tr("You had saved the same entry before; nothing changed."));

    // The same choice a lookup makes: for each new domain, which built-in entry would have answered without it.
    const QList<StatusPageCatalogEntry> builtIn = StatusPageCatalog::builtIn().entries();
    const StatusPageCatalog builtInCatalog(builtIn);
    const StatusPageCatalog combined(after + builtIn);
    QList<std::pair<QString, QStringList>> overridden;
    for (const QString &domain : saved.domains) {
        const std::optional<StatusPageCatalogEntry> builtInEntry = builtInCatalog.find(domain);
        const std::optional<StatusPageCatalogEntry> chosen = combined.find(domain);
        if (builtInEntry && chosen && *chosen == saved)
            appendTo(&overridden, builtInEntry->name, domain);
    }
    for (const auto &[name, domains] : std::as_const(overridden))
        lines.append(tr("For %1 it is used instead of the built-in entry \"%2\".").arg(domains.join(u", "_s), name));
    // A built-in entry for a subdomain of one of ours is the longer match there, and still wins for it.
    QList<std::pair<QString, QStringList>> closer;
    for (const StatusPageCatalogEntry &builtInEntry : builtIn) {
        for (const QString &builtInDomain : builtInEntry.domains) {
            for (const QString &domain : saved.domains) {
                if (builtInDomain.endsWith(u'.' + domain))
                    appendTo(&closer, builtInEntry.name, builtInDomain);
            }
        }
    }
    for (const auto &[name, domains] : std::as_const(closer))
        lines.append(
            tr("The built-in entry \"%1\" still answers for %2, a closer match.").arg(name, domains.join(u", "_s)));
    if (saved.pageUrl.scheme() == u"http"_s)
        lines.append(tr("The page's address is plain http, where its answer could be forged on the way: status-page "
                        "reads it over http only with --allow-insecure-http, and tries https otherwise."));
    m_out << lines.join(u'\n') << u'\n';
    m_out.flush();
    return Done;
}

int StatusCatalogCommand::remove(const QStringList &arguments, QSettings &settings)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"DOMAIN"_s, tr("A domain that your entry lists, for example wiki.example.com."));
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, tr("Show this help."));
    parser.addOption(helpOption);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << tr("Usage: authdoctor-cli status-catalog remove DOMAIN") << u"\n\n"_s
              << tr("Removes your entry that lists DOMAIN, with all its domains. Built-in entries cannot be removed; "
                    "add an entry of your own for the domain to use another status page instead.")
              << u"\n\n"_s << parser.helpText().section(u'\n', 2);
        m_out.flush();
        return Done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(
            tr("remove needs the domain of your entry, as in: authdoctor-cli status-catalog remove wiki.example.com"));
    if (positional.size() > 1)
        return usageError(tr("remove takes one domain, but got %1").arg(positional.size()));
    // A pasted address stands for its host, as in add.
    const QStringList split = StatusPageCatalog::splitDomains(positional.constFirst());
    if (split.size() > 1)
        return usageError(tr("remove takes one domain, but got %1").arg(split.size()));
    const QString domain = split.size() == 1 ? StatusPageCatalog::normalizedDomain(split.constFirst()) : QString();
    if (domain.isEmpty())
        return usageError(tr("\"%1\": %2")
                              .arg(positional.constFirst(),
                                  StatusPageCatalog::problemText(StatusPageCatalog::EntryProblem::BadDomain)));

    const QList<StatusPageCatalogEntry> before = StatusPageCatalog::userEntries(settings);
    const StatusPageCatalog builtIn = StatusPageCatalog::builtIn();
    if (!StatusPageCatalog::removeUserEntry(settings, domain)) {
        QStringList message { tr("you have no status page entry of your own that lists %1").arg(domain) };
        // Said when the domain is only covered: the entry to remove is the one for the parent domain.
        if (const std::optional<StatusPageCatalogEntry> covering = StatusPageCatalog(before).find(domain)) {
            const QString coveringDomain = domain.right(covering->matchLength(domain));
            message.append(tr("Your entry \"%1\" covers it through %2; to remove that entry: authdoctor-cli "
                              "status-catalog remove %2")
                               .arg(covering->name, coveringDomain));
        }
        if (const std::optional<StatusPageCatalogEntry> builtInEntry = builtIn.find(domain)) {
            message.append(tr("%1 is in the built-in catalog, in the entry \"%2\". Built-in entries cannot be "
                              "removed, but an entry of your own for the domain is used instead of them: "
                              "authdoctor-cli status-catalog add --name NAME --domain %1 --page URL")
                               .arg(domain, builtInEntry->name));
        }
        return usageError(message.join(u'\n'));
    }

    if (settings.status() == QSettings::AccessError)
        return usageError(
            tr("the entry could not be removed: cannot write the settings file %1").arg(settings.fileName()));

    QStringList lines;
    // What a lookup picks now for the removed domains: a built-in entry may take over (unless another entry of the
    // user's covers the domain).
    const StatusPageCatalog combined = StatusPageCatalog::withUserEntries(settings);
    for (const StatusPageCatalogEntry &entry : before) {
        if (!entry.domains.contains(domain))
            continue;
        lines.append(tr("Removed \"%1\" (%2, %3).")
                         .arg(entry.name, entry.domains.join(u", "_s), entry.pageUrl.toDisplayString()));
        QList<std::pair<QString, QStringList>> fallBack;
        for (const QString &removedDomain : entry.domains) {
            const std::optional<StatusPageCatalogEntry> chosen = combined.find(removedDomain);
            if (chosen && !chosen->userAdded)
                appendTo(&fallBack, chosen->name, removedDomain);
        }
        for (const auto &[name, domains] : std::as_const(fallBack))
            lines.append(tr("For %1 the built-in entry \"%2\" is used again.").arg(domains.join(u", "_s), name));
    }
    m_out << lines.join(u'\n') << u'\n';
    m_out.flush();
    return Done;
}
