// Sessions, cookies and caches against a loopback server: an expired or stale session told from a wrong password,
// cookies that browsers drop, refusals served from a cache, and clearing the program's own state.
#include "TestServer.h"
#include "diagnosis/Diagnosis.h"
#include "net/ProbeSession.h"
#include "net/SessionCookieJar.h"

#include <QNetworkDiskCache>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void expiredCookieIsAnExpiredSession();
    void validCookieWorks();
    void staleCookieTheServerNoLongerAccepts();
    void cookieSignInSite();
    void cookieAttributes_data();
    void cookieAttributes();
    void cachedRefusal();
    void ownCacheAndClearing();
    void freshSessionKeepsNothing();

private:
    DiagnosisResult diagnose(ProbeSession *session, const QString &path);
    static QNetworkCookie cookie(const QByteArray &name, const QByteArray &value, const QDateTime &expires = {});

    TestServer m_server;
};

void TestSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.listen());
    // A page behind a session cookie: "sid=good" works, anything else is sent to the sign-in page.
    m_server.route("/app", [](const TestRequest &r) {
        if (r.header("cookie").contains("sid=good"))
            return TestResponse::text(200, "<h1>Your account</h1>");
        if (r.header("cookie").contains("sid="))
            return TestResponse::text(401, "{\"error\":\"session not valid\"}");
        return TestResponse::redirect(302, "/login");
    });
    m_server.route("/login", [](const TestRequest &) {
        return TestResponse::text(200, "<form method=post><input name=user><input type=\"password\" name=pw></form>",
                                  { { "Content-Type"_ba, "text/html"_ba } });
    });
    m_server.route("/portal", [](const TestRequest &r) {
        if (r.header("cookie").contains("sid="))
            return TestResponse::text(200, "welcome back");
        TestResponse response = TestResponse::redirect(302, "/login");
        response.headers.append("Set-Cookie", "csrf=t1; Path=/; HttpOnly");
        return response;
    });
}

void TestSession::init()
{
    m_server.clearRequests();
}

QNetworkCookie TestSession::cookie(const QByteArray &name, const QByteArray &value, const QDateTime &expires)
{
    QNetworkCookie result(name, value);
    result.setDomain(u"127.0.0.1"_s);
    result.setPath(u"/"_s);
    if (expires.isValid())
        result.setExpirationDate(expires);
    return result;
}

DiagnosisResult TestSession::diagnose(ProbeSession *session, const QString &path)
{
    Diagnosis diagnosis(session);
    QSignalSpy spy(&diagnosis, &Diagnosis::finished);
    diagnosis.start(DiagnosisRequest::forTarget(m_server.url(path), 5000));
    if (spy.isEmpty() && !spy.wait(10000))
        return {};
    return spy.constFirst().constFirst().value<DiagnosisResult>();
}

void TestSession::expiredCookieIsAnExpiredSession()
{
    ProbeSession session(ProbeSession::Kind::Remembered);
    session.cookieJar()->addCookies({ cookie("sid", "good", QDateTime::currentDateTimeUtc().addSecs(-600)) });
    m_server.route("/api/me", [](const TestRequest &r) {
        if (r.header("cookie").contains("sid=good"))
            return TestResponse::text(200, "{}");
        return TestResponse::text(401, "{}");
    });
    const DiagnosisResult result = diagnose(&session, u"/api/me"_s);
    const Finding *expired = result.finding(u"session.expired"_s);
    QVERIFY2(expired, qPrintable(result.verdict.id));
    QCOMPARE(expired->facts.value(u"expiredCookies"_s).toString(), u"sid"_s);
    QCOMPARE(result.verdict.id, u"session.expired"_s);
    // The expired cookie was never sent.
    QVERIFY(!m_server.requests().constFirst().headers.contains("cookie"));
}

void TestSession::validCookieWorks()
{
    ProbeSession session(ProbeSession::Kind::Remembered);
    session.cookieJar()->addCookies({ cookie("sid", "good", QDateTime::currentDateTimeUtc().addSecs(3600)) });
    const DiagnosisResult result = diagnose(&session, u"/app"_s);
    QVERIFY(result.hasFinding(u"status.ok"_s));
    QVERIFY(!result.hasFinding(u"session.expired"_s));
    QCOMPARE(result.exitStatus(), DiagnosisResult::AccessWorks);
}

void TestSession::staleCookieTheServerNoLongerAccepts()
{
    ProbeSession session(ProbeSession::Kind::Remembered);
    session.cookieJar()->addCookies({ cookie("sid", "revoked", QDateTime::currentDateTimeUtc().addSecs(3600)) });
    const DiagnosisResult result = diagnose(&session, u"/app"_s);
    const Finding *expired = result.finding(u"session.expired"_s);
    QVERIFY2(expired, qPrintable(result.verdict.id));
    QCOMPARE(expired->facts.value(u"rememberedStatus"_s).toInt(), 401);
    QVERIFY(expired->facts.value(u"freshAsksToSignIn"_s).toBool());
    // The fresh request, like a private window, carried no cookie.
    const QList<TestRequest> requests = m_server.requestsTo("/app");
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests.at(0).header("cookie").contains("sid=revoked"));
    QVERIFY(!requests.at(1).headers.contains("cookie"));
    QCOMPARE(result.exchanges.size(), 2);
}

void TestSession::cookieSignInSite()
{
    ProbeSession session(ProbeSession::Kind::Fresh);
    const DiagnosisResult result = diagnose(&session, u"/portal"_s);
    const Finding *cookieSignIn = result.finding(u"session.cookie-required"_s);
    QVERIFY2(cookieSignIn, qPrintable(result.verdict.id));
    QVERIFY(cookieSignIn->facts.value(u"loginUrl"_s).toString().endsWith(u"/login"_s));
    QCOMPARE(result.verdict.id, u"session.cookie-required"_s);
    QCOMPARE(result.exitStatus(), DiagnosisResult::ProblemsFound);
}

void TestSession::cookieAttributes_data()
{
    QTest::addColumn<QByteArray>("setCookie");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("quoted");

    QTest::newRow("SameSite=None without Secure") << "sid=1; Path=/; SameSite=None"_ba
                                                  << u"cookies.samesite-none-insecure"_s << u"SameSite=None"_s;
    QTest::newRow("Secure over http") << "sid=1; Path=/; Secure"_ba << u"cookies.secure-over-http"_s << u"Secure"_s;
    QTest::newRow("wrong path") << "sid=1; Path=/other"_ba << u"cookies.path-mismatch"_s << u"Path=/other"_s;
    QTest::newRow("other domain") << "sid=1; Domain=example.org"_ba << u"cookies.domain-mismatch"_s
                                  << u"Domain=example.org"_s;
    QTest::newRow("dead on arrival") << "sid=1; Expires=Thu, 01 Jan 2015 00:00:00 GMT"_ba << u"cookies.expired"_s
                                     << u"Expires=Thu, 01 Jan 2015"_s;
    QTest::newRow("lifetime in human time") << "sid=1; Max-Age=1800"_ba << u"cookies.set"_s << u"30 minute"_s;
}

void TestSession::cookieAttributes()
{
    QFETCH(QByteArray, setCookie);
    QFETCH(QString, expected);
    QFETCH(QString, quoted);
    m_server.route("/set", [setCookie](const TestRequest &) {
        return TestResponse::text(401, {}, { { "Set-Cookie"_ba, setCookie }, { "WWW-Authenticate"_ba, "Basic"_ba } });
    });
    ProbeSession session;
    const DiagnosisResult result = diagnose(&session, u"/set"_s);
    const Finding *finding = result.finding(expected);
    QVERIFY2(finding, qPrintable(expected));
    QVERIFY2(finding->technical.contains(quoted) || finding->explanation.contains(quoted), qPrintable(finding->technical));
    // The cookie's value is a secret: the evidence quotes the attributes, never the value.
    for (const Finding &f : result.findings)
        QVERIFY(!f.technical.contains(u"sid=1"_s));
}

void TestSession::cachedRefusal()
{
    m_server.route("/cdn", [](const TestRequest &) {
        return TestResponse::text(401, "no", { { "Cache-Control"_ba, "public, max-age=600"_ba }, { "Age"_ba, "120"_ba },
                                               { "X-Cache"_ba, "HIT from edge"_ba } });
    });
    ProbeSession session;
    const DiagnosisResult result = diagnose(&session, u"/cdn"_s);
    const Finding *stale = result.finding(u"cache.stale"_s);
    QVERIFY(stale);
    QVERIFY(stale->facts.value(u"serverAllowsCaching"_s).toBool());
    QVERIFY(stale->technical.contains(u"X-Cache: HIT from edge"_s));
    QVERIFY(stale->technical.contains(u"Age: 120"_s));
    QVERIFY(stale->nextSteps.join(u' ').contains(u"no-store"_s));
}

void TestSession::ownCacheAndClearing()
{
    // A sign-in page the server allows caching for ten minutes: a remembered session keeps it, like a browser.
    int served = 0;
    m_server.route("/signin-page", [&served](const TestRequest &) {
        ++served;
        return TestResponse::text(200, "<input type=password name=pw>", { { "Cache-Control"_ba, "max-age=600"_ba } });
    });
    ProbeSession session(ProbeSession::Kind::Remembered);
    session.cache()->clear();
    diagnose(&session, u"/signin-page"_s);
    QCOMPARE(served, 1);
    const DiagnosisResult second = diagnose(&session, u"/signin-page"_s);
    QCOMPARE(served, 1); // from the program's own cache
    QVERIFY(second.firstLook().finalHop().fromCache);
    const Finding *stale = second.finding(u"cache.stale"_s);
    QVERIFY(stale);

    session.cookieJar()->addCookies({ cookie("theme", "dark") });
    const ProbeSession::Cleared cleared = session.clearSite(m_server.url(u"/signin-page"_s));
    QCOMPARE(cleared.cookies, 1);
    QCOMPARE(cleared.cachedAnswers, 1);
    const Finding note = Finding::make(u"cookies.cleared"_s, { { u"cookies"_s, cleared.cookies },
                                                              { u"cachedAnswers"_s, cleared.cachedAnswers },
                                                              { u"host"_s, u"127.0.0.1"_s } });
    QVERIFY(note.explanation.contains(u"1 cookie"_s));
    QVERIFY(note.explanation.contains(u"127.0.0.1"_s));
    const DiagnosisResult third = diagnose(&session, u"/signin-page"_s);
    QCOMPARE(served, 2); // asked the server again after clearing
    QVERIFY(!third.firstLook().finalHop().fromCache);
}

void TestSession::freshSessionKeepsNothing()
{
    int served = 0;
    m_server.route("/cacheable", [&served](const TestRequest &) {
        ++served;
        return TestResponse::text(200, "x", { { "Cache-Control"_ba, "max-age=600"_ba } });
    });
    ProbeSession session(ProbeSession::Kind::Fresh);
    QVERIFY(!session.cache());
    diagnose(&session, u"/cacheable"_s);
    diagnose(&session, u"/cacheable"_s);
    QCOMPARE(served, 2);
}

QTEST_GUILESS_MAIN(TestSession)
#include "TestSession.moc"
