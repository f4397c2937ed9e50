// What the server says about a token (RFC 6750 codes in the challenge or in a JSON body, Google and Microsoft shapes
// too) and what the token says about itself (TokenCheck, judged by the server's clock), against loopback servers.
#include "TestServer.h"
#include "checks/BearerErrorCheck.h"
#include "diagnosis/Diagnosis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString makeJwt(const QJsonObject &claims)
{
    return QString::fromLatin1(base64Url(R"({"alg":"RS256","typ":"JWT"})") + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + base64Url("signature"));
}

QByteArray httpDate(const QDateTime &moment)
{
    return QLocale::c().toString(moment.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace

class TestTokenErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bodyErrors_data();
    void bodyErrors();
    void bodyCodeWhenTheChallengeHasNone();
    void challengeCodeComesFirst();
    void jsonErrorOfAnotherKindIsNotATokenError();
    void insufficientScopeNamesBothSides();
    void sentTokenErrorReplacesTheAnonymousOne();
    void expiredByTheServersClock();
    void pastedMistakesAreNamed();
    void bearerHeaderFromACurlCommandIsRead();

private:
    DiagnosisResult diagnose(const QString &path, const QString &token, const HttpHeaders &headers = {});

    TestServer m_server;
};

DiagnosisResult TestTokenErrors::diagnose(const QString &path, const QString &token, const HttpHeaders &headers)
{
    Diagnosis diagnosis;
    QSignalSpy spy(&diagnosis, &Diagnosis::finished);
    DiagnosisRequest request = DiagnosisRequest::forTarget(m_server.url(path), 5000);
    request.headers = headers;
    if (!token.isEmpty()) {
        Credential credential;
        credential.scheme = Credential::Scheme::Bearer;
        credential.secret = token;
        request.credential = credential;
    }
    request.allowInsecureHttp = true;
    diagnosis.start(request);
    if (spy.isEmpty() && !spy.wait(10000))
        return {};
    return spy.constFirst().constFirst().value<DiagnosisResult>();
}

void TestTokenErrors::initTestCase()
{
    QVERIFY(m_server.listen());
    // Microsoft Graph's way: a bare Bearer challenge, the reason in the body.
    m_server.route("/graph", [](const TestRequest &r) {
        if (!r.headers.contains("authorization"))
            return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Bearer realm=\"\""_ba } });
        return TestResponse::text(401,
            R"({"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid.","innerError":{}}})",
            { { "WWW-Authenticate"_ba, "Bearer realm=\"\""_ba }, { "Content-Type"_ba, "application/json"_ba } });
    });
    m_server.route("/both", [](const TestRequest &) {
        return TestResponse::text(401, R"({"error":"insufficient_scope"})",
            { { "WWW-Authenticate"_ba, "Bearer error=\"invalid_token\""_ba } });
    });
    m_server.route("/form-error", [](const TestRequest &) {
        return TestResponse::text(400, R"({"error":"invalid_request","message":"name is required"})");
    });
}

void TestTokenErrors::bodyErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("description");
    QTest::newRow("oauth") << R"({"error":"invalid_token","error_description":"The token expired"})"_ba
                           << u"invalid_token"_s << u"invalid_token"_s << u"The token expired"_s;
    QTest::newRow("oauth scope") << R"({"error":"insufficient_scope","scope":"repo"})"_ba << u"insufficient_scope"_s
                                 << u"insufficient_scope"_s << QString();
    QTest::newRow("microsoft")
        << R"({"error":{"code":"InvalidAuthenticationToken","message":"Lifetime validation failed, the token is expired."}})"_ba
        << u"invalid_token"_s << u"InvalidAuthenticationToken"_s
        << u"Lifetime validation failed, the token is expired."_s;
    QTest::newRow("azure expired")
        << R"({"error":{"code":"ExpiredAuthenticationToken","message":"The access token expiry UTC time is earlier than current UTC time."}})"_ba
        << u"invalid_token"_s << u"ExpiredAuthenticationToken"_s
        << u"The access token expiry UTC time is earlier than current UTC time."_s;
    QTest::newRow("microsoft denied")
        << R"({"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}})"_ba
        << u"insufficient_scope"_s << u"Authorization_RequestDenied"_s
        << u"Insufficient privileges to complete the operation."_s;
    QTest::newRow("google")
        << R"({"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"ACCESS_TOKEN_EXPIRED"}]}})"_ba
        << u"invalid_token"_s << u"ACCESS_TOKEN_EXPIRED"_s << u"Request had invalid authentication credentials."_s;
    QTest::newRow("google scope")
        << R"({"error":{"code":403,"message":"Request had insufficient authentication scopes.","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"ACCESS_TOKEN_SCOPE_INSUFFICIENT"}]}})"_ba
        << u"insufficient_scope"_s << u"ACCESS_TOKEN_SCOPE_INSUFFICIENT"_s
        << u"Request had insufficient authentication scopes."_s;
    QTest::newRow("google legacy")
        << R"({"error":{"code":403,"message":"Insufficient Permission","errors":[{"reason":"insufficientPermissions"}]}})"_ba
        << u"insufficient_scope"_s << u"insufficientPermissions"_s << u"Insufficient Permission"_s;
    QTest::newRow("google denied, no scope")
        << R"({"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}})"_ba
        << QString() << QString() << QString();
    QTest::newRow("github") << R"({"message":"Bad credentials"})"_ba << QString() << QString() << QString();
    QTest::newRow("unknown code") << R"({"error":"rate_limited"})"_ba << QString() << QString() << QString();
    QTest::newRow("not json") << "<html>401</html>"_ba << QString() << QString() << QString();
    QTest::newRow("array") << R"([{"error":"invalid_token"}])"_ba << QString() << QString() << QString();
}

void TestTokenErrors::bodyErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QFETCH(QString, code);
    QFETCH(QString, description);
    const std::optional<BearerErrorCheck::BodyError> read = BearerErrorCheck::bodyError(body);
    QCOMPARE(read.has_value(), !error.isEmpty());
    if (!read)
        return;
    QCOMPARE(read->error, error);
    QCOMPARE(read->code, code);
    QCOMPARE(read->description, description);
}

void TestTokenErrors::bodyCodeWhenTheChallengeHasNone()
{
    const DiagnosisResult result = diagnose(u"/graph"_s, u"opaque-token-1234"_s);
    const Finding *invalid = result.finding(u"bearer.invalid-token"_s);
    QVERIFY2(invalid, qPrintable(result.verdict.id));
    QCOMPARE(invalid->facts.value(u"source"_s).toString(), u"body"_s);
    QCOMPARE(invalid->facts.value(u"code"_s).toString(), u"InvalidAuthenticationToken"_s);
    QVERIFY(invalid->facts.value(u"tokenSent"_s).toBool());
    QVERIFY(invalid->explanation.contains(u"Access token has expired or is not yet valid."_s));
    QVERIFY(invalid->technical.contains(u"Body: error \"InvalidAuthenticationToken\""_s));
}

void TestTokenErrors::challengeCodeComesFirst()
{
    const DiagnosisResult result = diagnose(u"/both"_s, QString());
    QVERIFY(result.hasFinding(u"bearer.invalid-token"_s));
    QVERIFY(!result.hasFinding(u"bearer.insufficient-scope"_s));
    QCOMPARE(result.finding(u"bearer.invalid-token"_s)->facts.value(u"source"_s).toString(), u"header"_s);
}

void TestTokenErrors::jsonErrorOfAnotherKindIsNotATokenError()
{
    // A 400 about the request's own data, without a Bearer challenge, says nothing about a token.
    const DiagnosisResult result = diagnose(u"/form-error"_s, QString());
    QVERIFY(!result.hasFinding(u"bearer.invalid-request"_s));
}

void TestTokenErrors::insufficientScopeNamesBothSides()
{
    const QString token = makeJwt({ { u"sub"_s, u"app"_s }, { u"scp"_s, QJsonArray { u"Files.Read"_s } },
        { u"exp"_s, QDateTime::currentSecsSinceEpoch() + 3600 } });
    m_server.route("/files", [token](const TestRequest &r) {
        if (r.header("authorization") != "Bearer " + token.toUtf8())
            return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Bearer realm=\"files\""_ba } });
        return TestResponse::text(403, {},
            { { "WWW-Authenticate"_ba,
                "Bearer realm=\"files\", error=\"insufficient_scope\", "
                "scope=\"Files.Read Files.ReadWrite\""_ba } });
    });
    const DiagnosisResult result = diagnose(u"/files"_s, token);
    const Finding *scope = result.finding(u"bearer.insufficient-scope"_s);
    QVERIFY2(scope, qPrintable(result.verdict.id));
    QCOMPARE(scope->facts.value(u"scope"_s).toString(), u"Files.Read Files.ReadWrite"_s);
    QCOMPARE(scope->facts.value(u"tokenScopes"_s).toString(), u"Files.Read"_s);
    QCOMPARE(scope->facts.value(u"missingScopes"_s).toString(), u"Files.ReadWrite"_s);
    QVERIFY(scope->explanation.contains(u"\"Files.Read Files.ReadWrite\""_s));
    QVERIFY(scope->explanation.contains(u"The token carries: \"Files.Read\""_s));
    QVERIFY(scope->explanation.contains(u"Missing: \"Files.ReadWrite\""_s));
    QVERIFY(scope->technical.contains(u"The token's scopes (scope/scp): Files.Read"_s));
    QVERIFY(!scope->technical.contains(token));
    QVERIFY(result.hasFinding(u"credentials.forbidden"_s));
}

void TestTokenErrors::sentTokenErrorReplacesTheAnonymousOne()
{
    // A server that says invalid_token to everything: once for the anonymous first look, once for the token.
    m_server.route("/always", [](const TestRequest &) {
        return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Bearer error=\"invalid_token\""_ba } });
    });
    const DiagnosisResult result = diagnose(u"/always"_s, u"opaque-token-5678"_s);
    int count = 0;
    for (const Finding &finding : result.findings) {
        if (finding.id == u"bearer.invalid-token"_s) {
            ++count;
            QVERIFY(finding.facts.value(u"tokenSent"_s).toBool());
        }
    }
    QCOMPARE(count, 1);
}

void TestTokenErrors::expiredByTheServersClock()
{
    // The server's clock is three hours ahead: by it, a token valid for one more hour here has expired.
    const QDateTime serverNow = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
    m_server.route("/clock", [serverNow](const TestRequest &r) {
        const HttpHeaders headers { { "Date"_ba, httpDate(serverNow) },
            { "WWW-Authenticate"_ba,
                r.headers.contains("authorization") ? "Bearer error=\"invalid_token\", error_description=\"expired\""_ba
                                                    : "Bearer realm=\"api\""_ba } };
        return TestResponse::text(401, {}, headers);
    });
    const QString token = makeJwt({ { u"sub"_s, u"alice"_s }, { u"exp"_s, QDateTime::currentSecsSinceEpoch() + 3600 },
        { u"aud"_s, QString::fromLatin1(m_server.origin()) } });
    const DiagnosisResult result = diagnose(u"/clock"_s, token);
    const Finding *expired = result.finding(u"token.expired"_s);
    QVERIFY2(expired, qPrintable(result.verdict.id));
    QCOMPARE(expired->facts.value(u"clock"_s).toString(), u"server"_s);
    QVERIFY(!expired->facts.value(u"localAgrees"_s).toBool());
    QVERIFY(result.hasFinding(u"clock.skew"_s));
    QVERIFY(result.hasFinding(u"token.decoded"_s));
    QVERIFY(result.hasFinding(u"bearer.invalid-token"_s));
    QVERIFY(!result.hasFinding(u"token.wrong-audience"_s));
    for (const Finding &finding : result.findings) {
        QVERIFY(!finding.technical.contains(token));
        QVERIFY(!finding.explanation.contains(token));
    }
}

void TestTokenErrors::pastedMistakesAreNamed()
{
    m_server.route("/paste", [](const TestRequest &) {
        return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Bearer realm=\"api\""_ba } });
    });
    const DiagnosisResult result = diagnose(u"/paste"_s, u"Bearer abc.def-123"_s);
    QVERIFY2(result.hasFinding(u"token.double-prefix"_s), qPrintable(result.verdict.id));
}

void TestTokenErrors::bearerHeaderFromACurlCommandIsRead()
{
    // The token rode in the first look itself (a pasted curl command's -H), so its answer is about that token.
    const QString token = makeJwt(
        { { u"sub"_s, u"bob"_s }, { u"scope"_s, u"read"_s }, { u"exp"_s, QDateTime::currentSecsSinceEpoch() - 7200 } });
    m_server.route("/hdr", [](const TestRequest &r) {
        if (!r.headers.contains("authorization"))
            return TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Bearer realm=\"api\""_ba } });
        return TestResponse::text(
            403, {}, { { "WWW-Authenticate"_ba, "Bearer error=\"insufficient_scope\", scope=\"admin\""_ba } });
    });
    const DiagnosisResult result
        = diagnose(u"/hdr"_s, QString(), { { "Authorization"_ba, "Bearer " + token.toUtf8() } });
    const Finding *scope = result.finding(u"bearer.insufficient-scope"_s);
    QVERIFY2(scope, qPrintable(result.verdict.id));
    QCOMPARE(scope->facts.value(u"tokenScopes"_s).toString(), u"read"_s);
    QVERIFY(result.hasFinding(u"token.expired"_s));
}

QTEST_GUILESS_MAIN(TestTokenErrors)
#include "TestTokenErrors.moc"
