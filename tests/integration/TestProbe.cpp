// Probe against real loopback servers: what it records, how it follows redirects, and how it fails.
#include "TestCertificates.h"
#include "TestServer.h"
#include "net/Probe.h"
#include "net/ProbeSession.h"

#include <QSignalSpy>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordsStatusAndHeaders();
    void keepsRepeatedFields();
    void sameOriginRedirectKeepsCredentials();
    void crossOriginRedirectDropsCredentials();
    void redirectMethodRules_data();
    void redirectMethodRules();
    void loopIsDetected();
    void loginRoundTripIsNotALoop();
    void hopLimitEndsChains();
    void missingLocationEndsChain();
    void timeout();
    void refused();
    void closedWithoutAnswer();
    void tlsErrorIsReported();
    void untrustedTestServerIsTlsError();
    void trustedTlsIsAnswered();
    void httpsToHttpRedirectDropsCredentials();
    void bodyIsCapped();
    void decompressedBodyIsCapped();
    void cancelStopsAtOnce();
    void badUrl();

private:
    // session: null for the shared one, which trusts only the system's authorities.
    Exchange run(const ProbeRequest &request, ProbeSession *session = nullptr);
    ProbeRequest requestFor(const QUrl &url);

    ProbeSession *m_session = nullptr;
    ProbeSession *m_trustingSession = nullptr; // trusts tests/data/test-cert.pem as well
};

void TestProbe::initTestCase()
{
    m_session = new ProbeSession(this);
    m_trustingSession = new ProbeSession(this);
    const QSslCertificate certificate = TestCertificates::certificate();
    QVERIFY(!certificate.isNull());
    m_trustingSession->setExtraCaCertificates({ certificate });
}

ProbeRequest TestProbe::requestFor(const QUrl &url)
{
    ProbeRequest request;
    request.url = url;
    request.timeoutMs = 5000;
    return request;
}

Exchange TestProbe::run(const ProbeRequest &request, ProbeSession *session)
{
    Probe probe(session ? session : m_session);
    QSignalSpy spy(&probe, &Probe::finished);
    probe.start(request);
    if (spy.isEmpty() && !spy.wait(10000))
        return {};
    return spy.constFirst().constFirst().value<Exchange>();
}

void TestProbe::recordsStatusAndHeaders()
{
    TestServer server;
    QVERIFY(server.listen());
    server.route("/private", [](const TestRequest &) {
        return TestResponse::text(401, "no", { { "WWW-Authenticate"_ba, "Basic realm=\"x\""_ba } });
    });
    ProbeRequest request = requestFor(server.url(u"/private"_s));
    request.headers.append("X-Trace"_ba, "42"_ba);
    const Exchange exchange = run(request);

    QCOMPARE(exchange.outcome, Exchange::Outcome::Answered);
    QCOMPARE(exchange.hops.size(), 1);
    QCOMPARE(exchange.status(), 401);
    QCOMPARE(exchange.finalHop().reason, "Unauthorized"_ba);
    QCOMPARE(exchange.responseHeaders().value("www-authenticate"), "Basic realm=\"x\""_ba);
    QCOMPARE(exchange.body, "no"_ba);
    QVERIFY(!exchange.bodyTruncated);
    QCOMPARE(exchange.finalHop().requestHeaders.value("x-trace"), "42"_ba);
    QVERIFY(exchange.finalHop().timings.totalMs >= 0);
    QVERIFY(exchange.finalHop().timings.firstByteMs >= 0);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests().constFirst().header("user-agent"), ProbeSession::userAgent());
    QCOMPARE(server.requests().constFirst().header("x-trace"), "42"_ba);
}

void TestProbe::keepsRepeatedFields()
{
    TestServer server;
    QVERIFY(server.listen());
    server.route("/", [](const TestRequest &) {
        return TestResponse::text(401, {},
                                  { { "WWW-Authenticate"_ba, "Negotiate"_ba },
                                    { "WWW-Authenticate"_ba, "NTLM"_ba },
                                    { "Set-Cookie"_ba, "a=1; Path=/"_ba },
                                    { "Set-Cookie"_ba, "b=2; Secure"_ba } });
    });
    const Exchange exchange = run(requestFor(server.url()));
    // Set-Cookie lines stay separate; other repeated fields arrive as one list, which means the same (RFC 9110 §5.3).
    QCOMPARE(exchange.responseHeaders().values("set-cookie").size(), 2);
    QCOMPARE(exchange.responseHeaders().values("set-cookie").at(1), "b=2; Secure"_ba);
    QCOMPARE(exchange.responseHeaders().values("www-authenticate").join(", "), "Negotiate, NTLM"_ba);
}

void TestProbe::sameOriginRedirectKeepsCredentials()
{
    TestServer server;
    QVERIFY(server.listen());
    server.route("/old", [](const TestRequest &) { return TestResponse::redirect(302, "/new"); });
    server.route("/new", [](const TestRequest &) { return TestResponse::text(200, "ok"); });
    ProbeRequest request = requestFor(server.url(u"/old"_s));
    request.headers.append("Authorization"_ba, "Bearer secret-token-1"_ba);
    const Exchange exchange = run(request);

    QCOMPARE(exchange.hops.size(), 2);
    QCOMPARE(exchange.status(), 200);
    QCOMPARE(server.requestsTo("/new").constFirst().header("authorization"), "Bearer secret-token-1"_ba);
    QVERIFY(exchange.hops.at(1).droppedCredentialHeaders.isEmpty());
    // The record never holds the secret itself.
    QCOMPARE(exchange.hops.at(0).requestHeaders.value("authorization"), "Bearer [redacted]"_ba);
}

void TestProbe::crossOriginRedirectDropsCredentials()
{
    TestServer first;
    TestServer second;
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    const QByteArray target = second.url(u"/landing"_s).toEncoded();
    first.route("/start", [target](const TestRequest &) { return TestResponse::redirect(307, target); });
    second.route("/landing", [&first](const TestRequest &) {
        return TestResponse::redirect(302, first.url(u"/back"_s).toEncoded());
    });
    first.route("/back", [](const TestRequest &) { return TestResponse::text(401, "who?"); });

    ProbeRequest request = requestFor(first.url(u"/start"_s));
    request.headers.append("Authorization"_ba, "Basic dXNlcjpodW50ZXIy"_ba);
    request.headers.append("Cookie"_ba, "sid=s3cr3t"_ba);
    request.headers.append("Accept"_ba, "application/json"_ba);
    const Exchange exchange = run(request);

    QCOMPARE(exchange.hops.size(), 3);
    QCOMPARE(second.requestCount(), 1);
    const TestRequest atSecond = second.requests().constFirst();
    QVERIFY(!atSecond.headers.contains("authorization"));
    QVERIFY(!atSecond.headers.contains("cookie"));
    QCOMPARE(atSecond.header("accept"), "application/json"_ba); // ordinary headers still go
    QCOMPARE(exchange.hops.at(1).droppedCredentialHeaders, (QList<QByteArray> { "Authorization"_ba, "Cookie"_ba }));
    // Once dropped, credentials stay off even back on the first origin, as after a cross-origin redirect in browsers.
    QVERIFY(!first.requestsTo("/back").constFirst().headers.contains("authorization"));
    QCOMPARE(first.requestsTo("/start").constFirst().header("authorization"), "Basic dXNlcjpodW50ZXIy"_ba);
}

void TestProbe::redirectMethodRules_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("expectedMethod");
    QTest::addColumn<bool>("bodyKept");

    QTest::newRow("303 POST") << 303 << "POST"_ba << "GET"_ba << false;
    QTest::newRow("302 POST") << 302 << "POST"_ba << "GET"_ba << false;
    QTest::newRow("301 PUT") << 301 << "PUT"_ba << "PUT"_ba << true;
    QTest::newRow("307 POST") << 307 << "POST"_ba << "POST"_ba << true;
    QTest::newRow("308 POST") << 308 << "POST"_ba << "POST"_ba << true;
    QTest::newRow("303 HEAD") << 303 << "HEAD"_ba << "HEAD"_ba << false;
}

void TestProbe::redirectMethodRules()
{
    QFETCH(int, status);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, expectedMethod);
    QFETCH(bool, bodyKept);

    TestServer server;
    QVERIFY(server.listen());
    server.route("/form", [status](const TestRequest &) { return TestResponse::redirect(status, "/done"); });
    server.route("/done", [](const TestRequest &) { return TestResponse::text(200, {}); });
    ProbeRequest request = requestFor(server.url(u"/form"_s));
    request.method = method;
    if (method != "HEAD")
        request.body = "a=1";
    const Exchange exchange = run(request);
    QCOMPARE(exchange.hops.size(), 2);
    const TestRequest done = server.requestsTo("/done").constFirst();
    QCOMPARE(done.method, expectedMethod);
    QCOMPARE(done.body == "a=1", bodyKept);
    QCOMPARE(exchange.hops.at(1).method, expectedMethod);
}

void TestProbe::loopIsDetected()
{
    TestServer server;
    QVERIFY(server.listen());
    server.route("/a", [](const TestRequest &) { return TestResponse::redirect(302, "/b"); });
    server.route("/b", [](const TestRequest &) { return TestResponse::redirect(302, "/a"); });
    const Exchange exchange = run(requestFor(server.url(u"/a"_s)));
    QCOMPARE(exchange.redirectEnd, Exchange::RedirectEnd::Loop);
    QCOMPARE(exchange.hops.size(), 2);
    QCOMPARE(server.requestCount(), 2);
}

void TestProbe::loginRoundTripIsNotALoop()
{
    TestServer server;
    QVERIFY(server.listen());
    server.route("/app", [](const TestRequest &r) {
        if (r.header("cookie").contains("sid="))
            return TestResponse::text(200, "welcome");
        return TestResponse::redirect(302, "/login");
    });
    server.route("/login", [](const TestRequest &) {
        TestResponse response = TestResponse::redirect(302, "/app");
        response.headers.append("Set-Cookie"_ba, "sid=1; Path=/"_ba);
        return response;
    });
    const Exchange exchange = run(requestFor(server.url(u"/app"_s)));
    QCOMPARE(exchange.redirectEnd, Exchange::RedirectEnd::None);
    QCOMPARE(exchange.status(), 200);
    QCOMPARE(exchange.hops.size(), 3);
}

void TestProbe::hopLimitEndsChains()
{
    TestServer server;
    QVERIFY(server.listen());
    server.setFallback([](const TestRequest &r) {
        const int n = r.path.mid(1).toInt();
        return TestResponse::redirect(302, '/' + QByteArray::number(n + 1));
    });
    const Exchange exchange = run(requestFor(server.url(u"/1"_s)));
    QCOMPARE(exchange.redirectEnd, Exchange::RedirectEnd::TooManyHops);
    QCOMPARE(exchange.hops.size(), ProbeRequest::DefaultMaxHops);
    QCOMPARE(server.requestCount(), ProbeRequest::DefaultMaxHops);
}

void TestProbe::missingLocationEndsChain()
{
    TestServer server;
    QVERIFY(server.listen());
    server.route("/", [](const TestRequest &) { return TestResponse::text(302, {}); });
    const Exchange exchange = run(requestFor(server.url()));
    QCOMPARE(exchange.redirectEnd, Exchange::RedirectEnd::InvalidLocation);
    QCOMPARE(exchange.outcome, Exchange::Outcome::Answered);
}

void TestProbe::timeout()
{
    TestServer server;
    QVERIFY(server.listen());
    server.route("/", [](const TestRequest &) { return TestResponse::silent(); });
    ProbeRequest request = requestFor(server.url());
    request.timeoutMs = 300;
    QElapsedTimer clock;
    clock.start();
    const Exchange exchange = run(request);
    QCOMPARE(exchange.outcome, Exchange::Outcome::Timeout);
    QVERIFY(clock.elapsed() >= 300);
    QVERIFY(clock.elapsed() < 3000);
}

void TestProbe::refused()
{
    quint16 port = 0;
    {
        TestServer gone;
        QVERIFY(gone.listen());
        port = gone.port();
    }
    const Exchange exchange = run(requestFor(QUrl(u"http://127.0.0.1:%1/"_s.arg(port))));
    QCOMPARE(exchange.outcome, Exchange::Outcome::Refused);
    QVERIFY(!exchange.errorString.isEmpty());
}

void TestProbe::closedWithoutAnswer()
{
    TestServer server;
    QVERIFY(server.listen());
    server.route("/", [](const TestRequest &) { return TestResponse::closing(); });
    const Exchange exchange = run(requestFor(server.url()));
    QCOMPARE(exchange.outcome, Exchange::Outcome::Failed);
    QCOMPARE(exchange.status(), 0);
}

void TestProbe::tlsErrorIsReported()
{
    // A server with a self-signed certificate: the handshake must fail and nothing be sent.
    QFile certFile(QStringLiteral(AUTHDOCTOR_TEST_DATA_DIR "/test-cert.pem"));
    QFile keyFile(QStringLiteral(AUTHDOCTOR_TEST_DATA_DIR "/test-key.pem"));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll()));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(config);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    const Exchange exchange = run(requestFor(QUrl(u"https://127.0.0.1:%1/"_s.arg(server.serverPort()))));
    QCOMPARE(exchange.outcome, Exchange::Outcome::TlsError);
    QVERIFY(!exchange.tlsErrors.isEmpty());
}

void TestProbe::untrustedTestServerIsTlsError()
{
    TestServer server;
    QVERIFY(server.listenTls());
    server.route("/", [](const TestRequest &) { return TestResponse::text(200, "ok"); });
    ProbeRequest request = requestFor(server.url());
    request.headers.append("Authorization"_ba, "Bearer not-for-strangers"_ba);
    const Exchange exchange = run(request);
    QCOMPARE(exchange.outcome, Exchange::Outcome::TlsError);
    QVERIFY(!exchange.tlsErrors.isEmpty());
    QCOMPARE(exchange.status(), 0);
    QCOMPARE(server.requestCount(), 0); // nothing, and so no credential, went over the untrusted connection
}

void TestProbe::trustedTlsIsAnswered()
{
    TestServer server;
    QVERIFY(server.listenTls());
    server.route("/private", [](const TestRequest &) {
        return TestResponse::text(401, "no", { { "WWW-Authenticate"_ba, "Basic realm=\"x\""_ba } });
    });
    const Exchange exchange = run(requestFor(server.url(u"/private"_s)), m_trustingSession);

    QCOMPARE(exchange.outcome, Exchange::Outcome::Answered);
    QVERIFY(exchange.tlsErrors.isEmpty());
    QCOMPARE(exchange.status(), 401);
    QCOMPARE(exchange.body, "no"_ba);
    QCOMPARE(exchange.finalUrl().scheme(), u"https"_s);
    const ExchangeTimings &timings = exchange.finalHop().timings;
    QVERIFY(timings.tlsDoneMs >= 0);
    QVERIFY(timings.connectStartedMs <= timings.tlsDoneMs);
    QVERIFY(timings.tlsDoneMs <= timings.totalMs);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests().constFirst().url.scheme(), u"https"_s);
    QCOMPARE(server.requests().constFirst().header("user-agent"), ProbeSession::userAgent());

    // The trusting session's authority must not leak into the other one: it still refuses the same server.
    QCOMPARE(run(requestFor(server.url(u"/private"_s))).outcome, Exchange::Outcome::TlsError);
    QCOMPARE(server.requestCount(), 1);
}

void TestProbe::httpsToHttpRedirectDropsCredentials()
{
    TestServer secure;
    TestServer plain;
    QVERIFY(secure.listenTls());
    QVERIFY(plain.listen());
    const QByteArray target = plain.url(u"/landing"_s).toEncoded();
    secure.route("/start", [target](const TestRequest &) { return TestResponse::redirect(302, target); });
    plain.route("/landing", [](const TestRequest &) {
        return TestResponse::text(401, "who?", { { "WWW-Authenticate"_ba, "Basic realm=\"x\""_ba } });
    });

    ProbeRequest request = requestFor(secure.url(u"/start"_s));
    request.headers.append("Authorization"_ba, "Basic dXNlcjpodW50ZXIy"_ba);
    request.headers.append("Cookie"_ba, "sid=s3cr3t"_ba);
    request.headers.append("Accept"_ba, "application/json"_ba);
    const Exchange exchange = run(request, m_trustingSession);

    QCOMPARE(exchange.outcome, Exchange::Outcome::Answered);
    QCOMPARE(exchange.hops.size(), 2);
    QCOMPARE(exchange.hops.at(0).url.scheme(), u"https"_s);
    QCOMPARE(exchange.hops.at(0).status, 302);
    QVERIFY(exchange.hops.at(0).timings.tlsDoneMs >= 0);
    QCOMPARE(exchange.hops.at(1).url.scheme(), u"http"_s);
    QCOMPARE(exchange.hops.at(1).timings.tlsDoneMs, -1);
    QCOMPARE(exchange.status(), 401);

    // The https hop got everything.
    QCOMPARE(secure.requestCount(), 1);
    QCOMPARE(secure.requests().constFirst().header("authorization"), "Basic dXNlcjpodW50ZXIy"_ba);
    QCOMPARE(secure.requests().constFirst().header("cookie"), "sid=s3cr3t"_ba);
    QVERIFY(exchange.hops.at(0).droppedCredentialHeaders.isEmpty());

    // The plain hop got no secret, only the ordinary headers.
    QCOMPARE(plain.requestCount(), 1);
    const TestRequest atPlain = plain.requests().constFirst();
    QVERIFY(!atPlain.headers.contains("authorization"));
    QVERIFY(!atPlain.headers.contains("cookie"));
    QCOMPARE(atPlain.header("accept"), "application/json"_ba);
    QCOMPARE(exchange.hops.at(1).droppedCredentialHeaders, (QList<QByteArray> { "Authorization"_ba, "Cookie"_ba }));
    QVERIFY(!exchange.hops.at(1).requestHeaders.contains("authorization"));
    QVERIFY(!exchange.hops.at(1).requestHeaders.contains("cookie"));
}

void TestProbe::bodyIsCapped()
{
    TestServer server;
    QVERIFY(server.listen());
    server.route("/", [](const TestRequest &) { return TestResponse::text(401, QByteArray(300 * 1024, 'x')); });
    const Exchange exchange = run(requestFor(server.url()));
    QCOMPARE(exchange.outcome, Exchange::Outcome::Answered);
    QCOMPARE(exchange.status(), 401);
    QCOMPARE(exchange.body.size(), ProbeRequest::DefaultMaxBodyBytes);
    QVERIFY(exchange.bodyTruncated);
}

void TestProbe::decompressedBodyIsCapped()
{
    // 20 MB of zeros compress to about 20 KB: the classic way a small answer becomes a huge one.
    const QByteArray zlib = qCompress(QByteArray(20 * 1024 * 1024, '\0'), 9).mid(4); // qCompress adds a length
    TestServer server;
    QVERIFY(server.listen());
    server.route("/", [zlib](const TestRequest &) {
        return TestResponse::text(401, zlib, { { "Content-Encoding"_ba, "deflate"_ba } });
    });
    const Exchange exchange = run(requestFor(server.url()));
    QCOMPARE(exchange.status(), 401);
    QVERIFY(exchange.body.size() <= ProbeRequest::DefaultMaxBodyBytes);
    QVERIFY(exchange.bodyTruncated);
}

void TestProbe::cancelStopsAtOnce()
{
    TestServer server;
    QVERIFY(server.listen());
    server.route("/", [](const TestRequest &) { return TestResponse::silent(); });
    Probe probe(m_session);
    QSignalSpy spy(&probe, &Probe::finished);
    probe.start(requestFor(server.url()));
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 1, 5000);
    probe.cancel();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.constFirst().constFirst().value<Exchange>().outcome, Exchange::Outcome::Cancelled);
    QVERIFY(!probe.isRunning());
}

void TestProbe::badUrl()
{
    const Exchange exchange = run(requestFor(QUrl(u"ftp://example.com/"_s)));
    QCOMPARE(exchange.outcome, Exchange::Outcome::BadUrl);
    QVERIFY(exchange.hops.isEmpty());
}

QTEST_GUILESS_MAIN(TestProbe)
#include "TestProbe.moc"
