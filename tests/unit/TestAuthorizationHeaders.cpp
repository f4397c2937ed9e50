// Our own Authorization headers checked against the published examples: RFC 7616 Digest, RFC 7617 Basic, FIPS 180-4.
#include "http/BasicAuthorization.h"
#include "http/DigestAuthorization.h"
#include "http/Sha512t256.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestAuthorizationHeaders : public QObject
{
    Q_OBJECT

private slots:
    void sha512t256_data();
    void sha512t256();
    void digestRfc7616_data();
    void digestRfc7616();
    void digestHeaderShape();
    void strongestAlgorithm();
    void basic_data();
    void basic();
};

void TestAuthorizationHeaders::sha512t256_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");
    // FIPS 180-4 example values (csrc.nist.gov example "SHA512_256.pdf").
    QTest::newRow("abc") << "abc"_ba << "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23"_ba;
    QTest::newRow("two blocks")
        << "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"_ba
        << "3928e184fb8690f840da3988121d31be65cb9d3ef83ee6146feac861e19b563a"_ba;
    QTest::newRow("empty") << QByteArray() << "c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a"_ba;
}

void TestAuthorizationHeaders::sha512t256()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);
    QCOMPARE(Sha512t256::hash(input).toHex(), digest);
}

void TestAuthorizationHeaders::digestRfc7616_data()
{
    QTest::addColumn<QByteArray>("challenge");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QByteArray>("cnonce");
    QTest::addColumn<QByteArray>("response");

    // RFC 7616 §3.9.1, the same request answered with SHA-256 and with MD5.
    const QByteArray common = "realm=\"http-auth@example.org\", qop=\"auth, auth-int\", "
                              "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", "
                              "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"";
    QTest::newRow("3.9.1 SHA-256") << "Digest algorithm=SHA-256, " + common << u"Mufasa"_s << u"Circle of Life"_s
                                   << u"/dir/index.html"_s << "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"_ba
                                   << "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"_ba;
    QTest::newRow("3.9.1 MD5") << "Digest algorithm=MD5, " + common << u"Mufasa"_s << u"Circle of Life"_s
                               << u"/dir/index.html"_s << "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"_ba
                               << "8ca523f5e9506fed4657c9700eebdbec"_ba;
    // RFC 2617 §3.5, the classic MD5 example (qop=auth).
    QTest::newRow("2617 MD5") << "Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\", "
                                 "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""_ba
                              << u"Mufasa"_s << u"Circle Of Life"_s << u"/dir/index.html"_s << "0a4f113b"_ba
                              << "6629fae49393a05397450978507c4ef1"_ba;
}

void TestAuthorizationHeaders::digestRfc7616()
{
    QFETCH(QByteArray, challenge);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, uri);
    QFETCH(QByteArray, cnonce);
    QFETCH(QByteArray, response);

    const AuthChallenge::ParseResult parsed = AuthChallenge::parse(challenge);
    QVERIFY(parsed.isOk());
    DigestAuthorization::Input input;
    input.user = user;
    input.password = password;
    input.uri = uri;
    input.cnonce = cnonce;
    input.challenge = parsed.challenges.constFirst();
    QCOMPARE(DigestAuthorization::response(input), response);
}

void TestAuthorizationHeaders::digestHeaderShape()
{
    const AuthChallenge challenge =
        AuthChallenge::parse("Digest realm=\"api@example.org\", qop=\"auth\", algorithm=SHA-512-256, "
                             "nonce=\"5TsQWLVdgBdmrQ0XsxbDODV+57QdFR34I9HAbC/RVvkK\", "
                             "opaque=\"HRPCssKJSGjCrkzDg8OhwpzCiGPChXYjwrI2QmXDnsOS\", charset=UTF-8, userhash=true"_ba)
            .challenges.constFirst();
    DigestAuthorization::Input input;
    input.user = u"J\u00e4s\u00f8n Doe"_s;
    input.password = u"Secret, or not?"_s;
    input.uri = u"/doe.json"_s;
    input.cnonce = "NTg6RKcb9boFIAS3KrFK9BGeh+iDa/sm6jUMp2wds69v";
    input.challenge = challenge;
    const QByteArray header = DigestAuthorization::headerValue(input);
    // RFC 7616 §3.9.2's request. The RFC's printed hashes for it are known to be wrong (erratum 4897); these were
    // computed independently with OpenSSL's SHA-512/256 (Python hashlib "sha512_256").
    QVERIFY2(header.contains("username=\"793263caabb707a56211940d90411ea4a575adeccb7e360aeb624ed06ece9b0b\""),
             header.constData());
    QVERIFY2(header.contains("response=\"3798d4131c277846293534c3edc11bd8a5e4cdcbff78b05db9d95eeb1cec68a5\""),
             header.constData());
    QVERIFY(header.startsWith("Digest "));
    QVERIFY(header.contains("userhash=true"));
    QVERIFY(header.contains("nc=00000001"));
    QVERIFY(header.contains("opaque=\"HRPCssKJSGjCrkzDg8OhwpzCiGPChXYjwrI2QmXDnsOS\""));
    // The header parses back as a valid credential list.
    QVERIFY(AuthChallenge::parse(header).isOk());
}

void TestAuthorizationHeaders::strongestAlgorithm()
{
    const AuthChallenge::ParseResult parsed = AuthChallenge::parse(QList<QByteArray> {
        "Digest realm=\"r\", nonce=\"a\", algorithm=MD5", "Digest realm=\"r\", nonce=\"b\", algorithm=SHA-256",
        "Digest realm=\"r\", nonce=\"c\", algorithm=SHA-512-256", "Digest realm=\"r\", nonce=\"d\", algorithm=SHA-3",
        "Basic realm=\"r\"" });
    const auto best = DigestAuthorization::strongest(parsed.challenges);
    QVERIFY(best.has_value());
    QCOMPARE(best->param(u"nonce"_s), u"c"_s);
    const auto none = DigestAuthorization::strongest(AuthChallenge::parse("Digest realm=\"r\", nonce=\"x\", algorithm=SHA-3"_ba).challenges);
    QVERIFY(!none.has_value());
    QCOMPARE(DigestAuthorization::algorithmFrom(QString()), DigestAuthorization::Algorithm::Md5);
    QCOMPARE(DigestAuthorization::algorithmFrom(u"sha-256-SESS"_s), DigestAuthorization::Algorithm::Sha256Sess);
}

void TestAuthorizationHeaders::basic_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("utf8");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("latin1");

    // RFC 7617 §2 and §2.1.
    QTest::newRow("Aladdin") << u"Aladdin"_s << u"open sesame"_s << false << "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="_ba << true;
    QTest::newRow("test/123 UTF-8") << u"test"_s << u"123\u00a3"_s << true << "Basic dGVzdDoxMjPCow=="_ba << true;
    QTest::newRow("test/123 Latin-1") << u"test"_s << u"123\u00a3"_s << false << "Basic dGVzdDoxMjOj"_ba << true;
    QTest::newRow("beyond Latin-1") << u"anna"_s << u"пароль"_s << true << "Basic YW5uYTrQv9Cw0YDQvtC70Yw="_ba << false;
}

void TestAuthorizationHeaders::basic()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, utf8);
    QFETCH(QByteArray, header);
    QFETCH(bool, latin1);
    QCOMPARE(BasicAuthorization::headerValue(user, password, utf8), header);
    QCOMPARE(BasicAuthorization::fitsLatin1(user, password), latin1);
}

QTEST_GUILESS_MAIN(TestAuthorizationHeaders)
#include "TestAuthorizationHeaders.moc"
