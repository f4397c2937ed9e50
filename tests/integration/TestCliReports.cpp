// authdoctor-cli status-page, diagnose --report and --status-page, and the attempt log, run as a person runs them:
// a real process against loopback servers.
#include "CliRun.h"
#include "StatusPageFixtures.h"
#include "TestServer.h"
#include "settings/Preferences.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSettings>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using StatusPageFixtures::fixture;
using StatusPageFixtures::plainJson;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray Password = "Wr0ng p4ss&word"_ba;

} // namespace

class TestCliReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void statusPageMajorOutage();
    void statusPageFromItsBaseAddress();
    void statusPageJson();
    void statusPageOperational();
    void statusPageMaintenance();
    void statusPageNotFound();
    void statusPageUsage_data();
    void statusPageUsage();
    void statusPageHelp();

    void reportEachFormat_data();
    void reportEachFormat();
    void reportUnknownExtension();
    void reportWriteError();
    void reportHidesUserNames();
    void diagnoseWithStatusPage();
    void diagnoseWithStatusPageText();
    void attemptLogAfterEachDiagnose();
    void generalHelpNamesTheNewCommands();

private:
    using Run = CliRun;
    Run run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcessEnvironment environment;
        environment.insert(u"TZ"_s, u"UTC"_s);
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        environment.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        return CliRun::run(QStringLiteral(AUTHDOCTOR_CLI_PATH), arguments, input, environment);
    }
    QString statusUrl(const QString &path) const { return m_statusServer.url(path).toString(); }
    QString attemptLogPath() const;

    TestServer m_server;
    TestServer m_statusServer;
    QTemporaryDir m_dir; // reports, and XDG_DATA_HOME for the attempt log
};

QString TestCliReports::attemptLogPath() const
{
    // QStandardPaths::AppDataLocation under XDG_DATA_HOME: <organization>/<application>/attempts.log.
    return m_dir.filePath(u"data/authdoctor/authdoctor/attempts.log"_s);
}

void TestCliReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());
    QVERIFY(m_statusServer.listen());
    m_server.route("/basic", [](const TestRequest &request) {
        if (request.header("authorization") == "Basic " + QByteArray("alice:right").toBase64())
            return TestResponse::text(200, "hello");
        return TestResponse::text(401, "{}",
            { { "WWW-Authenticate"_ba, "Basic realm=\"x\""_ba },
                { "Set-Cookie"_ba, "sid=server-cookie-value; Path=/"_ba } });
    });
    m_statusServer.route("/outage/api/v2/summary.json",
        [](const TestRequest &) { return plainJson(fixture(u"atlassian-summary-outage.json"_s)); });
    m_statusServer.route("/status/api/v2/summary.json",
        [](const TestRequest &) { return plainJson(fixture(u"atlassian-summary-outage.json"_s)); });
    m_statusServer.route("/ok/api/v2/summary.json",
        [](const TestRequest &) { return plainJson(fixture(u"atlassian-summary-operational.json"_s)); });
    m_statusServer.route("/maintenance/api/v2/summary.json",
        [](const TestRequest &) { return plainJson(fixture(u"atlassian-summary-maintenance.json"_s)); });
    m_statusServer.route("/odd/api/v2/summary.json",
        [](const TestRequest &) { return plainJson(fixture(u"not-a-status-page.json"_s)); });
}

void TestCliReports::statusPageMajorOutage()
{
    const Run result = run({ u"status-page"_s, statusUrl(u"/outage/api/v2/summary.json"_s) });
    if (qEnvironmentVariableIsSet("AUTHDOCTOR_SHOW_CLI_OUTPUT"))
        qInfo().noquote() << "\n$ authdoctor-cli status-page" << statusUrl(u"/outage/api/v2/summary.json"_s) << "\n"
                          << result.out << "(exit status" << result.exitCode << ")";
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QString &out = result.out;
    QVERIFY2(out.startsWith(u"[problem] GitHub reports an outage\n"_s), qPrintable(out));
    QVERIFY(out.contains(u"\nState: outage (\"Partial System Outage\")\n"_s));
    QVERIFY(out.contains(u"\nStatus page: https://www.githubstatus.com\n"_s));
    // Components: the sign-in ones first, then the worst.
    const qsizetype signIn = out.indexOf(u"  - Sign-in and Accounts (Platform): major outage  [sign-in]"_s);
    const qsizetype api = out.indexOf(u"  - API Requests: partial outage  [sign-in]"_s);
    const qsizetype webhooks = out.indexOf(u"  - Webhooks: degraded performance"_s);
    QVERIFY(signIn > 0 && api > signIn && webhooks > api);
    QVERIFY(!out.contains(u"Git Operations: "_s)); // operational components are not listed
    // Incidents with their latest update, in local time (TZ=UTC here).
    QVERIFY(out.contains(u"  - Users cannot sign in [identified, impact major]  [sign-in]\n"
                         "      Latest update, 1 May 2024 12:20:43:\n"
                         "      We have identified the cause of the sign-in failures"_s));
    QVERIFY(out.indexOf(u"Users cannot sign in"_s) < out.indexOf(u"Disruption with some GitHub services"_s));
    QVERIFY(out.contains(u"What to do:\n  - Wait until the status page reports the problem fixed, then try again."_s));
}

void TestCliReports::statusPageFromItsBaseAddress()
{
    const Run result = run({ u"status-page"_s, statusUrl(u"/status/"_s) });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(u"State: outage"_s), qPrintable(result.out + result.err));
}

void TestCliReports::statusPageJson()
{
    const Run result = run({ u"status-page"_s, statusUrl(u"/outage/api/v2/summary.json"_s), u"--json"_s });
    QCOMPARE(result.exitCode, 1);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"found"_s).toBool(), true);
    QCOMPARE(root.value(u"state"_s).toString(), u"outage"_s);
    QCOMPARE(root.value(u"format"_s).toString(), u"atlassian"_s);
    QCOMPARE(root.value(u"sign_in_affected"_s).toBool(), true);
    QCOMPARE(
        root.value(u"incidents"_s).toArray().first().toObject().value(u"name"_s).toString(), u"Users cannot sign in"_s);
    const QJsonObject finding = root.value(u"findings"_s).toArray().first().toObject();
    QCOMPARE(finding.value(u"id"_s).toString(), u"statuspage.outage"_s);
    QCOMPARE(finding.value(u"severity"_s).toString(), u"problem"_s);
    QVERIFY(finding.value(u"next_steps"_s).toArray().size() >= 1);
}

void TestCliReports::statusPageOperational()
{
    const Run result = run({ u"status-page"_s, statusUrl(u"/ok/api/v2/summary.json"_s) });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"State: operational"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"Incidents: none"_s));
    // The page's overall word decides, even with one data centre in maintenance.
    QVERIFY(result.out.contains(u"[under way]"_s));
}

void TestCliReports::statusPageMaintenance()
{
    const Run result = run({ u"status-page"_s, statusUrl(u"/maintenance/api/v2/summary.json"_s) });
    QVERIFY2(result.out.contains(u"Maintenance"_s), qPrintable(result.out));
    // Maintenance under way is trouble; planned maintenance beside a working service is not.
    QCOMPARE(result.exitCode, result.out.contains(u"State: maintenance"_s) ? 1 : 0);
}

void TestCliReports::statusPageNotFound()
{
    const Run missing = run({ u"status-page"_s, statusUrl(u"/nothing/api/v2/summary.json"_s) });
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.out.startsWith(u"[info] "_s), qPrintable(missing.out));
    QVERIFY(missing.out.contains(u"Addresses tried:"_s));
    const Run unreadable = run({ u"status-page"_s, statusUrl(u"/odd/api/v2/summary.json"_s) });
    QCOMPARE(unreadable.exitCode, 3);
    QVERIFY2(unreadable.out.contains(u"not in a form Auth Doctor can read"_s), qPrintable(unreadable.out));
}

void TestCliReports::statusPageUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no address") << QStringList { u"status-page"_s };
    QTest::newRow("two addresses") << QStringList { u"status-page"_s, u"a.example"_s, u"b.example"_s };
    QTest::newRow("not an address") << QStringList { u"status-page"_s, u"not a domain"_s };
    QTest::newRow("ftp") << QStringList { u"status-page"_s, u"ftp://example.com/"_s };
    QTest::newRow("unknown option") << QStringList { u"status-page"_s, u"example.com"_s, u"--verbose"_s };
    QTest::newRow("bad timeout") << QStringList { u"status-page"_s, u"example.com"_s, u"--timeout"_s, u"0"_s };
}

void TestCliReports::statusPageUsage()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(u"authdoctor-cli: "_s), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
}

void TestCliReports::statusPageHelp()
{
    const Run result = run({ u"status-page"_s, u"--help"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(u"Usage: authdoctor-cli status-page URL-or-domain [--json]"_s));
    QVERIFY(result.out.contains(u"--json"_s));
    QVERIFY(result.out.contains(u"Exit status: 0"_s));
}

void TestCliReports::reportEachFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("text") << u"report.txt"_s;
    QTest::newRow("html") << u"report.html"_s;
    QTest::newRow("json") << u"report.json"_s;
}

void TestCliReports::reportEachFormat()
{
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    const Run result = run({ u"diagnose"_s, m_server.url(u"/basic"_s).toString(), u"--user"_s, u"alice"_s,
                               u"--password-stdin"_s, u"--allow-insecure-http"_s, u"--report"_s, path },
        Password + '\n');
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY(result.out.contains(u"credentials.rejected"_s));
    QVERIFY(result.out.trimmed().endsWith(u"Report saved to "_s + path));
    const QByteArray bytes = readFile(path);
    QVERIFY(!bytes.isEmpty());
    if (name.endsWith(u".html"_s)) {
        QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
        QVERIFY(bytes.contains("credentials.rejected"));
    } else if (name.endsWith(u".json"_s)) {
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(u"verdict"_s).toObject().value(u"id"_s).toString(), u"credentials.rejected"_s);
        QCOMPARE(root.value(u"program"_s).toObject().value(u"name"_s).toString(), u"Auth Doctor"_s);
        QVERIFY(!root.contains(u"status_page"_s));
    } else {
        QVERIFY(bytes.startsWith("Auth Doctor report\n"));
    }
    for (const QByteArray &secret :
        { Password, QByteArray("alice:" + Password).toBase64(), "server-cookie-value"_ba }) {
        QVERIFY2(!bytes.contains(secret), secret.constData());
        QVERIFY(!result.out.toUtf8().contains(secret));
    }
}

void TestCliReports::reportUnknownExtension()
{
    const int before = m_server.requestCount();
    const Run result
        = run({ u"diagnose"_s, m_server.url(u"/basic"_s).toString(), u"--report"_s, m_dir.filePath(u"report.pdf"_s) });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(u"authdoctor-cli: --report takes a file name ending in .txt, .html or .json"_s),
        qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    QCOMPARE(m_server.requestCount(), before); // nothing was asked
    QVERIFY(!QFile::exists(m_dir.filePath(u"report.pdf"_s)));
}

void TestCliReports::reportWriteError()
{
    const QString path = m_dir.filePath(u"no-such-folder/report.html"_s);
    const Run result = run({ u"diagnose"_s, m_server.url(u"/basic"_s).toString(), u"--report"_s, path });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.contains(u"challenge.basic"_s)); // the diagnosis itself was shown
    QVERIFY2(result.err.startsWith(u"authdoctor-cli: cannot write "_s + path + u": "_s), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
}

void TestCliReports::reportHidesUserNames()
{
    const QString path = m_dir.filePath(u"hidden.json"_s);
    const Run result
        = run({ u"diagnose"_s, m_server.url(u"/basic"_s).toString(), u"--user"_s, u"alice"_s, u"--password-stdin"_s,
                  u"--allow-insecure-http"_s, u"--hide-user-names"_s, u"--report"_s, path, u"--json"_s },
            Password + '\n');
    QCOMPARE(result.exitCode, 1);
    const QByteArray bytes = readFile(path);
    QVERIFY(!bytes.contains("alice"));
    QVERIFY(bytes.contains("[user]"));
    QVERIFY(!result.out.contains(u"alice"_s));
    // --json prints the one object and nothing else.
    QVERIFY(QJsonDocument::fromJson(result.out.toUtf8()).isObject());
}

void TestCliReports::diagnoseWithStatusPage()
{
    const Run result = run({ u"diagnose"_s, m_server.url(u"/basic"_s).toString(), u"--status-page"_s,
        statusUrl(u"/outage/api/v2/summary.json"_s), u"--json"_s });
    QCOMPARE(result.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QStringList ids;
    for (const QJsonValue &finding : root.value(u"findings"_s).toArray())
        ids.append(finding.toObject().value(u"id"_s).toString());
    QVERIFY2(ids.contains(u"statuspage.outage"_s), qPrintable(ids.join(u' ')));
    QVERIFY(ids.contains(u"challenge.basic"_s));
    const QJsonObject statusPage = root.value(u"status_page"_s).toObject();
    QCOMPARE(statusPage.value(u"state"_s).toString(), u"outage"_s);
    QCOMPARE(statusPage.value(u"service"_s).toString(), u"GitHub"_s);
    QCOMPARE(root.value(u"asked"_s).toObject().value(u"status_page"_s).toString(),
        statusUrl(u"/outage/api/v2/summary.json"_s));
    // The status page's own request is not one of the exchanges with the service.
    for (const QJsonValue &exchange : root.value(u"exchanges"_s).toArray())
        QVERIFY(exchange.toObject().value(u"url"_s).toString().startsWith(QString::fromLatin1(m_server.origin())));
}

void TestCliReports::diagnoseWithStatusPageText()
{
    const QString path = m_dir.filePath(u"with-status.html"_s);
    const Run result = run({ u"diagnose"_s, m_server.url(u"/basic"_s).toString(), u"--status-page"_s,
        statusUrl(u"/outage/api/v2/summary.json"_s), u"--report"_s, path });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(u"[problem] GitHub reports an outage  (statuspage.outage)"_s), qPrintable(result.out));
    const QByteArray html = readFile(path);
    QVERIFY(html.contains("Sign-in and Accounts"));
    QVERIFY(html.contains("Users cannot sign in"));
    // Without --status-page no status page is asked.
    const int before = m_statusServer.requestCount();
    QCOMPARE(run({ u"diagnose"_s, m_server.url(u"/basic"_s).toString() }).exitCode, 1);
    QCOMPARE(m_statusServer.requestCount(), before);
}

void TestCliReports::attemptLogAfterEachDiagnose()
{
    QFile::remove(attemptLogPath());
    QCOMPARE(run({ u"diagnose"_s, m_server.url(u"/basic?access_token=abc123secret"_s).toString() }).exitCode, 1);
    QCOMPARE(run({ u"diagnose"_s, m_server.url(u"/basic"_s).toString(), u"--user"_s, u"alice"_s, u"--password-stdin"_s,
                     u"--allow-insecure-http"_s },
                 "right\n")
                 .exitCode,
        0);
    QCOMPARE(run({ u"diagnose"_s, m_server.url(u"/basic"_s).toString(), u"--no-log"_s }).exitCode, 1);
    const QByteArray bytes = readFile(attemptLogPath());
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(u"origin"_s).toString(), QString::fromLatin1(m_server.origin()));
    QCOMPARE(first.value(u"verdict"_s).toString(), u"challenge.basic"_s);
    QCOMPARE(first.value(u"exit_status"_s).toInt(), 1);
    QCOMPARE(first.value(u"source"_s).toString(), u"cli"_s);
    QVERIFY(first.value(u"findings"_s).toArray().contains(u"status.unauthorized"_s));
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(second.value(u"verdict"_s).toString(), u"credentials.accepted"_s);
    QCOMPARE(second.value(u"exit_status"_s).toInt(), 0);
    for (const QByteArray &secret : { "abc123secret"_ba, "alice"_ba, "right"_ba, "/basic"_ba, "access_token"_ba })
        QVERIFY2(!bytes.contains(secret), secret.constData());

    // Turned off in the desktop program's Preferences (the same settings file): nothing is noted, until it is on again.
    {
        QSettings settings(m_dir.filePath(u"config/authdoctor/authdoctor.conf"_s), QSettings::IniFormat);
        Preferences::setAttemptLogEnabled(settings, false);
    }
    QCOMPARE(run({ u"diagnose"_s, m_server.url(u"/basic"_s).toString() }).exitCode, 1);
    QCOMPARE(readFile(attemptLogPath()), bytes);
    {
        QSettings settings(m_dir.filePath(u"config/authdoctor/authdoctor.conf"_s), QSettings::IniFormat);
        Preferences::setAttemptLogEnabled(settings, true);
    }
    QCOMPARE(run({ u"diagnose"_s, m_server.url(u"/basic"_s).toString() }).exitCode, 1);
    QCOMPARE(readFile(attemptLogPath()).trimmed().split('\n').size(), 3);
}

void TestCliReports::generalHelpNamesTheNewCommands()
{
    const Run result = run({ u"--help"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"status-page URL-or-domain [--json]"_s));
    QVERIFY(result.out.contains(u"--status-page URL"_s));
    QVERIFY(result.out.contains(u"--report FILE.txt, .html or .json"_s));
    QVERIFY(result.out.contains(u"--no-log"_s));
    const Run diagnose = run({ u"diagnose"_s, u"--help"_s });
    for (const QString &option : { u"--status-page"_s, u"--report"_s, u"--no-log"_s, u"--hide-user-names"_s })
        QVERIFY2(diagnose.out.contains(option), qPrintable(option));
}

QTEST_GUILESS_MAIN(TestCliReports)
#include "TestCliReports.moc"
