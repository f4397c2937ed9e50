// authdoctor-cli for developers, as a person runs it: decode-token, diagnose with an API key or a pasted curl
// command, oauth-refresh; real processes against a loopback server, secrets never in the output.
#include "CliRun.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString makeJwt(const QJsonObject &claims)
{
    return QString::fromLatin1(base64Url(R"({"alg":"RS256","typ":"JWT","kid":"k1"})") + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + base64Url("not-a-real-signature"));
}

QString expiredJwt()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return makeJwt({ { u"iss"_s, u"https://login.example.com"_s }, { u"sub"_s, u"alice"_s },
        { u"scope"_s, u"orders:read"_s }, { u"iat"_s, now - 3 * 3600 }, { u"exp"_s, now - 2 * 3600 } });
}

} // namespace

class TestCliApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void help();
    void decodeExpiredToken();
    void decodeTokenJson();
    void decodeTokenUsage_data();
    void decodeTokenUsage();
    void expiredJwtAgainstInvalidToken();
    void apiKeyPlacementSearch();
    void apiKeyWithKnownHeader();
    void apiKeyUsage_data();
    void apiKeyUsage();
    void curlWithPassword();
    void curlUserWithPasswordFromStdin();
    void curlPostAndRefusedOptions();
    void curlUsage_data();
    void curlUsage();
    void oauthRefresh();
    void oauthRefreshInvalidGrantJson();
    void oauthRefreshUsage_data();
    void oauthRefreshUsage();
    void corsPreflightRefused();
    void corsAllowed();
    void corsOriginUsage_data();
    void corsOriginUsage();

private:
    using Run = CliRun;
    static Run run(const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &extra = QProcessEnvironment())
    {
        return CliRun::run(QStringLiteral(AUTHDOCTOR_CLI_PATH), arguments, input, extra);
    }

    TestServer m_server;
};

void TestCliApi::initTestCase()
{
    QVERIFY(m_server.listen());
    // An API that demands a token on the preflight too, which a browser never sends one with.
    m_server.route("/cors-strict"_ba, [](const TestRequest &) {
        return TestResponse::text(401, "{}", { { "WWW-Authenticate"_ba, "Bearer realm=\"api\""_ba } });
    });
    // An API set up for https://app.example.com.
    m_server.route("/cors-ok"_ba, [](const TestRequest &request) {
        HttpHeaders headers { { "Access-Control-Allow-Origin"_ba, "https://app.example.com"_ba },
            { "Vary"_ba, "Origin"_ba } };
        if (request.method == "OPTIONS") {
            headers.append("Access-Control-Allow-Headers"_ba, "authorization"_ba);
            return TestResponse::text(204, {}, headers);
        }
        headers.append("WWW-Authenticate"_ba, "Bearer realm=\"api\""_ba);
        return TestResponse::text(401, "{}", headers);
    });
    // A token API as many are: a bare challenge without a token, invalid_token with an expired one.
    m_server.route("/orders", [](const TestRequest &r) {
        const HttpHeaders headers { { "Date"_ba,
                                        QLocale::c()
                                            .toString(
                                                QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                                            .toLatin1() },
            { "Content-Type"_ba, "application/json"_ba },
            { "WWW-Authenticate"_ba,
                r.headers.contains("authorization")
                    ? "Bearer realm=\"orders\", error=\"invalid_token\", error_description=\"The access token expired\""_ba
                    : "Bearer realm=\"orders\""_ba } };
        return TestResponse::text(401, R"({"error":"unauthorized"})", headers);
    });
    m_server.route("/keyed", [](const TestRequest &r) {
        if (r.header("x-api-key") == "key-4711")
            return TestResponse::text(200, "{\"items\":[]}");
        return TestResponse::text(
            401, "{\"message\":\"Unauthorized\"}", { { "Content-Type"_ba, "application/json"_ba } });
    });
    m_server.route("/staff", [](const TestRequest &r) {
        if (r.header("authorization") == "Basic " + QByteArray("alice:s3cret pass").toBase64())
            return TestResponse::text(200, "hello alice");
        return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Basic realm=\"staff\""_ba } });
    });
    m_server.route("/echo", [](const TestRequest &r) {
        return TestResponse::text(r.method == "POST" && r.body == "name=x" ? 200 : 405, "{}");
    });
    m_server.route("/token", [](const TestRequest &r) {
        QByteArray body = r.body;
        body.replace('+', ' ');
        const QUrlQuery form(QString::fromLatin1(body));
        const HttpHeaders json { { "Content-Type"_ba, "application/json"_ba } };
        if (form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded) != u"rt-good-1234"_s)
            return TestResponse::text(400, R"({"error":"invalid_grant","error_description":"Session expired"})", json);
        if (r.header("authorization") != "Basic " + QByteArray("cli-app:cs-9999").toBase64())
            return TestResponse::text(401, R"({"error":"invalid_client"})", json);
        return TestResponse::text(200,
            R"({"access_token":"at-fresh-5555","token_type":"Bearer","expires_in":600,"refresh_token":"rt-next-7777"})",
            json);
    });
}

void TestCliApi::init()
{
    m_server.clearRequests();
}

void TestCliApi::help()
{
    const Run general = run({ u"--help"_s });
    QCOMPARE(general.exitCode, 0);
    QVERIFY(general.out.contains(u"decode-token"_s));
    QVERIFY(general.out.contains(u"oauth-refresh"_s));
    QVERIFY(general.out.contains(u"--curl"_s));
    const Run diagnose = run({ u"diagnose"_s, u"--help"_s });
    for (const QString &option : { u"--api-key-env"_s, u"--api-key-header"_s, u"--curl"_s })
        QVERIFY2(diagnose.out.contains(option), qPrintable(option));
    const Run decode = run({ u"decode-token"_s, u"--help"_s });
    QCOMPARE(decode.exitCode, 0);
    QVERIFY(decode.out.contains(u"standard input"_s));
    const Run refresh = run({ u"oauth-refresh"_s, u"--help"_s });
    QCOMPARE(refresh.exitCode, 0);
    QVERIFY(refresh.out.contains(u"--refresh-token-env"_s));
}

void TestCliApi::decodeExpiredToken()
{
    const QString token = expiredJwt();
    const Run result = run({ u"decode-token"_s }, token.toUtf8() + '\n');
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(u"token.expired"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"expired 2 hours ago"_s));
    QVERIFY(result.out.contains(u"Verdict: The token expired 2 hours ago"_s));
    QVERIFY(result.out.contains(u"\"sub\": \"alice\""_s));
    QVERIFY(result.out.contains(u"orders:read"_s));
    QVERIFY(result.out.contains(u"signature was not verified"_s));
    // Nothing of the token itself: not whole, not its signature.
    QVERIFY(!result.out.contains(token));
    QVERIFY(!result.out.contains(token.section(u'.', 2)));
    QVERIFY(!result.err.contains(token));
    // A trailing line break is how echo ends; it is not a paste mistake.
    QVERIFY(!result.out.contains(u"token.whitespace"_s));
}

void TestCliApi::decodeTokenJson()
{
    const QString token = expiredJwt();
    const Run result = run({ u"decode-token"_s, u"--json"_s }, token.toUtf8());
    QCOMPARE(result.exitCode, 1);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"kind"_s).toString(), u"jwt"_s);
    QCOMPARE(root.value(u"verdict"_s).toObject().value(u"id"_s).toString(), u"token.expired"_s);
    QCOMPARE(root.value(u"claims"_s).toObject().value(u"sub"_s).toString(), u"alice"_s);
    QCOMPARE(root.value(u"header"_s).toObject().value(u"kid"_s).toString(), u"k1"_s);
    QVERIFY(!root.value(u"expires_at"_s).toString().isEmpty());
    QStringList ids;
    const QJsonArray findings = root.value(u"findings"_s).toArray();
    for (const QJsonValue &finding : findings)
        ids.append(finding.toObject().value(u"id"_s).toString());
    QVERIFY(ids.contains(u"token.expired"_s));
    QVERIFY(ids.contains(u"token.decoded"_s));
    QVERIFY(!result.out.contains(token));

    // A clean opaque key: nothing to decode, nothing wrong.
    const Run opaque = run({ u"decode-token"_s, u"--json"_s }, "sk_live_abcdef0123456789\n");
    QCOMPARE(opaque.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(opaque.out.toUtf8()).object().value(u"kind"_s).toString(), u"opaque"_s);
    QVERIFY(!opaque.out.contains(u"sk_live_abcdef0123456789"_s));
}

void TestCliApi::decodeTokenUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("nothing on stdin") << QStringList { u"decode-token"_s } << QByteArray();
    QTest::newRow("token as argument") << QStringList { u"decode-token"_s, u"eyJhbGciOi.e30.x"_s } << "x\n"_ba;
    QTest::newRow("unknown option") << QStringList { u"decode-token"_s, u"--pretty"_s } << "x\n"_ba;
}

void TestCliApi::decodeTokenUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const Run result = run(arguments, input);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(u"authdoctor-cli: "_s), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
}

void TestCliApi::expiredJwtAgainstInvalidToken()
{
    // The issue's "done when": the server's invalid_token and the token's own expiry, side by side.
    const QString token = expiredJwt();
    QProcessEnvironment environment;
    environment.insert(u"ORDERS_TOKEN"_s, token);
    const Run result = run({ u"diagnose"_s, m_server.url(u"/orders"_s).toString(), u"--token-env"_s, u"ORDERS_TOKEN"_s,
                               u"--allow-insecure-http"_s },
        {}, environment);
    qInfo().noquote() << "\n" << result.out;
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(u"bearer.invalid-token"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"error=\"invalid_token\""_s));
    QVERIFY(result.out.contains(u"The access token expired"_s));
    QVERIFY(result.out.contains(u"token.expired"_s));
    QVERIFY(result.out.contains(u"The token expired 2 hours ago"_s));
    QVERIFY(result.out.contains(u"By the server's clock"_s));
    QVERIFY(!result.out.contains(token));
    QVERIFY(!result.out.contains(token.section(u'.', 2)));
    // The token went once, in the sign-in test; the first look went without it.
    const QList<TestRequest> requests = m_server.requestsTo("/orders");
    QCOMPARE(requests.size(), 2);
    QVERIFY(!requests.at(0).headers.contains("authorization"));
    QCOMPARE(requests.at(1).header("authorization"), "Bearer " + token.toUtf8());
}

void TestCliApi::apiKeyPlacementSearch()
{
    QProcessEnvironment environment;
    environment.insert(u"SHOP_KEY"_s, u"key-4711"_s);
    const Run result = run({ u"diagnose"_s, m_server.url(u"/keyed"_s).toString(), u"--api-key-env"_s, u"SHOP_KEY"_s,
                               u"--allow-insecure-http"_s },
        {}, environment);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"apikey.placement-found"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"The key works as X-API-Key: <key>"_s));
    QVERIFY(result.out.contains(u"curl -H \"X-API-Key: $API_KEY\" \"%1\""_s.arg(m_server.url(u"/keyed"_s).toString())));
    QVERIFY(!result.out.contains(u"key-4711"_s));
    QVERIFY(m_server.requestCount("/keyed") <= 11);

    const Run json = run({ u"diagnose"_s, m_server.url(u"/keyed"_s).toString(), u"--api-key-env"_s, u"SHOP_KEY"_s,
                             u"--allow-insecure-http"_s, u"--json"_s },
        {}, environment);
    QCOMPARE(json.exitCode, 0);
    QVERIFY(!json.out.contains(u"key-4711"_s));
    QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).isObject());
}

void TestCliApi::apiKeyWithKnownHeader()
{
    QProcessEnvironment environment;
    environment.insert(u"SHOP_KEY"_s, u"key-4711"_s);
    const Run result = run({ u"diagnose"_s, m_server.url(u"/keyed"_s).toString(), u"--api-key-env"_s, u"SHOP_KEY"_s,
                               u"--api-key-header"_s, u"X-API-Key"_s, u"--allow-insecure-http"_s },
        {}, environment);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"credentials.accepted"_s), qPrintable(result.out));
    QVERIFY(!result.out.contains(u"apikey.placement-found"_s));
    QCOMPARE(m_server.requestCount("/keyed"), 2); // the first look and one try
    QVERIFY(!result.out.contains(u"key-4711"_s));
}

void TestCliApi::apiKeyUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("variable unset") << QStringList { u"diagnose"_s, u"https://example.com"_s, u"--api-key-env"_s,
        u"AUTHDOCTOR_TEST_UNSET_VARIABLE"_s };
    QTest::newRow("header without key") << QStringList { u"diagnose"_s, u"https://example.com"_s, u"--api-key-header"_s,
        u"X-API-Key"_s };
    QTest::newRow("bad header name") << QStringList { u"diagnose"_s, u"https://example.com"_s, u"--api-key-env"_s,
        u"PATH"_s, u"--api-key-header"_s, u"X API: Key"_s };
    QTest::newRow("key and token") << QStringList { u"diagnose"_s, u"https://example.com"_s, u"--api-key-env"_s,
        u"PATH"_s, u"--token-env"_s, u"PATH"_s };
}

void TestCliApi::apiKeyUsage()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(u"authdoctor-cli: "_s), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
}

void TestCliApi::corsPreflightRefused()
{
    QProcessEnvironment environment;
    environment.insert(u"ORDERS_TOKEN"_s, u"tok-cors-9876"_s);
    // A page address pasted from the browser: its origin is what the browser sends.
    const Run result = run(
        { u"diagnose"_s, m_server.url(u"/cors-strict"_s).toString(), u"--token-env"_s, u"ORDERS_TOKEN"_s,
            u"--cors-origin"_s, u"https://app.example.com/orders?page=2"_s, u"--allow-insecure-http"_s, u"--json"_s },
        {}, environment);
    QCOMPARE(result.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QStringList ids;
    for (const QJsonValue &finding : json.value(u"findings"_s).toArray())
        ids.append(finding.toObject().value(u"id"_s).toString());
    QVERIFY2(ids.contains(u"cors.preflight-refused"_s), qPrintable(ids.join(u", "_s)));
    QVERIFY(!ids.contains(u"cors.ok"_s));
    QVERIFY(!result.out.contains(u"tok-cors-9876"_s));

    // One preflight, as a browser sends it; the token went only with the sign-in test's own request.
    int preflights = 0;
    int withToken = 0;
    for (const TestRequest &request : m_server.requests()) {
        if (request.method == "OPTIONS") {
            ++preflights;
            QCOMPARE(request.header("origin"), "https://app.example.com"_ba);
            QVERIFY(request.header("access-control-request-headers").toLower().contains("authorization"));
        }
        if (request.header("authorization").contains("tok-cors-9876")) {
            ++withToken;
            QVERIFY(!request.headers.contains("origin"));
        }
    }
    QCOMPARE(preflights, 1);
    QCOMPARE(withToken, 1);
}

void TestCliApi::corsAllowed()
{
    const Run result = run(
        { u"diagnose"_s, m_server.url(u"/cors-ok"_s).toString(), u"--cors-origin"_s, u"https://app.example.com"_s });
    QCOMPARE(result.exitCode, 1); // the 401 itself stays: the page is allowed to read it
    QVERIFY2(result.out.contains(u"(cors.ok)"_s), qPrintable(result.out));
    QVERIFY(!result.out.contains(u"cors.refusal-hidden"_s));
}

void TestCliApi::corsOriginUsage_data()
{
    QTest::addColumn<QString>("origin");
    QTest::newRow("ftp") << u"ftp://files.example.com"_s;
    QTest::newRow("no scheme host") << u"https://"_s;
    QTest::newRow("word") << u"null"_s;
    QTest::newRow("user info") << u"https://me:pw@app.example.com"_s;
}

void TestCliApi::corsOriginUsage()
{
    QFETCH(QString, origin);
    m_server.clearRequests();
    const Run result = run({ u"diagnose"_s, m_server.url(u"/cors-ok"_s).toString(), u"--cors-origin"_s, origin });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(u"authdoctor-cli: --cors-origin"_s), qPrintable(result.err));
    // Refused before anything is sent.
    QCOMPARE(m_server.requests().size(), 0);
}

void TestCliApi::curlWithPassword()
{
    const QString command
        = u"curl -H 'Accept: text/plain' -u 'alice:s3cret pass' %1"_s.arg(m_server.url(u"/staff"_s).toString());
    const Run result = run({ u"diagnose"_s, u"--curl"_s, command, u"--allow-insecure-http"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"credentials.accepted"_s), qPrintable(result.out));
    // The password came as an argument: said so, and never printed.
    QVERIFY2(result.err.contains(u"process list"_s), qPrintable(result.err));
    QVERIFY(result.err.contains(u"the password of -u"_s));
    QVERIFY(!result.out.contains(u"s3cret pass"_s));
    QVERIFY(!result.err.contains(u"s3cret pass"_s));
    // The command's own header went with the first look.
    QCOMPARE(m_server.requestsTo("/staff").constFirst().header("accept"), "text/plain"_ba);
}

void TestCliApi::curlUserWithPasswordFromStdin()
{
    const QString command = u"curl --user alice %1"_s.arg(m_server.url(u"/staff"_s).toString());
    const Run result = run(
        { u"diagnose"_s, u"--curl"_s, command, u"--password-stdin"_s, u"--allow-insecure-http"_s }, "s3cret pass\n");
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"credentials.accepted"_s), qPrintable(result.out));
    QVERIFY(!result.err.contains(u"process list"_s));
}

void TestCliApi::curlPostAndRefusedOptions()
{
    const QString command = u"curl -k --proxy http://proxy.invalid:3128 -X POST -d 'name=x' %1"_s.arg(
        m_server.url(u"/echo"_s).toString());
    const Run result = run({ u"diagnose"_s, u"--curl"_s, command });
    QCOMPARE(result.exitCode, 0);
    const QList<TestRequest> requests = m_server.requestsTo("/echo");
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().method, "POST"_ba);
    QCOMPARE(requests.constFirst().body, "name=x"_ba);
    // -k is refused with its reason, --proxy named as not read: one line each on stderr.
    QVERIFY2(result.err.contains(u"not done: -k"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"not read: --proxy"_s), qPrintable(result.err));
}

void TestCliApi::curlUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("not curl") << QStringList { u"diagnose"_s, u"--curl"_s, u"wget https://example.com"_s };
    QTest::newRow("no url") << QStringList { u"diagnose"_s, u"--curl"_s, u"curl -H 'A: b'"_s };
    QTest::newRow("url and curl") << QStringList { u"diagnose"_s, u"https://example.com"_s, u"--curl"_s,
        u"curl https://example.com"_s };
    QTest::newRow("user without password")
        << QStringList { u"diagnose"_s, u"--curl"_s, u"curl -u alice https://example.com"_s };
    QTest::newRow("password twice") << QStringList { u"diagnose"_s, u"--curl"_s,
        u"curl -u alice:pw https://example.com"_s, u"--token-env"_s, u"PATH"_s };
}

void TestCliApi::curlUsage()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(u"authdoctor-cli: "_s), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
}

void TestCliApi::oauthRefresh()
{
    QProcessEnvironment environment;
    environment.insert(u"RT"_s, u"rt-good-1234"_s);
    environment.insert(u"CS"_s, u"cs-9999"_s);
    const Run result = run({ u"oauth-refresh"_s, u"--token-endpoint"_s, m_server.url(u"/token"_s).toString(),
                               u"--client-id"_s, u"cli-app"_s, u"--client-secret-env"_s, u"CS"_s,
                               u"--refresh-token-env"_s, u"RT"_s, u"--allow-insecure-http"_s },
        {}, environment);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"oauth.refresh-ok"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"valid for 10 more minutes"_s) || result.out.contains(u"valid for 9 more minutes"_s));
    for (const QString &secret : { u"rt-good-1234"_s, u"cs-9999"_s, u"at-fresh-5555"_s, u"rt-next-7777"_s }) {
        QVERIFY2(!result.out.contains(secret), qPrintable(secret));
        QVERIFY2(!result.err.contains(secret), qPrintable(secret));
    }
    const TestRequest sent = m_server.requestsTo("/token").constFirst();
    QCOMPARE(sent.body, "grant_type=refresh_token&refresh_token=rt-good-1234"_ba);
}

void TestCliApi::oauthRefreshInvalidGrantJson()
{
    QProcessEnvironment environment;
    environment.insert(u"RT"_s, u"rt-revoked-0000"_s);
    const Run result
        = run({ u"oauth-refresh"_s, u"--token-endpoint"_s, m_server.url(u"/token"_s).toString(), u"--client-id"_s,
                  u"cli-app"_s, u"--refresh-token-env"_s, u"RT"_s, u"--allow-insecure-http"_s, u"--json"_s },
            {}, environment);
    QCOMPARE(result.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(root.value(u"verdict"_s).toObject().value(u"id"_s).toString(), u"oauth.invalid-grant"_s);
    QCOMPARE(root.value(u"exchanges"_s).toArray().size(), 1);
    QVERIFY(!result.out.contains(u"rt-revoked-0000"_s));
    QCOMPARE(m_server.requestsTo("/token").constFirst().body,
        "grant_type=refresh_token&refresh_token=rt-revoked-0000&client_id=cli-app"_ba);
}

void TestCliApi::oauthRefreshUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QStringList base { u"oauth-refresh"_s, u"--client-id"_s, u"a"_s, u"--refresh-token-env"_s, u"PATH"_s };
    QTest::newRow("no endpoint") << base;
    QTest::newRow("both") << base
            + QStringList { u"--token-endpoint"_s, u"https://a.example/token"_s, u"--issuer"_s,
                  u"https://a.example"_s };
    QTest::newRow("no client") << QStringList { u"oauth-refresh"_s, u"--token-endpoint"_s, u"https://a.example/t"_s,
        u"--refresh-token-env"_s, u"PATH"_s };
    QTest::newRow("no refresh token") << QStringList { u"oauth-refresh"_s, u"--token-endpoint"_s,
        u"https://a.example/t"_s, u"--client-id"_s, u"a"_s };
    QTest::newRow("refresh token unset") << QStringList { u"oauth-refresh"_s, u"--issuer"_s, u"https://a.example"_s,
        u"--client-id"_s, u"a"_s, u"--refresh-token-env"_s, u"AUTHDOCTOR_TEST_UNSET_VARIABLE"_s };
    QTest::newRow("secret unset") << base
            + QStringList { u"--issuer"_s, u"https://a.example"_s, u"--client-secret-env"_s,
                  u"AUTHDOCTOR_TEST_UNSET_VARIABLE"_s };
}

void TestCliApi::oauthRefreshUsage()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(u"authdoctor-cli: "_s), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
}

QTEST_GUILESS_MAIN(TestCliApi)
#include "TestCliApi.moc"
