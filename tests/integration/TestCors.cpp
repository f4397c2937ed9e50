// The CORS check against a loopback API that answers preflights and requests in every way that makes a browser fail:
// what each behaviour is called, what the verdict says, and what was sent — a preflight as browsers send it, and the
// person's secret never in either CORS request, while the sign-in test beside it does send it.
#include "TestServer.h"
#include "checks/CorsCheck.h"
#include "diagnosis/Diagnosis.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString PageOrigin = u"https://app.example.com"_s;
const QByteArray Token = "tok-3f9a1c77e2";
const QByteArray SessionCookie = "sid=c00k1e-9d2";

HttpHeaders headersFrom(const QStringList &lines)
{
    HttpHeaders headers;
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        headers.append(line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toLatin1());
    }
    return headers;
}

Credential bearer()
{
    Credential credential;
    credential.scheme = Credential::Scheme::Bearer;
    credential.secret = QString::fromLatin1(Token);
    return credential;
}

QStringList corsIds(const DiagnosisResult &result)
{
    QStringList ids;
    for (const Finding &finding : result.findings) {
        if (finding.id.startsWith(u"cors."_s))
            ids.append(finding.id);
    }
    return ids;
}

// Anywhere in what arrived: the request line, any header, the body.
bool carries(const TestRequest &request, const QByteArray &secret)
{
    if (request.target.contains(secret) || request.body.contains(secret))
        return true;
    return std::any_of(request.headers.fields().cbegin(), request.headers.fields().cend(),
        [&](const HttpHeader &h) { return h.value.contains(secret); });
}

// The two requests of the CORS check: the preflight, and the request that carries an Origin header.
bool isCorsRequest(const TestRequest &request)
{
    return request.method == "OPTIONS" || request.headers.contains("origin");
}

} // namespace

class TestCors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void behaviours_data();
    void behaviours();
    void keyHeaderAndJsonBody();
    void pastedSecretsAndOriginAreReplaced();
    void refusalHiddenWithoutCredential();
    void sameOriginAsksNothing();
    void badOriginAsksNothing();
    void noOriginNoCheck();

private:
    struct Behaviour
    {
        int preflightStatus = 204;
        HttpHeaders preflightHeaders;
        bool preflightCloses = false;
        int status = 401; // to requests without the token
        HttpHeaders headers;
    };
    DiagnosisResult diagnose(DiagnosisRequest request);
    DiagnosisRequest request(const QByteArray &method = "GET") const;

    TestServer m_server;
    Behaviour m_behaviour;
};

void TestCors::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.route("/api", [this](const TestRequest &r) {
        if (r.method == "OPTIONS") {
            if (m_behaviour.preflightCloses)
                return TestResponse::closing();
            TestResponse response = TestResponse::text(m_behaviour.preflightStatus, {}, m_behaviour.preflightHeaders);
            if (m_behaviour.preflightStatus >= 300 && m_behaviour.preflightStatus < 400)
                response.headers.append("Location", "/login");
            return response;
        }
        // The token works, and its answer admits the page: only the CORS check's own requests tell the cases apart.
        if (r.header("authorization") == "Bearer " + Token) {
            return TestResponse::text(200, "{\"me\":\"alice\"}",
                { { "Access-Control-Allow-Origin", PageOrigin.toLatin1() }, { "Content-Type", "application/json" } });
        }
        HttpHeaders headers = m_behaviour.headers;
        if (m_behaviour.status == 401)
            headers.append("WWW-Authenticate", "Bearer realm=\"api\"");
        return TestResponse::text(
            m_behaviour.status, m_behaviour.status == 200 ? "{}" : "{\"error\":\"unauthorized\"}", headers);
    });
}

void TestCors::init()
{
    m_server.clearRequests();
    m_behaviour = Behaviour();
}

DiagnosisRequest TestCors::request(const QByteArray &method) const
{
    DiagnosisRequest request = DiagnosisRequest::forTarget(m_server.url(u"/api"_s), 5000);
    request.method = method;
    request.credential = bearer();
    request.allowInsecureHttp = true;
    request.corsOrigin = PageOrigin;
    return request;
}

DiagnosisResult TestCors::diagnose(DiagnosisRequest request)
{
    Diagnosis diagnosis;
    QSignalSpy spy(&diagnosis, &Diagnosis::finished);
    diagnosis.start(request);
    if (spy.isEmpty() && !spy.wait(10000))
        return {};
    return spy.constFirst().constFirst().value<DiagnosisResult>();
}

void TestCors::behaviours_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("withCookies");
    QTest::addColumn<int>("preflightStatus"); // 0: the connection is closed without an answer
    QTest::addColumn<QStringList>("preflightHeaders");
    QTest::addColumn<int>("status"); // of the request without the token
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("expected"); // the cors.* findings, in order
    QTest::addColumn<QString>("fact"); // "name=value" of the first of them, or empty
    QTest::addColumn<QString>("verdict"); // empty: not checked

    const QString allowOrigin = u"Access-Control-Allow-Origin: "_s + PageOrigin;
    const QStringList preflightOk { allowOrigin, u"Access-Control-Allow-Headers: Authorization, Content-Type"_s,
        u"Access-Control-Allow-Methods: GET, POST, PUT, DELETE"_s, u"Vary: Origin"_s };
    const QStringList answerOk { allowOrigin, u"Vary: Origin"_s };
    const auto row = [](const char *name) -> QTestData & {
        return QTest::newRow(name);
    };

    row("all right") << "GET"_ba << false << 204 << preflightOk << 401 << answerOk << QStringList { u"cors.ok"_s }
                     << QString() << u"credentials.accepted"_s;
    // Refused preflights: the browser never sends the request.
    row("preflight 401") << "GET"_ba << false << 401 << QStringList { u"WWW-Authenticate: Bearer"_s } << 401 << answerOk
                         << QStringList { u"cors.preflight-refused"_s } << u"status=401"_s
                         << u"cors.preflight-refused"_s;
    row("preflight 403") << "GET"_ba << false << 403 << QStringList() << 401 << answerOk
                         << QStringList { u"cors.preflight-refused"_s } << u"status=403"_s << QString();
    row("preflight 404") << "GET"_ba << false << 404 << QStringList() << 401 << answerOk
                         << QStringList { u"cors.preflight-refused"_s } << u"status=404"_s << QString();
    row("preflight 405") << "GET"_ba << false << 405 << QStringList { u"Allow: GET, POST"_s } << 401 << answerOk
                         << QStringList { u"cors.preflight-refused"_s } << u"status=405"_s << QString();
    row("preflight 500") << "GET"_ba << false << 500 << QStringList() << 401 << answerOk
                         << QStringList { u"cors.preflight-refused"_s } << u"status=500"_s << QString();
    row("preflight 302") << "GET"_ba << false << 302 << QStringList() << 401 << answerOk
                         << QStringList { u"cors.preflight-redirected"_s } << u"location=/login"_s
                         << u"cors.preflight-redirected"_s;
    row("preflight 308") << "GET"_ba << false << 308 << QStringList() << 401 << answerOk
                         << QStringList { u"cors.preflight-redirected"_s } << u"status=308"_s << QString();
    row("preflight unanswered") << "GET"_ba << false << 0 << QStringList() << 401 << answerOk
                                << QStringList { u"cors.preflight-unanswered"_s } << QString() << QString();
    // Access-Control-Allow-Origin.
    row("no allow-origin") << "GET"_ba << false << 204
                           << QStringList { u"Access-Control-Allow-Headers: Authorization"_s } << 401 << answerOk
                           << QStringList { u"cors.origin-not-allowed"_s } << u"stage=preflight"_s
                           << u"cors.origin-not-allowed"_s;
    row("another origin") << "GET"_ba << false << 204
                          << QStringList { u"Access-Control-Allow-Origin: https://other.example.com"_s,
                                 u"Access-Control-Allow-Headers: Authorization"_s }
                          << 401 << answerOk << QStringList { u"cors.origin-not-allowed"_s }
                          << u"allowOrigin=https://other.example.com"_s << QString();
    row("origin with a slash") << "GET"_ba << false << 204
                               << QStringList { u"Access-Control-Allow-Origin: https://app.example.com/"_s,
                                      u"Access-Control-Allow-Headers: Authorization"_s }
                               << 401 << answerOk << QStringList { u"cors.origin-not-allowed"_s } << u"near=true"_s
                               << QString();
    row("two origins") << "GET"_ba << false << 204
                       << QStringList { u"Access-Control-Allow-Origin: https://a.example.com, "_s + PageOrigin,
                              u"Access-Control-Allow-Headers: Authorization"_s }
                       << 401 << answerOk << QStringList { u"cors.origin-not-allowed"_s } << u"multiple=true"_s
                       << QString();
    row("any origin, no cookies") << "GET"_ba << false << 204
                                  << QStringList { u"Access-Control-Allow-Origin: *"_s,
                                         u"Access-Control-Allow-Headers: Authorization"_s }
                                  << 401 << QStringList { u"Access-Control-Allow-Origin: *"_s }
                                  << QStringList { u"cors.ok"_s } << QString() << QString();
    // Access-Control-Allow-Headers.
    row("allow-headers without authorization")
        << "GET"_ba << false << 204
        << QStringList { allowOrigin, u"Access-Control-Allow-Headers: Content-Type, X-Requested-With"_s } << 401
        << answerOk << QStringList { u"cors.authorization-not-allowed"_s } << u"header=Authorization"_s
        << u"cors.authorization-not-allowed"_s;
    row("allow-headers * only") << "GET"_ba << false << 204
                                << QStringList { allowOrigin, u"Access-Control-Allow-Headers: *"_s } << 401 << answerOk
                                << QStringList { u"cors.authorization-not-allowed"_s } << u"wildcard=true"_s
                                << QString();
    row("no allow-headers") << "GET"_ba << false << 204 << QStringList { allowOrigin } << 401 << answerOk
                            << QStringList { u"cors.authorization-not-allowed"_s } << u"allowHeaders="_s << QString();
    row("authorization in capitals among others")
        << "GET"_ba << false << 204
        << QStringList { allowOrigin, u"Access-Control-Allow-Headers: x-requested-with,AUTHORIZATION , content-type"_s }
        << 401 << answerOk << QStringList { u"cors.ok"_s } << QString() << QString();
    // Access-Control-Allow-Methods.
    row("PUT not allowed") << "PUT"_ba << false << 204
                           << QStringList { allowOrigin, u"Access-Control-Allow-Headers: Authorization"_s,
                                  u"Access-Control-Allow-Methods: GET, POST"_s }
                           << 401 << answerOk << QStringList { u"cors.method-not-allowed"_s } << u"method=PUT"_s
                           << u"cors.method-not-allowed"_s;
    row("PUT allowed") << "PUT"_ba << false << 204 << preflightOk << 401 << answerOk << QStringList { u"cors.ok"_s }
                       << QString() << QString();
    row("put listed in lower case") << "put"_ba << false << 204
                                    << QStringList { allowOrigin, u"Access-Control-Allow-Headers: Authorization"_s,
                                           u"Access-Control-Allow-Methods: get, put"_s }
                                    << 401 << answerOk << QStringList { u"cors.method-not-allowed"_s }
                                    << u"caseOnly=true"_s << QString();
    row("any method") << "DELETE"_ba << false << 204
                      << QStringList { allowOrigin, u"Access-Control-Allow-Headers: Authorization"_s,
                             u"Access-Control-Allow-Methods: *"_s }
                      << 401 << answerOk << QStringList { u"cors.ok"_s } << QString() << QString();
    row("POST needs no listing") << "POST"_ba << false << 204
                                 << QStringList { allowOrigin, u"Access-Control-Allow-Headers: Authorization"_s } << 401
                                 << answerOk << QStringList { u"cors.ok"_s } << QString() << QString();
    // Credentials.
    row("any origin with credentials") << "GET"_ba << false << 204
                                       << QStringList { u"Access-Control-Allow-Origin: *"_s,
                                              u"Access-Control-Allow-Credentials: true"_s,
                                              u"Access-Control-Allow-Headers: Authorization"_s }
                                       << 401
                                       << QStringList { u"Access-Control-Allow-Origin: *"_s,
                                              u"Access-Control-Allow-Credentials: true"_s }
                                       << QStringList { u"cors.wildcard-with-credentials"_s } << u"withCookies=false"_s
                                       << u"cors.wildcard-with-credentials"_s;
    row("cookies, any origin") << "GET"_ba << true << 204
                               << QStringList { u"Access-Control-Allow-Origin: *"_s,
                                      u"Access-Control-Allow-Headers: Authorization"_s }
                               << 401 << QStringList { u"Access-Control-Allow-Origin: *"_s }
                               << QStringList { u"cors.wildcard-with-credentials"_s, u"cors.refusal-hidden"_s }
                               << u"withCookies=true"_s << u"cors.wildcard-with-credentials"_s;
    row("cookies, no allow-credentials") << "GET"_ba << true << 204 << preflightOk << 401 << answerOk
                                         << QStringList { u"cors.credentials-not-allowed"_s, u"cors.refusal-hidden"_s }
                                         << u"allowCredentials="_s << u"cors.credentials-not-allowed"_s;
    row("cookies, all right") << "GET"_ba << true << 204
                              << (preflightOk + QStringList { u"Access-Control-Allow-Credentials: true"_s }) << 401
                              << (answerOk + QStringList { u"Access-Control-Allow-Credentials: true"_s })
                              << QStringList { u"cors.ok"_s } << QString() << u"credentials.accepted"_s;
    row("cookies, allow-headers * does not count")
        << "GET"_ba << true << 204
        << QStringList { allowOrigin, u"Access-Control-Allow-Credentials: true"_s,
               u"Access-Control-Allow-Headers: *"_s }
        << 401 << (answerOk + QStringList { u"Access-Control-Allow-Credentials: true"_s })
        << QStringList { u"cors.authorization-not-allowed"_s } << u"wildcard=true"_s << QString();
    // The answer to the request itself.
    row("401 without allow-origin") << "GET"_ba << false << 204 << preflightOk << 401 << QStringList()
                                    << QStringList { u"cors.refusal-hidden"_s } << u"status=401"_s
                                    << u"credentials.accepted"_s;
    row("403 with another origin") << "GET"_ba << false << 204 << preflightOk << 403
                                   << QStringList { u"Access-Control-Allow-Origin: https://other.example.com"_s }
                                   << QStringList { u"cors.refusal-hidden"_s }
                                   << u"allowOrigin=https://other.example.com"_s << QString();
    row("success without allow-origin") << "GET"_ba << false << 204 << preflightOk << 200 << QStringList()
                                        << QStringList { u"cors.origin-not-allowed"_s } << u"stage=response"_s
                                        << QString();
    row("no CORS at all") << "GET"_ba << false << 200 << QStringList() << 401 << QStringList()
                          << QStringList { u"cors.origin-not-allowed"_s, u"cors.refusal-hidden"_s }
                          << u"stage=preflight"_s << u"cors.origin-not-allowed"_s;
}

void TestCors::behaviours()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, withCookies);
    QFETCH(int, preflightStatus);
    QFETCH(QStringList, preflightHeaders);
    QFETCH(int, status);
    QFETCH(QStringList, headers);
    QFETCH(QStringList, expected);
    QFETCH(QString, fact);
    QFETCH(QString, verdict);

    m_behaviour.preflightStatus = preflightStatus;
    m_behaviour.preflightCloses = preflightStatus == 0;
    m_behaviour.preflightHeaders = headersFrom(preflightHeaders);
    m_behaviour.status = status;
    m_behaviour.headers = headersFrom(headers);
    DiagnosisRequest given = request(method);
    if (withCookies)
        given.headers.append("Cookie", SessionCookie);
    const DiagnosisResult result = diagnose(given);
    QVERIFY(!result.findings.isEmpty());

    QCOMPARE(corsIds(result), expected);
    const Finding *first = result.finding(expected.constFirst());
    QVERIFY(first);
    QVERIFY(!first->technical.isEmpty());
    QVERIFY(!first->technical.contains(QString::fromLatin1(Token)));
    if (!fact.isEmpty()) {
        const QString name = fact.section(u'=', 0, 0);
        QVERIFY2(first->facts.contains(name), qPrintable(name));
        QCOMPARE(first->facts.value(name).toString(), fact.section(u'=', 1));
    }
    if (!verdict.isEmpty())
        QCOMPARE(result.verdict.id, verdict);

    // What was sent. Exactly one preflight, as a browser sends it, and never redirected.
    const QByteArray sentMethod = CorsCheck::browserMethod(method);
    const QList<TestRequest> requests = m_server.requestsTo("/api");
    QList<TestRequest> preflights;
    QList<TestRequest> withOrigin;
    for (const TestRequest &r : requests) {
        if (r.method == "OPTIONS")
            preflights.append(r);
        else if (r.headers.contains("origin"))
            withOrigin.append(r);
    }
    // Qt sends a request once more when the connection closes before any answer, as browsers do too.
    if (preflightStatus == 0)
        QVERIFY(preflights.size() == 1 || preflights.size() == 2);
    else
        QCOMPARE(preflights.size(), 1);
    QCOMPARE(m_server.requestCount("/login"), 0);
    const TestRequest &preflight = preflights.constFirst();
    QCOMPARE(preflight.header("origin"), PageOrigin.toLatin1());
    QCOMPARE(preflight.header("access-control-request-method"), sentMethod);
    QCOMPARE(preflight.header("access-control-request-headers"), "authorization"_ba);
    QVERIFY(!preflight.headers.contains("authorization"));
    QVERIFY(!preflight.headers.contains("cookie"));
    QVERIFY(preflight.body.isEmpty());
    // Then the request itself with the page's origin, the method as given, and neither token nor cookie.
    QCOMPARE(withOrigin.size(), 1);
    QCOMPARE(withOrigin.constFirst().method, sentMethod);
    QCOMPARE(withOrigin.constFirst().header("origin"), PageOrigin.toLatin1());
    for (const TestRequest &r : requests) {
        if (isCorsRequest(r)) {
            QVERIFY2(!carries(r, Token), r.method.constData());
            QVERIFY2(!r.headers.contains("authorization"), r.method.constData());
            QVERIFY2(!r.headers.contains("cookie"), r.method.constData());
        }
    }
    // The token went out once, in the sign-in test's own request, which carries no Origin; the cookie went with the
    // first look and the sign-in test, as the person's own requests.
    int withToken = 0;
    for (const TestRequest &r : requests) {
        if (carries(r, Token)) {
            ++withToken;
            QCOMPARE(r.header("authorization"), "Bearer " + Token);
            QVERIFY(!isCorsRequest(r));
        }
        if (withCookies && !isCorsRequest(r))
            QCOMPARE(r.header("cookie"), SessionCookie);
    }
    QCOMPARE(withToken, 1);
    // Both CORS exchanges are in the result, recorded without a secret.
    int corsExchanges = 0;
    for (const Exchange &exchange : result.exchanges) {
        if (exchange.hops.isEmpty())
            continue;
        const ExchangeHop &hop = exchange.hops.constFirst();
        if (hop.method == "OPTIONS" || hop.requestHeaders.contains("origin")) {
            ++corsExchanges;
            QVERIFY(!hop.requestHeaders.contains("authorization"));
            QCOMPARE(exchange.hops.size(), 1);
        }
    }
    QCOMPARE(corsExchanges, 2);
}

void TestCors::keyHeaderAndJsonBody()
{
    const QByteArray key = "k3y-77aa01";
    m_behaviour.preflightHeaders = headersFrom(
        { u"Access-Control-Allow-Origin: "_s + PageOrigin, u"Access-Control-Allow-Headers: X-API-Key"_s });
    m_behaviour.headers = headersFrom({ u"Access-Control-Allow-Origin: "_s + PageOrigin });
    DiagnosisRequest given = request("POST");
    Credential credential;
    credential.scheme = Credential::Scheme::ApiKey;
    credential.placement = u"X-API-Key"_s;
    credential.secret = QString::fromLatin1(key);
    given.credential = credential;
    given.body = "{\"name\":\"report\"}";
    given.headers.append("Content-Type", "application/json");
    const DiagnosisResult result = diagnose(given);

    QCOMPARE(corsIds(result), QStringList { u"cors.header-not-allowed"_s });
    const Finding *finding = result.finding(u"cors.header-not-allowed"_s);
    QCOMPARE(finding->facts.value(u"header"_s).toString(), u"Content-Type"_s);
    QCOMPARE(finding->facts.value(u"value"_s).toString(), u"application/json"_s);
    QVERIFY(finding->explanation.contains(u"application/json"_s));

    const QList<TestRequest> requests = m_server.requestsTo("/api");
    int withKey = 0;
    for (const TestRequest &r : requests) {
        if (r.method == "OPTIONS") {
            QCOMPARE(r.header("access-control-request-method"), "POST"_ba);
            QCOMPARE(r.header("access-control-request-headers"), "content-type,x-api-key"_ba);
            QVERIFY(r.body.isEmpty());
        } else if (r.headers.contains("origin")) {
            // The request as the page sends it, body and type included, but without the key.
            QCOMPARE(r.method, "POST"_ba);
            QCOMPARE(r.body, given.body);
            QCOMPARE(r.header("content-type"), "application/json"_ba);
            QVERIFY(!r.headers.contains("x-api-key"));
        }
        if (carries(r, key)) {
            ++withKey;
            QVERIFY(!isCorsRequest(r));
            QCOMPARE(r.header("x-api-key"), key);
        }
    }
    QCOMPARE(withKey, 1);
}

void TestCors::pastedSecretsAndOriginAreReplaced()
{
    // A command copied from the browser: its own Authorization, Cookie and Origin must not reach the CORS requests.
    m_behaviour.preflightHeaders = headersFrom(
        { u"Access-Control-Allow-Origin: "_s + PageOrigin, u"Access-Control-Allow-Headers: Authorization"_s });
    m_behaviour.headers = headersFrom({ u"Access-Control-Allow-Origin: "_s + PageOrigin });
    DiagnosisRequest given = request();
    given.credential.reset();
    given.headers.append("Authorization", "Bearer pasted-" + Token);
    given.headers.append("Origin", "https://old.example.com");
    given.headers.append("X-Trace", "t-1");
    const DiagnosisResult result = diagnose(given);
    QCOMPARE(corsIds(result), QStringList { u"cors.ok"_s });
    int corsRequests = 0;
    for (const TestRequest &r : m_server.requestsTo("/api")) {
        if (r.method != "OPTIONS" && r.header("origin") != PageOrigin.toLatin1())
            continue; // the first look, as the person gave it
        ++corsRequests;
        QVERIFY(!carries(r, Token));
        QCOMPARE(r.headers.values("origin"), QList<QByteArray> { PageOrigin.toLatin1() });
        if (r.method != "OPTIONS")
            QCOMPARE(r.header("x-trace"), "t-1"_ba); // other headers go as the page sends them
    }
    QCOMPARE(corsRequests, 2);
    QVERIFY(result.finding(u"cors.ok"_s)->technical.contains(u"without your credential"_s));
}

void TestCors::refusalHiddenWithoutCredential()
{
    // No credential to test: the 401 is all there is, and what the developer sees of it is a CORS error.
    m_behaviour.preflightHeaders = headersFrom(
        { u"Access-Control-Allow-Origin: "_s + PageOrigin, u"Access-Control-Allow-Headers: Authorization"_s });
    DiagnosisRequest given = request();
    given.credential.reset();
    const DiagnosisResult result = diagnose(given);
    QVERIFY(result.hasFinding(u"status.unauthorized"_s));
    QVERIFY(result.hasFinding(u"challenge.bearer"_s));
    QCOMPARE(corsIds(result), QStringList { u"cors.refusal-hidden"_s });
    QCOMPARE(result.verdict.id, u"cors.refusal-hidden"_s);
    const Finding *hidden = result.finding(u"cors.refusal-hidden"_s);
    QCOMPARE(hidden->severity, Severity::Warning);
    QVERIFY(hidden->title.contains(u"401"_s));
    QVERIFY(hidden->technical.contains(u"without your credential"_s));
}

void TestCors::sameOriginAsksNothing()
{
    DiagnosisRequest given = request();
    given.corsOrigin = QString::fromLatin1(m_server.origin()) + u"/index.html"_s;
    const DiagnosisResult result = diagnose(given);
    QCOMPARE(corsIds(result), QStringList { u"cors.same-origin"_s });
    for (const TestRequest &r : m_server.requests())
        QVERIFY(!isCorsRequest(r));
}

void TestCors::badOriginAsksNothing()
{
    DiagnosisRequest given = request();
    given.corsOrigin = u"ftp://app.example.com"_s;
    const DiagnosisResult result = diagnose(given);
    QCOMPARE(corsIds(result), QStringList { u"cors.bad-origin"_s });
    QVERIFY(result.finding(u"cors.bad-origin"_s)->title.contains(u"ftp://app.example.com"_s));
    for (const TestRequest &r : m_server.requests())
        QVERIFY(!isCorsRequest(r));
}

void TestCors::noOriginNoCheck()
{
    DiagnosisRequest given = request();
    given.corsOrigin.clear();
    const DiagnosisResult result = diagnose(given);
    QVERIFY(!result.findings.isEmpty());
    QVERIFY(corsIds(result).isEmpty());
    for (const TestRequest &r : m_server.requests())
        QVERIFY(!isCorsRequest(r));
}

QTEST_GUILESS_MAIN(TestCors)
#include "TestCors.moc"
