// The sign-in test against loopback servers that really check Basic, Digest, tokens and lock-outs: right and wrong
// secrets, what each outcome is called, and that every test is exactly one try.
#include "TestCertificates.h"
#include "TestServer.h"
#include "checks/SignInCheck.h"
#include "diagnosis/Diagnosis.h"
#include "net/ProbeSession.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// An independent Digest verifier (RFC 7616 §3.4.1), written apart from DigestAuthorization on purpose.
bool digestMatches(const QByteArray &authorization, QCryptographicHash::Algorithm algorithm, const QByteArray &user,
                   const QByteArray &password, const QByteArray &method)
{
    const AuthChallenge::ParseResult parsed = AuthChallenge::parse(authorization);
    if (!parsed.isOk() || parsed.challenges.size() != 1 || parsed.challenges.constFirst().schemeKey() != u"digest"_s)
        return false;
    const AuthChallenge &c = parsed.challenges.constFirst();
    const auto p = [&](const char *name) { return c.param(QString::fromLatin1(name)).toUtf8(); };
    const auto h = [&](const QByteArray &data) { return QCryptographicHash::hash(data, algorithm).toHex(); };
    if (p("username") != user)
        return false;
    const QByteArray ha1 = h(user + ':' + p("realm") + ':' + password);
    const QByteArray ha2 = h(method + ':' + p("uri"));
    const QByteArray expected = h(ha1 + ':' + p("nonce") + ':' + p("nc") + ':' + p("cnonce") + ':' + p("qop") + ':' + ha2);
    return p("response") == expected;
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void outcomes_data();
    void outcomes();
    void strongestDigestIsChosen();
    void notSentOverHttpWithoutConsent();
    void sentOverHttpsWithoutAsking();
    void capsLockAndSpacesAreNamed();
    void ntlmIsOneTry();
    void negotiateSaysWhatItNeeds();
    void plans_data();
    void plans();

private:
    DiagnosisResult diagnose(const QString &path, const Credential &credential, bool allowHttp = true);

    TestServer m_server;
    int m_lockoutAttempts = 0;
};

DiagnosisResult TestSignIn::diagnose(const QString &path, const Credential &credential, bool allowHttp)
{
    Diagnosis diagnosis;
    QSignalSpy spy(&diagnosis, &Diagnosis::finished);
    DiagnosisRequest request = DiagnosisRequest::forTarget(m_server.url(path), 5000);
    request.credential = credential;
    request.allowInsecureHttp = allowHttp;
    diagnosis.start(request);
    if (spy.isEmpty() && !spy.wait(10000))
        return {};
    return spy.constFirst().constFirst().value<DiagnosisResult>();
}

static Credential password(const QString &user, const QString &secret)
{
    Credential credential;
    credential.scheme = Credential::Scheme::Basic;
    credential.user = user;
    credential.secret = secret;
    return credential;
}

void TestSignIn::initTestCase()
{
    QVERIFY(m_server.listen());
    const auto basicRoute = [](const QByteArray &challenge, const QByteArray &good, int goodStatus) {
        return [=](const TestRequest &r) {
            const QByteArray sent = r.header("authorization");
            if (sent == good)
                return TestResponse::text(goodStatus, "welcome");
            return TestResponse::text(401, "denied", { { "WWW-Authenticate"_ba, challenge } });
        };
    };
    // Latin-1, as Qt and most servers send Basic.
    m_server.route("/basic", basicRoute("Basic realm=\"staff\"",
                                        "Basic " + QByteArray("alice:Gr\xfc\xdf-42").toBase64(), 200));
    // RFC 7617's charset: only the UTF-8 bytes are right.
    m_server.route("/basic-utf8", basicRoute("Basic realm=\"intl\", charset=\"UTF-8\"",
                                             "Basic " + u"jörg:пароль-✓"_s.toUtf8().toBase64(), 200));
    m_server.route("/forbidden", basicRoute("Basic realm=\"staff\"", "Basic " + QByteArray("bob:right").toBase64(), 403));
    m_server.route("/bearer", [](const TestRequest &r) {
        if (r.header("authorization") == "Bearer good-token")
            return TestResponse::text(200, "{}");
        return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Bearer realm=\"api\", error=\"invalid_token\""_ba } });
    });
    m_server.route("/api-key", [](const TestRequest &r) {
        if (r.header("x-api-key") == "k-123")
            return TestResponse::text(200, "{}");
        return TestResponse::text(401, "{\"message\":\"Invalid API key\"}");
    });
    const QByteArray nonce = "dcd98b7102dd2f0e8b11d0f600bfb0c093";
    m_server.route("/digest-md5", [nonce](const TestRequest &r) {
        if (digestMatches(r.header("authorization"), QCryptographicHash::Md5, "carol", "Circle Of Life", r.method))
            return TestResponse::text(200, "in");
        return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba,
                                               "Digest realm=\"lab\", qop=\"auth\", nonce=\"" + nonce + "\", opaque=\"5ccc\""_ba } });
    });
    m_server.route("/digest-sha256", [nonce](const TestRequest &r) {
        if (digestMatches(r.header("authorization"), QCryptographicHash::Sha256, "carol", "Circle Of Life", r.method))
            return TestResponse::text(200, "in");
        TestResponse response = TestResponse::text(401, {});
        response.headers.append("WWW-Authenticate", "Digest realm=\"lab\", qop=\"auth\", algorithm=MD5, nonce=\"" + nonce + "\"");
        response.headers.append("WWW-Authenticate",
                                "Digest realm=\"lab\", qop=\"auth\", algorithm=SHA-256, nonce=\"" + nonce + "\"");
        return response;
    });
    m_server.route("/locked-423", [](const TestRequest &r) {
        if (r.header("authorization").isEmpty())
            return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Basic realm=\"x\""_ba } });
        return TestResponse::text(423, "Locked");
    });
    m_server.route("/locked-429", [](const TestRequest &r) {
        if (r.header("authorization").isEmpty())
            return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Basic realm=\"x\""_ba } });
        return TestResponse::text(429, {}, { { "Retry-After"_ba, "900"_ba } });
    });
    m_server.route("/locked-body", [](const TestRequest &) {
        return TestResponse::text(401, "<p>Your account has been locked after too many failed attempts.</p>",
                                  { { "WWW-Authenticate"_ba, "Basic realm=\"x\""_ba } });
    });
}

void TestSignIn::init()
{
    m_server.clearRequests();
}

void TestSignIn::outcomes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Credential>("credential");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("method");

    const auto token = [](const QString &secret, Credential::Scheme scheme, const QString &placement = {}) {
        Credential credential;
        credential.scheme = scheme;
        credential.secret = secret;
        credential.placement = placement;
        return credential;
    };
    QTest::newRow("basic right") << u"/basic"_s << password(u"alice"_s, u"Grüß-42"_s) << u"credentials.accepted"_s << u"Basic"_s;
    QTest::newRow("basic wrong") << u"/basic"_s << password(u"alice"_s, u"Gruss-42"_s) << u"credentials.rejected"_s << u"Basic"_s;
    QTest::newRow("basic utf-8 right") << u"/basic-utf8"_s << password(u"jörg"_s, u"пароль-✓"_s)
                                       << u"credentials.accepted"_s << u"Basic (UTF-8)"_s;
    QTest::newRow("basic utf-8 wrong") << u"/basic-utf8"_s << password(u"jörg"_s, u"пароль-x"_s)
                                       << u"credentials.rejected"_s << u"Basic (UTF-8)"_s;
    QTest::newRow("digest md5 right") << u"/digest-md5"_s << password(u"carol"_s, u"Circle Of Life"_s)
                                      << u"credentials.accepted"_s << u"Digest MD5"_s;
    QTest::newRow("digest md5 wrong") << u"/digest-md5"_s << password(u"carol"_s, u"circle of life"_s)
                                      << u"credentials.rejected"_s << u"Digest MD5"_s;
    QTest::newRow("digest sha-256 right") << u"/digest-sha256"_s << password(u"carol"_s, u"Circle Of Life"_s)
                                          << u"credentials.accepted"_s << u"Digest SHA-256"_s;
    QTest::newRow("digest sha-256 wrong") << u"/digest-sha256"_s << password(u"carol"_s, u"Circle of Life"_s)
                                          << u"credentials.rejected"_s << u"Digest SHA-256"_s;
    QTest::newRow("forbidden") << u"/forbidden"_s << password(u"bob"_s, u"right"_s) << u"credentials.forbidden"_s << u"Basic"_s;
    QTest::newRow("locked 423") << u"/locked-423"_s << password(u"dan"_s, u"dan-pass-1"_s) << u"credentials.locked"_s << u"Basic"_s;
    QTest::newRow("locked 429") << u"/locked-429"_s << password(u"dan"_s, u"dan-pass-1"_s) << u"credentials.locked"_s << u"Basic"_s;
    QTest::newRow("locked text") << u"/locked-body"_s << password(u"dan"_s, u"dan-pass-1"_s) << u"credentials.locked"_s << u"Basic"_s;
    QTest::newRow("token right") << u"/bearer"_s << token(u"good-token"_s, Credential::Scheme::Bearer)
                                 << u"credentials.accepted"_s << u"a Bearer token"_s;
    QTest::newRow("token wrong") << u"/bearer"_s << token(u"old-token"_s, Credential::Scheme::Bearer)
                                 << u"credentials.rejected"_s << u"a Bearer token"_s;
    QTest::newRow("api key right") << u"/api-key"_s << token(u"k-123"_s, Credential::Scheme::ApiKey, u"X-API-Key"_s)
                                   << u"credentials.accepted"_s << u"an API key in the X-API-Key header"_s;
}

void TestSignIn::outcomes()
{
    QFETCH(QString, path);
    QFETCH(Credential, credential);
    QFETCH(QString, expected);
    QFETCH(QString, method);

    const DiagnosisResult result = diagnose(path, credential);
    const Finding *finding = result.finding(expected);
    QVERIFY2(finding, qPrintable(result.verdict.id));
    QCOMPARE(finding->facts.value(u"method"_s).toString(), method);
    QCOMPARE(result.verdict.id, expected);
    // One try: exactly one request carried the secret, whatever the server answered.
    QCOMPARE(m_server.requestCountWithHeader(path.toLatin1(), "authorization")
            + int(m_server.requestsTo(path.toLatin1()).constLast().headers.contains("x-api-key")),
        1);
    if (!credential.user.isEmpty())
        QVERIFY(finding->explanation.contains(credential.user) || expected != u"credentials.rejected"_s);
    for (const Finding &f : result.findings)
        QVERIFY2(!f.technical.contains(credential.secret), qPrintable(f.id));
}

void TestSignIn::strongestDigestIsChosen()
{
    diagnose(u"/digest-sha256"_s, password(u"carol"_s, u"Circle Of Life"_s));
    const QList<TestRequest> requests = m_server.requestsTo("/digest-sha256");
    QCOMPARE(requests.constLast().header("authorization").contains("algorithm=SHA-256"), true);
}

void TestSignIn::notSentOverHttpWithoutConsent()
{
    const DiagnosisResult result = diagnose(u"/basic"_s, password(u"alice"_s, u"Grüß-42"_s), false);
    QVERIFY(result.hasFinding(u"credentials.insecure-transport"_s));
    QCOMPARE(m_server.requestCountWithHeader("/basic", "authorization"), 0);
    QCOMPARE(m_server.requestCount(), 1); // the first look only
}

void TestSignIn::sentOverHttpsWithoutAsking()
{
    TestServer secure;
    QVERIFY(secure.listenTls());
    secure.route("/", [](const TestRequest &r) {
        if (r.header("authorization") == "Basic " + QByteArray("eve:pw-1").toBase64())
            return TestResponse::text(200, "ok");
        return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Basic realm=\"tls\""_ba } });
    });
    ProbeSession session;
    session.setExtraCaCertificates({ TestCertificates::certificate() });
    Diagnosis diagnosis(&session);
    QSignalSpy spy(&diagnosis, &Diagnosis::finished);
    DiagnosisRequest request = DiagnosisRequest::forTarget(secure.url(), 5000);
    request.credential = password(u"eve"_s, u"pw-1"_s);
    request.allowInsecureHttp = false;
    diagnosis.start(request);
    QVERIFY(spy.wait(10000));
    const DiagnosisResult result = spy.constFirst().constFirst().value<DiagnosisResult>();
    QVERIFY2(result.hasFinding(u"credentials.accepted"_s), qPrintable(result.verdict.id));
}

void TestSignIn::capsLockAndSpacesAreNamed()
{
    const DiagnosisResult result = diagnose(u"/basic"_s, password(u"alice "_s, u"GRÜSS-42"_s));
    const Finding *rejected = result.finding(u"credentials.rejected"_s);
    QVERIFY(rejected);
    const QStringList reasons = rejected->facts.value(u"reasons"_s).toStringList();
    QCOMPARE(reasons, (QStringList { u"whitespace"_s, u"caps"_s }));
    QVERIFY(rejected->nextSteps.constFirst().contains(u"space"_s));
    QVERIFY(rejected->nextSteps.at(1).contains(u"Caps Lock"_s));
}

void TestSignIn::ntlmIsOneTry()
{
    // The NTLM handshake: anonymous Type 1, the server's Type 2 challenge, then one Type 3 answer, refused here.
    TestServer ntlm;
    QVERIFY(ntlm.listen());
    ntlm.route("/", [](const TestRequest &r) {
        const QByteArray sent = r.header("authorization");
        if (sent.startsWith("NTLM ")) {
            const QByteArray message = QByteArray::fromBase64(sent.mid(5));
            if (message.size() > 8 && message.at(8) == 1) {
                // A minimal Type 2: signature, type, empty target name, flags (Unicode, NTLM), an 8-byte challenge.
                QByteArray type2("NTLMSSP\0", 8);
                type2 += QByteArray::fromHex("02000000" "0000000030000000" "01820000" "0123456789abcdef"
                                             "0000000000000000" "0000000030000000");
                return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "NTLM " + type2.toBase64() } });
            }
        }
        return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "NTLM"_ba } });
    });
    Diagnosis diagnosis;
    QSignalSpy spy(&diagnosis, &Diagnosis::finished);
    DiagnosisRequest request = DiagnosisRequest::forTarget(ntlm.url(), 5000);
    request.credential = password(u"CORP\\frank"_s, u"pw"_s);
    request.allowInsecureHttp = true;
    diagnosis.start(request);
    QVERIFY(spy.wait(10000));
    const DiagnosisResult result = spy.constFirst().constFirst().value<DiagnosisResult>();
    QVERIFY2(result.hasFinding(u"credentials.rejected"_s), qPrintable(result.verdict.id));
    int type3 = 0;
    const QList<TestRequest> requests = ntlm.requests();
    for (const TestRequest &request : requests) {
        const QByteArray message = QByteArray::fromBase64(request.header("authorization").mid(5));
        type3 += message.size() > 8 && message.at(8) == 3 ? 1 : 0;
    }
    QCOMPARE(type3, 1);
}

void TestSignIn::negotiateSaysWhatItNeeds()
{
    TestServer kerberos;
    QVERIFY(kerberos.listen());
    kerberos.route("/", [](const TestRequest &) {
        return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Negotiate"_ba } });
    });
    Diagnosis diagnosis;
    QSignalSpy spy(&diagnosis, &Diagnosis::finished);
    DiagnosisRequest request = DiagnosisRequest::forTarget(kerberos.url(), 5000);
    request.credential = password(u"grace"_s, u"typed-password"_s);
    request.allowInsecureHttp = true;
    diagnosis.start(request);
    QVERIFY(spy.wait(10000));
    const DiagnosisResult result = spy.constFirst().constFirst().value<DiagnosisResult>();
    QVERIFY2(result.hasFinding(u"credentials.negotiate-unavailable"_s), qPrintable(result.verdict.id));
    const QList<TestRequest> requests = kerberos.requests();
    for (const TestRequest &request : requests)
        QVERIFY(!QByteArray::fromBase64(request.header("authorization").mid(10)).contains("typed-password"));
}

void TestSignIn::plans_data()
{
    QTest::addColumn<QList<QByteArray>>("challenges");
    QTest::addColumn<Credential>("credential");
    QTest::addColumn<int>("method");

    const Credential latin = password(u"a"_s, u"b"_s);
    QTest::newRow("no challenge") << QList<QByteArray> {} << latin << int(SignInCheck::Method::BasicQt);
    QTest::newRow("basic") << QList<QByteArray> { "Basic realm=\"x\"" } << latin << int(SignInCheck::Method::BasicQt);
    QTest::newRow("basic, non-latin password") << QList<QByteArray> { "Basic realm=\"x\"" } << password(u"a"_s, u"€"_s)
                                               << int(SignInCheck::Method::BasicUtf8);
    QTest::newRow("digest beats basic") << QList<QByteArray> { "Basic realm=\"x\"", "Digest realm=\"x\", nonce=\"n\"" }
                                        << latin << int(SignInCheck::Method::DigestQt);
    QTest::newRow("digest sha-512-256") << QList<QByteArray> { "Digest realm=\"x\", nonce=\"n\", algorithm=SHA-512-256" }
                                        << latin << int(SignInCheck::Method::DigestOwn);
    QTest::newRow("ntlm beats digest") << QList<QByteArray> { "Digest realm=\"x\", nonce=\"n\"", "NTLM" } << latin
                                       << int(SignInCheck::Method::Ntlm);
    QTest::newRow("negotiate with ntlm") << QList<QByteArray> { "Negotiate", "NTLM" } << latin << int(SignInCheck::Method::Ntlm);
    QTest::newRow("negotiate alone") << QList<QByteArray> { "Negotiate" } << latin << int(SignInCheck::Method::Negotiate);
    QTest::newRow("bearer only, password") << QList<QByteArray> { "Bearer realm=\"x\"" } << latin << int(SignInCheck::Method::None);
}

void TestSignIn::plans()
{
    QFETCH(QList<QByteArray>, challenges);
    QFETCH(Credential, credential);
    QFETCH(int, method);
    const SignInCheck::Plan plan = SignInCheck::plan(credential, AuthChallenge::parse(challenges).challenges);
    QCOMPARE(int(plan.method), method);
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "TestSignIn.moc"
