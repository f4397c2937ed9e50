// The OAuth 2.0 refresh against loopback token endpoints: the form and client authentication actually sent, each
// answer explained, discovery found and failed, and no secret in any finding.
#include "TestServer.h"
#include "oauth/OAuthRefresh.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString RefreshToken = u"rt-Old/Value+1=="_s;
const QString ClientSecret = u"s3cr+t/é"_s;
const QString NewAccess = u"at-new-0123456789"_s;
const QString NewRefresh = u"rt-new-9876543210"_s;

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString makeJwt(const QJsonObject &claims)
{
    return QString::fromLatin1(base64Url(R"({"alg":"RS256","typ":"at+jwt"})") + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + base64Url("signature"));
}

// The form as the server read it.
QUrlQuery formOf(const TestRequest &request)
{
    QByteArray body = request.body;
    body.replace('+', ' ');
    return QUrlQuery(QString::fromLatin1(body));
}

void verifyNoSecrets(const OAuthRefreshResult &result, const QStringList &secrets)
{
    for (const Finding &finding : result.findings) {
        for (const QString &secret : secrets) {
            QVERIFY2(!finding.title.contains(secret), qPrintable(finding.id));
            QVERIFY2(!finding.explanation.contains(secret), qPrintable(finding.id));
            QVERIFY2(!finding.technical.contains(secret), qPrintable(finding.technical));
            QVERIFY2(!finding.nextSteps.join(u' ').contains(secret), qPrintable(finding.id));
            for (auto it = finding.facts.cbegin(); it != finding.facts.cend(); ++it)
                QVERIFY2(!it.value().toString().contains(secret), qPrintable(it.key()));
        }
    }
    for (const Exchange &exchange : result.exchanges) {
        for (const ExchangeHop &hop : exchange.hops) {
            for (const HttpHeader &header : hop.requestHeaders.fields()) {
                for (const QString &secret : secrets)
                    QVERIFY(!header.value.contains(secret.toUtf8()));
            }
        }
    }
}

} // namespace

class TestOAuthRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void formEncoding_data();
    void formEncoding();
    void candidateUrls_data();
    void candidateUrls();
    void invalidGrant();
    void invalidClientWithBasicAuthentication();
    void newToken();
    void expiryFromTheJwt();
    void otherErrorsAreNamed();
    void notATokenEndpoint();
    void redirectIsNotFollowed();
    void discoveryFound();
    void discoveryWithPathInsertion();
    void discoveryPrefersWhatTheServerSupports();
    void discoveryFailed();
    void notSentOverHttpWithoutConsent();
    void unreachableEndpoint();

private:
    OAuthRefreshResult refresh(const OAuthRefreshRequest &request);
    OAuthRefreshRequest requestFor(const QString &path, const QString &secret = ClientSecret) const;

    TestServer m_server;
};

OAuthRefreshResult TestOAuthRefresh::refresh(const OAuthRefreshRequest &request)
{
    OAuthRefresh refresh;
    QSignalSpy spy(&refresh, &OAuthRefresh::finished);
    refresh.start(request);
    if (!spy.wait(10000))
        return {};
    return spy.constFirst().constFirst().value<OAuthRefreshResult>();
}

OAuthRefreshRequest TestOAuthRefresh::requestFor(const QString &path, const QString &secret) const
{
    OAuthRefreshRequest request;
    request.tokenEndpoint = m_server.url(path);
    request.clientId = u"my app:1"_s;
    request.clientSecret = secret;
    request.refreshToken = RefreshToken;
    request.timeoutMs = 5000;
    request.allowInsecureHttp = true;
    return request;
}

void TestOAuthRefresh::initTestCase()
{
    qRegisterMetaType<OAuthRefreshResult>();
    QVERIFY(m_server.listen());
    const HttpHeaders json { { "Content-Type"_ba, "application/json"_ba }, { "Cache-Control"_ba, "no-store"_ba } };
    m_server.route("/grant-expired", [json](const TestRequest &) {
        return TestResponse::text(400, R"({"error":"invalid_grant","error_description":"Token is not active"})", json);
    });
    m_server.route("/bad-client", [json](const TestRequest &) {
        HttpHeaders headers = json;
        headers.append("WWW-Authenticate", "Basic realm=\"token\"");
        return TestResponse::text(
            401, R"({"error":"invalid_client","error_description":"Invalid client credentials"})", headers);
    });
    m_server.route("/token", [json](const TestRequest &r) {
        if (formOf(r).queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded) != RefreshToken)
            return TestResponse::text(400, R"({"error":"invalid_grant"})", json);
        return TestResponse::text(200,
            QJsonDocument(QJsonObject { { u"access_token"_s, NewAccess }, { u"token_type"_s, u"Bearer"_s },
                              { u"expires_in"_s, 3600 }, { u"refresh_token"_s, NewRefresh },
                              { u"scope"_s, u"openid offline_access"_s } })
                .toJson(QJsonDocument::Compact),
            json);
    });
    m_server.route("/unsupported",
        [json](const TestRequest &) { return TestResponse::text(400, R"({"error":"unsupported_grant_type"})", json); });
    m_server.route("/html", [](const TestRequest &) {
        return TestResponse::text(404, "<html>Not Found</html>", { { "Content-Type"_ba, "text/html"_ba } });
    });
}

void TestOAuthRefresh::init()
{
    m_server.clearRequests();
}

void TestOAuthRefresh::formEncoding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plain") << u"abc-._*XYZ09"_s << "abc-._*XYZ09"_ba;
    QTest::newRow("space") << u"my app"_s << "my+app"_ba;
    QTest::newRow("reserved") << u"a:b/c+d=e&f~"_s << "a%3Ab%2Fc%2Bd%3De%26f%7E"_ba;
    QTest::newRow("utf-8") << u"é"_s << "%C3%A9"_ba;
}

void TestOAuthRefresh::formEncoding()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, encoded);
    QCOMPARE(OAuthRefresh::formEncode(text), encoded);
}

void TestOAuthRefresh::candidateUrls_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QStringList>("urls");
    QTest::newRow("host") << u"https://login.example.com"_s
                          << QStringList { u"https://login.example.com/.well-known/openid-configuration"_s,
                                 u"https://login.example.com/.well-known/oauth-authorization-server"_s };
    QTest::newRow("host, slash") << u"https://login.example.com/"_s
                                 << QStringList { u"https://login.example.com/.well-known/openid-configuration"_s,
                                        u"https://login.example.com/.well-known/oauth-authorization-server"_s };
    QTest::newRow("path") << u"https://id.example.com/realms/main/"_s
                          << QStringList {
                                 u"https://id.example.com/realms/main/.well-known/openid-configuration"_s,
                                 u"https://id.example.com/.well-known/oauth-authorization-server/realms/main"_s,
                                 u"https://id.example.com/.well-known/openid-configuration/realms/main"_s,
                                 u"https://id.example.com/realms/main/.well-known/oauth-authorization-server"_s,
                             };
    QTest::newRow("document itself") << u"https://a.example/.well-known/openid-configuration"_s
                                     << QStringList { u"https://a.example/.well-known/openid-configuration"_s };
    QTest::newRow("no host") << u"not a url"_s << QStringList {};
}

void TestOAuthRefresh::candidateUrls()
{
    QFETCH(QString, issuer);
    QFETCH(QStringList, urls);
    QStringList got;
    const QList<QUrl> candidates = OAuthDiscovery::candidateUrls(QUrl(issuer));
    for (const QUrl &url : candidates)
        got.append(url.toString());
    QCOMPARE(got, urls);
}

void TestOAuthRefresh::invalidGrant()
{
    // A public client: no secret, client_id in the form, no Authorization header.
    const OAuthRefreshResult result = refresh(requestFor(u"/grant-expired"_s, QString()));
    QCOMPARE(result.findings.size(), 1);
    const Finding &finding = result.findings.constFirst();
    QCOMPARE(finding.id, u"oauth.invalid-grant"_s);
    QCOMPARE(finding.facts.value(u"description"_s).toString(), u"Token is not active"_s);
    QVERIFY(finding.explanation.contains(u"Token is not active"_s));
    QCOMPARE(finding.severity, Severity::Problem);
    QVERIFY(!result.refreshed);
    QCOMPARE(result.exitStatus(), 1);

    const QList<TestRequest> requests = m_server.requestsTo("/grant-expired");
    QCOMPARE(requests.size(), 1);
    const TestRequest &sent = requests.constFirst();
    QCOMPARE(sent.method, "POST"_ba);
    QCOMPARE(sent.header("content-type"), "application/x-www-form-urlencoded"_ba);
    QVERIFY(!sent.headers.contains("authorization"));
    QCOMPARE(sent.body, "grant_type=refresh_token&refresh_token=rt-Old%2FValue%2B1%3D%3D&client_id=my+app%3A1"_ba);
    verifyNoSecrets(result, { RefreshToken });
}

void TestOAuthRefresh::invalidClientWithBasicAuthentication()
{
    const OAuthRefreshResult result = refresh(requestFor(u"/bad-client"_s));
    QCOMPARE(result.findings.size(), 1);
    const Finding &finding = result.findings.constFirst();
    QCOMPARE(finding.id, u"oauth.invalid-client"_s);
    QCOMPARE(finding.facts.value(u"clientAuth"_s).toString(), u"basic"_s);
    QVERIFY(finding.explanation.contains(u"my app:1"_s));
    QVERIFY(finding.explanation.contains(u"Invalid client credentials"_s));
    QVERIFY(finding.nextSteps.join(u' ').contains(u"client_secret_post"_s));

    // RFC 6749 §2.3.1: id and secret form-urlencoded, then Basic; the client id is not repeated in the form.
    const TestRequest sent = m_server.requestsTo("/bad-client").constFirst();
    QCOMPARE(sent.header("authorization"), "Basic " + "my+app%3A1:s3cr%2Bt%2F%C3%A9"_ba.toBase64());
    QCOMPARE(sent.body, "grant_type=refresh_token&refresh_token=rt-Old%2FValue%2B1%3D%3D"_ba);
    verifyNoSecrets(result, { RefreshToken, ClientSecret });
}

void TestOAuthRefresh::newToken()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const OAuthRefreshResult result = refresh(requestFor(u"/token"_s));
    QVERIFY(result.refreshed);
    QCOMPARE(result.exitStatus(), 0);
    QCOMPARE(result.accessToken, NewAccess);
    QCOMPARE(result.refreshToken, NewRefresh);
    QVERIFY(qAbs(before.addSecs(3600).secsTo(result.expiresAt)) <= 5);
    const Finding &ok = result.findings.constFirst();
    QCOMPARE(ok.id, u"oauth.refresh-ok"_s);
    QCOMPARE(ok.severity, Severity::Ok);
    QCOMPARE(ok.facts.value(u"expiresIn"_s).toInt(), 3600);
    QCOMPARE(ok.facts.value(u"expirySource"_s).toString(), u"expires_in"_s);
    QVERIFY(ok.facts.value(u"rotated"_s).toBool());
    QVERIFY2(ok.title.contains(u"valid for"_s), qPrintable(ok.title));
    QVERIFY(ok.explanation.contains(u"new refresh token"_s));
    QVERIFY(ok.technical.contains(u"token_type=Bearer"_s));
    QVERIFY(ok.technical.contains(u"access_token=[redacted]"_s));
    QVERIFY(ok.technical.contains(u"refresh_token=[redacted]"_s));

    const QList<TestRequest> requests = m_server.requestsTo("/token");
    QCOMPARE(requests.size(), 1);
    const TestRequest &sent = requests.constFirst();
    QCOMPARE(sent.method, "POST"_ba);
    QCOMPARE(sent.header("content-type"), "application/x-www-form-urlencoded"_ba);
    QCOMPARE(sent.header("accept"), "application/json"_ba);
    QCOMPARE(sent.header("authorization"), "Basic " + "my+app%3A1:s3cr%2Bt%2F%C3%A9"_ba.toBase64());
    QCOMPARE(formOf(sent).queryItemValue(u"grant_type"_s), u"refresh_token"_s);
    QCOMPARE(formOf(sent).queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded), RefreshToken);
    verifyNoSecrets(result, { RefreshToken, ClientSecret, NewAccess, NewRefresh });
}

void TestOAuthRefresh::expiryFromTheJwt()
{
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + 1800;
    const QString jwt = makeJwt({ { u"sub"_s, u"alice"_s }, { u"exp"_s, exp }, { u"scope"_s, u"read"_s } });
    m_server.route("/jwt-token", [jwt](const TestRequest &) {
        return TestResponse::text(200,
            QJsonDocument(QJsonObject { { u"access_token"_s, jwt }, { u"token_type"_s, u"Bearer"_s } })
                .toJson(QJsonDocument::Compact),
            { { "Content-Type"_ba, "application/json"_ba } });
    });
    const OAuthRefreshResult result = refresh(requestFor(u"/jwt-token"_s, QString()));
    QVERIFY(result.refreshed);
    QCOMPARE(result.expiresAt.toSecsSinceEpoch(), exp);
    const Finding &ok = result.findings.constFirst();
    QCOMPARE(ok.facts.value(u"expirySource"_s).toString(), u"jwt"_s);
    QVERIFY(ok.explanation.contains(u"exp claim"_s));
    QVERIFY(!ok.facts.value(u"rotated"_s).toBool());
    // What the new token says, never the token itself.
    QCOMPARE(result.findings.size(), 2);
    QCOMPARE(result.findings.at(1).id, u"token.decoded"_s);
    verifyNoSecrets(result, { RefreshToken, jwt });
}

void TestOAuthRefresh::otherErrorsAreNamed()
{
    const OAuthRefreshResult result = refresh(requestFor(u"/unsupported"_s));
    QCOMPARE(result.findings.constFirst().id, u"oauth.error"_s);
    QCOMPARE(result.findings.constFirst().facts.value(u"error"_s).toString(), u"unsupported_grant_type"_s);
    QVERIFY(result.findings.constFirst().title.contains(u"unsupported_grant_type"_s));
}

void TestOAuthRefresh::notATokenEndpoint()
{
    const OAuthRefreshResult result = refresh(requestFor(u"/html"_s));
    const Finding &finding = result.findings.constFirst();
    QCOMPARE(finding.id, u"oauth.unexpected-answer"_s);
    QCOMPARE(finding.facts.value(u"reason"_s).toString(), u"not-json"_s);
    QVERIFY(finding.explanation.contains(u"text/html"_s));
}

void TestOAuthRefresh::redirectIsNotFollowed()
{
    TestServer elsewhere;
    QVERIFY(elsewhere.listen());
    m_server.route("/moved",
        [&elsewhere](const TestRequest &) { return TestResponse::redirect(307, elsewhere.origin() + "/token"); });
    const OAuthRefreshResult result = refresh(requestFor(u"/moved"_s));
    const Finding &finding = result.findings.constFirst();
    QCOMPARE(finding.id, u"oauth.unexpected-answer"_s);
    QCOMPARE(finding.facts.value(u"reason"_s).toString(), u"redirect"_s);
    QCOMPARE(elsewhere.requestCount(), 0);
}

void TestOAuthRefresh::discoveryFound()
{
    m_server.route("/.well-known/openid-configuration", [this](const TestRequest &) {
        return TestResponse::text(200,
            QJsonDocument(QJsonObject { { u"issuer"_s, m_server.url(u"/"_s).toString() },
                              { u"token_endpoint"_s, m_server.url(u"/token"_s).toString() } })
                .toJson(),
            { { "Content-Type"_ba, "application/json"_ba } });
    });
    OAuthRefreshRequest request = requestFor(QString());
    request.tokenEndpoint = QUrl();
    request.issuer = m_server.url(u"/"_s);
    const OAuthRefreshResult result = refresh(request);
    QVERIFY(result.refreshed);
    QCOMPARE(result.tokenEndpoint, m_server.url(u"/token"_s));
    QCOMPARE(result.findings.at(0).id, u"oauth.discovered"_s);
    QCOMPARE(result.findings.at(0).facts.value(u"tokenEndpoint"_s).toString(), m_server.url(u"/token"_s).toString());
    QCOMPARE(result.findings.at(1).id, u"oauth.refresh-ok"_s);
    QCOMPARE(result.exchanges.size(), 2);
    const QList<TestRequest> requests = m_server.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).path, "/.well-known/openid-configuration"_ba);
    QCOMPARE(requests.at(0).method, "GET"_ba);
    QVERIFY(requests.at(0).body.isEmpty());
    QCOMPARE(requests.at(1).path, "/token"_ba);
    m_server.route(
        "/.well-known/openid-configuration", [](const TestRequest &) { return TestResponse::text(404, {}); });
}

void TestOAuthRefresh::discoveryWithPathInsertion()
{
    // RFC 8414 §3.1: for an issuer with a path, the well-known part goes between the host and the path.
    m_server.route("/.well-known/oauth-authorization-server/tenant/a", [this](const TestRequest &) {
        return TestResponse::text(
            200, QJsonDocument(QJsonObject { { u"token_endpoint"_s, m_server.url(u"/token"_s).toString() } }).toJson());
    });
    OAuthRefreshRequest request = requestFor(QString());
    request.tokenEndpoint = QUrl();
    request.issuer = m_server.url(u"/tenant/a"_s);
    const OAuthRefreshResult result = refresh(request);
    QVERIFY(result.refreshed);
    const QList<TestRequest> requests = m_server.requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).path, "/tenant/a/.well-known/openid-configuration"_ba);
    QCOMPARE(requests.at(1).path, "/.well-known/oauth-authorization-server/tenant/a"_ba);
    QCOMPARE(requests.at(2).path, "/token"_ba);
}

void TestOAuthRefresh::discoveryPrefersWhatTheServerSupports()
{
    m_server.route("/post-only/.well-known/openid-configuration", [this](const TestRequest &) {
        return TestResponse::text(200,
            QJsonDocument(QJsonObject { { u"token_endpoint"_s, m_server.url(u"/token"_s).toString() },
                              { u"token_endpoint_auth_methods_supported"_s,
                                  QJsonArray { u"client_secret_post"_s, u"private_key_jwt"_s } } })
                .toJson());
    });
    OAuthRefreshRequest request = requestFor(QString());
    request.tokenEndpoint = QUrl();
    request.issuer = m_server.url(u"/post-only"_s);
    const OAuthRefreshResult result = refresh(request);
    QVERIFY(result.refreshed);
    const TestRequest sent = m_server.requestsTo("/token").constFirst();
    QVERIFY(!sent.headers.contains("authorization"));
    QCOMPARE(formOf(sent).queryItemValue(u"client_secret"_s, QUrl::FullyDecoded), ClientSecret);
    QCOMPARE(formOf(sent).queryItemValue(u"client_id"_s, QUrl::FullyDecoded), u"my app:1"_s);
    QCOMPARE(result.findings.at(1).facts.value(u"clientAuth"_s).toString(), u"post"_s);
    verifyNoSecrets(result, { RefreshToken, ClientSecret, NewAccess, NewRefresh });
}

void TestOAuthRefresh::discoveryFailed()
{
    OAuthRefreshRequest request = requestFor(QString());
    request.tokenEndpoint = QUrl();
    request.issuer = m_server.url(u"/nowhere"_s);
    const OAuthRefreshResult result = refresh(request);
    QVERIFY(!result.refreshed);
    QCOMPARE(result.exitStatus(), 1);
    QCOMPARE(result.findings.size(), 1);
    const Finding &failed = result.findings.constFirst();
    QCOMPARE(failed.id, u"oauth.discovery-failed"_s);
    QCOMPARE(failed.facts.value(u"tried"_s).toInt(), 4);
    QCOMPARE(failed.facts.value(u"reason"_s).toString(), u"not-found"_s);
    QVERIFY(failed.technical.contains(u"HTTP 404"_s));
    // Four well-known addresses asked with GET, and no refresh token sent anywhere.
    const QList<TestRequest> requests = m_server.requests();
    QCOMPARE(requests.size(), 4);
    for (const TestRequest &sent : requests) {
        QCOMPARE(sent.method, "GET"_ba);
        QVERIFY(sent.body.isEmpty());
    }
}

void TestOAuthRefresh::notSentOverHttpWithoutConsent()
{
    OAuthRefreshRequest request = requestFor(u"/token"_s);
    request.allowInsecureHttp = false;
    const OAuthRefreshResult result = refresh(request);
    QCOMPARE(result.findings.constFirst().id, u"credentials.insecure-transport"_s);
    QCOMPARE(m_server.requestCount(), 0);
}

void TestOAuthRefresh::unreachableEndpoint()
{
    quint16 port = 0;
    {
        TestServer gone;
        QVERIFY(gone.listen());
        port = gone.port();
    }
    OAuthRefreshRequest request = requestFor(QString());
    request.tokenEndpoint = QUrl(u"http://127.0.0.1:%1/token"_s.arg(port));
    const OAuthRefreshResult result = refresh(request);
    QCOMPARE(result.findings.constFirst().id, u"reach.refused"_s);
    QCOMPARE(result.exitStatus(), 3);
}

QTEST_GUILESS_MAIN(TestOAuthRefresh)
#include "TestOAuthRefresh.moc"
