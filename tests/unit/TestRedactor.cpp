// Data-driven tests of Redactor: what may appear in records and reports, and what never does.
#include "credentials/Credential.h"
#include "net/HttpHeaders.h"
#include "report/Redactor.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void headerValue_data();
    void headerValue();
    void url_data();
    void url();
    void knownSecretsInText();
    void patterns_data();
    void patterns();
    void looksLikeSecret_data();
    void looksLikeSecret();
    void credentialForms();
    void secretsOfHeaders();
    void userNamesOnlyWhenAsked();
    void longestSecretFirst();
};

void TestRedactor::headerValue_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("basic") << "Authorization"_ba << "Basic dXNlcjpwYXNz"_ba << "Basic [redacted]"_ba;
    QTest::newRow("bearer lower-case name") << "authorization"_ba << "Bearer eyJhbGciOi.x.y"_ba
                                            << "Bearer [redacted]"_ba;
    QTest::newRow("scheme only") << "Authorization"_ba << "secretwithoutscheme"_ba << "[redacted]"_ba;
    QTest::newRow("proxy") << "Proxy-Authorization"_ba << "NTLM TlRMTVNTUAAB"_ba << "NTLM [redacted]"_ba;
    QTest::newRow("cookie") << "Cookie"_ba << "sid=abc123; theme=dark"_ba << "sid=[redacted]; theme=[redacted]"_ba;
    QTest::newRow("set-cookie keeps attributes")
        << "Set-Cookie"_ba << "sid=abc123; Path=/; Secure; SameSite=None"_ba
        << "sid=[redacted]; Path=/; Secure; SameSite=None"_ba;
    QTest::newRow("api key") << "X-API-Key"_ba << "k-123456"_ba << "[redacted]"_ba;
    QTest::newRow("ordinary header") << "Accept"_ba << "text/html"_ba << "text/html"_ba;
    QTest::newRow("www-authenticate is evidence") << "WWW-Authenticate"_ba << "Basic realm=\"x\""_ba
                                                  << "Basic realm=\"x\""_ba;
}

void TestRedactor::headerValue()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(Redactor::redactHeaderValue(name, value), expected);
}

void TestRedactor::url_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"https://example.com/a?page=2"_s << u"https://example.com/a?page=2"_s;
    QTest::newRow("password") << u"https://user:hunter2@example.com/"_s
                              << u"https://user:%5Bredacted%5D@example.com/"_s;
    QTest::newRow("access_token") << u"https://api.example.com/v1?access_token=abc&x=1"_s
                                  << u"https://api.example.com/v1?access_token=[redacted]&x=1"_s;
    QTest::newRow("api_key upper-case") << u"https://api.example.com/?API_KEY=abc"_s
                                        << u"https://api.example.com/?API_KEY=[redacted]"_s;
    QTest::newRow("token in the fragment") << u"https://app.example.com/cb#access_token=abc&token_type=Bearer"_s
                                           << u"https://app.example.com/cb#access_token=[redacted]&token_type=Bearer"_s;
    QTest::newRow("fragment without items") << u"https://example.com/docs#section-2"_s
                                            << u"https://example.com/docs#section-2"_s;
    QTest::newRow("jwt under any query name")
        << u"https://x.example/cb?state=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln&page=1"_s
        << u"https://x.example/cb?state=[redacted]&page=1"_s;
    QTest::newRow("jwt as a path segment")
        << u"https://x.example/reset/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln/confirm"_s
        << u"https://x.example/reset/[redacted]/confirm"_s;
}

void TestRedactor::url()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString redacted = Redactor::redactUrl(QUrl(input)).toString();
    QCOMPARE(redacted, expected);
    QVERIFY(!redacted.contains(u"hunter2"_s));
}

void TestRedactor::knownSecretsInText()
{
    Redactor redactor;
    redactor.addSecret(u"correct horse"_s);
    redactor.addSecret(u"abc"_s); // too short to hide safely; structural rules cover it
    QCOMPARE(redactor.redactText(u"password was correct horse, twice: correct horse"_s),
             u"password was [redacted], twice: [redacted]"_s);
    QCOMPARE(redactor.redactText(u"abcdef"_s), u"abcdef"_s);
}

void TestRedactor::patterns_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // JWTs anywhere.
    QTest::newRow("jwt in prose") << u"sent eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc_DEF-123 twice"_s
                                  << u"sent [redacted] twice"_s;
    QTest::newRow("unsigned jwt") << u"eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0."_s << u"[redacted]"_s;
    QTest::newRow("base64 that is no jwt") << u"eyJhbGciOiJub25lIn0 alone"_s << u"eyJhbGciOiJub25lIn0 alone"_s;

    // Bearer and Basic in free text: the token hidden, the words around it kept.
    QTest::newRow("bearer token") << u"curl sent Bearer abc123def456ghi, then stopped"_s
                                  << u"curl sent Bearer [redacted], then stopped"_s;
    QTest::newRow("bearer lower-case") << u"bearer 0123456789abcdefABCDEF="_s << u"bearer [redacted]"_s;
    QTest::newRow("bearer at sentence end") << u"It sent Bearer a1b2c3d4e5f6."_s << u"It sent Bearer [redacted]."_s;
    QTest::newRow("bearer word stays") << u"the Bearer challenge."_s << u"the Bearer challenge."_s;
    QTest::newRow("bearer token word stays") << u"send a Bearer token"_s << u"send a Bearer token"_s;
    QTest::newRow("bearer challenge stays") << u"Bearer realm=\"api\", error=\"invalid_token\""_s
                                            << u"Bearer realm=\"api\", error=\"invalid_token\""_s;
    QTest::newRow("bearer parameter stays") << u"Bearer error_description=\"expired\""_s
                                            << u"Bearer error_description=\"expired\""_s;
    QTest::newRow("basic credentials") << u"Basic dXNlcjpwYXNz was sent"_s << u"Basic [redacted] was sent"_s;
    QTest::newRow("basic realm stays") << u"Basic realm=\"x\""_s << u"Basic realm=\"x\""_s;
    QTest::newRow("basic word stays") << u"Basic authentication"_s << u"Basic authentication"_s;

    // Header lines in free text.
    QTest::newRow("authorization line") << u"> Authorization: Bearer abc123def456\n> Accept: */*"_s
                                        << u"> Authorization: Bearer [redacted]\n> Accept: */*"_s;
    QTest::newRow("authorization other scheme") << u"Authorization: Token 9f8e7d6c5b4a"_s
                                                << u"Authorization: Token [redacted]"_s;
    QTest::newRow("digest line") << u"Authorization: Digest username=\"bob\", response=\"6629fae49393a05397450978507c4ef1\""_s
                                 << u"Authorization: Digest [redacted]"_s;
    QTest::newRow("cookie line") << u"Cookie: sid=abc123; theme=dark"_s
                                 << u"Cookie: sid=[redacted]; theme=[redacted]"_s;
    QTest::newRow("set-cookie line") << u"Set-Cookie: sid=abc123; Path=/; Secure"_s
                                     << u"Set-Cookie: sid=[redacted]; Path=/; Secure"_s;
    QTest::newRow("api key line") << u"x-api-key: k-123456789"_s << u"x-api-key: [redacted]"_s;
    QTest::newRow("advice with placeholder stays")
        << u"Send the token once, in the header \"Authorization: Bearer <token>\"."_s
        << u"Send the token once, in the header \"Authorization: Bearer <token>\"."_s;
    QTest::newRow("prose after the name stays")
        << u"its secret in an Authorization: Basic header (client_secret_basic)"_s
        << u"its secret in an Authorization: Basic header (client_secret_basic)"_s;
    QTest::newRow("quoted argument") << u"-H \"Authorization: Bearer a1b2c3d4e5f6\" -H \"Accept: x\""_s
                                     << u"-H \"Authorization: Bearer [redacted]\" -H \"Accept: x\""_s;
    QTest::newRow("quoted cookie") << u"-H \"Cookie: sid=abc123\" https://x.example/"_s
                                   << u"-H \"Cookie: sid=[redacted]\" https://x.example/"_s;
    QTest::newRow("placeholder variable stays") << u"curl -H \"X-API-Key: $API_KEY\" \"https://x.example/\""_s
                                                << u"curl -H \"X-API-Key: $API_KEY\" \"https://x.example/\""_s;
    QTest::newRow("placeholder bearer stays") << u"Authorization: Bearer ${ACCESS_TOKEN_FROM_THE_VAULT}"_s
                                              << u"Authorization: Bearer ${ACCESS_TOKEN_FROM_THE_VAULT}"_s;
    QTest::newRow("placeholder password stays") << u"password=$PASSWORD"_s << u"password=$PASSWORD"_s;
    QTest::newRow("cookie prose stays") << u"Cookie: none was sent"_s << u"Cookie: none was sent"_s;

    // name=value, JSON members, name: value.
    QTest::newRow("password in a form") << u"user=bob&password=hunter2&x=1"_s
                                        << u"user=bob&password=[redacted]&x=1"_s;
    QTest::newRow("client secret short") << u"client_secret=abc"_s << u"client_secret=[redacted]"_s;
    QTest::newRow("api key random") << u"api_key=Zx8Kq2LmN4pR7sT9vW"_s << u"api_key=[redacted]"_s;
    QTest::newRow("session key random") << u"session_key=8f3kD9sLq2mZ7xYw4T and more"_s
                                        << u"session_key=[redacted] and more"_s;
    QTest::newRow("token word stays") << u"token=expired"_s << u"token=expired"_s;
    QTest::newRow("key word stays") << u"key=value"_s << u"key=value"_s;
    QTest::newRow("samesite stays") << u"SameSite=None"_s << u"SameSite=None"_s;
    QTest::newRow("json token") << u"{\"access_token\": \"abc\", \"token_type\": \"Bearer\", \"expires_in\": 3600}"_s
                                << u"{\"access_token\": \"[redacted]\", \"token_type\": \"Bearer\", \"expires_in\": 3600}"_s;
    QTest::newRow("json password with escapes") << u"{\"password\":\"a \\\"b\\\" c\"}"_s
                                                << u"{\"password\":\"[redacted]\"}"_s;
    QTest::newRow("json error stays") << u"{\"error\": \"invalid_token\"}"_s << u"{\"error\": \"invalid_token\"}"_s;
    QTest::newRow("colon random") << u"api token: 9f8e7d6c5b4a3F2E1D0C"_s << u"api token: [redacted]"_s;
    QTest::newRow("colon prose stays") << u"password: the one you typed"_s << u"password: the one you typed"_s;

    // Ordinary evidence stays as it is.
    QTest::newRow("status line") << u"HTTP 401 Unauthorized (GET https://x.example/api?page=2)"_s
                                 << u"HTTP 401 Unauthorized (GET https://x.example/api?page=2)"_s;
    QTest::newRow("challenge") << u"WWW-Authenticate: Bearer realm=\"example\", scope=\"read write\""_s
                               << u"WWW-Authenticate: Bearer realm=\"example\", scope=\"read write\""_s;
    QTest::newRow("masked stays") << u"Authorization: Basic [redacted]\nCookie: sid=[redacted]"_s
                                  << u"Authorization: Basic [redacted]\nCookie: sid=[redacted]"_s;
}

void TestRedactor::patterns()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Redactor::redactPatterns(input), expected);
    // The same through an instance, and a second pass changes nothing.
    const Redactor redactor;
    QCOMPARE(redactor.redactText(input), expected);
    QCOMPARE(redactor.redactText(expected), expected);
}

void TestRedactor::looksLikeSecret_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("secret");

    QTest::newRow("random key") << u"Zx8Kq2LmN4pR7sT9vW"_s << true;
    QTest::newRow("hex") << u"6629fae49393a05397450978507c4ef1"_s << true;
    QTest::newRow("short") << u"a1B2c3D4"_s << false;
    QTest::newRow("a word") << u"authenticationheaders"_s << false;
    QTest::newRow("repeated") << u"ab12ab12ab12ab12ab12"_s << false;
    QTest::newRow("digits only") << u"12345678901234567890"_s << false;
}

void TestRedactor::looksLikeSecret()
{
    QFETCH(QString, value);
    QFETCH(bool, secret);
    QCOMPARE(Redactor::looksLikeSecret(value), secret);
}

void TestRedactor::credentialForms()
{
    Credential credential;
    credential.user = u"alice"_s;
    credential.secret = u"s3cret pass"_s;
    Redactor redactor;
    redactor.addCredential(credential);
    const QString basic = QString::fromLatin1(QByteArray("alice:s3cret pass").toBase64());
    QCOMPARE(redactor.redactText(u"echo: "_s + basic), u"echo: [redacted]"_s);
    QCOMPARE(redactor.redactText(u"form: pw=s3cret%20pass"_s), u"form: pw=[redacted]"_s);
    QCOMPARE(redactor.redactText(u"typed s3cret pass"_s), u"typed [redacted]"_s);
    // The user name is kept unless the person asks to hide it.
    QCOMPARE(redactor.redactText(u"user alice"_s), u"user alice"_s);
}

void TestRedactor::secretsOfHeaders()
{
    Redactor redactor;
    redactor.addSecretsOfHeaders({ { "Authorization"_ba, "Token abcd1234"_ba },
                                   { "Cookie"_ba, "a=valueone; b=valuetwo"_ba },
                                   { "Accept"_ba, "text/html"_ba } });
    QCOMPARE(redactor.redactText(u"abcd1234 valueone valuetwo text/html"_s),
             u"[redacted] [redacted] [redacted] text/html"_s);
}

void TestRedactor::userNamesOnlyWhenAsked()
{
    Redactor redactor;
    redactor.addUserName(u"alice"_s);
    redactor.addUserName(u"a"_s); // too short to hide safely
    const QString text = u"alice signed in as Alice@example.com; malice is not a user; a cat"_s;
    QCOMPARE(redactor.redactText(text), text);
    redactor.setHideUserNames(true);
    QVERIFY(redactor.hidesUserNames());
    const QString hidden = redactor.redactText(text);
    QCOMPARE(hidden, u"[user] signed in as [user]@example.com; malice is not a user; a cat"_s);
    QCOMPARE(redactor.redactText(hidden), hidden);

    Redactor named;
    named.addUserName(u"user"_s);
    named.setHideUserNames(true);
    QCOMPARE(named.redactText(u"user [user]"_s), u"[user] [user]"_s);
}

void TestRedactor::longestSecretFirst()
{
    Redactor redactor;
    redactor.addSecret(u"abcd"_s);
    redactor.addSecret(u"abcdefgh"_s);
    QCOMPARE(redactor.redactText(u"abcdefgh"_s), u"[redacted]"_s);
    QCOMPARE(redactor.secrets(), QStringList({ u"abcdefgh"_s, u"abcd"_s }));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
