// "Where does the key go?" against loopback APIs that each accept a key in one place only: the place found, the
// requests actually sent (at most ten, at most three at a time), and the key never sent to another origin.
#include "TestServer.h"
#include "checks/ApiKeyPlacementCheck.h"
#include "diagnosis/Diagnosis.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Key = u"k3y+/=Zz9"_s; // "+", "/" and "=" must arrive as themselves in a query

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString makeJwt(const QJsonObject &claims)
{
    return QString::fromLatin1(base64Url(R"({"alg":"HS256","typ":"JWT"})") + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + base64Url("signature"));
}

// Every way the key could have arrived in one request, for asserting where it went.
QStringList placesIn(const TestRequest &request, const QString &key)
{
    QStringList places;
    const QByteArray k = key.toUtf8();
    const QByteArray authorization = request.header("authorization");
    if (authorization == "Bearer " + k)
        places.append(u"bearer"_s);
    if (authorization == "Token " + k)
        places.append(u"token"_s);
    if (authorization == "Basic " + QByteArray(k + ':').toBase64())
        places.append(u"basic-user"_s);
    if (authorization == "Basic " + QByteArray(':' + k).toBase64())
        places.append(u"basic-password"_s);
    if (request.header("x-api-key") == k)
        places.append(u"x-api-key"_s);
    if (request.header("api-key") == k && request.headers.values("api-key").size() == 1
        && !request.headers.contains("x-api-key"))
        places.append(u"api-key"_s);
    const QUrlQuery query(request.url);
    for (const QString &name : { u"api_key"_s, u"apikey"_s, u"access_token"_s, u"key"_s }) {
        if (query.queryItemValue(name, QUrl::FullyDecoded) == key)
            places.append(name);
    }
    return places;
}

bool carriesKey(const TestRequest &request, const QString &key)
{
    const QByteArray k = key.toUtf8();
    if (request.target.contains(QUrl::toPercentEncoding(key)) || request.target.contains(k))
        return true;
    for (const HttpHeader &header : request.headers.fields()) {
        if (header.value.contains(k) || header.value.contains(k.toBase64())
            || header.value.contains(QByteArray(k + ':').toBase64())
            || header.value.contains(QByteArray(':' + k).toBase64()))
            return true;
    }
    return false;
}

const HttpHeaders Unauthorized { { "Content-Type"_ba, "application/json"_ba } };

} // namespace

class TestApiKeyPlacement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void placementsInOrder();
    void hintsComeFirst();
    void requestsPutTheKeyInPlace();
    void curlLines_data();
    void curlLines();
    void foundAsXApiKey();
    void foundAsQueryParameter();
    void insufficientScopeIsNotAWrongKey();
    void rejectedEverywhereWithinLimits();
    void keyNeverFollowsARedirect();
    void notSentOverHttpWithoutConsent();
    void notNeededWhenTheAddressIsOpen();

private:
    DiagnosisResult diagnose(const QUrl &url, const QString &key, bool allowHttp = true);

    TestServer m_server;
};

DiagnosisResult TestApiKeyPlacement::diagnose(const QUrl &url, const QString &key, bool allowHttp)
{
    Diagnosis diagnosis;
    QSignalSpy spy(&diagnosis, &Diagnosis::finished);
    DiagnosisRequest request = DiagnosisRequest::forTarget(url, 5000);
    Credential credential;
    credential.scheme = Credential::Scheme::ApiKey;
    credential.secret = key;
    request.credential = credential;
    request.allowInsecureHttp = allowHttp;
    diagnosis.start(request);
    if (spy.isEmpty() && !spy.wait(20000))
        return {};
    return spy.constFirst().constFirst().value<DiagnosisResult>();
}

void TestApiKeyPlacement::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.route("/x", [](const TestRequest &r) {
        if (r.header("x-api-key") == Key.toUtf8())
            return TestResponse::text(200, "{\"ok\":true}");
        return TestResponse::text(401, "{\"message\":\"Unauthorized\"}", Unauthorized);
    });
    m_server.route("/q", [](const TestRequest &r) {
        if (QUrlQuery(r.url).queryItemValue(u"api_key"_s, QUrl::FullyDecoded) == Key)
            return TestResponse::text(200, "{\"ok\":true}");
        return TestResponse::text(401, "{\"message\":\"Unauthorized\"}", Unauthorized);
    });
    m_server.route("/never", [](const TestRequest &r) {
        TestResponse response = TestResponse::text(401, "{\"message\":\"Unauthorized\"}", Unauthorized);
        if (r.headers.contains("authorization") || r.headers.contains("x-api-key") || r.headers.contains("api-key")
            || r.url.hasQuery())
            response.delayMs = 150; // long enough that every try in flight overlaps the others
        return response;
    });
    m_server.route("/open", [](const TestRequest &) { return TestResponse::text(200, "{}"); });
}

void TestApiKeyPlacement::init()
{
    m_server.clearRequests();
}

void TestApiKeyPlacement::placementsInOrder()
{
    const QList<ApiKeyPlacementCheck::Placement> places = ApiKeyPlacementCheck::placements();
    QCOMPARE(places.size(), ApiKeyPlacementCheck::MaxRequests);
    QStringList notations;
    for (const auto &place : places)
        notations.append(place.notation());
    QCOMPARE(notations,
        (QStringList { u"Authorization: Bearer <key>"_s, u"X-API-Key: <key>"_s, u"Authorization: Token <key>"_s,
            u"Api-Key: <key>"_s, u"?api_key=<key>"_s, u"Authorization: Basic base64(<key>:)"_s,
            u"Authorization: Basic base64(:<key>)"_s, u"?apikey=<key>"_s, u"?access_token=<key>"_s, u"?key=<key>"_s }));
}

void TestApiKeyPlacement::hintsComeFirst()
{
    Exchange firstLook;
    firstLook.outcome = Exchange::Outcome::Answered;
    ExchangeHop hop;
    hop.status = 401;
    hop.responseHeaders.append("WWW-Authenticate", "Basic realm=\"api\"");
    firstLook.hops.append(hop);
    firstLook.body = "{\"message\":\"Missing query parameter apikey\"}";
    const QList<ApiKeyPlacementCheck::Placement> places = ApiKeyPlacementCheck::placements(firstLook);
    QCOMPARE(places.size(), 10);
    QCOMPARE(places.at(0).kindKey(), u"basic-user"_s);
    QCOMPARE(places.at(1).kindKey(), u"basic-password"_s);
    QCOMPARE(places.at(2).notation(), u"?apikey=<key>"_s);
    QCOMPARE(places.at(3).notation(), u"Authorization: Bearer <key>"_s);
}

void TestApiKeyPlacement::requestsPutTheKeyInPlace()
{
    DiagnosisRequest request = DiagnosisRequest::forTarget(QUrl(u"https://api.example.com/v1/items?page=2&key=old"_s));
    request.headers.append("X-API-Key", "given-by-hand");
    request.headers.append("Accept", "application/json");
    using Kind = ApiKeyPlacementCheck::Kind;
    const ProbeRequest query = ApiKeyPlacementCheck::requestFor({ Kind::Query, "key" }, Key, request);
    QCOMPARE(query.url.query(QUrl::FullyEncoded), u"page=2&key=k3y%2B%2F%3DZz9"_s);
    QVERIFY(!query.followRedirects);
    const ProbeRequest header = ApiKeyPlacementCheck::requestFor({ Kind::Header, "X-API-Key" }, Key, request);
    QCOMPARE(header.headers.values("x-api-key"), QList<QByteArray> { Key.toUtf8() });
    QCOMPARE(header.headers.value("accept"), "application/json"_ba);
    QVERIFY(!header.followRedirects);
    const ProbeRequest basic = ApiKeyPlacementCheck::requestFor({ Kind::BasicAsPassword, {} }, Key, request);
    QCOMPARE(basic.headers.value("authorization"), "Basic " + QByteArray(':' + Key.toUtf8()).toBase64());
}

void TestApiKeyPlacement::curlLines_data()
{
    using Kind = ApiKeyPlacementCheck::Kind;
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bearer") << int(Kind::Scheme) << "Bearer"_ba
                            << u"curl -H \"Authorization: Bearer $API_KEY\" \"https://api.example.com/v1?page=2\""_s;
    QTest::newRow("header") << int(Kind::Header) << "X-API-Key"_ba
                            << u"curl -H \"X-API-Key: $API_KEY\" \"https://api.example.com/v1?page=2\""_s;
    QTest::newRow("basic user") << int(Kind::BasicAsUser) << QByteArray()
                                << u"curl -u \"$API_KEY:\" \"https://api.example.com/v1?page=2\""_s;
    QTest::newRow("basic password") << int(Kind::BasicAsPassword) << QByteArray()
                                    << u"curl -u \":$API_KEY\" \"https://api.example.com/v1?page=2\""_s;
    QTest::newRow("query") << int(Kind::Query) << "api_key"_ba
                           << u"curl \"https://api.example.com/v1?page=2&api_key=$API_KEY\""_s;
}

void TestApiKeyPlacement::curlLines()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, name);
    QFETCH(QString, expected);
    const DiagnosisRequest request = DiagnosisRequest::forTarget(QUrl(u"https://api.example.com/v1?page=2"_s));
    QCOMPARE(ApiKeyPlacementCheck::curlLine({ ApiKeyPlacementCheck::Kind(kind), name }, request), expected);

    // Another method, a body and plain headers come along; other secrets and shell characters do not break out.
    DiagnosisRequest post = request;
    post.method = "PUT";
    post.body = R"({"name":"$HOME `x`"})";
    post.headers.append("Content-Type", "application/json");
    post.headers.append("Cookie", "session=secret");
    const QString line = ApiKeyPlacementCheck::curlLine({ ApiKeyPlacementCheck::Kind(kind), name }, post);
    QVERIFY2(line.startsWith(u"curl -X PUT -H \"Content-Type: application/json\" "_s), qPrintable(line));
    QVERIFY2(line.contains(u"--data-raw \"{\\\"name\\\":\\\"\\$HOME \\`x\\`\\\"}\""_s), qPrintable(line));
    QVERIFY(!line.contains(u"secret"_s));
}

void TestApiKeyPlacement::foundAsXApiKey()
{
    const DiagnosisResult result = diagnose(m_server.url(u"/x"_s), Key);
    const Finding *found = result.finding(u"apikey.placement-found"_s);
    QVERIFY2(found, qPrintable(result.verdict.id));
    QCOMPARE(found->facts.value(u"placement"_s).toString(), u"X-API-Key: <key>"_s);
    QCOMPARE(found->facts.value(u"placementKind"_s).toString(), u"header"_s);
    QCOMPARE(found->facts.value(u"curl"_s).toString(),
        u"curl -H \"X-API-Key: $API_KEY\" \"%1\""_s.arg(m_server.url(u"/x"_s).toString()));
    QVERIFY(found->nextSteps.join(u' ').contains(u"$API_KEY"_s));
    QVERIFY(found->technical.contains(u"X-API-Key: <key> -> HTTP 200"_s));
    QVERIFY(result.hasFinding(u"credentials.accepted"_s));
    QCOMPARE(result.exitStatus(), DiagnosisResult::AccessWorks);

    // What was sent: the first look without the key, then at most ten tries, the key once in each, and the one
    // that worked among them.
    const QList<TestRequest> requests = m_server.requestsTo("/x");
    QVERIFY(requests.size() >= 2 && requests.size() <= 11);
    QVERIFY(!carriesKey(requests.constFirst(), Key));
    int worked = 0;
    for (qsizetype i = 1; i < requests.size(); ++i) {
        QCOMPARE(placesIn(requests.at(i), Key).size(), 1);
        worked += placesIn(requests.at(i), Key) == QStringList { u"x-api-key"_s } ? 1 : 0;
    }
    QCOMPARE(worked, 1);
    // Nothing after the success: the tries still in flight were cancelled, none was started later.
    QVERIFY(requests.size() <= 1 + 2 + ApiKeyPlacementCheck::MaxInFlight);
    // The record holds no key.
    for (const Exchange &exchange : result.exchanges) {
        for (const ExchangeHop &hop : exchange.hops) {
            QVERIFY(!hop.url.toString().contains(Key));
            for (const HttpHeader &header : hop.requestHeaders.fields())
                QVERIFY(!header.value.contains(Key.toUtf8()));
        }
    }
}

void TestApiKeyPlacement::foundAsQueryParameter()
{
    const DiagnosisResult result = diagnose(m_server.url(u"/q"_s), Key);
    const Finding *found = result.finding(u"apikey.placement-found"_s);
    QVERIFY2(found, qPrintable(result.verdict.id));
    QCOMPARE(found->facts.value(u"placement"_s).toString(), u"?api_key=<key>"_s);
    QCOMPARE(found->facts.value(u"curl"_s).toString(),
        u"curl \"%1?api_key=$API_KEY\""_s.arg(m_server.url(u"/q"_s).toString()));
    QVERIFY(found->explanation.contains(u"server logs"_s));
    // The key arrived encoded: "+" as %2B, so that it is not read as a space.
    bool sawEncoded = false;
    const QList<TestRequest> requests = m_server.requestsTo("/q");
    for (const TestRequest &request : requests)
        sawEncoded |= request.target.contains("api_key=k3y%2B%2F%3DZz9");
    QVERIFY(sawEncoded);
    QVERIFY(requests.size() <= 11);
}

void TestApiKeyPlacement::insufficientScopeIsNotAWrongKey()
{
    const QString token = makeJwt({ { u"sub"_s, u"svc"_s }, { u"scope"_s, u"items:read"_s },
        { u"exp"_s, QDateTime::currentSecsSinceEpoch() + 3600 } });
    m_server.route("/scoped", [token](const TestRequest &r) {
        if (r.header("authorization") == "Bearer " + token.toUtf8())
            return TestResponse::text(403, "{}",
                { { "WWW-Authenticate"_ba,
                    "Bearer realm=\"api\", error=\"insufficient_scope\", "
                    "scope=\"items:read items:write\""_ba } });
        TestResponse refused = TestResponse::text(401, {}, { { "WWW-Authenticate"_ba, "Bearer realm=\"api\""_ba } });
        // The other places answer late, so that the search is known to stop at the 403 with nothing new started.
        if (r.headers.contains("authorization") || r.headers.contains("x-api-key") || r.url.hasQuery())
            refused.delayMs = 300;
        return refused;
    });
    const DiagnosisResult result = diagnose(m_server.url(u"/scoped"_s), token);
    const Finding *scope = result.finding(u"bearer.insufficient-scope"_s);
    QVERIFY2(scope, qPrintable(result.verdict.id));
    QCOMPARE(scope->facts.value(u"placement"_s).toString(), u"Authorization: Bearer <key>"_s);
    QCOMPARE(scope->facts.value(u"scope"_s).toString(), u"items:read items:write"_s);
    QCOMPARE(scope->facts.value(u"tokenScopes"_s).toString(), u"items:read"_s);
    QCOMPARE(scope->facts.value(u"missingScopes"_s).toString(), u"items:write"_s);
    QVERIFY(scope->facts.value(u"tokenSent"_s).toBool());
    QVERIFY2(scope->explanation.contains(u"\"items:read\""_s), qPrintable(scope->explanation));
    QVERIFY(scope->explanation.contains(u"Missing: \"items:write\""_s));
    QVERIFY(scope->explanation.contains(u"not a wrong key"_s));
    QVERIFY(!result.hasFinding(u"apikey.rejected-everywhere"_s));
    QVERIFY(!result.hasFinding(u"apikey.placement-found"_s));
    // Bearer is tried first and answered first: the search stopped there, with the two other tries in flight.
    QCOMPARE(m_server.requestCount("/scoped"), 1 + ApiKeyPlacementCheck::MaxInFlight);
}

void TestApiKeyPlacement::rejectedEverywhereWithinLimits()
{
    const DiagnosisResult result = diagnose(m_server.url(u"/never"_s), Key);
    const Finding *rejected = result.finding(u"apikey.rejected-everywhere"_s);
    QVERIFY2(rejected, qPrintable(result.verdict.id));
    QCOMPARE(rejected->facts.value(u"tried"_s).toInt(), 10);
    QCOMPARE(rejected->facts.value(u"status"_s).toInt(), 401);
    QVERIFY(rejected->explanation.contains(u"key itself is refused"_s));
    QCOMPARE(rejected->severity, Severity::Problem);

    // The first look, then exactly ten tries: every usual place once, and nothing else.
    const QList<TestRequest> requests = m_server.requestsTo("/never");
    QCOMPARE(requests.size(), 1 + ApiKeyPlacementCheck::MaxRequests);
    QVERIFY(!carriesKey(requests.constFirst(), Key));
    QStringList places;
    for (qsizetype i = 1; i < requests.size(); ++i) {
        const QStringList in = placesIn(requests.at(i), Key);
        QCOMPARE(in.size(), 1);
        places.append(in.constFirst());
    }
    places.sort();
    QCOMPARE(places,
        (QStringList { u"access_token"_s, u"api-key"_s, u"api_key"_s, u"apikey"_s, u"basic-password"_s, u"basic-user"_s,
            u"bearer"_s, u"key"_s, u"token"_s, u"x-api-key"_s }));

    // Never more than three at a time: each try is answered 150 ms after it arrived, and a new one starts only when
    // an answer is in. Counted with a little slack for timer precision.
    int mostAtOnce = 0;
    for (qsizetype i = 1; i < requests.size(); ++i) {
        int atOnce = 0;
        for (qsizetype j = 1; j < requests.size(); ++j) {
            const qint64 start = requests.at(j).receivedMs;
            if (start <= requests.at(i).receivedMs && requests.at(i).receivedMs < start + 130)
                ++atOnce;
        }
        mostAtOnce = qMax(mostAtOnce, atOnce);
    }
    QVERIFY2(mostAtOnce <= ApiKeyPlacementCheck::MaxInFlight, qPrintable(QString::number(mostAtOnce)));
    QVERIFY2(mostAtOnce >= 2, "the tries ran one after the other");
    // Every try is in the record, each a single hop.
    int tries = 0;
    for (qsizetype i = 1; i < result.exchanges.size(); ++i) {
        QCOMPARE(result.exchanges.at(i).hops.size(), 1);
        ++tries;
    }
    QCOMPARE(tries, 10);
}

void TestApiKeyPlacement::keyNeverFollowsARedirect()
{
    TestServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setFallback([](const TestRequest &) { return TestResponse::text(200, "{\"ok\":true}"); });
    // A server that sends everything, query included, on to another origin.
    m_server.route("/moved", [&elsewhere](const TestRequest &r) {
        const QByteArray query = r.target.contains('?') ? r.target.mid(r.target.indexOf('?')) : QByteArray();
        return TestResponse::redirect(307, elsewhere.origin() + "/land" + query);
    });
    const DiagnosisResult result = diagnose(m_server.url(u"/moved"_s), Key);
    QVERIFY(result.hasFinding(u"apikey.rejected-everywhere"_s));
    // Only the anonymous first look went on to the other origin; no try followed, and no key arrived there.
    const QList<TestRequest> there = elsewhere.requests();
    QCOMPARE(there.size(), 1);
    QVERIFY(!carriesKey(there.constFirst(), Key));
    QCOMPARE(m_server.requestCount("/moved"), 11);
}

void TestApiKeyPlacement::notSentOverHttpWithoutConsent()
{
    const DiagnosisResult result = diagnose(m_server.url(u"/x"_s), Key, false);
    QVERIFY(result.hasFinding(u"credentials.insecure-transport"_s));
    QVERIFY(!result.hasFinding(u"apikey.placement-found"_s));
    const QList<TestRequest> requests = m_server.requests();
    QCOMPARE(requests.size(), 1);
    QVERIFY(!carriesKey(requests.constFirst(), Key));
}

void TestApiKeyPlacement::notNeededWhenTheAddressIsOpen()
{
    const DiagnosisResult result = diagnose(m_server.url(u"/open"_s), Key);
    QVERIFY(result.hasFinding(u"apikey.not-needed"_s));
    QCOMPARE(m_server.requestCount("/open"), 1);
}

QTEST_GUILESS_MAIN(TestApiKeyPlacement)
#include "TestApiKeyPlacement.moc"
