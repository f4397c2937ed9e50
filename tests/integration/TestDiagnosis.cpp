// The whole first-look diagnosis against loopback servers: each finding id appears when it should, and only then.
#include "TestCertificates.h"
#include "TestServer.h"
#include "diagnosis/Diagnosis.h"
#include "net/ProbeSession.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
    void unreachable_data();
    void unreachable();
    void authorizationNeverReachesSecondOrigin();
    void redirectToHttp();
    void progressAndCancel();
    void badUrlIsBadInput();
    void proxyAsksForSignIn();

private:
    // session: null for a fresh one of the diagnosis' own.
    static DiagnosisResult diagnose(const DiagnosisRequest &request, ProbeSession *session = nullptr);
};

DiagnosisResult TestDiagnosis::diagnose(const DiagnosisRequest &request, ProbeSession *session)
{
    Diagnosis diagnosis(session);
    QSignalSpy spy(&diagnosis, &Diagnosis::finished);
    diagnosis.start(request);
    if (spy.isEmpty() && !spy.wait(10000))
        return {};
    return spy.constFirst().constFirst().value<DiagnosisResult>();
}

void TestDiagnosis::findings_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<HttpHeaders>("headers");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("exitStatus");

    const auto h = [](const QByteArray &name, const QByteArray &value) {
        return HttpHeaders { { name, value } };
    };
    const int problems = DiagnosisResult::ProblemsFound;

    QTest::newRow("200") << 200 << HttpHeaders() << QStringList { u"reach.ok"_s, u"status.ok"_s }
                         << QStringList { u"challenge.missing"_s } << u"status.ok"_s
                         << int(DiagnosisResult::AccessWorks);
    QTest::newRow("401 basic") << 401 << h("WWW-Authenticate", "Basic realm=\"x\"")
                               << QStringList { u"reach.ok"_s, u"status.unauthorized"_s, u"challenge.basic"_s }
                               << QStringList { u"challenge.missing"_s, u"challenge.malformed"_s }
                               << u"challenge.basic"_s << problems;
    QTest::newRow("401 digest")
        << 401
        << HttpHeaders { { "WWW-Authenticate", "Digest realm=\"r\", nonce=\"n\", algorithm=SHA-256, qop=\"auth\"" },
               { "WWW-Authenticate", "Digest realm=\"r\", nonce=\"n\", algorithm=MD5, qop=\"auth\"" } }
        << QStringList { u"challenge.digest"_s } << QStringList {} << u"challenge.digest"_s << problems;
    QTest::newRow("401 bearer") << 401 << h("WWW-Authenticate", "Bearer realm=\"api\"")
                                << QStringList { u"challenge.bearer"_s } << QStringList { u"bearer.invalid-token"_s }
                                << u"challenge.bearer"_s << problems;
    QTest::newRow("401 invalid_token") << 401
                                       << h("WWW-Authenticate",
                                              "Bearer error=\"invalid_token\", error_description=\"expired\"")
                                       << QStringList { u"challenge.bearer"_s, u"bearer.invalid-token"_s }
                                       << QStringList {} << u"bearer.invalid-token"_s << problems;
    QTest::newRow("403 insufficient_scope")
        << 403 << h("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"repo:write\"")
        << QStringList { u"status.forbidden"_s, u"bearer.insufficient-scope"_s }
        << QStringList { u"challenge.bearer"_s } << u"bearer.insufficient-scope"_s << problems;
    QTest::newRow("400 invalid_request") << 400 << h("WWW-Authenticate", "Bearer error=\"invalid_request\"")
                                         << QStringList { u"status.other"_s, u"bearer.invalid-request"_s }
                                         << QStringList {} << u"bearer.invalid-request"_s << problems;
    QTest::newRow("401 ntlm+negotiate") << 401
                                        << HttpHeaders { { "WWW-Authenticate", "Negotiate" },
                                               { "WWW-Authenticate", "NTLM" } }
                                        << QStringList { u"challenge.ntlm"_s, u"challenge.negotiate"_s }
                                        << QStringList {} << u"challenge.ntlm"_s << problems;
    QTest::newRow("401 custom scheme") << 401 << h("WWW-Authenticate", "HOBA max-age=\"180\", challenge=\"abc\"")
                                       << QStringList { u"challenge.other"_s } << QStringList {} << u"challenge.other"_s
                                       << problems;
    QTest::newRow("401 no challenge") << 401 << HttpHeaders() << QStringList { u"challenge.missing"_s }
                                      << QStringList { u"challenge.basic"_s } << u"challenge.missing"_s << problems;
    QTest::newRow("401 malformed") << 401 << h("WWW-Authenticate", "Basic realm=\"unterminated")
                                   << QStringList { u"challenge.malformed"_s } << QStringList {}
                                   << u"challenge.malformed"_s << problems;
    QTest::newRow("403") << 403 << HttpHeaders() << QStringList { u"status.forbidden"_s }
                         << QStringList { u"challenge.missing"_s } << u"status.forbidden"_s << problems;
    QTest::newRow("404") << 404 << HttpHeaders() << QStringList { u"status.not-found"_s } << QStringList {}
                         << u"status.not-found"_s << problems;
    QTest::newRow("407") << 407 << h("Proxy-Authenticate", "Basic realm=\"corp\"")
                         << QStringList { u"status.proxy-auth"_s, u"proxy.auth-required"_s }
                         << QStringList { u"challenge.basic"_s } << u"proxy.auth-required"_s << problems;
    QTest::newRow("429") << 429 << h("Retry-After", "120") << QStringList { u"status.rate-limited"_s } << QStringList {}
                         << u"status.rate-limited"_s << problems;
    QTest::newRow("503") << 503 << HttpHeaders() << QStringList { u"status.server-error"_s } << QStringList {}
                         << u"status.server-error"_s << problems;
    QTest::newRow("418") << 418 << HttpHeaders() << QStringList { u"status.other"_s } << QStringList {}
                         << u"status.other"_s << problems;
}

void TestDiagnosis::findings()
{
    QFETCH(int, status);
    QFETCH(HttpHeaders, headers);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    QFETCH(QString, verdict);
    QFETCH(int, exitStatus);

    TestServer server;
    QVERIFY(server.listen());
    server.route("/", [&](const TestRequest &) { return TestResponse::text(status, "body", headers); });
    const DiagnosisResult result = diagnose(DiagnosisRequest::forTarget(server.url(), 5000));

    QStringList ids;
    for (const Finding &finding : result.findings) {
        ids.append(finding.id);
        QVERIFY2(!finding.title.isEmpty(), qPrintable(finding.id));
    }
    for (const QString &id : expected)
        QVERIFY2(ids.contains(id), qPrintable(id + u" missing from "_s + ids.join(u", "_s)));
    for (const QString &id : absent)
        QVERIFY2(!ids.contains(id), qPrintable(id + u" unexpected in "_s + ids.join(u", "_s)));
    QCOMPARE(result.verdict.id, verdict);
    QVERIFY(!result.verdict.title.isEmpty());
    QCOMPARE(int(result.exitStatus()), exitStatus);
    QCOMPARE(result.exchanges.size(), 1);
    // Qt's HTTP stack opens an NTLM handshake by itself with an anonymous Type 1 message (no name, no password), so
    // an NTLM server sees a second request; every other first look is exactly one request.
    if (headers.values("www-authenticate").contains("NTLM") && server.requestCount() == 2) {
        QVERIFY(server.requests().at(1).header("authorization").startsWith("NTLM TlRMTVNTUAAB"));
        QCOMPARE(QByteArray::fromBase64(server.requests().at(1).header("authorization").mid(5)).size(), 32);
    } else {
        QCOMPARE(server.requestCount(), 1);
    }
}

void TestDiagnosis::unreachable_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("expected");
    QTest::newRow("refused") << u"refused"_s << u"reach.refused"_s;
    QTest::newRow("timeout") << u"timeout"_s << u"reach.timeout"_s;
    QTest::newRow("closed") << u"closed"_s << u"reach.failed"_s;
    QTest::newRow("loop") << u"loop"_s << u"redirect.loop"_s;
    QTest::newRow("no location") << u"no-location"_s << u"redirect.bad-location"_s;
    // A name longer than 255 bytes fails in the resolver itself, so no DNS query leaves the machine.
    QTest::newRow("dns") << u"dns"_s << u"reach.dns-failed"_s;
}

void TestDiagnosis::unreachable()
{
    QFETCH(QString, scenario);
    QFETCH(QString, expected);

    TestServer server;
    QVERIFY(server.listen());
    server.route("/closed", [](const TestRequest &) { return TestResponse::closing(); });
    server.route("/timeout", [](const TestRequest &) { return TestResponse::silent(); });
    server.route("/loop", [](const TestRequest &) { return TestResponse::redirect(302, "/loop2"); });
    server.route("/loop2", [](const TestRequest &) { return TestResponse::redirect(302, "/loop"); });
    server.route("/no-location", [](const TestRequest &) { return TestResponse::text(301, {}); });

    QUrl url = server.url(u"/"_s + scenario);
    if (scenario == u"refused"_s) {
        TestServer gone;
        QVERIFY(gone.listen());
        url = gone.url();
    } else if (scenario == u"dns"_s) {
        url = QUrl(u"http://"_s + QStringList(4, QString(63, u'a')).join(u'.') + u".invalid/"_s);
    }
    const DiagnosisResult result = diagnose(DiagnosisRequest::forTarget(url, 1000));
    QVERIFY2(result.hasFinding(expected), qPrintable(result.verdict.id));
    QCOMPARE(result.verdict.id, expected);
    const bool reached = scenario == u"loop"_s || scenario == u"no-location"_s;
    QCOMPARE(result.exitStatus(), reached ? DiagnosisResult::ProblemsFound : DiagnosisResult::Unreachable);
}

void TestDiagnosis::authorizationNeverReachesSecondOrigin()
{
    TestServer first;
    TestServer second;
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    const QByteArray elsewhere = second.url(u"/api"_s).toEncoded();
    first.route("/api", [elsewhere](const TestRequest &) { return TestResponse::redirect(308, elsewhere); });
    second.route("/api", [](const TestRequest &) {
        return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Bearer"_ba } });
    });

    DiagnosisRequest request = DiagnosisRequest::forTarget(first.url(u"/api"_s), 5000);
    request.headers.append("Authorization"_ba, "Bearer top-secret-token"_ba);
    const DiagnosisResult result = diagnose(request);

    QCOMPARE(first.requestsTo("/api").constFirst().header("authorization"), "Bearer top-secret-token"_ba);
    QCOMPARE(second.requestCount(), 1);
    QVERIFY(!second.requests().constFirst().headers.contains("authorization"));
    QVERIFY(result.hasFinding(u"redirect.auth-dropped"_s));
    QVERIFY(result.finding(u"redirect.auth-dropped"_s)->explanation.contains(u"Authorization"_s));
    for (const Finding &finding : result.findings)
        QVERIFY(!finding.technical.contains(u"top-secret-token"_s));
}

void TestDiagnosis::redirectToHttp()
{
    TestServer secure;
    TestServer plain;
    QVERIFY(secure.listenTls());
    QVERIFY(plain.listen());
    const QByteArray downgrade = plain.url(u"/login"_s).toEncoded();
    secure.route("/app", [downgrade](const TestRequest &) { return TestResponse::redirect(302, downgrade); });
    plain.route("/login", [](const TestRequest &) {
        return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Basic realm=\"x\""_ba } });
    });

    ProbeSession session;
    session.setExtraCaCertificates({ TestCertificates::certificate() });
    DiagnosisRequest request = DiagnosisRequest::forTarget(secure.url(u"/app"_s), 5000);
    request.headers.append("Authorization"_ba, "Bearer top-secret-token"_ba);
    const DiagnosisResult result = diagnose(request, &session);

    QStringList ids;
    for (const Finding &finding : result.findings)
        ids.append(finding.id);
    const QString found = ids.join(u", "_s);
    QVERIFY2(!result.hasFinding(u"reach.tls-error"_s), qPrintable(found));
    QVERIFY2(result.hasFinding(u"redirect.to-http"_s), qPrintable(found));
    QVERIFY2(result.hasFinding(u"status.unauthorized"_s), qPrintable(found));
    QVERIFY2(result.hasFinding(u"redirect.auth-dropped"_s), qPrintable(found));
    const Finding *toHttp = result.finding(u"redirect.to-http"_s);
    QVERIFY(toHttp->technical.contains(QString::fromLatin1(secure.origin())));
    QVERIFY(toHttp->technical.contains(QString::fromLatin1(plain.origin())));

    QCOMPARE(secure.requestsTo("/app").constFirst().header("authorization"), "Bearer top-secret-token"_ba);
    QVERIFY(plain.requestCount() >= 1);
    for (const TestRequest &atPlain : plain.requests())
        QVERIFY(!atPlain.headers.contains("authorization"));
    for (const Finding &finding : result.findings)
        QVERIFY(!finding.technical.contains(u"top-secret-token"_s));
}

void TestDiagnosis::progressAndCancel()
{
    TestServer server;
    QVERIFY(server.listen());
    server.route("/", [](const TestRequest &) { return TestResponse::silent(); });
    Diagnosis diagnosis;
    QSignalSpy progress(&diagnosis, &Diagnosis::progress);
    QSignalSpy finished(&diagnosis, &Diagnosis::finished);
    diagnosis.start(DiagnosisRequest::forTarget(server.url(), 10000));
    QVERIFY(diagnosis.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 1, 5000);
    QVERIFY(!progress.isEmpty());
    QVERIFY(!progress.constFirst().at(2).toString().isEmpty());
    diagnosis.cancel();
    QCOMPARE(finished.size(), 1);
    const DiagnosisResult result = finished.constFirst().constFirst().value<DiagnosisResult>();
    QVERIFY(result.cancelled);
    QVERIFY(!diagnosis.isRunning());
}

void TestDiagnosis::badUrlIsBadInput()
{
    const DiagnosisResult result = diagnose(DiagnosisRequest::forTarget(QUrl(u"gopher://example.com/"_s), 1000));
    QVERIFY(result.hasFinding(u"reach.bad-url"_s));
    QCOMPARE(result.exitStatus(), DiagnosisResult::BadInput);
}

void TestDiagnosis::proxyAsksForSignIn()
{
    // A real HTTP proxy in the way, as set in the person's network settings, that wants a sign-in of its own. The
    // proxy is told explicitly here: Qt's system proxy settings leave loopback addresses out.
    TestServer proxy;
    QVERIFY(proxy.listen());
    proxy.setFallback([](const TestRequest &) {
        return TestResponse::text(407, "proxy sign-in required",
            { { "Proxy-Authenticate"_ba, "Basic realm=\"corp-proxy\""_ba }, { "Connection"_ba, "close"_ba } });
    });
    ProbeSession session(ProbeSession::Kind::Fresh);
    session.network()->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port()));
    // Nothing listens at the target: only the proxy can answer.
    const DiagnosisResult result
        = diagnose(DiagnosisRequest::forTarget(QUrl(u"http://127.0.0.2:9/account"_s), 5000), &session);

    QStringList ids;
    for (const Finding &finding : result.findings)
        ids.append(finding.id);
    QVERIFY2(result.hasFinding(u"proxy.auth-required"_s), qPrintable(ids.join(u", "_s)));
    QCOMPARE(result.verdict.id, u"proxy.auth-required"_s);
    QVERIFY(!result.hasFinding(u"reach.refused"_s));
    QCOMPARE(result.exitStatus(), DiagnosisResult::ProblemsFound);
    // The request went to the proxy, in the absolute form a proxy gets, and nowhere else.
    QVERIFY(proxy.requestCount() >= 1);
    QCOMPARE(proxy.requests().constFirst().target, "http://127.0.0.2:9/account"_ba);
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "TestDiagnosis.moc"
