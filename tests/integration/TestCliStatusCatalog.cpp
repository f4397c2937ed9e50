// authdoctor-cli status-catalog run as a person runs it: a real process that lists, adds and removes the user's own
// status pages in the settings, and status-page then reading a page the user added from a loopback server.
#include "CliRun.h"
#include "StatusPageFixtures.h"
#include "TestServer.h"
#include "statuspage/StatusPageCatalog.h"
#include "statuspage/StatusPageProvider.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using StatusPageFixtures::fixture;
using StatusPageFixtures::plainJson;

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        result.append(item.toString());
    return result;
}

} // namespace

class TestCliStatusCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void listEmpty();
    void addThenList();
    void listAllMarksBuiltIn();
    void addProblems_data();
    void addProblems();
    void addReplacesOlderEntry();
    void addPageWrittenAsPeopleDo();
    void addUnwritableSettings();
    void remove();
    void removeUnknown();
    void usage_data();
    void usage();
    void help();
    void statusPageReadsUserEntry();

private:
    CliRun run(const QStringList &arguments) const
    {
        QProcessEnvironment environment;
        environment.insert(u"TZ"_s, u"UTC"_s);
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        environment.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        return CliRun::run(QStringLiteral(AUTHDOCTOR_CLI_PATH), arguments, {}, environment);
    }
    CliRun catalog(const QStringList &arguments) const { return run(QStringList { u"status-catalog"_s } + arguments); }
    // The entries of list --json (with --all when asked); fails the test when the output is not that.
    QJsonArray listedEntries(bool all = false) const;

    QTemporaryDir m_dir; // the settings, cache and data of the program under test, never the person's own
    QString m_settingsPath;
    TestServer m_server;
};

QJsonArray TestCliStatusCatalog::listedEntries(bool all) const
{
    const CliRun result
        = catalog(all ? QStringList { u"list"_s, u"--json"_s, u"--all"_s } : QStringList { u"list"_s, u"--json"_s });
    if (result.exitCode != 0 || !result.err.isEmpty())
        qWarning().noquote() << "list --json failed:" << result.exitCode << result.err;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.object().value(u"entries"_s).isArray()) {
        qWarning().noquote() << "list --json is not {\"entries\": [...]}:" << result.out;
        return { u"not JSON"_s };
    }
    return document.object().value(u"entries"_s).toArray();
}

void TestCliStatusCatalog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The same settings file the program under test writes, found the way QSettings finds it there; pointing this
    // process at the temporary folder first means a test run can never remove the person's own settings.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toLocal8Bit());
    QCoreApplication::setOrganizationName(u"authdoctor"_s);
    QCoreApplication::setApplicationName(u"authdoctor"_s);
    m_settingsPath = QSettings().fileName();
    QVERIFY2(m_settingsPath.startsWith(m_dir.path()), qPrintable(m_settingsPath));

    QVERIFY(m_server.listen());
    m_server.route("/api/v2/summary.json",
        [](const TestRequest &) { return plainJson(fixture(u"atlassian-summary-outage.json"_s)); });
}

void TestCliStatusCatalog::init()
{
    // Every test starts from an empty catalog of the user's.
    if (QFile::exists(m_settingsPath))
        QVERIFY(QFile::remove(m_settingsPath));
    m_server.clearRequests();
}

void TestCliStatusCatalog::listEmpty()
{
    const CliRun result = catalog({ u"list"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY2(result.out.startsWith(u"You have not added any status pages of your own.\n"_s), qPrintable(result.out));
    // It shows how to add one, and where the built-in entries are.
    QVERIFY(result.out.contains(u"  authdoctor-cli status-catalog add --name \"Our wiki\" --domain wiki.example.com "
                                "--page https://status.example.com/\n"_s));
    QVERIFY(result.out.contains(u"'authdoctor-cli status-catalog list --all'"_s));
    QVERIFY(!result.out.contains(u"[built in]"_s));
    QCOMPARE(listedEntries(), QJsonArray());
}

void TestCliStatusCatalog::addThenList()
{
    // A pasted address stands for its host; one --domain may hold several, separated by commas.
    const CliRun added
        = catalog({ u"add"_s, u"--name"_s, u"Our wiki"_s, u"--domain"_s, u"https://Wiki.Example.com/login?next=%2F"_s,
            u"--domain"_s, u"example.org, intranet.example.net"_s, u"--page"_s, u"https://status.example.com/"_s });
    if (qEnvironmentVariableIsSet("AUTHDOCTOR_SHOW_CLI_OUTPUT"))
        qInfo().noquote() << "\n$ authdoctor-cli status-catalog add ...\n" << added.out;
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.err.isEmpty(), qPrintable(added.err));
    QCOMPARE(added.out,
        u"Saved \"Our wiki\":\n"
        "  Domains:     wiki.example.com, example.org, intranet.example.net\n"
        "  Status page: https://status.example.com/\n"
        "  Format:      found out when read\n"_s);

    const CliRun listed = catalog({ u"list"_s });
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.err.isEmpty(), qPrintable(listed.err));
    QVERIFY2(listed.out.contains(u"\n\nOur wiki\n"
                                 "  Domains:     wiki.example.com, example.org, intranet.example.net\n"
                                 "  Status page: https://status.example.com/\n"
                                 "  Format:      found out when read\n"_s),
        qPrintable(listed.out));
    QVERIFY(!listed.out.contains(u"You have not added"_s));
    QVERIFY(!listed.out.contains(u"[built in]"_s)); // without --all, only the user's entries

    const QJsonArray entries = listedEntries();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.first().toObject();
    QCOMPARE(entry.value(u"name"_s).toString(), u"Our wiki"_s);
    QCOMPARE(strings(entry.value(u"domains"_s)),
        QStringList({ u"wiki.example.com"_s, u"example.org"_s, u"intranet.example.net"_s }));
    QCOMPARE(entry.value(u"page"_s).toString(), u"https://status.example.com/"_s);
    QCOMPARE(entry.value(u"format"_s).toString(), QString());
    QCOMPARE(entry.value(u"source"_s).toString(), u"user"_s);

    // A format given is kept and named.
    const CliRun withFormat = catalog({ u"add"_s, u"--name"_s, u"Chat"_s, u"--domain"_s, u"chat.example.com"_s,
        u"--page"_s, u"https://status.chat.example.com/"_s, u"--format"_s, u"instatus"_s });
    QCOMPARE(withFormat.exitCode, 0);
    QVERIFY2(withFormat.out.contains(u"  Format:      Instatus (instatus)\n"_s), qPrintable(withFormat.out));
    const QJsonArray both = listedEntries();
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.first().toObject().value(u"format"_s).toString(), u"instatus"_s);
}

void TestCliStatusCatalog::listAllMarksBuiltIn()
{
    const CliRun added = catalog({ u"add"_s, u"--name"_s, u"GitHub Enterprise"_s, u"--domain"_s, u"github.com"_s,
        u"--page"_s, u"https://status.ghe.example.com/"_s, u"--format"_s, u"atlassian"_s });
    QCOMPARE(added.exitCode, 0);
    // The new entry takes over the built-in one's domain.
    QVERIFY2(added.out.contains(u"\nFor github.com it is used instead of the built-in entry \"GitHub\".\n"_s),
        qPrintable(added.out));

    const CliRun listed = catalog({ u"list"_s, u"--all"_s });
    if (qEnvironmentVariableIsSet("AUTHDOCTOR_SHOW_CLI_OUTPUT"))
        qInfo().noquote() << "\n$ authdoctor-cli status-catalog list --all\n" << listed.out.left(1200);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.err.isEmpty(), qPrintable(listed.err));
    const QString &out = listed.out;
    QVERIFY2(out.startsWith(u"Your status pages (1), used before the built-in ones:\n\nGitHub Enterprise\n"_s),
        qPrintable(out));
    const qsizetype builtInHeading = out.indexOf(u"\nBuilt in ("_s);
    const qsizetype gitHub = out.indexOf(u"\n\nGitHub  [built in]\n"
                                         "  Domains:     github.com, githubusercontent.com, github.io\n"
                                         "  Status page: https://www.githubstatus.com/\n"
                                         "  Format:      Atlassian Statuspage v2 (atlassian)\n"
                                         "  Your entry \"GitHub Enterprise\" is used instead for github.com.\n"_s);
    QVERIFY(builtInHeading > 0);
    QVERIFY2(gitHub > builtInHeading, qPrintable(out));
    QVERIFY(out.contains(u"\n\nSlack  [built in]\n"_s));
    QCOMPARE(out.count(u"[built in]"_s), StatusPageCatalog::builtIn().size());

    const QJsonArray entries = listedEntries(true);
    QCOMPARE(entries.size(), 1 + StatusPageCatalog::builtIn().size());
    QCOMPARE(entries.first().toObject().value(u"source"_s).toString(), u"user"_s);
    QCOMPARE(entries.first().toObject().value(u"name"_s).toString(), u"GitHub Enterprise"_s);
    const QJsonObject builtInGitHub = entries.at(1).toObject();
    QCOMPARE(builtInGitHub.value(u"name"_s).toString(), u"GitHub"_s);
    QCOMPARE(builtInGitHub.value(u"source"_s).toString(), u"built-in"_s);
    QCOMPARE(builtInGitHub.value(u"format"_s).toString(), u"atlassian"_s);
    QCOMPARE(builtInGitHub.value(u"page"_s).toString(), u"https://www.githubstatus.com/"_s);
    QVERIFY(strings(builtInGitHub.value(u"domains"_s)).contains(u"github.com"_s));
    for (qsizetype i = 1; i < entries.size(); ++i)
        QCOMPARE(entries.at(i).toObject().value(u"source"_s).toString(), u"built-in"_s);
}

void TestCliStatusCatalog::addProblems_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("option");
    const QString page = u"https://status.keep.example/"_s;
    QTest::newRow("no name") << QStringList { u"--domain"_s, u"keep.example"_s, u"--page"_s, page }
                             << int(StatusPageCatalog::EntryProblem::NoName) << u"--name"_s;
    QTest::newRow("no domain") << QStringList { u"--name"_s, u"Other"_s, u"--page"_s, page }
                               << int(StatusPageCatalog::EntryProblem::NoDomain) << u"--domain"_s;
    QTest::newRow("empty domain") << QStringList { u"--name"_s, u"Other"_s, u"--domain"_s, u" , "_s, u"--page"_s, page }
                                  << int(StatusPageCatalog::EntryProblem::NoDomain) << u"--domain"_s;
    QTest::newRow("bad domain") << QStringList { u"--name"_s, u"Other"_s, u"--domain"_s,
        u"keep.example,under_score.example"_s, u"--page"_s, page }
                                << int(StatusPageCatalog::EntryProblem::BadDomain)
                                << u"--domain \"under_score.example\""_s;
    QTest::newRow("no page") << QStringList { u"--name"_s, u"Other"_s, u"--domain"_s, u"keep.example"_s }
                             << int(StatusPageCatalog::EntryProblem::BadAddress) << u"--page"_s;
    QTest::newRow("ftp page") << QStringList { u"--name"_s, u"Other"_s, u"--domain"_s, u"keep.example"_s, u"--page"_s,
        u"ftp://status.keep.example/"_s }
                              << int(StatusPageCatalog::EntryProblem::BadAddress)
                              << u"--page \"ftp://status.keep.example/\""_s;
    QTest::newRow("page with a space") << QStringList { u"--name"_s, u"Other"_s, u"--domain"_s, u"keep.example"_s,
        u"--page"_s, u"status keep.example"_s }
                                       << int(StatusPageCatalog::EntryProblem::BadAddress)
                                       << u"--page \"status keep.example\""_s;
    QTest::newRow("unknown format") << QStringList { u"--name"_s, u"Other"_s, u"--domain"_s, u"keep.example"_s,
        u"--page"_s, page, u"--format"_s, u"rss"_s }
                                    << int(StatusPageCatalog::EntryProblem::UnknownFormat) << u"--format \"rss\""_s;
}

void TestCliStatusCatalog::addProblems()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, problem);
    QFETCH(QString, option);
    // An entry that a wrong one sharing its domain must not replace.
    const CliRun kept = catalog({ u"add"_s, u"--name"_s, u"Keep"_s, u"--domain"_s, u"keep.example"_s, u"--page"_s,
        u"https://status.keep.example/"_s });
    QCOMPARE(kept.exitCode, 0);
    const QJsonArray before = listedEntries();
    QCOMPARE(before.size(), 1);

    const CliRun result = catalog(QStringList { u"add"_s } + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    const QString words = StatusPageCatalog::problemText(StatusPageCatalog::EntryProblem(problem));
    QVERIFY(!words.isEmpty());
    QVERIFY2(result.err.startsWith(u"authdoctor-cli: "_s + option + u": "_s + words + u'\n'), qPrintable(result.err));
    if (StatusPageCatalog::EntryProblem(problem) == StatusPageCatalog::EntryProblem::UnknownFormat) {
        const QList<const StatusPageProvider *> providers = StatusPageProvider::all();
        for (const StatusPageProvider *provider : providers)
            QVERIFY2(result.err.contains(provider->key()), qPrintable(provider->key()));
    } else {
        QCOMPARE(result.err.count(u'\n'), 1);
    }
    QCOMPARE(listedEntries(), before); // nothing saved, nothing replaced
}

void TestCliStatusCatalog::addPageWrittenAsPeopleDo()
{
    // As the desktop program takes it: without a scheme it is read over https; http only when it says so.
    QCOMPARE(catalog({ u"add"_s, u"--name"_s, u"Wiki"_s, u"--domain"_s, u"wiki.example.com"_s, u"--page"_s,
                         u"  Status.Example.com  "_s })
                 .exitCode,
        0);
    QCOMPARE(catalog({ u"add"_s, u"--name"_s, u"Local"_s, u"--domain"_s, u"local.example.com"_s, u"--page"_s,
                         u"http://127.0.0.1:8080"_s })
                 .exitCode,
        0);
    const QJsonArray entries = listedEntries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).toObject().value(u"page"_s).toString(), u"https://status.example.com/"_s);
    QCOMPARE(entries.at(0).toObject().value(u"page"_s).toString(), u"http://127.0.0.1:8080/"_s);
}

void TestCliStatusCatalog::addReplacesOlderEntry()
{
    QCOMPARE(catalog({ u"add"_s, u"--name"_s, u"Other"_s, u"--domain"_s, u"other.example"_s, u"--page"_s,
                         u"https://status.other.example/"_s })
                 .exitCode,
        0);
    QCOMPARE(catalog({ u"add"_s, u"--name"_s, u"Old wiki"_s, u"--domain"_s, u"old.example.com,wiki.example.com"_s,
                         u"--page"_s, u"https://old-status.example.com/"_s })
                 .exitCode,
        0);
    const CliRun replaced = catalog({ u"add"_s, u"--name"_s, u"New wiki"_s, u"--domain"_s, u"wiki.example.com"_s,
        u"--page"_s, u"https://status.example.com/"_s, u"--format"_s, u"atlassian"_s });
    QCOMPARE(replaced.exitCode, 0);
    QVERIFY2(replaced.out.contains(u"\nIt replaces your earlier entry \"Old wiki\" (old.example.com, "
                                   "wiki.example.com, https://old-status.example.com/).\n"_s),
        qPrintable(replaced.out));
    QVERIFY(!replaced.out.contains(u"Other"_s));

    const QJsonArray entries = listedEntries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(u"name"_s).toString(), u"New wiki"_s);
    QCOMPARE(strings(entries.at(0).toObject().value(u"domains"_s)), QStringList { u"wiki.example.com"_s });
    QCOMPARE(entries.at(1).toObject().value(u"name"_s).toString(), u"Other"_s);

    // The same entry again replaces nothing and says so.
    const CliRun again = catalog({ u"add"_s, u"--name"_s, u"New wiki"_s, u"--domain"_s, u"wiki.example.com"_s,
        u"--page"_s, u"https://status.example.com/"_s, u"--format"_s, u"atlassian"_s });
    QCOMPARE(again.exitCode, 0);
    QVERIFY(!again.out.contains(u"replaces"_s));
    QVERIFY2(again.out.contains(u"nothing changed"_s), qPrintable(again.out));
    QCOMPARE(listedEntries(), entries);
}

void TestCliStatusCatalog::addUnwritableSettings()
{
    // A file where the settings folder belongs: the settings cannot be written, whoever runs the test (even root).
    const QString folder = QFileInfo(m_settingsPath).path();
    QVERIFY(QDir(folder).removeRecursively());
    QFile blocker(folder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto restore = qScopeGuard([&folder] {
        QFile::remove(folder);
        QDir().mkpath(folder);
    });
    const CliRun result = catalog({ u"add"_s, u"--name"_s, u"Our wiki"_s, u"--domain"_s, u"wiki.example.com"_s,
        u"--page"_s, u"https://status.example.com/"_s });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QCOMPARE(result.err,
        u"authdoctor-cli: the entry could not be saved: cannot write the settings file %1\n"_s.arg(m_settingsPath));
}

void TestCliStatusCatalog::remove()
{
    QCOMPARE(catalog({ u"add"_s, u"--name"_s, u"Our wiki"_s, u"--domain"_s, u"wiki.example.com, example.org"_s,
                         u"--page"_s, u"https://status.example.com/"_s })
                 .exitCode,
        0);
    QCOMPARE(catalog({ u"add"_s, u"--name"_s, u"Other"_s, u"--domain"_s, u"other.example"_s, u"--page"_s,
                         u"https://status.other.example/"_s })
                 .exitCode,
        0);
    // Any of the entry's domains, in any case, names it.
    const CliRun removed = catalog({ u"remove"_s, u"Example.ORG"_s });
    QCOMPARE(removed.exitCode, 0);
    QVERIFY2(removed.err.isEmpty(), qPrintable(removed.err));
    QCOMPARE(removed.out, u"Removed \"Our wiki\" (wiki.example.com, example.org, https://status.example.com/).\n"_s);
    const QJsonArray entries = listedEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().toObject().value(u"name"_s).toString(), u"Other"_s);

    // Removing a user entry for a built-in domain hands the domain back to the built-in entry.
    QCOMPARE(catalog({ u"add"_s, u"--name"_s, u"Mirror"_s, u"--domain"_s, u"slack.com"_s, u"--page"_s,
                         u"https://status.mirror.example/"_s })
                 .exitCode,
        0);
    const CliRun handedBack = catalog({ u"remove"_s, u"https://slack.com/signin"_s });
    QCOMPARE(handedBack.exitCode, 0);
    QVERIFY2(handedBack.out.contains(u"\nFor slack.com the built-in entry \"Slack\" is used again.\n"_s),
        qPrintable(handedBack.out));
    QCOMPARE(listedEntries().size(), 1);
}

void TestCliStatusCatalog::removeUnknown()
{
    QCOMPARE(catalog({ u"add"_s, u"--name"_s, u"Other"_s, u"--domain"_s, u"other.example"_s, u"--page"_s,
                         u"https://status.other.example/"_s })
                 .exitCode,
        0);
    const QJsonArray before = listedEntries();

    const CliRun unknown = catalog({ u"remove"_s, u"nothing.example"_s });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.out.isEmpty());
    QCOMPARE(unknown.err, u"authdoctor-cli: you have no status page entry of your own that lists nothing.example\n"_s);

    // A subdomain of the user's entry points at the entry that covers it.
    const CliRun covered = catalog({ u"remove"_s, u"api.other.example"_s });
    QCOMPARE(covered.exitCode, 2);
    QVERIFY2(covered.err.contains(u"authdoctor-cli status-catalog remove other.example"_s), qPrintable(covered.err));

    // A built-in entry cannot be removed, but can be overridden.
    const CliRun builtIn = catalog({ u"remove"_s, u"github.com"_s });
    QCOMPARE(builtIn.exitCode, 2);
    QVERIFY(builtIn.out.isEmpty());
    QVERIFY2(builtIn.err.startsWith(u"authdoctor-cli: you have no status page entry of your own that lists "
                                    "github.com\n"_s),
        qPrintable(builtIn.err));
    QVERIFY(builtIn.err.contains(u"\"GitHub\""_s));
    QVERIFY(builtIn.err.contains(u"cannot be removed"_s));
    QVERIFY(builtIn.err.contains(u"authdoctor-cli status-catalog add --name NAME --domain github.com --page URL"_s));

    QCOMPARE(listedEntries(), before);
}

void TestCliStatusCatalog::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    const QString subcommands = u"list, add or remove"_s;
    QTest::newRow("no subcommand") << QStringList {} << subcommands;
    QTest::newRow("unknown subcommand") << QStringList { u"show"_s } << subcommands;
    QTest::newRow("option first") << QStringList { u"--json"_s } << subcommands;
    QTest::newRow("list argument") << QStringList { u"list"_s, u"github.com"_s } << u"github.com"_s;
    QTest::newRow("list unknown option") << QStringList { u"list"_s, u"--verbose"_s } << u"verbose"_s;
    QTest::newRow("add argument") << QStringList { u"add"_s, u"wiki.example.com"_s } << u"--domain"_s;
    QTest::newRow("add two pages") << QStringList { u"add"_s, u"--name"_s, u"X"_s, u"--domain"_s, u"x.example"_s,
        u"--page"_s, u"https://a.example/"_s, u"--page"_s, u"https://b.example/"_s }
                                   << u"--page"_s;
    QTest::newRow("remove nothing") << QStringList { u"remove"_s } << u"remove"_s;
    QTest::newRow("remove two") << QStringList { u"remove"_s, u"a.example"_s, u"b.example"_s } << u"one domain"_s;
    QTest::newRow("remove a list") << QStringList { u"remove"_s, u"a.example,b.example"_s } << u"one domain"_s;
    QTest::newRow("remove bad domain") << QStringList { u"remove"_s, u"under_score.example"_s }
                                       << StatusPageCatalog::problemText(StatusPageCatalog::EntryProblem::BadDomain);
}

void TestCliStatusCatalog::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const CliRun result = catalog(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QVERIFY2(result.err.startsWith(u"authdoctor-cli: "_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(says), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY(!QFile::exists(m_settingsPath)); // nothing was written
}

void TestCliStatusCatalog::help()
{
    const CliRun overall = catalog({ u"--help"_s });
    QCOMPARE(overall.exitCode, 0);
    QVERIFY2(overall.out.startsWith(u"Usage: authdoctor-cli status-catalog list [--all] [--json]\n"_s),
        qPrintable(overall.out));
    for (const QString &subcommand : { u"list"_s, u"add"_s, u"remove"_s })
        QVERIFY(overall.out.contains(u"\n  "_s + subcommand + u' '));
    QVERIFY(overall.out.contains(u"Exit status: 0"_s));

    const CliRun list = catalog({ u"list"_s, u"--help"_s });
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.startsWith(u"Usage: authdoctor-cli status-catalog list [--all] [--json]\n"_s));
    QVERIFY(list.out.contains(u"--all"_s) && list.out.contains(u"--json"_s));

    const CliRun add = catalog({ u"add"_s, u"--help"_s });
    QCOMPARE(add.exitCode, 0);
    QVERIFY(add.out.startsWith(u"Usage: authdoctor-cli status-catalog add --name NAME --domain DOMAIN... --page URL "
                               "[--format KEY]\n"_s));
    const QList<const StatusPageProvider *> providers = StatusPageProvider::all();
    for (const StatusPageProvider *provider : providers)
        QVERIFY2(add.out.contains(provider->key()), qPrintable(provider->key()));

    const CliRun remove = catalog({ u"remove"_s, u"--help"_s });
    QCOMPARE(remove.exitCode, 0);
    QVERIFY(remove.out.startsWith(u"Usage: authdoctor-cli status-catalog remove DOMAIN\n"_s));

    const CliRun general = run({ u"--help"_s });
    QCOMPARE(general.exitCode, 0);
    QVERIFY(general.out.contains(u"\n  status-catalog list|add|remove\n"_s));
}

void TestCliStatusCatalog::statusPageReadsUserEntry()
{
    // An intranet service whose status page only the user's catalog knows. The catalog hit is the only place the
    // lookup tries, so intranet.test is never looked up in DNS: nothing leaves this computer.
    const QString page = m_server.url(u"/"_s).toString();
    const CliRun added = catalog({ u"add"_s, u"--name"_s, u"Intranet"_s, u"--domain"_s, u"intranet.test"_s, u"--page"_s,
        page, u"--format"_s, u"atlassian"_s });
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.contains(u"--allow-insecure-http"_s), qPrintable(added.out)); // the page is plain http
    const QJsonArray entries = listedEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().toObject().value(u"page"_s).toString(), page);

    const CliRun result = run({ u"status-page"_s, u"intranet.test"_s, u"--allow-insecure-http"_s });
    if (qEnvironmentVariableIsSet("AUTHDOCTOR_SHOW_CLI_OUTPUT"))
        qInfo().noquote() << "\n$ authdoctor-cli status-page intranet.test --allow-insecure-http\n" << result.out;
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY2(result.out.startsWith(u"[problem] "_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"outage"_s));
    QVERIFY(result.out.contains(u"\nState: outage (\"Partial System Outage\")\n"_s));
    QCOMPARE(m_server.requestCount("/api/v2/summary.json"), 1);
    QCOMPARE(m_server.requestCount(), 1);

    // The JSON says where the page came from and that the loopback page was all it asked.
    m_server.clearRequests();
    const CliRun json = run({ u"status-page"_s, u"intranet.test"_s, u"--allow-insecure-http"_s, u"--json"_s });
    QCOMPARE(json.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(u"source"_s).toString(), u"catalog"_s);
    QCOMPARE(root.value(u"service"_s).toString(), u"Intranet"_s);
    QCOMPARE(root.value(u"state"_s).toString(), u"outage"_s);
    const QStringList tried = strings(root.value(u"tried"_s));
    QVERIFY(!tried.isEmpty());
    for (const QString &address : tried)
        QVERIFY2(address.startsWith(QString::fromLatin1(m_server.origin()) + u'/'), qPrintable(address));
    QCOMPARE(m_server.requestCount("/api/v2/summary.json"), 1);
}

QTEST_GUILESS_MAIN(TestCliStatusCatalog)
#include "TestCliStatusCatalog.moc"
