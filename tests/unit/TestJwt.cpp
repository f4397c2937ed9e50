// Data-driven tests of Jwt: decoding (padding, base64 flavours, broken parts, huge tokens), the claims, judging against
// this computer's clock and the server's, the audience, HTTP dates and the human times.
#include "tokens/Jwt.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString part(const QByteArray &json, bool padding = false)
{
    return QString::fromLatin1(json.toBase64(
        padding ? QByteArray::Base64UrlEncoding : QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString token(const QByteArray &header, const QByteArray &payload, bool padding = false)
{
    return part(header, padding) + u'.' + part(payload, padding) + u".c2lnbmF0dXJlLW5vdC1jaGVja2Vk"_s;
}

QString token(const QByteArray &payload)
{
    return token(R"({"alg":"RS256","typ":"JWT","kid":"key-2024"})", payload);
}

QByteArray claims(const QVariantMap &map)
{
    return QJsonDocument::fromVariant(map).toJson(QJsonDocument::Compact);
}

// 2024-05-01 12:00:00 UTC, the "now" of these tests.
const QDateTime now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
const qint64 nowSeconds = now.toSecsSinceEpoch();

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decode_data();
    void decode();
    void readsClaims();
    void judge_data();
    void judge();
    void serverClockDecides();
    void decodedViewNeverShowsTheToken();
    void audience_data();
    void audience();
    void httpDate_data();
    void httpDate();
    void humanTimes_data();
    void humanTimes();
};

void TestJwt::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestJwt::decode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("segment");
    QTest::addColumn<bool>("standardBase64");
    QTest::addColumn<bool>("padding");

    const QByteArray header = R"({"alg":"HS256"})";
    const QByteArray payload = R"({"sub":"x","n":1})"; // 17 bytes: base64 needs padding
    const int none = int(Jwt::Error::None);
    const int seg = int(Jwt::Segment::None);
    const QString good = token(header, payload);

    QTest::newRow("no padding") << good << none << -1 << 0 << seg << false << false;
    QTest::newRow("with padding") << token(header, payload, true) << none << -1 << 0 << seg << false << true;
    // {"sub":"?>?"} has "+" and "/" in standard base64 and "-" and "_" in base64url.
    const QByteArray odd = R"({"sub":"?>?~~"})";
    QString standard = QString::fromLatin1(odd.toBase64(QByteArray::OmitTrailingEquals));
    QVERIFY(standard.contains(u'+') || standard.contains(u'/'));
    QTest::newRow("standard base64 characters")
        << part(header) + u'.' + standard + u".c2ln"_s << none << -1 << 0 << seg << true << false;
    QTest::newRow("unsigned, empty signature")
        << part(R"({"alg":"none"})") + u'.' + part(payload) + u'.' << none << -1 << 0 << seg << false << false;
    QTest::newRow("encrypted, five parts")
        << part(R"({"alg":"RSA-OAEP","enc":"A256GCM"})") + u".a2V5.aXY.Y2lwaGVy.dGFn"_s << none << -1 << 0 << seg
        << false << false;

    const QString h = part(header); // 20 characters
    QTest::newRow("one part") << h << int(Jwt::Error::SegmentCount) << 21 << 0 << seg << false << false;
    QTest::newRow("two parts") << h + u'.' + part(payload) << int(Jwt::Error::SegmentCount) << 45 << 0 << seg << false
                               << false;
    QTest::newRow("four parts") << good + u".more"_s << int(Jwt::Error::SegmentCount) << int(good.size()) + 1 << 5
                                << seg << false << false;
    QTest::newRow("empty payload") << h + u"..c2ln"_s << int(Jwt::Error::EmptySegment) << 22 << 0
                                   << int(Jwt::Segment::Payload) << false << false;
    QTest::newRow("empty header") << u"."_s + part(payload) + u".c2ln"_s << int(Jwt::Error::EmptySegment) << 1 << 0
                                  << int(Jwt::Segment::Header) << false << false;
    QString bad = good;
    bad[24] = u'*';
    QTest::newRow("bad base64 character")
        << bad << int(Jwt::Error::InvalidBase64) << 25 << 1 << int(Jwt::Segment::Payload) << false << false;
    QString badSignature = good;
    badSignature.append(u'$');
    QTest::newRow("bad signature character")
        << badSignature << int(Jwt::Error::InvalidBase64) << int(badSignature.size()) << 1
        << int(Jwt::Segment::Signature) << false << false;
    QTest::newRow("impossible length") << h + u"x."_s + part(payload) + u".c2ln"_s << int(Jwt::Error::InvalidBase64)
                                       << 1 << 21 << int(Jwt::Segment::Header) << false << false;
    QTest::newRow("padding in the middle")
        << u"eyJh=GciOiJIUzI1NiJ9."_s + part(payload) + u".c2ln"_s << int(Jwt::Error::InvalidBase64) << 5 << 1
        << int(Jwt::Segment::Header) << false << false;
    QTest::newRow("header not json") << part("{\"alg\":") + u'.' + part(payload) + u".c2ln"_s
                                     << int(Jwt::Error::InvalidJson) << 1 << 10 << int(Jwt::Segment::Header) << false
                                     << false;
    QTest::newRow("payload is a list") << h + u'.' + part("[1,2]") + u".c2ln"_s << int(Jwt::Error::NotAnObject) << 22
                                       << 7 << int(Jwt::Segment::Payload) << false << false;
    QTest::newRow("empty") << QString() << int(Jwt::Error::Empty) << 1 << 0 << seg << false << false;
    const QString huge = h + u'.' + QString(70000, u'A') + u".c2ln"_s;
    QTest::newRow("huge") << huge << int(Jwt::Error::TooLong) << 1 << int(huge.size()) << seg << false << false;
}

void TestJwt::decode()
{
    QFETCH(QString, text);
    QFETCH(int, error);
    QFETCH(int, position);
    QFETCH(int, length);
    QFETCH(int, segment);
    QFETCH(bool, standardBase64);
    QFETCH(bool, padding);

    const Jwt jwt = Jwt::decode(text);
    QCOMPARE(int(jwt.error()), error);
    QCOMPARE(jwt.errorPosition(), position);
    QCOMPARE(jwt.errorLength(), length);
    QCOMPARE(int(jwt.errorSegment()), segment);
    if (jwt.isValid()) {
        QCOMPARE(jwt.usesStandardBase64(), standardBase64);
        QCOMPARE(jwt.hasPadding(), padding);
        QVERIFY(!jwt.header().isEmpty());
        QVERIFY(jwt.errorReason().isEmpty());
    } else {
        const QList<Finding> findings = jwt.judge({ now, {}, {}, Jwt::DefaultSkewSeconds });
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().id, u"token.malformed"_s);
        QCOMPARE(findings.first().facts.value(u"reason"_s).toString(), jwt.errorReason());
        QCOMPARE(findings.first().facts.value(u"position"_s).toInt(), position);
        QVERIFY(!findings.first().technical.isEmpty());
        QVERIFY(!findings.first().title.isEmpty());
    }
}

void TestJwt::readsClaims()
{
    const Jwt jwt = Jwt::decode(token(R"({"alg":"ES256","typ":"at+jwt","kid":"k1"})",
        R"({"iss":"https://login.example.com/","sub":"user-42","aud":["api.example.com","https://other.example.com"],)"
        R"("exp":1714568400,"nbf":1714561200.5,"iat":1714561200,"scope":"read:items  write:items","scp":["admin"],"azp":"web-app"})"));
    QVERIFY(jwt.isValid());
    QCOMPARE(jwt.algorithm(), u"ES256"_s);
    QCOMPARE(jwt.type(), u"at+jwt"_s);
    QCOMPARE(jwt.keyId(), u"k1"_s);
    QCOMPARE(jwt.issuer(), u"https://login.example.com/"_s);
    QCOMPARE(jwt.subject(), u"user-42"_s);
    QCOMPARE(jwt.audiences(), (QStringList { u"api.example.com"_s, u"https://other.example.com"_s }));
    QCOMPARE(jwt.authorizedParty(), u"web-app"_s);
    QCOMPARE(jwt.scopes(), (QStringList { u"read:items"_s, u"write:items"_s, u"admin"_s }));
    QCOMPARE(jwt.expiresAt(), QDateTime(QDate(2024, 5, 1), QTime(13, 0), Qt::UTC));
    QCOMPARE(jwt.notBefore(), QDateTime(QDate(2024, 5, 1), QTime(11, 0), Qt::UTC));
    QCOMPARE(jwt.issuedAt(), QDateTime(QDate(2024, 5, 1), QTime(11, 0), Qt::UTC));

    const Jwt single = Jwt::decode(token(R"({"aud":"api.example.com","scp":"a b","exp":"tomorrow"})"));
    QVERIFY(single.isValid());
    QCOMPARE(single.audiences(), QStringList { u"api.example.com"_s });
    QCOMPARE(single.scopes(), (QStringList { u"a"_s, u"b"_s }));
    QVERIFY(!single.expiresAt().isValid());
    const QList<Finding> findings = single.judge({ now, {}, {}, 60 });
    QCOMPARE(findings.last().id, u"token.decoded"_s);
    QVERIFY(findings.last().technical.contains(u"The \"exp\" claim is not a number"_s));
    QVERIFY(!findings.last().technical.contains(u"Expires (exp): never"_s));
    QVERIFY(Jwt::decode(token(R"({"sub":"x"})"))
                .judge({ now, {}, {}, 60 })
                .last()
                .technical.contains(u"Expires (exp): never"_s));
}

void TestJwt::judge_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("serverNow");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("title"); // of the first finding

    const QDateTime unknown;
    const QString target = u"https://api.example.com/v1/items"_s;
    const QString decoded = u"token.decoded"_s;
    const auto at = [](qint64 offset) {
        return QVariant(nowSeconds + offset);
    };

    QTest::newRow("valid") << token(claims({ { u"exp"_s, at(3600) }, { u"aud"_s, u"api.example.com"_s } })) << unknown
                           << target << QStringList { decoded } << u"What the token says: valid for 1 more hour"_s;
    QTest::newRow("no expiry") << token(claims({ { u"sub"_s, u"x"_s } })) << unknown << target
                               << QStringList { decoded } << u"What the token says"_s;
    QTest::newRow("expired 3 hours ago") << token(claims({ { u"exp"_s, at(-3 * 3600) } })) << unknown << target
                                         << QStringList { u"token.expired"_s, decoded }
                                         << u"The token expired 3 hours ago"_s;
    QTest::newRow("expired 1 minute ago")
        << token(claims({ { u"exp"_s, at(-90) } })) << unknown << target << QStringList { u"token.expired"_s, decoded }
        << u"The token expired 1 minute ago"_s;
    QTest::newRow("expired within the allowance")
        << token(claims({ { u"exp"_s, at(-30) } })) << unknown << target << QStringList { decoded }
        << u"What the token says: expired 30 seconds ago"_s;
    QTest::newRow("nbf in 10 minutes") << token(claims({ { u"nbf"_s, at(600) }, { u"exp"_s, at(7200) } })) << unknown
                                       << target << QStringList { u"token.not-yet-valid"_s, decoded }
                                       << u"The token is not valid yet"_s;
    QTest::newRow("nbf within the allowance") << token(claims({ { u"nbf"_s, at(45) } })) << unknown << target
                                              << QStringList { decoded } << u"What the token says"_s;
    QTest::newRow("issued tomorrow") << token(claims({ { u"iat"_s, at(86400) } })) << unknown << target
                                     << QStringList { u"token.not-yet-valid"_s, decoded }
                                     << u"The token is not valid yet"_s;
    QTest::newRow("aud string, other host")
        << token(claims({ { u"aud"_s, u"api.example.org"_s } })) << unknown << target
        << QStringList { u"token.wrong-audience"_s, decoded } << u"The token is meant for another service"_s;
    QTest::newRow("aud list with the host")
        << token(claims({ { u"aud"_s, QStringList { u"account"_s, u"api.example.com"_s } } })) << unknown << target
        << QStringList { decoded } << u"What the token says"_s;
    QTest::newRow("aud list without the host")
        << token(claims({ { u"aud"_s, QStringList { u"https://graph.example.net"_s, u"billing.example.com"_s } } }))
        << unknown << target << QStringList { u"token.wrong-audience"_s, decoded }
        << u"The token is meant for another service"_s;
    QTest::newRow("aud origin") << token(claims({ { u"aud"_s, u"https://api.example.com"_s } })) << unknown << target
                                << QStringList { decoded } << u"What the token says"_s;
    QTest::newRow("aud opaque id") << token(claims({ { u"aud"_s, u"api://6e7a1c2d-0000-4a8b-9c1d-1234567890ab"_s } }))
                                   << unknown << target << QStringList { decoded } << u"What the token says"_s;
    QTest::newRow("aud without a target") << token(claims({ { u"aud"_s, u"api.example.org"_s } })) << unknown
                                          << QString() << QStringList { decoded } << u"What the token says"_s;
    QTest::newRow("expired, wrong audience")
        << token(claims({ { u"exp"_s, at(-2 * 86400 - 100) }, { u"aud"_s, u"api.example.org"_s } })) << unknown
        << target << QStringList { u"token.expired"_s, u"token.wrong-audience"_s, decoded }
        << u"The token expired 2 days ago"_s;
    QTest::newRow("server clock agrees") << token(claims({ { u"exp"_s, at(3600) } })) << now.addSecs(20) << target
                                         << QStringList { decoded }
                                         << u"What the token says: valid for 59 more minutes"_s;
    QTest::newRow("server clock 2 hours ahead")
        << token(claims({ { u"exp"_s, at(3600) } })) << now.addSecs(7200) << target
        << QStringList { u"token.expired"_s, u"clock.skew"_s, decoded } << u"The token expired 1 hour ago"_s;
    QTest::newRow("server clock 2 hours behind")
        << token(claims({ { u"nbf"_s, at(-3600) } })) << now.addSecs(-7200) << target
        << QStringList { u"token.not-yet-valid"_s, u"clock.skew"_s, decoded } << u"The token is not valid yet"_s;
    QTest::newRow("malformed") << u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0"_s << unknown << target
                               << QStringList { u"token.malformed"_s } << u"The token is cut off or has extra parts"_s;
}

void TestJwt::judge()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, serverNow);
    QFETCH(QString, target);
    QFETCH(QStringList, ids);
    QFETCH(QString, title);

    const QList<Finding> findings = Jwt::decode(text).judge({ now, serverNow, QUrl(target), Jwt::DefaultSkewSeconds });
    QStringList found;
    for (const Finding &finding : findings) {
        found.append(finding.id);
        QVERIFY(!finding.title.isEmpty());
        QVERIFY2(!finding.title.contains(u'%') && !finding.explanation.contains(u'%'), qPrintable(finding.explanation));
        if (finding.severity == Severity::Problem || finding.severity == Severity::Warning)
            QVERIFY(!finding.nextSteps.isEmpty());
    }
    QCOMPARE(found, ids);
    QCOMPARE(findings.first().title, title);
}

void TestJwt::serverClockDecides()
{
    // The server's Date is two hours ahead: by this computer the token has an hour left, by the server it expired an
    // hour ago. The server is the one that judges the token.
    const QDateTime server = Jwt::parseHttpDate("Wed, 01 May 2024 14:00:00 GMT");
    QCOMPARE(server, now.addSecs(7200));
    const Jwt jwt = Jwt::decode(token(claims({ { u"exp"_s, nowSeconds + 3600 } })));
    const QList<Finding> findings = jwt.judge({ now, server, QUrl(u"https://api.example.com/"_s), 60 });
    QCOMPARE(findings.size(), 3);

    const Finding &expired = findings.at(0);
    QCOMPARE(expired.id, u"token.expired"_s);
    QCOMPARE(expired.facts.value(u"clock"_s).toString(), u"server"_s);
    QCOMPARE(expired.facts.value(u"localAgrees"_s).toBool(), false);
    QCOMPARE(expired.facts.value(u"when"_s).toString(), u"1 hour ago"_s);
    QVERIFY(expired.explanation.contains(u"server's clock"_s));
    QVERIFY(expired.explanation.contains(u"the two clocks disagree"_s));
    QVERIFY(expired.explanation.contains(u"2024-05-01 13:00:00 UTC"_s));

    const Finding &skew = findings.at(1);
    QCOMPARE(skew.id, u"clock.skew"_s);
    QCOMPARE(skew.facts.value(u"direction"_s).toString(), u"behind"_s);
    QCOMPARE(skew.facts.value(u"seconds"_s).toLongLong(), 7200);
    QCOMPARE(skew.title, u"This computer's clock is 2 hours behind the server's"_s);
    QVERIFY(skew.technical.contains(u"2024-05-01 14:00:00 UTC"_s));

    QVERIFY(findings.at(2).technical.contains(u"judged by the server's clock"_s));
    QVERIFY(findings.at(2).technical.contains(u"expired 1 hour ago"_s));

    // Without the server's clock, this computer's decides.
    const QList<Finding> local = jwt.judge({ now, {}, {}, 60 });
    QCOMPARE(local.size(), 1);
    QCOMPARE(local.first().id, u"token.decoded"_s);
    QVERIFY(local.first().technical.contains(u"valid for 1 more hour"_s));

    QVERIFY(!Jwt::clockSkew(now, now.addSecs(60)).has_value());
    QVERIFY(Jwt::clockSkew(now, now.addSecs(-61)).has_value());
    QCOMPARE(Jwt::clockSkew(now, now.addSecs(-61))->facts.value(u"direction"_s).toString(), u"ahead"_s);
    QCOMPARE(Jwt::clockSkew(now, now.addSecs(-3 * 86400))->facts.value(u"difference"_s).toString(), u"3 days"_s);
}

void TestJwt::decodedViewNeverShowsTheToken()
{
    const QString headerPart = part(R"({"alg":"RS256","typ":"JWT","kid":"key-2024"})");
    const QString payloadPart = part(claims(
        { { u"iss"_s, u"https://login.example.com"_s }, { u"sub"_s, u"alice"_s }, { u"aud"_s, u"api.example.com"_s },
            { u"scope"_s, u"read write"_s }, { u"azp"_s, u"cli"_s }, { u"email"_s, u"alice@example.com"_s },
            { u"iat"_s, nowSeconds - 3 * 3600 }, { u"exp"_s, nowSeconds + 2 * 86400 } }));
    const QString signature = u"c2lnbmF0dXJlLW5vdC1jaGVja2Vk"_s;
    const QString text = headerPart + u'.' + payloadPart + u'.' + signature;
    const QList<Finding> findings = Jwt::decode(text).judge({ now, {}, QUrl(u"https://api.example.com/"_s), 60 });
    QCOMPARE(findings.size(), 1);
    const Finding &decoded = findings.first();
    QCOMPARE(decoded.id, u"token.decoded"_s);
    QCOMPARE(decoded.severity, Severity::Info);
    QCOMPARE(decoded.audience, Audience::Developer);
    QCOMPARE(decoded.title, u"What the token says: valid for 2 more days"_s);
    const QString all = decoded.title + decoded.explanation + decoded.technical;
    QVERIFY(!all.contains(text));
    QVERIFY(!all.contains(headerPart));
    QVERIFY(!all.contains(payloadPart));
    QVERIFY(!all.contains(signature));
    QVERIFY(decoded.explanation.contains(u"signature was not checked"_s));
    QVERIFY(decoded.technical.contains(u"The signature was not verified"_s));
    QVERIFY(decoded.technical.contains(u"Header: alg RS256, typ JWT, kid key-2024"_s));
    QVERIFY(decoded.technical.contains(u"Issuer (iss): https://login.example.com"_s));
    QVERIFY(decoded.technical.contains(u"Subject (sub): alice"_s));
    QVERIFY(decoded.technical.contains(u"Audience (aud): api.example.com"_s));
    QVERIFY(decoded.technical.contains(u"Scopes (scope/scp): read write"_s));
    QVERIFY(decoded.technical.contains(u"Authorized party (azp): cli"_s));
    QVERIFY(decoded.technical.contains(u"Issued (iat): 2024-05-01 09:00:00 UTC (3 hours ago)"_s));
    QVERIFY(decoded.technical.contains(u"Expires (exp): 2024-05-03 12:00:00 UTC (valid for 2 more days)"_s));
    QVERIFY(decoded.technical.contains(u"Other claims: email"_s));
    QVERIFY(!decoded.technical.contains(u"alice@example.com"_s));

    // Notes on a token decoded in spite of its flavour of base64.
    const QString padded = token(R"({"alg":"none"})", R"({"sub":"x","n":1})", true);
    const QString technical = Jwt::decode(padded).judge({ now, {}, {}, 60 }).last().technical;
    QVERIFY(technical.contains(u"\"=\" padding"_s));
    QVERIFY(technical.contains(u"not signed (alg \"none\")"_s));
}

void TestJwt::audience_data()
{
    QTest::addColumn<QString>("aud");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<bool>("comparable");

    QTest::newRow("host") << u"api.example.com"_s << u"https://api.example.com/v1"_s << true << true;
    QTest::newRow("host, other case") << u"API.Example.com"_s << u"https://api.example.com/v1"_s << true << true;
    QTest::newRow("host and port") << u"api.example.com:8443"_s << u"https://api.example.com:8443/"_s << true << true;
    QTest::newRow("parent domain") << u"example.com"_s << u"https://api.example.com/"_s << false << true;
    QTest::newRow("origin") << u"https://api.example.com"_s << u"https://api.example.com/v1/items"_s << true << true;
    QTest::newRow("origin with slash") << u"https://api.example.com/"_s << u"https://api.example.com/v1"_s << true
                                       << true;
    QTest::newRow("origin, default port")
        << u"https://api.example.com:443"_s << u"https://api.example.com/"_s << true << true;
    QTest::newRow("other scheme") << u"http://api.example.com"_s << u"https://api.example.com/"_s << false << true;
    QTest::newRow("other port") << u"https://api.example.com:8443"_s << u"https://api.example.com/"_s << false << true;
    QTest::newRow("url prefix") << u"https://api.example.com/v1"_s << u"https://api.example.com/v1/items"_s << true
                                << true;
    QTest::newRow("url prefix with slash")
        << u"https://api.example.com/v1/"_s << u"https://api.example.com/v1/items"_s << true << true;
    QTest::newRow("other path") << u"https://api.example.com/v2"_s << u"https://api.example.com/v1/items"_s << false
                                << true;
    QTest::newRow("path that only starts alike")
        << u"https://api.example.com/v1"_s << u"https://api.example.com/v10"_s << false << true;
    QTest::newRow("guid") << u"6e7a1c2d-0000-4a8b-9c1d-1234567890ab"_s << u"https://api.example.com/"_s << false
                          << false;
    QTest::newRow("api scheme") << u"api://my-api"_s << u"https://api.example.com/"_s << false << false;
    QTest::newRow("urn") << u"urn:example:api"_s << u"https://api.example.com/"_s << false << false;
    QTest::newRow("localhost") << u"localhost"_s << u"http://localhost:8080/"_s << true << true;
}

void TestJwt::audience()
{
    QFETCH(QString, aud);
    QFETCH(QString, target);
    QFETCH(bool, matches);
    QFETCH(bool, comparable);
    QCOMPARE(Jwt::audienceMatches(aud, QUrl(target)), matches);
    QCOMPARE(Jwt::audienceComparable(aud), comparable);
}

void TestJwt::httpDate_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime rfcExample(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << rfcExample;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << rfcExample;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << rfcExample;
    QTest::newRow("surrounding spaces") << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT ") << rfcExample;
    QTest::newRow("lower-case month") << QByteArray("Sun, 06 nov 1994 08:49:37 GMT") << rfcExample;
    QTest::newRow("wrong weekday") << QByteArray("Mon, 06 Nov 1994 08:49:37 GMT") << rfcExample;
    QTest::newRow("RFC 850, this century") << QByteArray("Wednesday, 01-May-24 12:00:00 GMT") << now;
    QTest::newRow("recent") << QByteArray("Wed, 01 May 2024 12:00:00 GMT") << now;
    QTest::newRow("leap second") << QByteArray("Sat, 31 Dec 2016 23:59:60 GMT")
                                 << QDateTime(QDate(2016, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("no zone") << QByteArray("Sun, 06 Nov 1994 08:49:37") << QDateTime();
    QTest::newRow("other zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 +0200") << QDateTime();
    QTest::newRow("ISO") << QByteArray("1994-11-06T08:49:37Z") << QDateTime();
    QTest::newRow("30 February") << QByteArray("Fri, 30 Feb 2024 10:00:00 GMT") << QDateTime();
    QTest::newRow("no such month") << QByteArray("Fri, 01 Foo 2024 10:00:00 GMT") << QDateTime();
    QTest::newRow("25 o'clock") << QByteArray("Fri, 01 Mar 2024 25:00:00 GMT") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
    QTest::newRow("very long") << QByteArray(5000, 'x') << QDateTime();
}

void TestJwt::httpDate()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = Jwt::parseHttpDate(value);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestJwt::humanTimes_data()
{
    QTest::addColumn<qint64>("seconds"); // from now to the moment
    QTest::addColumn<QString>("duration");
    QTest::addColumn<QString>("expiry"); // when the moment is an expiry time
    QTest::addColumn<QString>("validFrom"); // when the moment is a start time

    QTest::newRow("now") << qint64(0) << u"0 seconds"_s << u"valid for 0 more seconds"_s
                         << u"valid since 0 seconds ago"_s;
    QTest::newRow("1 s ahead") << qint64(1) << u"1 second"_s << u"valid for 1 more second"_s << u"valid in 1 second"_s;
    QTest::newRow("59 s ago") << qint64(-59) << u"59 seconds"_s << u"expired 59 seconds ago"_s
                              << u"valid since 59 seconds ago"_s;
    QTest::newRow("1 min ago") << qint64(-60) << u"1 minute"_s << u"expired 1 minute ago"_s
                               << u"valid since 1 minute ago"_s;
    QTest::newRow("10 min ahead") << qint64(600) << u"10 minutes"_s << u"valid for 10 more minutes"_s
                                  << u"valid in 10 minutes"_s;
    QTest::newRow("3 h 59 min ago") << qint64(-(3 * 3600 + 59 * 60)) << u"3 hours"_s << u"expired 3 hours ago"_s
                                    << u"valid since 3 hours ago"_s;
    QTest::newRow("1 h ahead") << qint64(3600) << u"1 hour"_s << u"valid for 1 more hour"_s << u"valid in 1 hour"_s;
    QTest::newRow("47 h ago") << qint64(-47 * 3600) << u"47 hours"_s << u"expired 47 hours ago"_s
                              << u"valid since 47 hours ago"_s;
    QTest::newRow("2 days ahead") << qint64(2 * 86400 + 5 * 3600) << u"2 days"_s << u"valid for 2 more days"_s
                                  << u"valid in 2 days"_s;
    QTest::newRow("400 days ago") << qint64(-400 * 86400) << u"400 days"_s << u"expired 400 days ago"_s
                                  << u"valid since 400 days ago"_s;
    QTest::newRow("3 years ahead") << qint64(3 * 366 * 86400) << u"3 years"_s << u"valid for 3 more years"_s
                                   << u"valid in 3 years"_s;
    QTest::newRow("800 days ago") << qint64(-800 * 86400) << u"2 years"_s << u"expired 2 years ago"_s
                                  << u"valid since 2 years ago"_s;
}

void TestJwt::humanTimes()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, duration);
    QFETCH(QString, expiry);
    QFETCH(QString, validFrom);
    QCOMPARE(Jwt::duration(seconds), duration);
    QCOMPARE(Jwt::expiryText(now.addSecs(seconds), now), expiry);
    QCOMPARE(Jwt::validFromText(now.addSecs(seconds), now), validFrom);
    QCOMPARE(Jwt::ago(seconds), duration + u" ago"_s);
    QCOMPARE(Jwt::fromNow(seconds), u"in "_s + duration);
}

QTEST_GUILESS_MAIN(TestJwt)
#include "TestJwt.moc"
