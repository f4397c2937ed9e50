// authdoctor-cli as a person runs it: real process, real loopback server, exit statuses and output checked.
#include "CliRun.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void invalidTokenVerdict();
    void jsonContract();
    void accessWorks();
    void unreachableIsThree();
    void usageErrors_data();
    void usageErrors();
    void help();
    void passwordFromStdin_data();
    void passwordFromStdin();
    void passwordNotSentOverHttpWithoutFlag();
    void tokenFromEnvironment();

private:
    using Run = CliRun;
    static Run run(const QStringList &arguments, const QByteArray &input = {},
                   const QProcessEnvironment &extra = QProcessEnvironment())
    {
        return CliRun::run(QStringLiteral(AUTHDOCTOR_CLI_PATH), arguments, input, extra);
    }

    TestServer m_server;
};


void TestCli::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.route("/token", [](const TestRequest &) {
        return TestResponse::text(
            401, "{\"error\":\"invalid_token\"}",
            { { "WWW-Authenticate"_ba, "Bearer realm=\"api\", error=\"invalid_token\", error_description=\"expired\""_ba },
              { "Content-Type"_ba, "application/json"_ba } });
    });
    m_server.route("/basic", [](const TestRequest &) {
        return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Basic realm=\"x\""_ba } });
    });
    m_server.route("/open", [](const TestRequest &) { return TestResponse::text(200, "hello"); });
    m_server.route("/staff", [](const TestRequest &r) {
        if (r.header("authorization") == "Basic " + QByteArray("alice:s3cret pass").toBase64())
            return TestResponse::text(200, "hello alice");
        return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Basic realm=\"staff\""_ba } });
    });
}

void TestCli::invalidTokenVerdict()
{
    const Run result = run({ u"diagnose"_s, m_server.url(u"/token"_s).toString() });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(u"Verdict: The server refused the token as invalid"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"bearer.invalid-token"_s));
    QVERIFY(result.err.isEmpty());
}

void TestCli::jsonContract()
{
    const Run result = run({ u"diagnose"_s, m_server.url(u"/basic"_s).toString(), u"--json"_s, u"--timeout"_s, u"5"_s });
    QCOMPARE(result.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.value(u"target"_s).toString(), m_server.url(u"/basic"_s).toString());
    QCOMPARE(root.value(u"verdict"_s).toObject().value(u"id"_s).toString(), u"challenge.basic"_s);
    QVERIFY(!root.value(u"verdict"_s).toObject().value(u"title"_s).toString().isEmpty());

    QStringList ids;
    const QJsonArray findings = root.value(u"findings"_s).toArray();
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        ids.append(finding.value(u"id"_s).toString());
        for (const QString &key : { u"severity"_s, u"title"_s, u"explanation"_s, u"technical"_s })
            QVERIFY2(finding.value(key).isString(), qPrintable(key));
        QVERIFY(finding.value(u"next_steps"_s).isArray());
    }
    QVERIFY(ids.contains(u"status.unauthorized"_s));
    QVERIFY(ids.contains(u"challenge.basic"_s));

    const QJsonArray exchanges = root.value(u"exchanges"_s).toArray();
    QCOMPARE(exchanges.size(), 1);
    const QJsonObject exchange = exchanges.first().toObject();
    QCOMPARE(exchange.value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(exchange.value(u"status"_s).toInt(), 401);
    QVERIFY(exchange.value(u"elapsed_ms"_s).toInteger() >= 0);
    QVERIFY(exchange.value(u"request_headers"_s).isArray());
    bool challengeSeen = false;
    const QJsonArray responseHeaders = exchange.value(u"response_headers"_s).toArray();
    for (const QJsonValue &header : responseHeaders)
        challengeSeen |= header.toObject().value(u"name"_s).toString().compare(u"www-authenticate"_s, Qt::CaseInsensitive) == 0;
    QVERIFY(challengeSeen);
}

void TestCli::accessWorks()
{
    const Run result = run({ u"diagnose"_s, m_server.url(u"/open"_s).toString() });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"status.ok"_s));
}

void TestCli::unreachableIsThree()
{
    quint16 port = 0;
    {
        TestServer gone;
        QVERIFY(gone.listen());
        port = gone.port();
    }
    const Run result = run({ u"diagnose"_s, u"http://127.0.0.1:%1/"_s.arg(port), u"--timeout"_s, u"2"_s });
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.contains(u"reach.refused"_s));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { u"diagnoze"_s, u"https://example.com"_s };
    QTest::newRow("no url") << QStringList { u"diagnose"_s };
    QTest::newRow("empty url") << QStringList { u"diagnose"_s, QString() };
    QTest::newRow("ftp") << QStringList { u"diagnose"_s, u"ftp://example.com/"_s };
    QTest::newRow("not a url") << QStringList { u"diagnose"_s, u"https://exa mple.com/"_s };
    QTest::newRow("two urls") << QStringList { u"diagnose"_s, u"https://a.example"_s, u"https://b.example"_s };
    QTest::newRow("bad timeout") << QStringList { u"diagnose"_s, u"https://example.com"_s, u"--timeout"_s, u"soon"_s };
    QTest::newRow("zero timeout") << QStringList { u"diagnose"_s, u"https://example.com"_s, u"--timeout"_s, u"0"_s };
    QTest::newRow("unknown option") << QStringList { u"diagnose"_s, u"https://example.com"_s, u"--password"_s, u"x"_s };
    QTest::newRow("user without password source") << QStringList { u"diagnose"_s, u"https://example.com"_s, u"--user"_s, u"a"_s };
    QTest::newRow("password-stdin without user") << QStringList { u"diagnose"_s, u"https://example.com"_s, u"--password-stdin"_s };
    QTest::newRow("two secret sources") << QStringList { u"diagnose"_s, u"https://example.com"_s, u"--user"_s, u"a"_s,
                                                         u"--password-stdin"_s, u"--token-env"_s, u"T"_s };
    QTest::newRow("token variable unset") << QStringList { u"diagnose"_s, u"https://example.com"_s, u"--token-env"_s,
                                                           u"AUTHDOCTOR_TEST_UNSET_VARIABLE"_s };
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const int before = m_server.requestCount();
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(u"authdoctor-cli: "_s), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1); // exactly one line
    QCOMPARE(m_server.requestCount(), before);
}

void TestCli::help()
{
    const Run general = run({ u"--help"_s });
    QCOMPARE(general.exitCode, 0);
    QVERIFY(general.out.contains(u"diagnose URL"_s));
    const Run diagnose = run({ u"diagnose"_s, u"--help"_s });
    QCOMPARE(diagnose.exitCode, 0);
    QVERIFY(diagnose.out.contains(u"--timeout"_s));
    QVERIFY(diagnose.out.contains(u"--json"_s));
}

void TestCli::passwordFromStdin_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("finding");
    QTest::newRow("right") << "s3cret pass\n"_ba << 0 << u"credentials.accepted"_s;
    QTest::newRow("right, no line break") << "s3cret pass"_ba << 0 << u"credentials.accepted"_s;
    QTest::newRow("wrong") << "s3cret-pass\n"_ba << 1 << u"credentials.rejected"_s;
}

void TestCli::passwordFromStdin()
{
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, finding);
    const Run result = run({ u"diagnose"_s, m_server.url(u"/staff"_s).toString(), u"--user"_s, u"alice"_s,
                             u"--password-stdin"_s, u"--allow-insecure-http"_s, u"--json"_s },
                           input);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.contains(finding), qPrintable(result.out));
    QVERIFY(!result.out.contains(QString::fromUtf8(input.trimmed())));
    QVERIFY(!result.err.contains(QString::fromUtf8(input.trimmed())));
}

void TestCli::passwordNotSentOverHttpWithoutFlag()
{
    m_server.clearRequests();
    const Run result = run({ u"diagnose"_s, m_server.url(u"/staff"_s).toString(), u"--user"_s, u"alice"_s,
                             u"--password-stdin"_s },
                           "s3cret pass\n");
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.contains(u"credentials.insecure-transport"_s));
    const QList<TestRequest> requests = m_server.requests();
    for (const TestRequest &request : requests)
        QVERIFY(!request.headers.contains("authorization"));
}

void TestCli::tokenFromEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(u"MY_TOKEN"_s, u"tok-987"_s);
    m_server.route("/token-ok", [](const TestRequest &r) {
        if (r.header("authorization") == "Bearer tok-987")
            return TestResponse::text(200, "{}");
        return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Bearer realm=\"api\""_ba } });
    });
    const Run result = run({ u"diagnose"_s, m_server.url(u"/token-ok"_s).toString(), u"--token-env"_s, u"MY_TOKEN"_s,
                             u"--allow-insecure-http"_s },
                           {}, environment);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"credentials.accepted"_s));
    QVERIFY(!result.out.contains(u"tok-987"_s));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
